/** What the briefing's summary and sources sections list, as pure functions over the numbers. */
import type { Datum } from './schema';

/** The label used when the article states a number itself rather than citing a body. */
export const SELF_REPORTED = '原文';

/**
 * The numbers in the order a reader meets them: by trend, then by where the number stands in the
 * source text (the collection's own order is not guaranteed). A derived value sits at the end of
 * the quote it is worked out from, after its inputs; ids settle any remaining tie.
 */
export function inReadingOrder(numbers: readonly Datum[], sourceText: string): Datum[] {
  const at = (d: Datum) => {
    const quote = sourceText.indexOf(d.quote);
    if (quote < 0) return Number.POSITIVE_INFINITY;
    if (d.derived) return quote + d.quote.length;
    return quote + Math.max(0, d.quote.indexOf(`${d.qualifier ?? ''}${d.value}`));
  };
  return [...numbers].sort((a, b) => a.trend - b.trend || at(a) - at(b) || a.id.localeCompare(b.id));
}

/**
 * The research bodies the source cites, each with the numbers it measured, in the order given.
 * Numbers the article states itself (measuredBy 原文) and values derived here are left out:
 * neither was measured by the body.
 */
export function measuringBodies(numbers: readonly Datum[]): { body: Datum['measuredBy']; data: Datum[] }[] {
  const bodies = new Map<Datum['measuredBy'], Datum[]>();
  for (const d of numbers) {
    if (d.measuredBy === SELF_REPORTED || d.derived) continue;
    bodies.set(d.measuredBy, [...(bodies.get(d.measuredBy) ?? []), d]);
  }
  return [...bodies].map(([body, data]) => ({ body, data }));
}
