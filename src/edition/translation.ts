/**
 * The English edition's translation (content/translations/en/) and the checks that hold it to the
 * Chinese, which is authoritative. The build runs `editionProblems` (or `translationProblems` per
 * paragraph): every number, hedge, unit, period, attribution and name of the English must be the
 * Chinese paragraph's own, each problem naming the file, the paragraph and what was expected.
 * Pure: no file system, no astro:* imports; the caller reads the YAML and the seed.
 */
import { z } from 'astro/zod';
import { chineseAmount, englishAmount, parseEnglishAmount, SCALES, type Scale } from '../lib/english';
import type { Magnitude } from '../lib/format';
import type { Datum } from './schema';
import type { SourceDocument } from '../lib/source';
import { cutAt } from '../lib/spans';

export const TRANSLATION_FILE = 'content/translations/en/source.yaml';
export const NAMES_FILE = 'content/translations/en/names.yaml';

// ---------------------------------------------------------------------------------------------
// The files

const text = z.string().trim().min(1, 'expected text');

export const translationSchema = z
  .strictObject({
    /** The document's title (line 1 of the seed). */
    title: text,
    /** The opening paragraph (line 2). */
    intro: text,
    trends: z
      .array(
        z.strictObject({
          /** The trend's number in the source (一 is 1). */
          order: z.number().int().min(1),
          /** The heading after its numeral: the page adds the number. */
          heading: text,
          /** The trend's paragraph. */
          paragraph: text,
        }),
      )
      .min(1),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<number>();
    t.trends.forEach((trend, i) => {
      if (seen.has(trend.order))
        ctx.addIssue({ code: 'custom', path: ['trends', i, 'order'], message: `trend ${trend.order} is translated twice` });
      seen.add(trend.order);
    });
  });

export type Translation = z.infer<typeof translationSchema>;

export const NAME_KINDS = ['company', 'product', 'program', 'festival', 'meeting', 'research body', 'place', 'term'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

const nameSchema = z.strictObject({
  /** The one English form, written exactly so in the translation. */
  en: text,
  /** Every spelling the source uses for it, the full one first (阿里巴巴, then 阿里). */
  zh: z.array(text).min(1),
  kind: z.enum(NAME_KINDS),
  /** Other spellings a translator might reach for; the check rejects them. */
  variants: z.array(text).default([]),
});

export const namesSchema = z
  .strictObject({
    names: z.array(nameSchema).min(1),
    /** The periods the data give, and how the English writes them (null: the source states none). */
    periods: z.array(z.strictObject({ zh: text, en: text.nullable() })),
  })
  .superRefine((t, ctx) => {
    const zh = new Map<string, string>();
    const en = new Map<string, string>();
    t.names.forEach((entry, i) => {
      for (const spelling of entry.zh) {
        const other = zh.get(spelling);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['names', i, 'zh'],
            message: `${spelling} is already written "${other}": one English form per spelling`,
          });
        zh.set(spelling, entry.en);
      }
      for (const form of [entry.en, ...entry.variants]) {
        const key = form.toLowerCase();
        const other = en.get(key);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['names', i],
            message: `"${form}" is also a spelling of ${other}: each English spelling belongs to one name`,
          });
        en.set(key, entry.zh[0]);
      }
    });
    const periods = new Set<string>();
    t.periods.forEach((p, i) => {
      if (periods.has(p.zh)) ctx.addIssue({ code: 'custom', path: ['periods', i, 'zh'], message: `${p.zh} is listed twice` });
      periods.add(p.zh);
    });
  });

export type Names = z.infer<typeof namesSchema>;
export type NameEntry = Names['names'][number];

/** What a check needs of a datum (content/data/numbers.yaml). */
export type TranslationDatum = Pick<
  Datum,
  'id' | 'value' | 'magnitude' | 'unit' | 'qualifier' | 'period' | 'measuredBy' | 'quote' | 'derived'
>;

// ---------------------------------------------------------------------------------------------
// Hedges and units

/**
 * The one table of hedges: the word the Chinese writes right before a number and the English
 * that renders it. A number the Chinese states plainly (达2万亿元, 52%) has none in English either.
 */
