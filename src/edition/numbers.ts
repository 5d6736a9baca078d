/**
 * The numbers against the source. Every field of a stated datum is read from, or checked against,
 * its own sentence of the seed: the number as a whole token in its quote, the hedge written before
 * it, the period and the research body the sentence gives, the unit written after it or counted by
 * its noun. A derived value is computed from its inputs, and its formula, note, hedge and bound
 * are what the inputs allow. Problems name file:line, the datum and the field.
 */
import { clauseProblem } from '../lib/clauses';
import { HEDGE_WORDS, baseAmount, quoteMeaning, quoted } from '../lib/format';
import type { SourceDocument } from '../lib/source';
import { MEASURED_BY, type Datum, type DatumData } from './schema';
import { shown } from './shown';

/** The period of a number whose sentence gives none (the source is undated). */
export const NOT_STATED = '原文发表时（未注明具体时间）';

/** A period as the source writes one before a number: a year, and the part of it (2013年前三季度). */
const PERIOD = /\d{4}年(?:前三季度|上半年|下半年|全年|第[一二三四]季度)?/g;

/** The unit a noun counts when the source writes none after the number (约6.55万亿 of 交易金额 is 元). */
const NOUN_UNITS: [noun: string, unit: Datum['unit']][] = [
  ['交易金额', '元'],
  ['交易额', '元'],
  ['市场规模', '元'],
  ['用户', '人'],
  ['投资', '币种未注明'],
];

/** A datum's number as the source writes it, before any unit: "6.55万亿", "52". */
export const writtenNumber = (d: Pick<Datum, 'value' | 'magnitude'>) => `${d.value}${d.magnitude}`;

/** Where the number stands in `text` as a whole token (20 is not the 2 of 近20% or of O2O), or -1. */
export function numberAt(d: Pick<Datum, 'value' | 'magnitude'>, text: string): number {
  const after = d.magnitude ? '(?![\\d.])' : '(?![\\d.]|万|亿)';
  return text.search(new RegExp(`(?<![\\d.A-Za-z])${RegExp.escape(writtenNumber(d))}${after}`));
}

/** Where a stated datum's number stands in its paragraph: inside its quote, as a whole token. */
function numberInParagraph(d: Pick<Datum, 'value' | 'magnitude' | 'quote'>, paragraph: string): number {
  const quoteAt = paragraph.indexOf(d.quote);
  const inQuote = numberAt(d, d.quote);
  return quoteAt >= 0 && inQuote >= 0 ? quoteAt + inQuote : -1;
}

/**
 * The hedge word the source writes right before a stated number, read from the paragraph around
 * the quote (not from the quote, which an editor may have trimmed to "6.55万亿").
 */
export function hedgeBefore(d: Pick<Datum, 'value' | 'magnitude' | 'quote'>, paragraph: string): string | undefined {
  const at = numberInParagraph(d, paragraph);
  return at < 0 ? undefined : HEDGE_WORDS.find(([w]) => paragraph.slice(0, at).endsWith(w))?.[0];
}

/** What the number's own sentence says before it: the last period it gives and the body it cites. */
export function sentenceBefore(paragraph: string, at: number): { period: string; measuredBy: Datum['measuredBy'] } {
  const start = Math.max(...['。', '！', '？', '!', '?'].map((m) => paragraph.lastIndexOf(m, at - 1))) + 1;
  const lead = paragraph.slice(start, at);
  return {
    period: [...lead.matchAll(PERIOD)].at(-1)?.[0] ?? NOT_STATED,
    measuredBy: MEASURED_BY.find((b) => b !== '原文' && lead.includes(b)) ?? '原文',
  };
}

/**
 * Where a stated number stands in its paragraph with the words that give its period and source:
 * [start of the earlier of the two in its sentence (or the number itself), number start, number end].
 */
export function contextSpan(
  d: Pick<Datum, 'value' | 'magnitude' | 'quote' | 'period' | 'measuredBy'>,
  paragraph: string,
): [number, number, number] | undefined {
  const at = numberInParagraph(d, paragraph);
  if (at < 0) return undefined;
  const start = Math.max(...['。', '！', '？', '!', '?'].map((m) => paragraph.lastIndexOf(m, at - 1))) + 1;
  const lead = paragraph.slice(start, at);
  const marks = [d.period, d.measuredBy].map((w) => lead.lastIndexOf(w)).filter((i) => i >= 0);
  return [marks.length ? start + Math.min(...marks) : at, at, at + writtenNumber(d).length];
}

