/**
 * Loads Pagefind on demand and turns its loose matches into precise results. Imported only
 * after a reader starts searching, so a page visit alone fetches nothing from /pagefind/.
 */
import {
  containsAll,
  excerptAround,
  highlightRuns,
  queryTerms,
  rankCandidates,
  sectionWith,
  withHighlight,
  type Run,
} from '../../lib/search';
import { url } from '../../lib/urls';

/** The part of Pagefind's JS API this site uses (https://pagefind.app/docs/api/). */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string; order?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

export interface SearchFilters {
  topic: string[];
  company: string[];
}

export interface SearchHit {
  href: string;
  title: string;
  order: number;
  excerpt: Run[];
  topics: string[];
  companies: string[];
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once from the site's base (works under a sub-path); a failure can be retried. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as Pagefind;
    // baseUrl makes result URLs carry the sub-path; excerpts are ours, so Pagefind's stay short.
    await pf.options({ baseUrl: url(), excerptLength: 12 });
    await pf.init();
    return pf;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Searches: Pagefind proposes candidates (it matches Chinese loosely, by characters), then every
 * candidate must contain all the query's words, and the page about the query is ranked first.
 * With no words, returns the pages the filters select (all pages when there are no filters).
 */
export async function search(query: string, filters: SearchFilters): Promise<SearchHit[]> {
  const pf = await loadPagefind();
  const terms = queryTerms(query);
  const pagefindFilters: Record<string, unknown> = {};
  if (filters.topic.length) pagefindFilters.topic = { any: filters.topic };
  if (filters.company.length) pagefindFilters.company = { any: filters.company };
  const found = await pf.search(terms.length ? terms.join(' ') : null, { filters: pagefindFilters });
  const pages = await Promise.all(found.results.map((r) => r.data()));
  const candidates = pages
    .map((d, rank) => ({ d, rank, title: d.meta.title ?? d.url, topics: d.filters.topic ?? [] }))
    .filter(({ d, title }) => containsAll(`${title}\n${d.content}`, terms));
  return rankCandidates(candidates, terms).map(({ d, title, topics }) => {
    // Link to the section that holds the words, with an excerpt from it; else to the page, with
    // an excerpt from its text after the title.
    const section = terms.length
      ? sectionWith(
          d.content,
          d.sub_results.filter((s) => s.url.includes('#')),
          terms,
        )
      : undefined;
    const text = section?.text ?? (d.content.startsWith(`${title}. `) ? d.content.slice(title.length + 2) : d.content);
    const href = section?.url ?? d.url;
    return {
      href: terms.length ? withHighlight(href, terms.join(' ')) : href,
      excerpt: highlightRuns(excerptAround(text, terms), terms),
      title,
      order: Number(d.meta.order ?? 0),
      topics,
      companies: d.filters.company ?? [],
    };
  });
}
