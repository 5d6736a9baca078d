/**
 * The source's numbers in English, one view per datum, so every English page writes a number one
 * way: its value with the hedge HEDGES_EN gives the source's word ("about 6.55 trillion"), the unit
 * the source writes after it ("2 trillion yuan"; one it does not write is marked as added), its
 * period as names.yaml writes it, who gives it, and for a derived value the formula and the note,
 * worked out from its inputs as src/edition/numbers.ts does in Chinese. Also the check that
 * English the site writes about numbers (a figure's title and notes, a finding) claims nothing its
 * data do not. Pure.
 */
import { englishAmount } from '../lib/english';
import { capitalized } from '../lib/english-words';
import { baseAmount, quoteMeaning, writtenUnit, type Standalone, type Status } from '../lib/format';
import { recompute } from './numbers';
import type { Datum } from './schema';
import { englishFacts, englishNames, HEDGES_EN, type Names } from './translation';

/** What a number's period is in English where the source states none. */
export const NOT_STATED_EN = 'when the source was written (no date given)';

/** How English writes the unit the source writes after a number ('' when it writes none). */
const WRITTEN_UNIT_EN: Record<string, (value: number) => string> = {
  '': () => '',
  '%': () => '%',
  元: () => ' yuan',
  人: () => ' people',
  分钟: (value) => (value === 1 ? ' minute' : ' minutes'),
};

/** The unit as a word, for a unit the site adds ("yuan (added by this site)"). */
const UNIT_WORD_EN: Record<string, string> = { 元: 'yuan', 人: 'people', '%': 'percent', 分钟: 'minutes' };

export const ADDED_BY_SITE = 'added by this site';
export const CURRENCY_NOT_STATED = 'currency not stated in the source';
export const AUTHOR_EN = 'the author';

/** A datum in English: what it shows away from its sentence (Standalone, in English words), and its parts. */
export interface EnglishDatum extends Standalone {
  /** The label inside a sentence, as data.yaml writes it: "mobile internet transaction value". */
  phrase: string;
  /** The hedge before the number, from HEDGES_EN ('' when the source states it plainly). */
  hedge: string;
  /** Digits and scale word: "6.55 trillion". */
  number: string;
  /** Its period as names.yaml writes it; undefined where the source states none. */
  period?: string;
  /** The period as a table or callout shows it: the period, or NOT_STATED_EN. */
  when: string;
  /** The period in a chart label: data.yaml's shorter form, else the period ('' where the source states none). */
  short: string;
  /** Who gives it: a research body's English name, "the author", or "this site’s calculation (from … figures)". */
  by: string;
  status: Status | 'derived';
  /** A derived value's formula and why it is as exact as it is, in English. */
  derived?: { formula: string; note: string };
}

/**
 * The English of a period: names.yaml's (null where the source states none), or for a period the
 * site works out (the year before one the table has: 2012年前三季度 from 2013年前三季度) that form
 * with its year moved. undefined: no English known.
 */
export function englishPeriod(zh: string, names: Pick<Names, 'periods'>): string | null | undefined {
  const entry = names.periods.find((p) => p.zh === zh);
  if (entry) return entry.en;
  const year = /\d{4}/.exec(zh)?.[0];
  const shape = (s: string) => s.replace(/\d{4}/, '#');
  const like = year && names.periods.find((p) => p.en && /\d{4}/.test(p.zh) && shape(p.zh) === shape(zh));
  if (!like) return undefined;
  const from = /\d{4}/.exec(like.zh)![0];
  return like.en!.includes(from) ? like.en!.replace(from, year) : undefined;
}

/** A research body's English name (names.yaml, kind "research body"), or undefined. */
export const researchBody = (measuredBy: string, names: Pick<Names, 'names'>) =>
  names.names.find((n) => n.kind === 'research body' && n.zh.includes(measuredBy))?.en;

/** Who measured, in English: "iResearch", "the author". */
export const measuredByEn = (measuredBy: string, names: Pick<Names, 'names'>) =>
  measuredBy === '原文' ? AUTHOR_EN : (researchBody(measuredBy, names) ?? measuredBy);

/** The first English hedge for the source's word ("about" for 约), '' for none. */
export const hedgeEn = (qualifier: string | undefined) => (qualifier ? (HEDGES_EN[qualifier]?.[0] ?? qualifier) : '');

