/** What the briefing's summary and sources sections list, as pure functions over the numbers. */
import { dataByIds, type Datum } from './schema';

/** The label used when the article states a number itself rather than citing a body. */
const SELF_REPORTED = '原文';

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
  const measured = numbers.filter((d) => d.measuredBy !== SELF_REPORTED && !d.derived);
  return [...Map.groupBy(measured, (d) => d.measuredBy)].map(([body, data]) => ({ body, data }));
}

/**
 * The three or four numbers the one-page summary sets as callouts, in reading order: the
 * largest amounts the source gives and the one share it states. Ids of content/data/numbers.yaml.
 */
export const SUMMARY_FIGURE_IDS = ['mobile-volume-2013', 'cross-border-2012', 'local-market-2013', 'jd-mobile-order-share'] as const;

/** The summary's callout numbers; a missing id is a content error, named with the file. */
export function summaryFigures(numbers: readonly Datum[], ids: readonly string[] = SUMMARY_FIGURE_IDS): Datum[] {
  return dataByIds(numbers, ids, () => 'src/lib/briefing.ts SUMMARY_FIGURE_IDS');
}

/** One entry of the briefing's contents: the id of the section it points at and its label. */
export interface ContentsEntry {
  id: string;
  label: string;
}

/** The briefing's contents in reading order: 摘要, the trends, 来源 (every section, so each gets a page number). */
export function contentsEntries(trends: readonly { id: string; heading: string }[]): ContentsEntry[] {
  return [
    { id: BRIEFING_SECTION.summary, label: '摘要' },
    ...trends.map((t) => ({ id: t.id, label: t.heading })),
    { id: BRIEFING_SECTION.sources, label: '来源' },
  ];
}

/** Ids of the briefing's own sections (anchors for the contents and the PDF's destinations). */
export const BRIEFING_SECTION = { contents: 'briefing-contents', summary: 'briefing-summary', sources: 'briefing-sources' } as const;
