/**
 * The numbers against the source: every datum's quote is a whole clause of its trend's paragraph,
 * its digits are in that quote, its hedge word is the one the source writes before the number,
 * and a derived value recomputes from its inputs.
 */
import { clauseProblem } from '../lib/clauses';
import { HEDGE_WORDS, baseAmount } from '../lib/format';
import type { SourceDocument } from '../lib/source';
import type { Datum } from './schema';

/** base = amount ÷ (1 + rate), in the datum's magnitude. */
export function recompute(d: Datum, byId: ReadonlyMap<string, Datum>): number | undefined {
  if (!d.derived) return undefined;
  const [amount, rate] = d.derived.inputs.map((id) => byId.get(id));
  if (!amount || !rate || rate.unit !== '%' || amount.unit === '%') return undefined;
  return baseAmount(amount) / (1 + rate.value / 100) / baseAmount({ value: 1, magnitude: d.magnitude });
}

/** The period a year before `period` (同比: 2013年前三季度 → 2012年前三季度), the base's period. */
const yearBefore = (period: string) => period.replace(/(\d{4})年/, (_, year: string) => `${Number(year) - 1}年`);

/** A datum's number as the source writes it, before any unit: "6.55万亿", "52". */
export const writtenNumber = (d: Pick<Datum, 'value' | 'magnitude'>) => `${d.value}${d.magnitude}`;

/**
 * The hedge word the source writes right before a stated number, read from the paragraph around
 * the quote (not from the quote, which an editor may have trimmed to "6.55万亿").
 */
export function hedgeBefore(d: Pick<Datum, 'value' | 'magnitude' | 'quote'>, paragraph: string): string | undefined {
  const number = writtenNumber(d);
  const quoteAt = paragraph.indexOf(d.quote);
  const inQuote = d.quote.indexOf(number);
  const at = quoteAt >= 0 && inQuote >= 0 ? quoteAt + inQuote : paragraph.indexOf(number);
  if (at < 0) return undefined;
  const before = paragraph.slice(0, at);
  return HEDGE_WORDS.find(([w]) => before.endsWith(w))?.[0];
}

/**
 * Every problem with the data, each naming file:line, the datum and the field. `lineOf(i)` is the
 * file line of datum i, so a problem points where the editor must look.
 */
export function dataProblems(data: readonly Datum[], doc: SourceDocument, file: string, lineOf: (i: number) => number): string[] {
  const out: string[] = [];
  const byId = new Map(data.map((d) => [d.id, d]));
  const firstAt = new Map<string, number>();
  data.forEach((d, i) => {
    const report = (field: string, message: string) => out.push(`${file}:${lineOf(i)}: datum "${d.id}", field "${field}": ${message}`);
    if (firstAt.has(d.id)) {
      report('id', `used more than once (first at line ${lineOf(firstAt.get(d.id)!)}); each datum needs its own id`);
      return;
    }
    firstAt.set(d.id, i);
    if (!doc.raw.includes(d.quote)) return report('quote', `not found verbatim in seeds/: "${d.quote}"`);
    const paragraph = doc.trends.get(d.trend)?.body.text;
    if (paragraph === undefined) return report('trend', `the source has no trend ${d.trend}`);
    if (!paragraph.includes(d.quote)) return report('trend', `the quote is not in trend ${d.trend}'s paragraph`);
    const clause = clauseProblem(d.quote, paragraph);
    if (clause) report('quote', `${clause}, got "${d.quote}"`);
    if (d.derived) {
      const unknown = d.derived.inputs.filter((id) => !byId.has(id));
      if (unknown.length) return report('derived.inputs', `no datum ${unknown.map((id) => `"${id}"`).join(', ')} in ${file}`);
      const value = recompute(d, byId);
      if (value === undefined) report('derived.inputs', `expected [amount id, percentage id], got [${d.derived.inputs.join(', ')}]`);
      else if (Math.abs(value - d.value) > 0.005 * Math.max(1, d.value))
        report('value', `recomputes to ${value.toFixed(4)}, stored ${d.value}`);
      const amount = byId.get(d.derived.inputs[0])!;
      if (d.period !== yearBefore(amount.period))
        report(
          'period',
          `a base from 同比 growth is the year before its amount's: expected "${yearBefore(amount.period)}", got "${d.period}"`,
        );
      for (const input of d.derived.inputs) {
        const source = byId.get(input)!;
        if (!d.quote.includes(String(source.value))) report('quote', `does not state input ${input} (${source.value})`);
      }
      return;
    }
    const stated = `${d.qualifier ?? ''}${writtenNumber(d)}`;
    if (!d.quote.includes(stated)) report(d.qualifier ? 'qualifier' : 'value', `expected the quote to contain "${stated}"`);
    const word = hedgeBefore(d, paragraph);
    if (d.qualifier !== word)
      report(
        'qualifier',
        `the source writes ${word ? `"${word}"` : 'no hedge'} before the number, got ${d.qualifier ? `"${d.qualifier}"` : 'none'}`,
      );
  });
  return out;
}
