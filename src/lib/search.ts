/**
 * The precise half of search: pure functions that turn Pagefind's loose candidates into results
 * that contain the reader's words, ranked so the page about the query comes first, and that cut
 * text into plain/highlighted runs. No DOM here: the browser code renders the runs as text nodes,
 * so a hostile query can never become markup.
 */

/** Longest query we act on; anything longer is still shown, just not searched past this. */
export const MAX_QUERY_LENGTH = 100;

/** Characters of context either side of the first hit in a result's excerpt. */
export const EXCERPT_CONTEXT = 28;

/** The search parameters a URL carries: `?q=跨境电商&topic=物流&company=京东`. */
export interface SearchState {
  q: string;
  topic: string[];
  company: string[];
}

/** Reads the shareable search state from a URL's query string. */
export function readSearchState(params: URLSearchParams): SearchState {
  const list = (key: string) => [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
  return { q: params.get('q') ?? '', topic: list('topic'), company: list('company') };
}

/** The query string for a search state (empty parts left out), for links and history. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  state.topic.forEach((t) => params.append('topic', t));
  state.company.forEach((c) => params.append('company', c));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * The words a result must contain: whitespace-separated, quotes stripped (a quoted phrase is
 * already one word in Chinese), duplicates dropped. "O2O 京东" → ["O2O", "京东"].
 */
export function queryTerms(query: string): string[] {
  const terms = query
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/["“”「」『』]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return [...new Set(terms)];
}

const fold = (s: string) => s.toLocaleLowerCase('zh-CN');

/** True when `text` contains every term (Latin letters compared without case). */
export function containsAll(text: string, terms: string[]): boolean {
  const hay = fold(text);
  return terms.every((t) => hay.includes(fold(t)));
}

/** Text cut into runs, `hit` marking the runs that are one of the terms. */
export interface Run {
  text: string;
  hit: boolean;
}

/**
 * Splits text into runs so that every whole occurrence of a term is one highlighted run: words
 * are highlighted as words, never character by character. Longer terms win where terms overlap.
 */
export function highlightRuns(text: string, terms: string[]): Run[] {
  const needles = [...new Set(terms.map(fold))].filter(Boolean).sort((a, b) => b.length - a.length);
  const hay = fold(text);
  const runs: Run[] = [];
  let plainFrom = 0;
  let i = 0;
  // Folding keeps string length for the scripts this site uses (CJK, ASCII), so indexes line up.
  const safe = hay.length === text.length;
  while (safe && i < hay.length) {
    const needle = needles.find((n) => hay.startsWith(n, i));
    if (!needle) {
      i += 1;
      continue;
    }
    if (i > plainFrom) runs.push({ text: text.slice(plainFrom, i), hit: false });
    runs.push({ text: text.slice(i, i + needle.length), hit: true });
    i += needle.length;
    plainFrom = i;
  }
  if (plainFrom < text.length) runs.push({ text: text.slice(plainFrom), hit: false });
  return runs;
}

/**
 * An excerpt of `content` centred on the first occurrence of any term, trimmed to whole
 * characters with an ellipsis where it was cut; the start of the text when nothing occurs.
 */
export function excerptAround(content: string, terms: string[], context = EXCERPT_CONTEXT): string {
  const text = content.replace(/\s+/g, ' ').trim();
  const hay = fold(text);
  const positions = terms.map((t) => hay.indexOf(fold(t))).filter((p) => p >= 0);
  const at = positions.length ? Math.min(...positions) : 0;
  const from = Math.max(0, at - context);
  const to = Math.min(text.length, at + context * 2);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** What the ranking needs to know about one candidate page. */
export interface Candidate {
  title: string;
  topics: string[];
  /** Pagefind's own order (0 = its best), the tie-breaker. */
  rank: number;
}

/**
 * Ranks candidates: the page whose title names the query first, then pages that list it as a
 * topic, then Pagefind's own relevance order. Stable, returns a new array.
 */
export function rankCandidates<T extends Candidate>(candidates: T[], terms: string[]): T[] {
  const score = (c: T) => {
    const inTitle = terms.filter((t) => containsAll(c.title, [t])).length;
    const inTopics = terms.filter((t) => c.topics.some((topic) => fold(topic) === fold(t))).length;
    return inTitle * 2 + inTopics;
  };
  return [...candidates].sort((a, b) => score(b) - score(a) || a.rank - b.rank);
}

/** A section of a page as Pagefind reports it: its heading's text and URL (with #anchor). */
export interface PageSection {
  title: string;
  url: string;
}

/**
 * The first section whose text holds every term, with that text. Pagefind's page text reads
 * "Heading. text Heading. text"; the sections are cut at the headings Pagefind reported, in order.
 * Undefined when no single section holds all the terms (the caller links to the page).
 */
export function sectionWith(content: string, sections: PageSection[], terms: string[]): { url: string; text: string } | undefined {
  const cuts: { url: string; heading: number; start: number }[] = [];
  let from = 0;
  for (const section of sections) {
    const marker = `${section.title}. `;
    const heading = content.indexOf(marker, from);
    if (heading < 0) continue;
    from = heading + marker.length;
    cuts.push({ url: section.url, heading, start: from });
  }
  const textOf = (i: number) => content.slice(cuts[i].start, cuts[i + 1]?.heading ?? content.length);
  const i = cuts.findIndex((_, j) => containsAll(textOf(j), terms));
  return i < 0 ? undefined : { url: cuts[i].url, text: textOf(i).trim() };
}

/** Adds the highlight parameter to a result URL, before any #anchor. */
export function withHighlight(href: string, query: string): string {
  const [path, hash] = href.split('#');
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${HIGHLIGHT_PARAM}=${encodeURIComponent(query.trim())}${hash ? `#${hash}` : ''}`;
}

/** The URL parameter that asks an article to highlight the words a reader searched for. */
export const HIGHLIGHT_PARAM = 'hl';

/** Facet values in first-seen order across trends (already in source order). */
export function facetValues(lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}
