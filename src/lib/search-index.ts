/**
 * The substring index behind search: exact "Ctrl+F" matching that still scales. Every page's text
 * is normalised (full-width → half-width, Latin case, traditional → simplified) and cut into
 * character bigrams with their positions; a query word of n ≥ 2 characters is found where its
 * bigrams at offsets 0, 2, 4 … n−2 sit at consecutive positions, which is exact (no false
 * positives, no misses: `13年` inside `2013年` is found). Postings are spread over shards by a
 * hash of the key, and the number of shards grows with the corpus, so a query fetches a few
 * shards of roughly constant size whatever the number of pages. Pure: the build writes the
 * files, the browser reads them; both use these functions, so they cannot disagree.
 */

/** Bumped when the file format changes, so a stale index is refused rather than misread. */
export const INDEX_VERSION = 2;

/** A shard is cut to about this many bytes of JSON: small enough to fetch on a keystroke. */
export const SHARD_TARGET_BYTES = 4096;

/** Pages per record file: the results shown first need one or two of these. */
const PAGES_PER_CHUNK = 8;

/** Positions are `section × SECTION_STRIDE + offset`, so a match never spans two sections. */
export const SECTION_STRIDE = 1 << 16;

/** One indexed page: what a result shows, the sections its text is cut into, its facets. */
export interface IndexedPage {
  url: string;
  title: string;
  topics: string[];
  companies: string[];
  /**
   * Section 0 is the heading (anchor ''); the others are linked by their heading's id. `numbers`:
   * where each of the source's numbers stands with the words that give its period and source, so
   * an excerpt never shows one without them.
   */
  sections: { anchor: string; text: string; numbers?: [number, number, number][] }[];
}

/** A page as its p<n>.json record holds it: only what a result shows (companies are a facet key). */
export type PageRecord = Omit<IndexedPage, 'companies'>;

/** meta.json: what a browser needs before it can look anything up. */
export interface IndexMeta {
  version: number;
  shards: number;
  chunk: number;
  pages: number;
  /** Traditional → simplified pairs for the characters this corpus uses, as "繁简繁简…". */
  variants: string;
  /** Each company's names a reader may type (its name, the source's spellings, aliases) and the spellings to find. */
  companies: { names: string[]; spellings: string[] }[];
  /**
   * 'en' for an English index: its variants table also folds punctuation and hyphens to spaces, its
   * bigrams may hold one space (so "cross border" is found as a phrase), and query words are read
   * the English way (src/lib/search.ts queryWords). Absent for the Chinese index.
   */
  lang?: 'en';
}

/** A shard file: key → encoded postings (see encodePositions / encodePages). */
export type Shard = Record<string, number[]>;

/** Characters the index and the query agree to fold; each maps one UTF-16 unit to one. */
export function makeNormalizer(variants: string): (text: string) => string {
  const table = new Map<number, string>();
  for (let i = 0; i + 1 < variants.length; i += 2) table.set(variants.charCodeAt(i), variants[i + 1]);
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      // Full-width ASCII (！…～) → ASCII; the ideographic space → a space.
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      else if (c === 0x3000) c = 0x20;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      out += table.get(c) ?? String.fromCharCode(c);
    }
    return out;
  };
}

/** FNV-1a over UTF-16 units: the shard a key lives in, the same in Node and the browser. */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** The key under which a facet value's pages are listed ("\u0001topic\u0001物流"). */
export const facetKey = (facet: string, value: string) => `\u0001${facet}\u0001${value}`;

/** Bigram postings: per page, `[pageDelta, count, firstPosition, positionDeltas…]`, flat. */
export function encodePositions(byPage: Map<number, number[]>): number[] {
  const out: number[] = [];
  let lastPage = 0;
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const positions = byPage.get(page)!;
    out.push(page - lastPage, positions.length);
    positions.forEach((p, i) => out.push(i === 0 ? p : p - positions[i - 1]));
    lastPage = page;
  }
  return out;
}

export function decodePositions(list: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let page = 0;
  for (let i = 0; i < list.length;) {
    page += list[i++];
    const count = list[i++];
    const positions: number[] = [];
    for (let k = 0; k < count; k++) positions.push((positions[k - 1] ?? 0) + list[i++]);
    out.set(page, positions);
  }
  return out;
}

/** Page lists (single characters, facet values): page ids as deltas. */
export function encodePages(pages: Iterable<number>): number[] {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  return sorted.map((p, i) => p - (sorted[i - 1] ?? 0));
}

export function decodePages(list: number[]): number[] {
  const out: number[] = [];
  for (const d of list) out.push((out[out.length - 1] ?? 0) + d);
  return out;
}

/** The files of an index: name (without .json) → content. */
export interface IndexFiles {
  meta: IndexMeta;
  shards: Shard[];
  chunks: PageRecord[][];
}

/**
 * Builds the index of `pages` (page id = position in the array). `variants` is the
 * traditional → simplified table ("繁简…") the normaliser applies on both sides; `lang` 'en'
 * builds an English index (see IndexMeta.lang).
 */
