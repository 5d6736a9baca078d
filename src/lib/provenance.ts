/**
 * Provenance checks for content/data: every datum's quote is in the source, its digits are in
 * its quote, its hedge is the source's own, and derived values recompute from their inputs.
 */
import { clauseProblem } from './clauses';
import { HEDGE_WORDS, baseAmount } from './format';
import type { Datum } from './schema';
import type { SourceDocument } from './source';
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';

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

/** The period a year before `period` (同比: 2013年前三季度 → 2012年前三季度), the base's period. */
const yearBefore = (period: string) => period.replace(/(\d{4})年/, (_, year: string) => `${Number(year) - 1}年`);

/** A datum's number as the source writes it, before any unit: "6.55万亿", "52". */
export const writtenNumber = (d: Pick<Datum, 'value' | 'magnitude'>) => `${d.value}${d.magnitude}`;

/**
 * The hedge the source writes right before a stated number, read from the paragraph around the
 * quote (not from the quote, which an editor may have trimmed to "6.55万亿").
 */
export function hedgeBefore(d: Pick<Datum, 'value' | 'magnitude' | 'quote'>, paragraph: string): (typeof HEDGE_WORDS)[number] | undefined {
  const number = writtenNumber(d);
  const quoteAt = paragraph.indexOf(d.quote);
  const inQuote = d.quote.indexOf(number);
  const at = quoteAt >= 0 && inQuote >= 0 ? quoteAt + inQuote : paragraph.indexOf(number);
  if (at < 0) return undefined;
  const before = paragraph.slice(0, at);
  return HEDGE_WORDS.find(([w]) => before.endsWith(w));
}

/**
 * Checks the datum keeps the source's hedge: dropping 约 (and calling 6.55万亿 exact) or calling
 * a 有望 forecast "reported" is an error.
 */
function hedgeProblems(d: Datum, paragraph: string): [field: string, message: string][] {
  const [word, hedge, status] = hedgeBefore(d, paragraph) ?? [undefined, 'exact', 'reported'];
  const out: [string, string][] = [];
  if (d.qualifier !== word)
    out.push(['qualifier', `the source writes ${word ? `"${word}"` : 'no hedge'} before the number, got "${d.qualifier ?? ''}"`]);
  if (d.hedge !== hedge) out.push(['hedge', `"${word ?? ''}" means "${hedge}", got "${d.hedge}"`]);
  if (d.status !== status) out.push(['status', `"${word ?? ''}" means "${status}", got "${d.status}"`]);
  return out;
}

const problem = (file: string, id: string, field: string, message: string) => `${file}: datum "${id}", field "${field}": ${message}`;

/**
 * Every problem with the data (empty when sound). `data` is the file's list as written, so a
 * duplicate id is seen even though the store keeps only one entry per id.
 */
export function validateData(data: Datum[], doc: SourceDocument, file = 'content/data/numbers.yaml'): string[] {
  const out: string[] = [];
  const byId = new Map(data.map((d) => [d.id, d]));
  for (const d of data) {
    const report = (field: string, message: string) => out.push(problem(file, d.id, field, message));
    if (!doc.raw.includes(d.quote)) {
      report('quote', `not found verbatim in seeds/: "${d.quote}"`);
      continue;
    }
    const paragraph = doc.trends.get(d.trend)?.body.text ?? '';
    if (!paragraph.includes(d.quote)) {
      report('trend', `the quote is not in trend ${d.trend}'s paragraph`);
      continue;
    }
    const clause = clauseProblem(d.quote, paragraph);
    if (clause) report('quote', `${clause}, got "${d.quote}"`);
    if (d.derived) {
      const value = recompute(d, byId);
      const unknown = d.derived.inputs.filter((id) => !byId.has(id));
      if (unknown.length) report('derived.inputs', `no datum ${unknown.map((id) => `"${id}"`).join(', ')} in ${file}`);
      else if (value === undefined) report('derived.inputs', `expected [amount id, percentage id], got [${d.derived.inputs.join(', ')}]`);
      else if (Math.abs(value - d.value) > 0.005 * Math.max(1, d.value)) {
        report('value', `recomputes to ${value.toFixed(4)}, stored ${d.value}`);
      }
      const amount = byId.get(d.derived.inputs[0]);
      if (amount && d.period !== yearBefore(amount.period))
        report(
          'period',
          `a base from 同比 growth is the year before its amount's: expected "${yearBefore(amount.period)}", got "${d.period}"`,
        );
      for (const input of d.derived.inputs) {
        const source = byId.get(input);
        if (source && !d.quote.includes(String(source.value))) report('quote', `does not state input ${input} (${source.value})`);
      }
    } else {
      const stated = `${d.qualifier ?? ''}${writtenNumber(d)}`;
      if (!d.quote.includes(stated)) {
        report(d.qualifier ? 'qualifier' : 'value', `expected the quote to contain "${stated}"`);
      }
      for (const [field, message] of hedgeProblems(d, paragraph)) report(field, message);
    }
    if (d.hedge !== 'exact' && !d.qualifier) report('qualifier', `hedge "${d.hedge}" needs the source's hedge word`);
  }
  const ids = new Set<string>();
  for (const d of data) {
    if (ids.has(d.id))
      out.push(problem(file, d.id, 'id', 'used more than once: each datum needs its own id (a second one would replace the first)'));
    ids.add(d.id);
  }
  return out;
}

/**
 * Parses a data file (a YAML list of data) with its own errors: a syntax error names the file,
 * line and column; a duplicate id names both lines. Astro's file() loader only logs "Error
 * reading data" and keeps the previous build's entries, and it lets a duplicate id replace the
 * first with a warning; this runs first and throws instead (src/content.config.ts).
 */
export function parseDataFile(text: string, file: string): { items: { line: number; data: unknown }[]; problems: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const problems = doc.errors.map((e) => `${where(e.pos[0])}: YAML syntax: ${e.message.split('\n')[0]}`);
  if (problems.length) return { items: [], problems };
  if (!isSeq(doc.contents))
    return {
      items: [],
      problems: [`${file}:1:1: expected a YAML list of data (- id: …), got ${doc.contents ? 'something else' : 'an empty file'}`],
    };
  const items: { line: number; data: unknown }[] = [];
  const seen = new Map<string, number>();
  for (const node of doc.contents.items) {
    const line = lineCounter.linePos(node?.range?.[0] ?? 0).line;
    const data = isMap(node) ? node.toJSON() : undefined;
    if (!data || typeof data !== 'object') {
      problems.push(`${file}:${line}: expected a datum (a mapping with id, trend, value…)`);
      continue;
    }
    const id = String((data as { id?: unknown }).id ?? '');
    if (!id) problems.push(`${file}:${line}: datum without field "id"`);
    else if (seen.has(id)) {
      problems.push(
        `${file}:${line}: datum "${id}", field "id": used more than once (first at line ${seen.get(id)}); a second entry would silently replace the first`,
      );
    } else seen.set(id, line);
    items.push({ line, data });
  }
  return { items, problems };
}
