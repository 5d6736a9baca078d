/**
 * Search's pure helpers: the reader's query as words (normalised, company names expanded), the
 * ranking, excerpts cut at clause boundaries, and text cut into plain/highlighted runs. No DOM
 * here: the browser code renders the runs as text nodes, so a hostile query can never become
 * markup. The index itself is src/lib/search-index.ts.
 */
import { makeNormalizer, type IndexMeta } from './search-index';
import { cutAcross, cutAt, findAll, type Span } from './spans';
import { HIGHLIGHT_PARAM } from './urls';

/** Longest query we act on; anything longer is still shown, just not searched past this. */
export const MAX_QUERY_LENGTH = 100;

/** Characters of context either side of the first hit in a result's excerpt. */
const EXCERPT_CONTEXT = 28;

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
  // Capped, so a pasted essay never makes a URL a server refuses (HTTP 414/431).
  if (state.q.trim()) params.set('q', state.q.trim().slice(0, MAX_QUERY_LENGTH));
  state.topic.forEach((t) => params.append('topic', t));
  state.company.forEach((c) => params.append('company', c));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A word of the query with the normalised strings that count as finding it. */
export interface QueryWord {
  /** As the reader typed it. */
  word: string;
  /** Normalised; a company name brings every spelling the source uses. Longest first. */
  alternatives: string[];
}

/**
 * The words a result must contain: whitespace-separated, quotes stripped (a quoted phrase is
 * already one word in Chinese), duplicates dropped. "O2O 京东" → ["O2O", "京东"].
 */
export function queryTerms(query: string): string[] {
  const terms = query
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/["“”「」『』＂]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return [...new Set(terms)];
}

/**
 * The query as words to find, each with its alternatives: the normalised word itself and, when
 * it names a company ("Alibaba", "ＪＤ", "京東": any of `names`, which the index's meta carries),
 * every spelling the source uses for it. An English index (`lang` 'en', from its meta) reads the
 * query the English way: a name of several words is one word ("Yu'e Bao"), a word's punctuation
 * folded to spaces is trimmed, and a plural also finds its singular (`singular`).
 */
export function queryWords(
  query: string,
  normalize: (s: string) => string,
  names: IndexMeta['companies'],
  lang?: IndexMeta['lang'],
): QueryWord[] {
  const companies = names.map((c) => ({ names: new Set(c.names.map(normalize)), spellings: c.spellings.map(normalize) }));
  const named = (n: string) => companies.find((c) => c.names.has(n));
  // Keyed by the normalised word: "京东 京東" is one word, as typed first.
  const words = new Map<string, QueryWord>();
  const terms = queryTerms(query);
  for (let i = 0; i < terms.length;) {
    let [word, n] = [terms[i], normalize(terms[i])];
    let next = i + 1;
    if (lang === 'en') {
      // The longest run of terms from here that is one name; else the term alone.
      for (let j = terms.length; j > i + 1; j--) {
        const joined = normalize(terms.slice(i, j).join(' ')).trim();
        if (named(joined)) {
          [word, n, next] = [terms.slice(i, j).join(' '), joined, j];
          break;
        }
      }
      n = n.trim();
    }
    i = next;
    if (!n) continue;
    const spellings = named(n)?.spellings ?? [];
    const plain = lang === 'en' && !spellings.length ? singular(n) : undefined;
    if (!words.has(n))
      words.set(n, { word, alternatives: [...new Set([n, ...spellings, ...(plain ? [plain] : [])])].sort((a, b) => b.length - a.length) });
  }
  return [...words.values()];
}

/**
 * A light English plural rule for query words: "trends" → "trend", "companies" → "company",
 * "boxes" → "box". Words that only end like plurals ("logistics", "business", "status",
 * "analysis") and words under four letters (LBS, GIS) are left alone. As matching is by substring,
 * the singular also finds the plural.
 */
export function singular(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith('s') || /(?:ss|us|is|ics)$/.test(word) || !/[a-z]s$/.test(word)) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Text cut into runs, `hit` marking the runs that are one of the terms. */
export interface Run {
  text: string;
  hit: boolean;
}

/** Width and case folding only: the article highlight's words arrive already normalised. */
const foldWidthAndCase = makeNormalizer('');

/**
 * Splits text into runs so that every whole occurrence of a needle is one highlighted run: words
 * are highlighted as words, never character by character. Longer needles win where they overlap.
 * `normalize` must keep length (ours maps one UTF-16 unit to one), so indexes line up.
 */
export function highlightRuns(text: string, terms: string[], normalize: (s: string) => string = foldWidthAndCase): Run[] {
  return cutAt(text, hitSpans(text, terms, normalize), run);
}

/**
 * highlightRuns over one block's text split across nodes (a key clause's <mark>, a number kept on
 * one line): the runs of each piece, so a word that crosses from one piece into the next is
 * highlighted in both.
 */
export function highlightAcross(pieces: string[], terms: string[]): Run[][] {
  return cutAcross(pieces, hitSpans(pieces.join(''), terms, foldWidthAndCase), run);
}

/** Where highlightRuns marks `text`. */
function hitSpans(text: string, terms: string[], normalize: (s: string) => string): Span[] {
  const hay = normalize(text);
  // Offsets in a normalised text of another length would mark the wrong characters.
  return hay.length === text.length ? findAll(hay, terms.map(normalize)) : [];
}

const run = (text: string, hit?: Span): Run => ({ text, hit: hit !== undefined });

/** Where a clause may begin: just after one of these. */
const CLAUSE_BREAK = /[，。；：！？、“”「」『』（）《》,;:!?()\n]/;
const OPENERS = '“「『（《(';
/** Where an excerpt may end: just after one of these. */
const CLAUSE_END = /[，。；！？,;!?]/;

/** Word boundaries of `text` (Chinese-aware), as offsets. */
function wordBoundaries(text: string): number[] {
  const out = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.index);
  out.push(text.length);
  return out;
}

