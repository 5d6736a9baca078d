/**
 * Chinese numerals as the source numbers its trends (一、二 … 十、十一 …). How many trends there
 * are is the seed's business, not this module's: any whole number 1–99999 has its ordinary reading.
 */
const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];
const MAX = 99_999;

/** 1–9999 with every digit read, 一十 included ("一十五" as it is read after 万). */
function below10k(n: number): string {
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) return void (zero = true);
    if (zero && out) out += '零';
    zero = false;
    out += DIGITS[d] + UNITS[digits.length - 1 - i];
  });
  return out;
}

/** 3 → "三", 11 → "十一", 101 → "一百零一", 10010 → "一万零一十": the ordinary reading, 1–99999. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX) throw new RangeError(`no numeral for ${n}: expected a whole number 1–${MAX}`);
  // 10–19 are read 十, 十一 …, not 一十, 一十一 (but 一万零一十).
  if (n < 10_000) return n >= 10 && n < 20 ? below10k(n).slice(1) : below10k(n);
  const [high, low] = [Math.floor(n / 10_000), n % 10_000];
  return `${DIGITS[high]}万${low === 0 ? '' : `${low < 1000 ? '零' : ''}${below10k(low)}`}`;
}

let readings: Map<string, number> | undefined;

/** "三" → 3, "十一" → 11; throws on anything that is not the ordinary reading of 1–9999. */
export function fromChineseNumeral(numeral: string): number {
  // Reading every numeral once (10⁵ short strings) is simpler than a parser and rejects "十十" or "一十" by construction.
  readings ??= new Map(Array.from({ length: MAX }, (_, i) => [toChineseNumeral(i + 1), i + 1]));
  const n = readings.get(numeral);
  if (n === undefined)
    throw new RangeError(
      `unknown numeral "${numeral}": expected the ordinary reading of a whole number 1–${MAX} (一, 十一, 一百零一, 一万零一十)`,
    );
  return n;
}

/** A trend's heading as the source writes it: (3, "互联网金融体系化") → "三、互联网金融体系化". */
export const trendHeading = (order: number, title: string) => `${toChineseNumeral(order)}、${title}`;

/** "2026-11-24" → "2026年11月24日". */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A count before a measure word: 两个, 十个 (2 is read 两 when it counts, 二 when it orders). */
export const chineseCount = (n: number) => (n === 2 ? '两' : toChineseNumeral(n));
