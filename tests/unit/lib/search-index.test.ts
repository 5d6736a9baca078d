import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  decodePages,
  decodePositions,
  encodePages,
  encodePositions,
  keysFor,
  makeNormalizer,
  matchWord,
  SHARD_TARGET_BYTES,
  shardOf,
  type IndexedPage,
} from '../../../src/lib/search-index';
import { source } from '../../helpers/edition';

const VARIANTS = '東东電电發发';
const normalize = makeNormalizer(VARIANTS);

/** The ten trends as the index sees them (heading, paragraph), straight from seeds/. */
const pages: IndexedPage[] = [...source.trends.entries()].map(([order, t]) => ({
  url: `/trends/${order}/`,
  title: t.heading.text,
  topics: [],
  companies: [],
  sections: [
    { anchor: '', text: t.heading.text },
    { anchor: 'original-h', text: t.body.text },
  ],
}));

/** Looks keys up in a built index the way the browser does: shard by hash, then key. */
function lookupIn(index: ReturnType<typeof buildIndex>) {
  return (key: string) => index.shards[shardOf(key, index.meta.shards)][key];
}

/** The truth: pages one of whose sections contains the normalised word. */
const bruteForce = (word: string) =>
  pages.flatMap((p, id) => (p.sections.some((s) => normalize(s.text).includes(normalize(word))) ? [id] : [])).sort((a, b) => a - b);

describe('makeNormalizer', () => {
  it('folds full-width ASCII, Latin case and the table, keeping length', () => {
    expect(normalize('ＪＤ６.５５万亿　京東電商C2B')).toBe('jd6.55万亿 京东电商c2b');
    expect(normalize('２０１３年').length).toBe(5);
  });
});

describe('postings', () => {
  it('round-trip', () => {
    const byPage = new Map([
      [3, [5, 9, 70000]],
      [0, [1]],
    ]);
    expect(decodePositions(encodePositions(byPage))).toEqual(new Map([...byPage].sort((a, b) => a[0] - b[0])));
    expect(decodePages(encodePages([9, 2, 2, 40]))).toEqual([2, 9, 40]);
  });
});

describe('matchWord against the real text', () => {
  const index = buildIndex(pages, VARIANTS);
  const lookup = lookupIn(index);
  const found = (word: string) => [...matchWord(normalize(word), lookup).keys()].sort((a, b) => a - b);

  it('finds exactly the pages containing every substring of the source (lengths 1–7)', () => {
    let checked = 0;
    for (const p of pages)
      for (const s of p.sections)
        for (let i = 0; i < s.text.length; i += 3)
          for (let n = 1; n <= 7 && i + n <= s.text.length; n++) {
            const word = s.text.slice(i, i + n);
            if (/\s/.test(word)) continue;
            expect(found(word), word).toEqual(bruteForce(word));
            checked++;
          }
    expect(checked).toBeGreaterThan(2000);
  });
  it('finds the tail of a longer number: 13年 inside 2013年', () => {
    expect(found('13年')).toEqual(
      bruteForce('2013年')
        .concat(bruteForce('13年'))
        .filter((v, i, a) => a.indexOf(v) === i)
        .sort((a, b) => a - b),
    );
    expect(found('13年').length).toBeGreaterThan(found('2013年').length - 1);
    expect(found('014年')).toEqual(bruteForce('2014年'));
  });
  it('rejects words whose bigrams occur but not in a row, and words spanning two sections', () => {
    expect(found('京东阿里巴巴腾讯百度')).toEqual([]);
    const last = pages[0].sections[0].text.slice(-1) + pages[0].sections[1].text[0];
    expect(found(last)).toEqual(bruteForce(last));
  });
  it('matches traditional and full-width forms', () => {
    expect(found('京東')).toEqual(bruteForce('京东'));
    expect(found('Ｏ２Ｏ')).toEqual(bruteForce('O2O'));
  });
  it('asks for few keys: a long word needs about half its length in bigrams', () => {
    expect(keysFor('跨境电商交易额')).toEqual(['跨境', '电商', '交易', '易额']);
  });
});

describe('scaling', () => {
  it('keeps shards near the target size as the corpus grows a hundredfold', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...pages[i % 10], url: `/trends/${i}/` }));
    const small = buildIndex(pages, VARIANTS);
    const large = buildIndex(many, VARIANTS);
    expect(large.meta.shards).toBeGreaterThan(small.meta.shards * 50);
    const sizes = large.shards.map((s) => JSON.stringify(s).length);
    const median = [...sizes].sort((a, b) => a - b)[sizes.length >> 1];
    expect(median).toBeLessThan(SHARD_TARGET_BYTES * 2);
    expect(large.chunks.every((c) => c.length <= large.meta.chunk)).toBe(true);
  });
});

describe('page records', () => {
  it('a p<n>.json record holds only what a result shows: url, title, topics, sections', () => {
    // Companies are found through their facet keys, not read from the record.
    expect(Object.keys(buildIndex(pages, VARIANTS).chunks[0][0])).toEqual(['url', 'title', 'topics', 'sections']);
  });
});
