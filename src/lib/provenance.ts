/**
 * Provenance checks for content/data: every datum's quote is in the source, its digits are in
 * its quote, its hedge is the source's own, and derived values recompute from their inputs.
 */
import { baseAmount } from './format';
import type { Datum } from './schema';
import type { SourceDocument } from './source';

/** base = amount ÷ (1 + rate), in the amount's magnitude, rounded as the datum is written. */
export function recompute(d: Datum, byId: Map<string, Datum>): number | undefined {
  if (!d.derived) return undefined;
  const [amountId, rateId] = d.derived.inputs;
  const amount = byId.get(amountId);
  const rate = byId.get(rateId);
  if (!amount || !rate || rate.unit !== '%') return undefined;
  const base = baseAmount(amount) / (1 + rate.value / 100);
  return base / baseAmount({ value: 1, magnitude: d.magnitude });
}

/** Digits of a number as it would be written in Chinese text: 6.55 → "6.55", 1200 → "1200". */
const written = (value: number) => String(value);

const problem = (file: string, id: string, field: string, message: string) => `${file}: datum "${id}", field "${field}": ${message}`;

/** Every problem with the data (empty when sound). */
export function validateData(data: Datum[], doc: SourceDocument, file = 'content/data/numbers.yaml'): string[] {
  const out: string[] = [];
  const byId = new Map(data.map((d) => [d.id, d]));
  for (const d of data) {
    if (!doc.raw.includes(d.quote)) {
      out.push(problem(file, d.id, 'quote', `not found verbatim in seeds/: "${d.quote}"`));
      continue;
    }
    const paragraph = doc.trends.get(d.trend)?.body.text ?? '';
    if (!paragraph.includes(d.quote)) out.push(problem(file, d.id, 'trend', `the quote is not in trend ${d.trend}'s paragraph`));
    if (d.derived) {
      const value = recompute(d, byId);
      if (value === undefined)
        out.push(problem(file, d.id, 'derived.inputs', `expected [amount id, percentage id], got [${d.derived.inputs.join(', ')}]`));
      else if (Math.abs(value - d.value) > 0.005 * Math.max(1, d.value)) {
        out.push(problem(file, d.id, 'value', `recomputes to ${value.toFixed(4)}, stored ${d.value}`));
      }
      for (const input of d.derived.inputs) {
        const source = byId.get(input);
        if (source && !d.quote.includes(written(source.value)))
          out.push(problem(file, d.id, 'quote', `does not state input ${input} (${source.value})`));
      }
    } else {
      const stated = `${d.qualifier ?? ''}${written(d.value)}${d.magnitude}`;
      if (!d.quote.includes(stated)) {
        out.push(problem(file, d.id, d.qualifier ? 'qualifier' : 'value', `expected the quote to contain "${stated}"`));
      }
    }
    if (d.hedge !== 'exact' && !d.qualifier) out.push(problem(file, d.id, 'qualifier', `hedge "${d.hedge}" needs the source's hedge word`));
  }
  const ids = new Set<string>();
  for (const d of data) {
    if (ids.has(d.id)) out.push(problem(file, d.id, 'id', 'used more than once'));
    ids.add(d.id);
  }
  return out;
}
