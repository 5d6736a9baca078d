/**
 * What the front page leads with: the numbers a reader wants first (the size of the markets the
 * source measures) and a finding the site computes from the source itself.
 */
import { companyCounts, type Company } from './companies';
import type { SourceDocument } from './source';

/** Ids in content/data/numbers.yaml of the front page's callouts, in reading order. */
export const LEAD_FIGURES = ['mobile-volume-2013', 'cross-border-2012', 'local-users-2013', 'local-market-2013'] as const;

/** How many of the source's trends name each company, most first, with the total of trends. */
export function companyFinding(doc: SourceDocument): { total: number; counts: { company: Company; trends: number }[] } {
  const bodies = [...doc.trends.values()].map((t) => t.body.text);
  return { total: bodies.length, counts: companyCounts(bodies) };
}