/** base = amount ÷ (1 + rate), in the datum's magnitude. */
export function recompute(
  d: Pick<DatumData, 'derived' | 'magnitude'>,
  byId: ReadonlyMap<string, Pick<Datum, 'value' | 'magnitude' | 'unit'>>,
): number | undefined {
  if (!d.derived) return undefined;
  const [amount, rate] = d.derived.inputs.map((id) => byId.get(id));
  if (!amount || !rate || rate.unit !== '%' || amount.unit === '%') return undefined;
  return baseAmount(amount) / (1 + rate.value / 100) / baseAmount({ value: 1, magnitude: d.magnitude });
}

/** The period a year before `period` (同比: 2013年前三季度 → 2012年前三季度), the base's period. */
const yearBefore = (period: string) => period.replace(/(\d{4})年/, (_, year: string) => `${Number(year) - 1}年`);

/** What a base worked out from [amount, rate] may claim: its hedge and bound, and why, in words. */
function baseFrom(d: DatumData, amount: DatumData, rate: DatumData, value: number) {
  const exact = Math.abs(value - d.value) < 1e-9;
  const amountHedge = quoteMeaning(amount.qualifier).hedge;
  const rateHedge = quoteMeaning(rate.qualifier).hedge;
  // A rate of at least r makes the base at most amount ÷ (1 + r); just under r, at least.
  const bound = rateHedge === 'over' ? 'upper' : rateHedge === 'nearly' ? 'lower' : undefined;
  // One significant digit (达2万亿元) is a round figure: what is worked out from it is approximate too.
  const round = /^[1-9]0*$/.test(String(amount.value));
  const approximate = amountHedge !== 'exact' || round || !exact;
  const stated = (x: DatumData) => quoted(`${x.qualifier ?? ''}${writtenNumber(x)}${x.unit === '%' ? '%' : ''}`);
  const reasons = [
    `由${amount.period}的${amount.label}与同比增速倒推`,
    bound &&
      `增速写作${stated(rate)}，是${bound === 'upper' ? '下限' : '上限'}，所以推算值是${d.period}${d.label}的${bound === 'upper' ? '上限：实际不高于它' : '下限：实际不低于它'}`,
    amountHedge !== 'exact' && `原文金额写作${stated(amount)}，是约数，推算值同样是约数`,
    amountHedge === 'exact' && round && `原文金额${stated(amount)}是整数说法，推算值也只是约数，不是点值`,
    amountHedge === 'exact' && !round && !exact && '结果取三位有效数字',
  ].filter(Boolean);
  return {
    qualifier: approximate ? '约' : undefined,
    bound,
    formula: `${writtenNumber(amount)} ÷ (1 + ${rate.value}%) ${exact ? '=' : '≈'} ${writtenNumber(d)}`,
    note: `${reasons.join('；')}。`,
  };
}

/**
 * Checks the data against the source and returns them as the edition holds them (derived values
 * with their formula and note), the problems found, and the ids of the data with a problem (so a
 * field that refers to one is not blamed for it). `lineOf(i)` is the file line of datum i.
 */
