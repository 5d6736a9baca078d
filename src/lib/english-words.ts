/**
 * English words the site writes around the source's content: counts in words ("ten trends", as
 * the Chinese pages write 十个趋势, so a count is never mistaken for one of the source's figures),
 * lists, dates. Pure. Intl has list and date formatting; it has no spelled-out numbers (ICU's
 * rule-based spellout is not exposed to JavaScript), so counts are spelt here, as numerals.ts
 * spells the Chinese ones.
 */
const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MAX = 99_999;

const below100 = (n: number) => (n < 20 ? ONES[n] : `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`);
const below1000 = (n: number) =>
  n < 100 ? below100(n) : `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${below100(n % 100)}` : ''}`;

/** 10 → "ten", 21 → "twenty-one", 1010 → "one thousand and ten": a count in words, 0–99999 (British usage). */
export function englishCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX) throw new RangeError(`no English count for ${n}: expected a whole number 0–${MAX}`);
  if (n < 1000) return below1000(n);
  const [thousands, rest] = [Math.floor(n / 1000), n % 1000];
  return `${below1000(thousands)} thousand${rest === 0 ? '' : rest < 100 ? ` and ${below100(rest)}` : ` ${below1000(rest)}`}`;
}

/** "one trend", "six trends": a count in words with its noun. */
export const counted = (n: number, one: string, many = `${one}s`) => `${englishCount(n)} ${n === 1 ? one : many}`;

const LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "a, b and c" (no serial comma, as the translation writes its lists). */
export const englishList = (items: readonly string[]) => LIST.format(items);

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-24" → "24 November 2026". */
export const englishDate = (iso: string) => DATE.format(new Date(`${iso}T00:00:00Z`));

/** The first letter upper-cased, for a phrase that starts a heading, a cell or a line ("JD.com" stays as it is). */
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "iResearch’s", "the author’s". */
export const possessive = (name: string) => `${name}’s`;
