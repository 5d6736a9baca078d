/**
 * Chinese number formatting, one place for the whole site. A number is shown in the source's own
 * form (约6.55万亿, 预计达到1.85亿, 2万亿元): the site never appends a unit the source does not
 * write; where an added unit must show (a chart axis, a CSV), `addedUnit` marks it as added.
 */
import type { Datum } from '../edition/schema';
import { cutAcross, cutAt, matchSpans, type Span } from './spans';

/** What each Chinese magnitude multiplies by. */
export const MAGNITUDE_FACTOR = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 } as const;
export type Magnitude = keyof typeof MAGNITUDE_FACTOR;

// The number as written (1234567, 6.55, 0.5): ICU prints a double as its shortest round-trip
// decimal, so with every fraction digit allowed nothing is rounded (d3's "~r" kept 6 significant
// digits: 1234567 → 1234570), and without grouping or exponent it reads as the source writes it.
const asWritten = new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 20 });
const plain = (n: number) => asWritten.format(n);

// An amount in 万/亿/万亿 at 3 significant digits, the precision the source itself writes. Intl's
// compact notation rounds before it picks the unit, so 99,950,000 is 1亿 and 9,999 is 1万 where
// dividing by the unit first and rounding after gave 10000万 and 10000.
const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 3, useGrouping: false });

type Amount = Pick<Datum, 'value' | 'magnitude' | 'unit' | 'quote' | 'derived'>;

/**
 * The unit the source writes right after the number ('' when it writes none: "约6.55万亿").
 * A stated value is looked up as written in its quote (the loader checks the quote reaches the
 * end of the number's unit); a derived value takes the unit its amount input is written with.
 */
export function writtenUnit(d: Amount): Datum['unit'] | '' {
  const needle = d.derived ? new RegExp(`\\d${d.magnitude}${d.unit.replace(/[%]/g, '\\$&')}`) : `${plain(d.value)}${d.magnitude}${d.unit}`;
  return (typeof needle === 'string' ? d.quote.includes(needle) : needle.test(d.quote)) ? d.unit : '';
}

/** A unit the source does not write, marked as the site's: for axis titles and notes. */
export function addedUnit(unit: string): string {
  return `${unit}（本站补）`;
}

/** The unit a datum counts when the source does not write it, marked as added ("元（本站补）"); undefined when it does, or when the source gives no currency. */
export function addedUnitOf(d: Amount): string | undefined {
  return writtenUnit(d) || d.unit === '币种未注明' ? undefined : addedUnit(d.unit);
}

/**
 * What a number shown away from its sentence must say about its unit: "单位：元（本站补）" for a unit
 * the site reads from the noun, "币种原文未注明" for money whose currency the source does not give.
 */
export function unitRemark(d: Amount): string | undefined {
  if (d.unit === '币种未注明') return '币种原文未注明';
  const added = addedUnitOf(d);
  return added && `单位：${added}`;
}

/** The number as the source writes it: "6.55万亿", "2万亿元", "52%", "3分钟". */
export function formatValue(d: Amount): string {
  return `${plain(d.value)}${d.magnitude}${writtenUnit(d)}`;
}

/**
 * formatValue with the hedge kept: "约6.55万亿", "近20%", "有望突破1200亿元"; a derived bound
 * says which side the true value lies on: "约1.6万亿元或更低".
 */
export function formatDatum(d: Amount & Pick<Datum, 'qualifier'>): string {
  const bound = d.derived?.bound === 'upper' ? '或更低' : d.derived?.bound === 'lower' ? '或更高' : '';
  return `${d.qualifier ?? ''}${formatValue(d)}${bound}`;
}

/**
 * The value in base units (元, 人): 6.55万亿 → 6.55e12. Rounded to 15 significant digits so
 * binary floating point does not print 4.31万亿 as 4309999999999.9995.
 */
export function baseAmount({ value, magnitude }: Pick<Datum, 'value' | 'magnitude'>): number {
  return Number((value * MAGNITUDE_FACTOR[magnitude]).toPrecision(15));
}

/** A base-unit amount at 3 significant digits in the largest Chinese magnitude that keeps it ≥ 1: 1.2e11 → "1200亿", 99,950,000 → "1亿". */
export function formatAmount(amount: number, unit = ''): string {
  return `${compact.format(amount)}${unit}`;
}

/** What measuredBy 原文 means to a reader: the (unnamed) author of the article. */
const AUTHOR = '原文作者';

/**
 * Who a value comes from: 中国电子商务研究中心, 艾瑞咨询, 原文作者. A derived value was computed
 * here from someone's numbers, so it is credited to this site's computation.
 */
export function attribution(d: Pick<Datum, 'measuredBy' | 'derived'>): string {
  const body = d.measuredBy === '原文' ? AUTHOR : d.measuredBy;
  return d.derived ? `本站推算（据${body}数字）` : body;
}

/**
 * The context a number needs away from its sentence (a card, a table, a CSV, the PDF): its
 * period and who gives it. The hedge is already in formatDatum's value.
 * "2012年，中国电子商务研究中心"; "2011年，本站推算（据中国电子商务研究中心数字）".
 */
export function numberContext(d: Pick<Datum, 'period' | 'measuredBy' | 'derived'>): string {
  return `${d.period}，${attribution(d)}`;
}