export function resolveData(
  data: readonly DatumData[],
  doc: SourceDocument,
  file: string,
  lineOf: (i: number) => number,
  rejected: ReadonlySet<string> = new Set(),
): { data: Datum[]; problems: string[]; faulty: Set<string> } {
  const problems: string[] = [];
  const faulty = new Set<string>();
  const byId = new Map(data.map((d) => [d.id, d]));
  const firstAt = new Map<string, number>();
  const resolved = data.map((d, i): Datum => {
    const report = (field: string, message: string) => {
      problems.push(`${file}:${lineOf(i)}: datum "${d.id}", field "${field}": ${message}`);
      faulty.add(d.id);
    };
    const out = { ...d } as Datum;
    if (firstAt.has(d.id)) {
      report('id', `used more than once (first at line ${lineOf(firstAt.get(d.id)!)}); each datum needs its own id`);
      return out;
    }
    firstAt.set(d.id, i);
    if (/\d/.test(d.label)) report('label', `a label names what is counted and holds no number, got "${shown(d.label)}"`);
    if (!doc.raw.includes(d.quote)) {
      report('quote', `not found verbatim in seeds/: "${shown(d.quote)}"`);
      return out;
    }
    const paragraph = doc.trends.get(d.trend)?.body.text;
    if (paragraph === undefined) return (report('trend', `the source has no trend ${d.trend}`), out);
    if (!paragraph.includes(d.quote)) return (report('trend', `the quote is not in trend ${d.trend}'s paragraph`), out);
    const clause = clauseProblem(d.quote, paragraph);
    if (clause) report('quote', `${clause}, got "${shown(d.quote)}"`);

    if (d.derived) {
      // An input that failed its own schema is reported there; this value cannot be worked out without it.
      if (d.derived.inputs.some((id) => rejected.has(id))) return (faulty.add(d.id), out);
      const unknown = d.derived.inputs.filter((id) => !byId.has(id));
      if (unknown.length) return (report('derived.inputs', `no datum ${unknown.map((id) => `"${id}"`).join(', ')} in ${file}`), out);
      const [amount, rate] = d.derived.inputs.map((id) => byId.get(id)!);
      const value = recompute(d, byId);
      if (value === undefined)
        return (report('derived.inputs', `expected [amount id, percentage id], got [${d.derived.inputs.join(', ')}]`), out);
      if (Math.abs(value - d.value) > 0.005 * Math.max(1, d.value)) report('value', `recomputes to ${value.toFixed(4)}, stored ${d.value}`);
      const base = baseFrom(d, amount, rate, value);
      const expect = (field: string, got: unknown, want: unknown, why: string) => {
        if (got !== want)
          report(field, `expected ${want === undefined ? 'none' : `"${want}"`} (${why}), got ${got === undefined ? 'none' : `"${got}"`}`);
      };
      expect('period', d.period, yearBefore(amount.period), 'a base from 同比 growth is the year before its amount');
      expect('measuredBy', d.measuredBy, amount.measuredBy, 'whose numbers it is worked out from');
      expect('unit', d.unit, amount.unit, "its amount's unit");
      expect('magnitude', d.magnitude, amount.magnitude, "its amount's magnitude");
      expect('label', d.label, amount.label, 'the same quantity a year earlier');
      expect(
        'qualifier',
        d.qualifier,
        base.qualifier,
        base.qualifier ? 'worked out from a hedged or round number, the result is approximate' : 'exact inputs',
      );
      expect(
        'derived.bound',
        d.derived.bound,
        base.bound,
        base.bound ? `the growth rate is written ${quoted(`${rate.qualifier ?? ''}${rate.value}%`)}` : 'neither input is a bound',
      );
      for (const input of [amount, rate])
        if (numberAt(input, d.quote) < 0) report('quote', `does not state input ${input.id} (${writtenNumber(input)})`);
      return { ...out, derived: { ...d.derived, formula: base.formula, note: base.note } };
    }

    const at = numberInParagraph(d, paragraph);
    if (at < 0)
      return (report('value', `expected the quote to hold "${writtenNumber(d)}" as a whole number, got "${shown(d.quote)}"`), out);
    const word = hedgeBefore(d, paragraph);
    if (d.qualifier !== word)
      report(
        'qualifier',
        `the source writes ${word ? `"${word}"` : 'no hedge'} before ${writtenNumber(d)}, got ${d.qualifier ? `"${d.qualifier}"` : 'none'}`,
      );
    const sentence = sentenceBefore(paragraph, at);
    if (d.period !== sentence.period)
      report(
        'period',
        `its sentence gives ${sentence.period === NOT_STATED ? 'no period' : `"${sentence.period}"`} before the number: expected "${sentence.period}", got "${shown(d.period)}"`,
      );
    if (d.measuredBy !== sentence.measuredBy)
      report(
        'measuredBy',
        `its sentence ${sentence.measuredBy === '原文' ? 'cites no research body' : `cites ${sentence.measuredBy}`}: expected "${sentence.measuredBy}", got "${d.measuredBy}"`,
      );
    const after = paragraph.slice(at + writtenNumber(d).length);
    const written = (['元', '%', '分钟'] as const).find((u) => after.startsWith(u));
    const noun = NOUN_UNITS.find(([n]) => d.quote.includes(n));
    const unit = written ?? noun?.[1];
    if (!unit)
      report(
        'unit',
        `the source writes no unit after ${writtenNumber(d)} and the quote names no noun it counts (${NOUN_UNITS.map(([n]) => n).join('、')})`,
      );
    else if (d.unit !== unit)
      report(
        'unit',
        written
          ? `the source writes "${written}" after ${writtenNumber(d)}, got "${d.unit}"`
          : `"${noun![0]}" counts ${unit}, got "${d.unit}"`,
      );
    return out;
  });
  return { data: resolved, problems, faulty };
}
