/** Colour arithmetic for tests that read computed styles: WCAG 2 luminance and contrast, not channel sums. */

/** The sRGB channels (0–255) of a computed CSS colour: "rgb(…)", "rgba(…)", "#rgb" or "#rrggbb". */
function channels(css: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim())?.[1];
  const parts = hex
    ? (hex.length === 3 ? [...hex].map((h) => h + h) : (hex.match(/../g) ?? [])).map((h) => parseInt(h, 16))
    : (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  if (parts.length !== 3) throw new Error(`not a colour: "${css}"`);
  return parts as [number, number, number];
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance(css: string): number {
  const [r, g, b] = channels(css).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
