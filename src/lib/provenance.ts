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

/**
 * The source's hedge words, longest first (有望突破 before 突破), with what each means for the
 * datum: 约/预计达到 about, 突破/超过/有望突破 over, 近 nearly; 预计 an estimate, 有望 a forecast.
 */
const HEDGE_WORDS: [word: string, hedge: Datum['hedge'], status: Datum['status']][] = [
  ['有望突破', 'over', 'forecast'],
  ['预计达到', 'about', 'estimate'],
  ['突破', 'over', 'reported'],
  ['超过', 'over', 'reported'],
  ['约', 'about', 'reported'],
  ['近', 'nearly', 'reported'],
];

/**
 * Reads the hedge the source writes right before a stated number and checks the datum keeps it:
 * dropping 约 (and calling 6.55万亿 exact) or calling a 有望 forecast "reported" is an error.
 */
function hedgeProblems(d: Datum): [field: string, message: string][] {
  const at = d.quote.indexOf(`${written(d.value)}${d.magnitude}`);
  if (at < 0) return [];
  const before = d.quote.slice(0, at);
  const [word, hedge, status] = HEDGE_WORDS.find(([w]) => before.endsWith(w)) ?? [undefined, 'exact', 'reported'];
  const out: [string, string][] = [];
  if (d.qualifier !== word)
    out.push(['qualifier', `the source writes ${word ? `"${word}"` : 'no hedge'} before the number, got "${d.qualifier ?? ''}"`]);
  if (d.hedge !== hedge) out.push(['hedge', `"${word ?? ''}" means "${hedge}", got "${d.hedge}"`]);
  if (d.status !== status) out.push(['status', `"${word ?? ''}" means "${status}", got "${d.status}"`]);
  return out;
}

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
      out.push(...hedgeProblems(d).map(([field, message]) => problem(file, d.id, field, message)));
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