/** A stated value as English writes it, hedge and written unit kept: "about 6.55 trillion", "2 trillion yuan", "3 minutes". */
function statedValue(d: Datum): string {
  const hedge = hedgeEn(d.qualifier);
  const unit = WRITTEN_UNIT_EN[writtenUnit(d)]?.(d.value) ?? '';
  return `${hedge ? `${hedge} ` : ''}${englishAmount(d.value, d.magnitude)}${unit}`;
}

/** What a derived bound adds after the value. */
const BOUND_EN = { upper: ' or less', lower: ' or more' } as const;

export interface EnglishDataInput {
  /** data.yaml `labels`: datum id → label (as written inside a sentence). */
  labels: Readonly<Record<string, string>>;
  /** data.yaml `chartPeriods`: Chinese period → shorter English for chart labels. */
  chartPeriods: Readonly<Record<string, string>>;
  names: Names;
}

/** Every datum's English view, by id, in the order given. */
export function englishData(data: readonly Datum[], { labels, chartPeriods, names }: EnglishDataInput): Map<string, EnglishDatum> {
  const byId = new Map(data.map((d) => [d.id, d]));
  const periodOf = (d: Datum) => englishPeriod(d.period, names) ?? undefined;
  const out = new Map<string, EnglishDatum>();
  for (const d of data) {
    const phrase = labels[d.id] ?? '';
    const period = periodOf(d);
    const when = period ?? NOT_STATED_EN;
    const source = measuredByEn(d.measuredBy, names);
    const by = d.derived ? `this site’s calculation (from ${source === AUTHOR_EN ? `${AUTHOR_EN}’s` : source} figures)` : source;
    const written = writtenUnit(d);
    const addedUnit = !written && d.unit !== '币种未注明' ? `${UNIT_WORD_EN[d.unit] ?? d.unit} (${ADDED_BY_SITE})` : undefined;
    out.set(d.id, {
      id: d.id,
      datum: d,
      label: capitalized(phrase),
      phrase,
      hedge: hedgeEn(d.qualifier),
      number: englishAmount(d.value, d.magnitude),
      value: `${statedValue(d)}${d.derived?.bound ? BOUND_EN[d.derived.bound] : ''}`,
      addedUnit,
      unitRemark: d.unit === '币种未注明' ? CURRENCY_NOT_STATED : addedUnit && `unit: ${addedUnit}`,
      period,
      when,
      short: chartPeriods[d.period] ?? period ?? '',
      by,
      context: capitalized(`${when}, ${by}`),
      status: d.derived ? 'derived' : quoteMeaning(d.qualifier).status,
      derived: d.derived && derivedEn(d, byId, labels, periodOf),
    });
  }
  return out;
}

/**
 * A derived value's formula and note in English, from its inputs, as src/edition/numbers.ts words
 * them in Chinese: what it is worked out from, which side of the truth it lies on when the growth
 * rate is a bound, and why it is approximate. Its hedge and bound are the Chinese datum's, which
 * the build has checked against what its inputs allow.
 */