/**
 * A number shown away from its sentence (a callout, a card, the briefing's summary), in either
 * language: everything it must carry there. The English view (EnglishDatum) has the same fields.
 */
export interface Standalone {
  id: string;
  /** The Chinese datum this shows (the authority: hedge, unit, period, source, quote). */
  datum: Datum;
  /** Hedge, number, the unit the source writes and a derived bound: "约6.55万亿", "about 1.6 trillion yuan or less". */
  value: string;
  /** What it counts: "移动互联网交易金额". */
  label: string;
  /** A unit the source does not write, marked as the site's: "元（本站补）". */
  addedUnit?: string;
  /** What it must say about its unit: "单位：元（本站补）", "币种原文未注明". */
  unitRemark?: string;
  /** Its period and who gives it: "2013年前三季度，原文作者". */
  context: string;
}

/** A Chinese datum as it stands away from its sentence. */
export function standalone(d: Datum): Standalone {
  return {
    id: d.id,
    datum: d,
    value: formatDatum(d),
    label: d.label,
    addedUnit: addedUnitOf(d),
    unitRemark: unitRemark(d),
    context: numberContext(d),
  };
}

/** Quotes the site writes around source text: 「」 when the text holds “ ” itself, else “ ”. */
export function quoted(text: string): string {
  return /[“”]/.test(text) ? `「${text}」` : `“${text}”`;
}

/** Brackets the site writes around an aside: 〔〕 when the aside holds （ ） itself, else （ ）. */
export function parenthesized(text: string, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (lang === 'en') return /[()]/.test(text) ? `[${text}]` : `(${text})`;
  return /[（）]/.test(text) ? `〔${text}〕` : `（${text}）`;
}

/**
 * The source's hedge words, longest first (有望突破 before 突破), with what each means for the
 * datum: 约/预计达到 about, 突破/超过/有望突破 over, 近 nearly; 预计 an estimate, 有望 a forecast.
 */
export type Hedge = 'exact' | 'about' | 'over' | 'nearly' | 'under';
/** reported: stated as fact; estimate: 预计; forecast: 有望. */
export type Status = 'reported' | 'estimate' | 'forecast';

export const HEDGE_WORDS: [word: string, hedge: Hedge, status: Status][] = [
  ['有望突破', 'over', 'forecast'],
  ['预计达到', 'about', 'estimate'],
  ['突破', 'over', 'reported'],
  ['超过', 'over', 'reported'],
  ['约', 'about', 'reported'],
  ['近', 'nearly', 'reported'],
];

/** What the source's hedge word says about a number: 约 about and reported, 有望突破 over and a forecast; none, exact. */
export function quoteMeaning(qualifier: string | undefined): { hedge: Hedge; status: Status } {
  const [, hedge, status] = HEDGE_WORDS.find(([w]) => w === qualifier) ?? ['', 'exact', 'reported'];
  return { hedge, status };
}

/** A number with its unit and the hedge (or 第) before it: "约6.55万亿", "2013年", "第7段". */
const KEPT_NUMBER = new RegExp(`(?:${[...HEDGE_WORDS.map(([w]) => w), '第'].join('|')})?\\d[\\d.,]*(?:万亿|亿|万)?[元人年月日段%]?`, 'g');

// A bare number has nothing to keep it with.
const numberSpans = (text: string): Span[] => matchSpans(text, KEPT_NUMBER).filter((s) => !/^[\d.,]+$/.test(s.match[0]));
const run = (text: string, kept?: Span) => ({ text, keep: kept !== undefined });

/**
 * Text cut into runs so that a number stays on one line with its Chinese unit and its hedge
 * ("从20亿", "约6.55万亿", "2013年"): browsers may break between a digit and a Chinese character.
 */
export function numberRuns(text: string): { text: string; keep: boolean }[] {
  return cutAt(text, numberSpans(text), run);
}

/**
 * English runs cut again so a hyphenated word stays whole ("E-Commerce", "cross-border", never
 * "e-" at a line's end): kept pieces stay as they are. The pieces join to the runs exactly.
 */
export function keepHyphenated(runs: readonly { text: string; keep: boolean }[]): { text: string; keep: boolean }[] {
  return runs.flatMap((r) => (r.keep ? [r] : cutAt(r.text, matchSpans(r.text, /\p{L}+(?:-\p{L}+)+/gu), run)));
}

/**
 * A marked paragraph's runs ("要点" marks among plain text), each cut into pieces so that its numbers
 * stay on one line with their unit and hedge (as numberRuns) and its last three characters with
 * the closing punctuation (so no character is left alone on the last line). A kept stretch may
 * cross a mark's edge; each run then keeps its own part of it (a line may not start with 。 or ”,
 * and the digits of a number all fall in one run). The pieces join to the runs exactly.
 */
export function keptRuns<R extends { text: string }>(runs: readonly R[]): (R & { pieces: { text: string; keep: boolean }[] })[] {
  const texts = runs.map((r) => r.text);
  const whole = texts.join('');
  const tail = /[^\p{P}\s]{3}[\p{P}\s]*$/u.exec(whole);
  const spans = numberSpans(whole);
  // The tail absorbs a number it overlaps: cutAcross joins overlapping spans.
  if (tail) spans.push({ start: tail.index, end: whole.length });
  const pieces = cutAcross(texts, spans, run);
  return runs.map((r, i) => ({ ...r, pieces: pieces[i]! }));
}
