import { describe, expect, test } from 'vitest';
import favicon from '../../../public/favicon.svg?raw';
import { renderTouchIcon, TOUCH_ICON_SIZE } from '../../../src/pages/apple-touch-icon.png';

/** The RGBA of pixel (x, y). */
function pixel(image: ReturnType<typeof renderTouchIcon>, x: number, y: number): number[] {
  const at = (y * image.width + x) * 4;
  return [...image.pixels.subarray(at, at + 4)];
}

const hex = (rgba: number[]) =>
  `#${rgba
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;

describe('apple-touch-icon.png', () => {
  const image = renderTouchIcon(favicon);
  const background = /<rect\b[^>]*\bfill="(#[0-9a-f]{6})"/.exec(favicon)![1];

  test('is a 180 × 180 PNG', () => {
    expect(TOUCH_ICON_SIZE).toBe(180);
    expect([image.width, image.height]).toEqual([180, 180]);
    const png = image.asPng();
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
  });

  test('has opaque corners in the favicon background colour (iOS shows transparency as black)', () => {
    for (const [x, y] of [
      [0, 0],
      [179, 0],
      [0, 179],
      [179, 179],
    ]) {
      expect(pixel(image, x, y)[3], `alpha at ${x},${y}`).toBe(255);
      expect(hex(pixel(image, x, y)), `colour at ${x},${y}`).toBe(background);
    }
  });

  test("draws the favicon's line, not just its background", () => {
    const colours = new Set<string>();
    for (let y = 0; y < image.height; y += 3) for (let x = 0; x < image.width; x += 3) colours.add(hex(pixel(image, x, y)));
    expect(colours).toContain('#ffffff');
  });

  test('a favicon without a background rect is refused, naming the file', () => {
    expect(() => renderTouchIcon('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"/>')).toThrow(
      /^public\/favicon\.svg: expected a background <rect/,
    );
  });
});