export const HEDGES_EN: Readonly<Record<string, readonly string[]>> = {
  约: ['about'],
  近: ['nearly'],
  突破: ['over', 'more than'],
  超过: ['more than'],
  预计达到: ['expected to reach'],
  有望突破: ['likely to exceed'],
};
const ZH_HEDGES = Object.keys(HEDGES_EN).sort((a, b) => b.length - a.length);

/** English that hedges a number without being the table's rendering of the Chinese word before it. */
const OTHER_HEDGES_EN = [
  'approximately',
  'around',
  'roughly',
  'almost',
  'close to',
  'some',
  'up to',
  'at least',
  'less than',
  'fewer than',
  'under',
  'below',
  'above',
  'exceeding',
  'exceeded',
  'exceeds',
  'exceed',
  'surpassing',
  'surpassed',
  'topping',
  'topped',
  'passed',
  'an estimated',
  'estimated',
  'expected',
  'likely',
  'as much as',
  'as many as',
  'just under',
  'just over',
  'well over',
];
const EN_HEDGES = [...new Set([...Object.values(HEDGES_EN).flat(), ...OTHER_HEDGES_EN])].sort((a, b) => b.length - a.length);
const EN_HEDGE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${EN_HEDGES.map(RegExp.escape).join('|')})[\\s\\u00a0]+$`, 'i');

/** The units the Chinese writes after a number, and how the English writes each (the first is shown). */
const UNITS_EN: Record<string, readonly string[]> = {
  '': [''],
  '%': ['%'],
  元: [' yuan'],
  分钟: [' minutes', ' minute', '-minute'],
  人: [' people'],
  年: [' years', ' year'],
};

/** Units an English number may carry, after or (currency) before it, with the Chinese unit each stands for. */
const EN_UNIT_AFTER: [RegExp, string][] = [
  [/^%/, '%'],
  [/^[\s-]?(?:percent|per cent)(?![A-Za-z])/i, '%'],
  [/^(?:-|\s)minutes?(?![A-Za-z])/i, '分钟'],
  [/^\s(?:yuan|RMB|renminbi|CNY)(?![A-Za-z])/i, '元'],
  [/^\s(?:people|persons)(?![A-Za-z])/i, '人'],
  [/^(?:-|\s)years?(?![A-Za-z])/i, '年'],
];
const EN_UNIT_BEFORE: [RegExp, string][] = [
  [/(?:¥|RMB\s?|CNY\s?)$/, '元'],
  [/(?:US\$|\$)$/, '$'],
];

// ---------------------------------------------------------------------------------------------
// Reading the two texts

/** A number of the Chinese paragraph, with the hedge before it and the unit after it. */
export interface ChineseNumber {
  /** As written, hedge included: "约6.55万亿", "2013年", "13年". */
  text: string;
  /** Where its digits start. */
  at: number;
  hedge: string;
  digits: string;
  magnitude: Magnitude;
  /** The unit written after it ('' when none; a year's 年 is not a unit). */
  unit: string;
  /** A year: "2013年", "13年" (read as 2013) or a bare "2013". */
  year: boolean;
  /** The amount in ones, or the year. */
  amount: number;
}

/** A number of the English paragraph. */
export interface EnglishNumber {
  /** As written, hedge and unit included: "about 6.55 trillion", "2 trillion yuan". */
  text: string;
  at: number;
  /** The hedge before it, lower case ('' when none). */
  hedge: string;
  /** Digits and scale word: "6.55 trillion". */
  number: string;
  /** The unit as written (" yuan", "%", "-minute", "¥"; '' when none), and the Chinese unit it stands for. */
  unitText: string;
  unit: string;
  year: boolean;
  amount: number;
}

const ZH_NUMBER = /(?<![A-Za-z\d.])(\d+(?:\.\d+)?)(?![A-Za-z\d])(万亿|亿|万)?(元|%|分钟|人|年)?/g;
const EN_NUMBER = new RegExp(
  `(?<![A-Za-z\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![A-Za-z\\d])(?:[\\s\\u00a0](${SCALES.join('|')})(?![A-Za-z]))?`,
  'g',
);
const isYear = (digits: string) => /^(?:19|20)\d\d$/.test(digits);

/** The numbers of a Chinese text (names masked first: `chineseNames`): digits glued to Latin letters (O2O, 4G) are names, not numbers. */
export function readChinese(zh: string): ChineseNumber[] {
  return [...zh.matchAll(ZH_NUMBER)].map((m) => {
    const [, digits, magnitude = '', written = ''] = m;
    const hedge = ZH_HEDGES.find((w) => zh.slice(0, m.index).endsWith(w)) ?? '';
    // A year is four digits, with or without 年, or the source's short form: 13年 and 14年 are 2013 and 2014.
    const year =
      (!magnitude && written === '年' && (digits.length === 2 || digits.length === 4)) || (!magnitude && !written && isYear(digits));
    const amount = year
      ? digits.length === 2
        ? 2000 + Number(digits)
        : Number(digits)
      : chineseAmount(Number(digits), magnitude as Magnitude);
    return {
      text: `${hedge}${m[0]}`,
      at: m.index,
      hedge,
      digits,
      magnitude: magnitude as Magnitude,
      unit: year ? '' : written,
      year,
      amount,
    };
  });
}

/**
 * The numbers of an English text (names masked first), each with the hedge before it and the unit
 * after (or, for currency, before) it; `text` is cut from `original` (the unmasked text) when given.
 */
export function readEnglish(en: string, original = en): EnglishNumber[] {
  return [...en.matchAll(EN_NUMBER)].map((m) => {
    const [whole, digits, decimals = '', scale] = m;
    let start = m.index;
    let end = m.index + whole.length;
    let unitText = '';
    let unit = '';
    const after = EN_UNIT_AFTER.map(([pattern, zh]) => [pattern.exec(en.slice(end)), zh] as const).find(([u]) => u);
    const before = EN_UNIT_BEFORE.map(([pattern, zh]) => [pattern.exec(en.slice(0, start)), zh] as const).find(([u]) => u);
    if (after?.[0]) [unitText, unit, end] = [after[0][0], after[1], end + after[0][0].length];
    else if (before?.[0]) [unitText, unit, start] = [before[0][0], before[1], start - before[0][0].length];
    const h = EN_HEDGE_BEFORE.exec(en.slice(Math.max(0, start - 40), start));
    const hedgeStart = h ? start - h[0].length + h[0].indexOf(h[1]) : start;
    const year = !decimals && !scale && !unit && isYear(digits);
    return {
      text: original.slice(hedgeStart, end),
      at: m.index,
      hedge: h ? h[1].toLowerCase() : '',
      number: scale ? `${digits}${decimals} ${scale}` : `${digits}${decimals}`,
      unitText,
      unit,
      year,
      amount: parseEnglishAmount(`${digits}${decimals}`, scale as Scale | undefined),
    };
  });
}

/** The English a Chinese number is written as, every accepted form: 约6.55万亿 → ["about 6.55 trillion"]. */
export function expectedEnglish(n: ChineseNumber): string[] {
  if (n.year) return [String(n.amount)];
  const number = englishAmount(Number(n.digits), n.magnitude);
  const unit = UNITS_EN[n.unit]?.[0] ?? ` ${n.unit}`;
  const shownUnit = n.unit === '分钟' && number === '1' ? ' minute' : unit;
  return (n.hedge ? HEDGES_EN[n.hedge] : ['']).map((h) => `${h ? `${h} ` : ''}${number}${shownUnit}`);
}

/** Whether the English number renders the Chinese one: same amount, scale, hedge (from HEDGES_EN) and unit. */
function renders(zh: ChineseNumber, en: EnglishNumber): boolean {
  if (en.amount !== zh.amount || en.year !== zh.year) return false;
  const hedges = zh.hedge ? HEDGES_EN[zh.hedge] : [''];
  const number = zh.year ? String(zh.amount) : englishAmount(Number(zh.digits), zh.magnitude);
  return hedges.includes(en.hedge) && en.number === number && (UNITS_EN[zh.unit] ?? []).includes(en.unitText);
}

/** Why a found English number is not the expected one, in a few words, for the message. */
function why(zh: ChineseNumber, en: EnglishNumber): string {
  if (en.amount !== zh.amount) return '';
  if (!zh.hedge && en.hedge) return ' (the Chinese states it plainly: no hedge)';
  if (zh.hedge && !en.hedge) return ` (the hedge ${zh.hedge} is dropped)`;
  if (zh.hedge && en.hedge && !HEDGES_EN[zh.hedge].includes(en.hedge)) return ` (${zh.hedge} is ${quoteList(HEDGES_EN[zh.hedge])})`;
  if (!zh.unit && en.unit) return ' (a unit the Chinese does not write)';
  if (zh.unit && !en.unit) return ` (the unit ${zh.unit} is dropped)`;
  return '';
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
const quoteList = (forms: readonly string[]) => forms.map((f) => `"${f}"`).join(' or ');

// ---------------------------------------------------------------------------------------------
// Names

/** Where a name is written in a text, and which name it is. */
export interface Hit {
  start: number;
  end: number;
  text: string;
  entry: NameEntry;
}

const EDGE = /[A-Za-z\d]/;

/** A spelling as a pattern: a Latin or digit edge must not run on into more letters or digits (AR is not in "ARPU", 618 not in 6180). */
function spellingPattern(spelling: string): string {
  const before = EDGE.test(spelling[0]) ? '(?<![A-Za-z\\d]|\\d[.,])' : '';
  const after = EDGE.test(spelling.at(-1)!) ? '(?![A-Za-z\\d]|[.,]\\d)' : '';
  return `${before}${RegExp.escape(spelling)}${after}`;
}

/** Every occurrence of the spellings, the longest first, none overlapping another (阿里巴巴 before 阿里, Baidu Licai before Baidu). */
function findSpellings(textToSearch: string, spellings: readonly { spelling: string; entry: NameEntry }[], flags = 'g'): Hit[] {
  const hits: Hit[] = [];
  for (const { spelling, entry } of [...spellings].sort((a, b) => b.spelling.length - a.spelling.length)) {
    for (const m of textToSearch.matchAll(new RegExp(spellingPattern(spelling), flags))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!hits.some((h) => start < h.end && h.start < end)) hits.push({ start, end, text: m[0], entry });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

const zhSpellings = (names: Names) => names.names.flatMap((entry) => entry.zh.map((spelling) => ({ spelling, entry })));
const enForms = (names: Names) => names.names.map((entry) => ({ spelling: entry.en, entry }));
const enAnySpelling = (names: Names) =>
  names.names.flatMap((entry) => [entry.en, ...entry.variants].map((spelling) => ({ spelling, entry })));

/** `text` with the hits blanked out (same length), so a name's digits (Asia No. 1, 618, 4G) are not read as numbers and JD.com ends no sentence. */
function mask(textToMask: string, hits: readonly Hit[]): string {
  return cutAt(textToMask, hits, (text, hit) => (hit ? '\uFFFC'.repeat(text.length) : text)).join('');
}

/** The Chinese names of a paragraph and the text with them masked. */
export function chineseNames(zh: string, names: Names): { hits: Hit[]; masked: string } {
  const hits = findSpellings(zh, zhSpellings(names));
  return { hits, masked: mask(zh, hits) };
}

/** The English names of a paragraph (exact forms), the second spellings found (variants, other cases), and the text with both masked. */
export function englishNames(en: string, names: Names): { hits: Hit[]; seconds: Hit[]; masked: string } {
  const hits = findSpellings(en, enForms(names));
  const once = mask(en, hits);
  const seconds = findSpellings(once, enAnySpelling(names), 'gi');
  return { hits, seconds, masked: mask(once, seconds) };
}

// ---------------------------------------------------------------------------------------------
// Sentences, periods, attributions

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Sentences of a masked English text: each ends at . ! or ? (and a closing quote) before a space or the end. */
function sentenceSpans(masked: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of masked.matchAll(/[.!?]+[”’)]*(?=\s|$)/g)) {
    spans.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < masked.length) spans.push({ start, end: masked.length });
  return spans;
}

/** The periods written in an English text: the table's phrases (longest first), then any other year. */
function periodSpans(en: string, names: Names): Span[] {
  const phrases = names.periods.flatMap((p) => (p.en ? [p.en] : [])).sort((a, b) => b.length - a.length);
  const spans: Span[] = [];
  const take = (start: number, matched: string) => {
    const end = start + matched.length;
    if (!spans.some((s) => start < s.end && s.start < end)) spans.push({ start, end, text: matched });
  };
  for (const phrase of phrases) for (const m of en.matchAll(new RegExp(spellingPattern(phrase), 'gi'))) take(m.index, m[0]);
  for (const m of en.matchAll(/(?<![A-Za-z\d]|\d[.,])(?:19|20)\d\d(?![A-Za-z\d]|[.,]\d)/g)) take(m.index, m[0]);
  return spans.sort((a, b) => a.start - b.start);
}

/** An English number with the period and the research body attached to it (nearest in its sentence; none when its sentence has none). */
export interface EnglishFact extends EnglishNumber {
  period?: string;
  by?: string;
}

function factsOf(en: string, enNames: ReturnType<typeof englishNames>, names: Names): EnglishFact[] {
  const sentences = sentenceSpans(enNames.masked);
  const periods = periodSpans(en, names);
  const bodies: Span[] = enNames.hits.filter((h) => h.entry.kind === 'research body');
  return readEnglish(enNames.masked, en).map((n) => {
    const sentence = sentences.find((s) => n.at >= s.start && n.at < s.end)!;
    const end = n.at + n.number.length;
    return { ...n, period: attached(periods, sentence, n.at, end)?.text, by: attached(bodies, sentence, n.at, end)?.text };
  });
}

/** The numbers of an English paragraph, each with its hedge, unit, period and research body as the English attaches them. */
export const englishFacts = (en: string, names: Names): EnglishFact[] => factsOf(en, englishNames(en, names), names);

/**
 * What a number is attached to: of the spans in the number's sentence (not overlapping it), the
 * nearest before it, else the nearest after it ("…, according to iResearch").
 */
function attached(spans: readonly Span[], sentence: { start: number; end: number }, at: number, end: number): Span | undefined {
  const inSentence = spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end && (s.end <= at || s.start >= end));
  return inSentence.filter((s) => s.end <= at).at(-1) ?? inSentence.find((s) => s.start >= end);
}

// ---------------------------------------------------------------------------------------------
// The check

/** One paragraph of the edition, both languages, and the data its Chinese states. */
export interface TranslatedParagraph {
  /** The translation's file, for messages. */
  file: string;
  /** Which paragraph: "title", "intro", "trend 2 heading", "trend 2". */
  where: string;
  zh: string;
  en: string;
  /** The trend's data (derived values are skipped). */
  data: readonly TranslationDatum[];
}

/** Every problem of one translated paragraph (empty when the English says what the Chinese says, number for number and name for name). */
export function translationProblems(p: TranslatedParagraph, names: Names): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${p.file}: ${p.where}: ${message}`);

  // Text: English only, the source's quotations kept as “ ”, one apostrophe.
  const han = p.en.match(/\p{Script=Han}+/u);
  if (han) say(`the English holds Chinese ("${han[0]}"): expected English only (a page adds a name's Chinese from ${NAMES_FILE})`);
  const straight = p.en.match(/["']/);
  if (straight) say(`the English writes a straight quote (${straight[0]}): expected “ ” for the source's quotations and ’ for apostrophes`);
  const quotes = (s: string) => [...s.matchAll(/“/g)].length;
  if (quotes(p.zh) !== quotes(p.en))
    say(`the Chinese quotes ${times(quotes(p.zh))} in “ ”: expected as many quotations in the English, found ${times(quotes(p.en))}`);

  // Names: each of the Chinese's in its one English form, as often; none the Chinese does not name.
  const zhNames = chineseNames(p.zh, names);
  const enNames = englishNames(p.en, names);
  const count = (hits: readonly Hit[]) => hits.reduce((m, h) => m.set(h.entry, (m.get(h.entry) ?? 0) + 1), new Map<NameEntry, number>());
  const zhCount = count(zhNames.hits);
  const enCount = count(enNames.hits);
  for (const [entry, n] of zhCount) {
    const spelled = [...new Set(zhNames.hits.filter((h) => h.entry === entry).map((h) => h.text))].join('/');
    const m = enCount.get(entry) ?? 0;
    if (m !== n) say(`the Chinese names ${spelled} ${times(n)}: expected "${entry.en}" ${times(n)}, found it ${times(m)}`);
  }
  for (const [entry] of enCount)
    if (!zhCount.has(entry)) say(`the English writes "${entry.en}", but the Chinese paragraph does not name ${entry.zh.join(' or ')}`);
  for (const h of enNames.seconds) say(`the English writes "${h.text}", a second spelling of ${h.entry.zh[0]}: expected "${h.entry.en}"`);

  // Latin letters glued to digits are names (O2O, 4G); one the Chinese does not write is a number in disguise (18th).
  for (const m of enNames.masked.matchAll(/[A-Za-z\d]*(?:[A-Za-z]\d|\d[A-Za-z])[A-Za-z\d]*/g))
    if (!p.zh.includes(m[0]))
      say(
        `the English writes "${m[0]}", which the Chinese does not: a number it writes in words stays in words, and a name's digits come from ${NAMES_FILE}`,
      );

  // Numbers: the Chinese's, each converted exactly, with its hedge and unit; no other.
  const zhNumbers = readChinese(zhNames.masked);
  const enNumbers = factsOf(p.en, enNames, names);
  const pairs = new Map<ChineseNumber, EnglishFact>();
  const free = new Set(enNumbers);
  // Exact renderings first, so 近20% and a plain 20% in one paragraph each find their own; then same amounts, to say what differs.
  for (const fits of [renders, (zh: ChineseNumber, en: EnglishNumber) => en.amount === zh.amount && en.year === zh.year])
    for (const zh of zhNumbers) {
      const en = pairs.has(zh) ? undefined : [...free].find((e) => fits(zh, e));
      if (en) (pairs.set(zh, en), free.delete(en));
    }
  const leftover = [...free].sort((a, b) => a.at - b.at);
  for (const zh of zhNumbers) {
    const en = pairs.get(zh) ?? leftover.shift();
    if (en && !pairs.has(zh)) pairs.set(zh, en);
    if (!en) say(`the Chinese writes ${zh.text}: expected ${quoteList(expectedEnglish(zh))}, found no such number in the English`);
    else if (!renders(zh, en))
      say(`the Chinese writes ${zh.text}: expected ${quoteList(expectedEnglish(zh))}, found "${en.text}"${why(zh, en)}`);
  }
  const written = zhNumbers.map((n) => n.text).join(', ') || 'none';
  for (const en of leftover)
    say(`the English writes "${en.text}", a number the Chinese paragraph does not write (its numbers: ${written})`);

  // Data: each stated number's period and source stay attached to it.
  for (const d of p.data) {
    if (d.derived) continue;
    const quoteAt = p.zh.indexOf(d.quote);
    if (quoteAt < 0) {
      say(`datum "${d.id}": its quote "${d.quote}" is not in the Chinese paragraph`);
      continue;
    }
    const zh = zhNumbers.find(
      (n) => n.at >= quoteAt && n.at < quoteAt + d.quote.length && Number(n.digits) === d.value && n.magnitude === d.magnitude && !n.year,
    );
    if (!zh) {
      say(`datum "${d.id}": its quote "${d.quote}" holds no ${d.value}${d.magnitude}`);
      continue;
    }
    const en = pairs.get(zh);
    if (!en) continue; // reported above as a missing number
    const label = `${zh.text} (${d.id})`;

    const period = names.periods.find((x) => x.zh === d.period);
    if (!period) say(`datum "${d.id}": the period ${d.period} has no English form in ${NAMES_FILE}`);
    else if (period.en && en.period?.toLowerCase() !== period.en.toLowerCase())
      say(
        `${label} is for ${d.period}: expected "${period.en}" with "${en.text}", found ${en.period ? `"${en.period}"` : 'no period in its sentence'}`,
      );

    if (d.measuredBy === '原文') {
      if (en.by) say(`${label} is the author's own: expected no research body with "${en.text}", found "${en.by}" in its sentence`);
      continue;
    }
    const body = names.names.find((entry) => entry.kind === 'research body' && entry.zh.includes(d.measuredBy));
    if (!body) say(`datum "${d.id}": ${d.measuredBy} has no English form (kind: research body) in ${NAMES_FILE}`);
    else if (en.by !== body.en)
      say(
        `${label} is given by ${d.measuredBy}: expected "${body.en}" with "${en.text}", found ${en.by ? `"${en.by}"` : 'no research body in its sentence'}`,
      );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The whole edition

/** The edition's paragraphs to check, in reading order: title, intro, then each trend's heading and paragraph with its data. */
export function translatedParagraphs(
  source: SourceDocument,
  translation: Translation,
  numbers: readonly (TranslationDatum & { trend: number })[],
  file = TRANSLATION_FILE,
): TranslatedParagraph[] {
  const out: TranslatedParagraph[] = [
    { file, where: 'title', zh: source.title, en: translation.title, data: [] },
    { file, where: 'intro', zh: source.intro.text, en: translation.intro, data: [] },
  ];
  for (const t of translation.trends) {
    const zh = source.trends.get(t.order);
    if (!zh) continue; // coverageProblems says so
    out.push({ file, where: `trend ${t.order} heading`, zh: zh.title, en: t.heading, data: [] });
    out.push({ file, where: `trend ${t.order}`, zh: zh.body.text, en: t.paragraph, data: numbers.filter((d) => d.trend === t.order) });
  }
  return out;
}

/** One translated trend per trend of the seed, no more and no fewer. */
export function coverageProblems(source: SourceDocument, translation: Translation, file = TRANSLATION_FILE): string[] {
  const orders = new Set(translation.trends.map((t) => t.order));
  const problems: string[] = [];
  for (const [order, t] of source.trends)
    if (!orders.has(order)) problems.push(`${file}: trend ${order}: missing: expected a translation of ${t.numeral}、${t.title}`);
  for (const order of orders)
    if (!source.trends.has(order))
      problems.push(`${file}: trend ${order}: the source has no trend ${order} (it has 1–${source.trends.size})`);
  return problems;
}

/** Every problem of the edition's translation: coverage, then each paragraph in reading order. */
export function editionProblems(
  source: SourceDocument,
  translation: Translation,
  numbers: readonly (TranslationDatum & { trend: number })[],
  names: Names,
  file = TRANSLATION_FILE,
): string[] {
  return [
    ...coverageProblems(source, translation, file),
    ...translatedParagraphs(source, translation, numbers, file).flatMap((p) => translationProblems(p, names)),
  ];
}

// ---------------------------------------------------------------------------------------------
// For the pages

/** A run of an English paragraph: plain text, or a name; `zh` is set on a name's first use on the page when its Chinese differs. */
export interface NameRun {
  text: string;
  name?: { en: string; kind: NameKind; zh?: string };
}

/**
 * The English paragraphs of one page, in order, cut into runs so a page can follow each name's
 * first use with its Chinese: JD.com（京东）. The Chinese given is the name's full spelling (阿里巴巴
 * for Alibaba, though the source also writes 阿里); the page decides the punctuation.
 */
export function nameRuns(paragraphs: readonly string[], names: Names): NameRun[][] {
  const seen = new Set<NameEntry>();
  return paragraphs.map((en) =>
    cutAt(en, findSpellings(en, enForms(names)), (text, h): NameRun => {
      if (!h) return { text };
      const first = !seen.has(h.entry) && h.entry.zh[0] !== h.entry.en;
      seen.add(h.entry);
      return { text, name: { en: h.entry.en, kind: h.entry.kind, ...(first ? { zh: h.entry.zh[0] } : {}) } };
    }),
  );
}
