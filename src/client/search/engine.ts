/**
 * Loads the substring index on demand and answers queries from it: exactly the pages whose text
 * contains every query word (after normalisation), ranked, with an excerpt from the section that
 * holds the words. Imported only after a reader starts searching, so a page visit alone fetches
 * nothing from the index. Every file is fetched once per page and kept; a fetch that fails or
 * does not answer within FETCH_TIMEOUT_MS rejects, and the next search tries again.
 */
import {
  excerptAround,
  highlightRuns,
  queryWords,
  rankCandidates,
  withHighlight,
  type QueryWord,
  type Run,
  type SearchState,
} from '../../lib/search';
import {
  facetKey,
  INDEX_VERSION,
  keysFor,
  makeNormalizer,
  matchWord,
  SECTION_STRIDE,
  shardOf,
  unionMatches,
  decodePages,
  type PageRecord,
  type IndexMeta,
  type Matches,
  type Shard,
} from '../../lib/search-index';

/** A request for an index file that has not answered by then is given up, with an error shown. */
const FETCH_TIMEOUT_MS = 8000;

export interface SearchHit {
  href: string;
  title: string;
  excerpt: Run[];
  topics: string[];
}

const files = new Map<string, Promise<unknown>>();

/**
 * One index file, fetched once; a failure or a timeout rejects and is forgotten, so it can be
 * retried. `root` is /search/'s address (a search form's action): the index lives beside it.
 */
function indexFile<T>(root: string, name: string): Promise<T> {
  const address = new URL(`${name}.json`, root).href;
  let file = files.get(address);
  if (!file) {
    file = (async () => {
      // setTimeout rather than AbortSignal.timeout: a test's fake clock can run it forward.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
      try {
        const response = await fetch(address, { signal: controller.signal });
        if (!response.ok) throw new Error(`search index: ${name}.json answered ${response.status}`);
        return await response.json();
      } finally {
        clearTimeout(timer);
      }
    })();
    files.set(address, file);
    file.catch(() => files.delete(address));
  }
  return file as Promise<T>;
}

let loaded: { meta: IndexMeta; normalize: (s: string) => string } | undefined;

/** The index's meta (shard count, character table, company names), fetched once like every index file, and its normaliser, built once. */
export async function loadIndex(root: string) {
  if (loaded) return loaded;
  const meta = await indexFile<IndexMeta>(root, 'meta');
  if (meta.version !== INDEX_VERSION) throw new Error(`search index: version ${meta.version}, expected ${INDEX_VERSION}`);
  return (loaded = { meta, normalize: makeNormalizer(meta.variants) });
}

/** The postings for every key, fetching only the shards that hold them. */
async function lookupFor(root: string, meta: IndexMeta, keys: string[]): Promise<(key: string) => number[] | undefined> {
  const ids = [...new Set(keys.map((k) => shardOf(k, meta.shards)))];
  const shards = new Map(await Promise.all(ids.map(async (id) => [id, await indexFile<Shard>(root, `g${id}`)] as const)));
  return (key) => shards.get(shardOf(key, meta.shards))?.[key];
}

/**
 * Searches. With words: the pages containing every word (any spelling of a company named);
 * filters narrow them (any of the ticked topics, and any of the ticked companies). Without
 * words: the pages the filters select. Returns the total and the first `limit` hits.
 */
export async function search(
  root: string,
  query: string,
  filters: Pick<SearchState, 'topic' | 'company'>,
  limit = 20,
): Promise<{ total: number; hits: SearchHit[] }> {
  const started = performance.now();
  const { meta, normalize } = await loadIndex(root);
  const words = queryWords(query, normalize, meta.companies, meta.lang);
  const facets = [filters.topic.map((t) => facetKey('topic', t)), filters.company.map((c) => facetKey('company', c))].filter(
    (f) => f.length,
  );
  if (!words.length && !facets.length) return { total: 0, hits: [] };
  const topicKeys = words.map((w) => w.alternatives.map((a) => facetKey('topicword', a)));
  const lookup = await lookupFor(root, meta, [
    ...words.flatMap((w) => w.alternatives.flatMap(keysFor)),
    ...facets.flat(),
    ...topicKeys.flat(),
  ]);

  const matches: Matches[] = words.map((w) => unionMatches(w.alternatives.map((a) => matchWord(a, lookup))));
  let pages: number[] | undefined;
  const narrow = (allowed: Iterable<number>) => {
    const set = new Set(allowed);
    pages = pages ? pages.filter((p) => set.has(p)) : [...set];
  };
  for (const m of matches) narrow(m.keys());
  for (const facet of facets) narrow(facet.flatMap((k) => decodePages(lookup(k) ?? [])));
  const topicPages = topicKeys.map((keys) => new Set(keys.flatMap((k) => decodePages(lookup(k) ?? []))));

  const ranked = rankCandidates(
    (pages ?? []).map((id) => ({
      id,
      order: id,
      inTitle: matches.filter((m) => m.get(id)!.some((p) => p >= 0 && p < SECTION_STRIDE)).length,
      inTopics: topicPages.filter((set) => set.has(id)).length,
      count: matches.reduce((sum, m) => sum + m.get(id)!.length, 0),
    })),
  ).slice(0, limit);

  // indexFile fetches each record file once, however many of the results it holds.
  const records = await Promise.all(
    ranked.map(({ id }) => indexFile<PageRecord[]>(root, `p${Math.floor(id / meta.chunk)}`).then((chunk) => chunk[id % meta.chunk])),
  );
  const needles = words.flatMap((w) => w.alternatives);
  const hits = records.map((page) => hitFor(page, words, needles, normalize));
  performance.measure('search:engine', { start: started });
  return { total: pages?.length ?? 0, hits };
}

/** A result: linked to the first section (after the heading) holding every word, excerpted from it. */
function hitFor(page: PageRecord, words: QueryWord[], needles: string[], normalize: (s: string) => string): SearchHit {
  const body = page.sections.slice(1);
  const has = (text: string, w: QueryWord) => w.alternatives.some((a) => normalize(text).includes(a));
  const section =
    body.find((s) => words.every((w) => has(s.text, w))) ??
    body.find((s) => words.some((w) => has(s.text, w))) ??
    body[0] ??
    page.sections[0];
  const href = section.anchor ? `${page.url}#${section.anchor}` : page.url;
  return {
    // The highlight parameter carries the normalised spellings, so the article marks 阿里 for "Alibaba".
    href: words.length ? withHighlight(href, needles.join(' ')) : href,
    title: page.title,
    excerpt: highlightRuns(excerptAround(section.text, needles, normalize, section.numbers), needles, normalize),
    topics: page.topics,
  };
}