export function buildIndex(
  pages: IndexedPage[],
  variants: string,
  companies: IndexMeta['companies'] = [],
  lang?: IndexMeta['lang'],
): IndexFiles {
  // English words are separated by spaces: a bigram may hold one, so a phrase is found as one word.
  const phrases = lang === 'en';
  const normalize = makeNormalizer(variants);
  const grams = new Map<string, Map<number, number[]>>();
  // Single characters and facet values: the pages they occur on, without positions.
  const pageLists = new Map<string, Set<number>>();
  const add = <K, T>(map: Map<K, T>, key: K, make: () => T) => map.get(key) ?? (map.set(key, make()), map.get(key)!);
  const listPage = (key: string, id: number) => add(pageLists, key, () => new Set<number>()).add(id);
  pages.forEach((page, id) => {
    page.sections.forEach((section, s) => {
      if (section.text.length >= SECTION_STRIDE)
        throw new Error(`search index: ${page.url} section ${s} is longer than ${SECTION_STRIDE} characters`);
      const text = normalize(section.text);
      for (let i = 0; i < text.length; i++) {
        const joins = phrases && text[i] === ' ';
        if (/\s/.test(text[i]) && !joins) continue;
        if (!joins) listPage(text[i], id);
        const gram = text.slice(i, i + 2);
        if (gram.length < 2 || (/\s/.test(gram[1]) && !(phrases && !joins && gram[1] === ' '))) continue;
        const byPage = add(grams, gram, () => new Map<number, number[]>());
        add(byPage, id, () => []).push(s * SECTION_STRIDE + i);
      }
    });
    for (const t of page.topics) {
      listPage(facetKey('topic', t), id);
      // The ranking asks "is this query word one of the page's topics?" with the word normalised.
      listPage(facetKey('topicword', normalize(t)), id);
    }
    for (const c of page.companies) listPage(facetKey('company', c), id);
  });
  const entries: [string, number[]][] = [
    ...[...grams].map(([k, v]): [string, number[]] => [k, encodePositions(v)]),
    ...[...pageLists].map(([k, v]): [string, number[]] => [k, encodePages(v)]),
  ];
  const total = entries.reduce((sum, [k, v]) => sum + k.length * 3 + JSON.stringify(v).length + 4, 0);
  const shardCount = Math.max(1, Math.ceil(total / SHARD_TARGET_BYTES));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [key, list] of entries) shards[shardOf(key, shardCount)][key] = list;
  const chunks: PageRecord[][] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_CHUNK)
    chunks.push(pages.slice(i, i + PAGES_PER_CHUNK).map(({ companies: _, ...record }) => record));
  return {
    meta: {
      version: INDEX_VERSION,
      shards: shardCount,
      chunk: PAGES_PER_CHUNK,
      pages: pages.length,
      variants,
      companies,
      ...(lang ? { lang } : {}),
    },
    shards,
    chunks,
  };
}

/** Where each occurrence of a query word sits, per page: positions as the index writes them. */
export type Matches = Map<number, number[]>;

/** The keys a normalised word needs: itself when one character, else its covering bigrams. */
export function keysFor(word: string): string[] {
  if (word.length < 2) return [word];
  const offsets = coverOffsets(word.length);
  return [...new Set(offsets.map((o) => word.slice(o, o + 2)))];
}

/** Offsets 0, 2, 4 … and n−2: bigrams there cover every character of a word of length n. */
function coverOffsets(n: number): number[] {
  const out: number[] = [];
  for (let o = 0; o <= n - 2; o += 2) out.push(o);
  if (out[out.length - 1] !== n - 2) out.push(n - 2);
  return out;
}

/**
 * The pages containing a normalised word and where, given a lookup of postings by key.
 * Single characters give pages without positions (position -1).
 */
export function matchWord(word: string, lookup: (key: string) => number[] | undefined): Matches {
  const out: Matches = new Map();
  if (!word) return out;
  if (word.length === 1) {
    for (const page of decodePages(lookup(word) ?? [])) out.set(page, [-1]);
    return out;
  }
  const offsets = coverOffsets(word.length);
  const lists = offsets.map((o) => decodePositions(lookup(word.slice(o, o + 2)) ?? []));
  for (const [page, starts] of lists[0]) {
    const rest = lists.slice(1).map((l) => l.get(page));
    if (rest.some((r) => !r)) continue;
    const sets = rest.map((r) => new Set(r));
    const hits = starts.filter((p) => sets.every((set, i) => set.has(p + offsets[i + 1])));
    if (hits.length) out.set(page, hits);
  }
  return out;
}

/** Merges the matches of a word's alternatives (阿里巴巴 or 阿里): a page matches if any does. */
export function unionMatches(all: Matches[]): Matches {
  const out: Matches = new Map();
  for (const m of all) for (const [page, positions] of m) out.set(page, [...(out.get(page) ?? []), ...positions]);
  return new Map([...out].map(([page, positions]) => [page, [...new Set(positions)].sort((a, b) => a - b)]));
}