/**
 * An excerpt of `content` around the first occurrence of any needle, cut at clause boundaries
 * (after ，。； …) when one is near, else at a word boundary, never inside a number or a word;
 * with an ellipsis where it was cut. The start of the text when nothing occurs.
 */
export function excerptAround(
  content: string,
  needles: string[],
  normalize: (s: string) => string = foldWidthAndCase,
  numbers: readonly NumberSpan[] = [],
): string {
  // Line breaks stay clause breaks until the excerpt is cut, then read as spaces.
  const text = content.replace(/[^\S\n]+/g, ' ').trim();
  const hay = normalize(text);
  let at = text.length;
  let len = 0;
  for (const n of needles.map(normalize).filter(Boolean)) {
    const p = hay.indexOf(n);
    if (p >= 0 && (p < at || (p === at && n.length > len))) [at, len] = [p, n.length];
  }
  if (at === text.length) [at, len] = [0, 0];
  // Start just after the nearest clause break before the hit (at an opening quote, keeping it),
  // if one is within reach; else at a word boundary. End likewise, after the clause's punctuation.
  const lo = Math.max(0, at - EXCERPT_CONTEXT);
  let from = -1;
  for (let i = at - 1; i >= lo && from < 0; i--) if (CLAUSE_BREAK.test(text[i])) from = OPENERS.includes(text[i]) ? i : i + 1;
  const hi = Math.min(text.length, at + len + EXCERPT_CONTEXT * 2);
  let bounds: number[] | undefined;
  if (from < 0) from = lo === 0 ? 0 : ((bounds ??= wordBoundaries(text)).find((b) => b >= lo && b <= at) ?? at);
  // A clause as short as "2013年，" says little: take clauses until the excerpt reads as one.
  let to = -1;
  for (let i = at + len; i < hi && (to < 0 || to - from < EXCERPT_CONTEXT); i++) if (CLAUSE_END.test(text[i])) to = i + 1;
  if (to < 0) to = hi === text.length ? hi : ((bounds ??= wordBoundaries(text)).findLast((b) => b <= hi && b >= at + len) ?? at + len);
  // A number the excerpt shows keeps who gives it and when: "中国电子商务研究中心…2012年…超过25%", never "超过25%" alone.
  if (text === content)
    for (const [context, start, end] of numbers) if (start < to && end > from) [from, to] = [Math.min(from, context), Math.max(to, end)];
  const cut = text.slice(from, to).trim().replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${cut}${to < text.length ? '…' : ''}`;
}

/** A number in a section's text: [where its period or source begins, where the number begins, where it ends]. */
export type NumberSpan = [context: number, start: number, end: number];

/** What the ranking needs to know about one matching page. */
export interface Candidate {
  order: number;
  /** How many query words occur in the title. */
  inTitle: number;
  /** How many query words are one of the page's topics. */
  inTopics: number;
  /** Occurrences of all the words. */
  count: number;
}

/**
 * Ranks matching pages: the page whose title names the query first, then pages that list it as
 * a topic, then pages that say it more often, then source order. Stable, returns a new array.
 */
export function rankCandidates<T extends Candidate>(candidates: T[]): T[] {
  return [...candidates].sort(
    (a, b) => b.inTitle * 2 + b.inTopics - (a.inTitle * 2 + a.inTopics) || b.count - a.count || a.order - b.order,
  );
}

/** Adds the highlight parameter to a result URL, before any #anchor. */
export function withHighlight(href: string, query: string): string {
  const [path, hash] = href.split('#');
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${HIGHLIGHT_PARAM}=${encodeURIComponent(query.trim())}${hash ? `#${hash}` : ''}`;
}

/** Facet values in first-seen order across trends (already in source order). */
export function facetValues(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
