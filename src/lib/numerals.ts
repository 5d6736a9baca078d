/** Chinese numerals as the source numbers its trends (一…十); only 1–10 occur. */
const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 3 → "三". Throws outside 1–10 rather than inventing a numeral the source never uses. */
export function toChineseNumeral(n: number): string {
  const numeral = DIGITS[n - 1];
  if (!Number.isInteger(n) || numeral === undefined) throw new RangeError(`no numeral for ${n}: expected 1–10`);
  return numeral;
}

/** "三" → 3. */
export function fromChineseNumeral(numeral: string): number {
  const index = DIGITS.indexOf(numeral as (typeof DIGITS)[number]);
  if (index < 0) throw new RangeError(`unknown numeral "${numeral}": expected one of ${DIGITS.join('')}`);
  return index + 1;
}

/** A trend's heading as the source writes it: (3, "互联网金融体系化") → "三、互联网金融体系化". */
export const trendHeading = (order: number, title: string) => `${toChineseNumeral(order)}、${title}`;
