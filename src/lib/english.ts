/**
 * English for the source's numbers. Chinese counts large numbers in 万 (10⁴), 亿 (10⁸) and 万亿
 * (10¹²); English in thousands, millions, billions and trillions, so 6.55万亿 is "6.55 trillion",
 * 1.85亿 "185 million" and 1200亿 "120 billion". Pure: the translation checks and the pages use it.
 */
import { MAGNITUDE_FACTOR, type Magnitude } from './format';

/** What each English scale word multiplies by. */
const SCALE_FACTOR = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
export type Scale = keyof typeof SCALE_FACTOR;
export const SCALES = Object.keys(SCALE_FACTOR) as Scale[];

/** Rounded to 15 significant digits, so 1.85 × 10⁸ is 185000000 and not 185000000.00000003. */
const exact = (n: number) => Number(n.toPrecision(15));

// Intl.NumberFormat's long compact notation writes the scale words and keeps every digit given
// (maximumFractionDigits), so 6.55e12 is "6.55 trillion". Below a million English writes digits
// ("50,000" for 5万, not "50 thousand").
const compact = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 20 });
const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 20 });

/** The amount a Chinese number states, in ones: (6.55, '万亿') → 6550000000000. */
export const chineseAmount = (value: number, magnitude: Magnitude = '') => exact(value * MAGNITUDE_FACTOR[magnitude]);

/** A Chinese number in English words and digits: (6.55, '万亿') → "6.55 trillion", (1, '亿') → "100 million". */
export function englishAmount(value: number, magnitude: Magnitude = ''): string {
  const amount = chineseAmount(value, magnitude);
  return amount >= 1e6 ? compact.format(amount) : grouped.format(amount);
}

/** The amount an English number states, in ones: ("6.55", "trillion") → 6550000000000; digits may be grouped ("1,200"). */
export function parseEnglishAmount(digits: string, scale?: Scale): number {
  const value = Number(digits.replaceAll(',', ''));
  if (!Number.isFinite(value)) throw new RangeError(`"${digits}" is not a number: expected digits such as "6.55" or "1,200"`);
  return exact(value * (scale ? SCALE_FACTOR[scale] : 1));
}