function derivedEn(
  d: Datum,
  byId: ReadonlyMap<string, Datum>,
  labels: Readonly<Record<string, string>>,
  periodOf: (d: Datum) => string | undefined,
): { formula: string; note: string } {
  const [amount, rate] = d.derived!.inputs.map((id) => byId.get(id)!);
  const value = recompute(d, byId) ?? d.value;
  const exact = Math.abs(value - d.value) < 1e-9;
  const amountHedge = quoteMeaning(amount.qualifier).hedge;
  const round = /^[1-9]0*$/.test(String(amount.value));
  const bound = d.derived!.bound;
  const stated = (x: Datum) =>
    `“${[hedgeEn(x.qualifier), englishAmount(x.value, x.magnitude)].filter(Boolean).join(' ')}${x.unit === '%' ? '%' : ''}”`;
  const label = labels[d.id] ?? '';
  const reasons = [
    `worked back from the ${labels[amount.id] ?? ''} for ${periodOf(amount) ?? NOT_STATED_EN} and its year-on-year growth`,
    bound &&
      `the growth rate is written ${stated(rate)}, a ${bound === 'upper' ? 'lower' : 'upper'} bound, so the calculated value is ${bound === 'upper' ? 'an upper' : 'a lower'} bound for the ${label} in ${periodOf(d) ?? NOT_STATED_EN}: the actual value is ${bound === 'upper' ? 'no higher' : 'no lower'}`,
    amountHedge !== 'exact' &&
      `the source writes the amount as ${stated(amount)}, an approximate figure, so the calculated value is approximate too`,
    amountHedge === 'exact' &&
      round &&
      `the source’s amount ${stated(amount)} is a round figure, so the calculated value is only approximate, not a point value`,
    amountHedge === 'exact' && !round && !exact && 'the result is given to three significant figures',
  ].filter(Boolean);
  return {
    formula: `${englishAmount(amount.value, amount.magnitude)} ÷ (1 + ${rate.value}%) ${exact ? '=' : '≈'} ${englishAmount(d.value, d.magnitude)}`,
    note: `${capitalized(reasons.join('; '))}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// English the site writes about numbers claims nothing its data do not

const YEAR = /(?<![A-Za-z\d]|\d[.,])(?:19|20)\d\d(?![A-Za-z\d]|[.,]\d)/g;

/**
 * Problems with English the site writes about `data` (a figure's title or note, a finding): every
 * number in it is one of the data's values written exactly as the English view writes it (hedge,
 * unit and bound included), every period one of the data's periods (or a year in `alsoYears`), and
 * every research body one that measured some of the data. `mask` blanks what is not a claim (the
 * site's own references to trends by number). Returns what is wrong, worded for the message.
 */
export function englishClaimProblems(
  text: string,
  data: readonly EnglishDatum[],
  names: Names,
  alsoYears: ReadonlySet<string> = new Set(),
  mask?: RegExp,
): string[] {
  const out: string[] = [];
  const read = mask ? text.replace(mask, (m) => ' '.repeat(m.length)) : text;
  // Periods: the longest English period phrases first, then any other year.
  const periods = new Set(data.flatMap((d) => (d.period ? [d.period] : [])));
  const phrases = [
    ...new Set([...names.periods.flatMap((p) => (p.en ? [p.en] : [])), ...periods, ...data.map((d) => d.short).filter(Boolean)]),
  ].sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && s < end);
  for (const phrase of phrases)
    for (const m of read.matchAll(new RegExp(`(?<![A-Za-z\\d])${RegExp.escape(phrase)}(?![A-Za-z\\d])`, 'gi'))) {
      if (!free(m.index, m.index + m[0].length)) continue;
      taken.push([m.index, m.index + m[0].length]);
      const known = data.some((d) => d.period?.toLowerCase() === m[0].toLowerCase() || d.short.toLowerCase() === m[0].toLowerCase());
      if (!known && !alsoYears.has(m[0]))
        out.push(`says "${m[0]}", a period none of its data has (${[...periods].map((p) => `"${p}"`).join(', ') || 'none'})`);
    }
  for (const m of read.matchAll(YEAR))
    if (free(m.index, m.index + 4) && !alsoYears.has(m[0]))
      out.push(`says "${m[0]}", a period none of its data has (${[...periods].map((p) => `"${p}"`).join(', ') || 'none'})`);

  // Research bodies: named in their English form, and only those that measured some of the data.
  const found = englishNames(read, names);
  for (const h of found.hits)
    if (h.entry.kind === 'research body' && !data.some((d) => h.entry.zh.includes(d.datum.measuredBy)))
      out.push(`names ${h.entry.en}, who measured none of its data`);
  for (const h of found.seconds) out.push(`writes "${h.text}", a second spelling of ${h.entry.zh[0]}: expected "${h.entry.en}"`);

  // Numbers: each one of the data's, as the English view writes it.
  for (const fact of englishFacts(read, names)) {
    if (fact.year) continue;
    const start = read.lastIndexOf(fact.text, fact.at);
    const after = read.slice(start + fact.text.length);
    const same = data.filter((d) => d.number === fact.number && baseAmount(d.datum) === fact.amount);
    if (!same.length) {
      out.push(`says "${fact.text}", which is none of its data (${data.map((d) => `"${d.value}"`).join(', ') || 'none'})`);
      continue;
    }
    const written = (d: EnglishDatum) => {
      const bound = d.datum.derived?.bound ? BOUND_EN[d.datum.derived.bound] : '';
      const core = d.value.slice(0, d.value.length - bound.length);
      // A hedge may start a sentence: "About 6.55 trillion…".
      return (fact.text === core || fact.text === capitalized(core)) && after.startsWith(bound);
    };
    const match = same.find(written);
    if (!match) out.push(`says "${fact.text}": the English pages write ${same.map((d) => `"${d.value}"`).join(' or ')}`);
    else if (fact.by && !names.names.some((n) => n.en === fact.by && n.zh.includes(match.datum.measuredBy)))
      out.push(`gives "${fact.text}" to ${fact.by}: it is ${match.by}’s`);
  }
  return out;
}
