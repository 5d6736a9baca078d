import { describe, expect, it } from 'vitest';
import {
  excerptAround,
  facetValues,
  highlightAcross,
  highlightRuns,
  MAX_QUERY_LENGTH,
  queryTerms,
  queryWords,
  rankCandidates,
  readSearchState,
  withHighlight,
  writeSearchState,
} from '../../../src/lib/search';
import { makeNormalizer } from '../../../src/lib/search-index';
import { contextSpan } from '../../../src/edition/numbers';
import { edition, source } from '../../helpers/edition';

const NAMES = edition.companies.map((c) => ({ names: [c.name, ...c.spellings, ...c.aliases], spellings: c.spellings }));

describe('queryTerms', () => {
  it('splits on whitespace, strips quotes, drops duplicates', () => {
    expect(queryTerms('  O2O   京东 O2O ')).toEqual(['O2O', '京东']);
    expect(queryTerms('"大数据" “菜鸟”')).toEqual(['大数据', '菜鸟']);
    expect(queryTerms('   ')).toEqual([]);
  });
  it('caps very long queries', () => {
    expect(queryTerms('电'.repeat(500))[0]).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('highlightAcross', () => {
  it('marks a word that runs across pieces (统计约 | 6.55万亿) in each piece, the text intact', () => {
    const pieces = ['移动互联网的交易金额统计', '约6.55万亿', '，比去年同比增长52%'];
    const runs = highlightAcross(pieces, ['统计约6.55', '增长']);
    expect(runs.map((r) => r.map((x) => x.text).join(''))).toEqual(pieces);
    expect(runs.map((r) => r.filter((x) => x.hit).map((x) => x.text))).toEqual([['统计'], ['约6.55'], ['增长']]);
    expect(highlightAcross(['甲', '乙'], ['丙'])).toEqual([[{ text: '甲', hit: false }], [{ text: '乙', hit: false }]]);
  });
});

describe('highlightRuns', () => {
  it('marks whole words, never single characters, and keeps the text intact', () => {
    const text = source.trends.get(7)!.body.text;
    const runs = highlightRuns(text, ['大数据']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    const hits = runs.filter((r) => r.hit).map((r) => r.text);
    expect(hits).toEqual(Array(text.split('大数据').length - 1).fill('大数据'));
  });
  it('prefers the longer of overlapping words and folds case', () => {
    expect(highlightRuns('跨境电商与电商', ['电商', '跨境电商'])).toEqual([
      { text: '跨境电商', hit: true },
      { text: '与', hit: false },
      { text: '电商', hit: true },
    ]);
    expect(highlightRuns('o2o模式', ['O2O'])).toEqual([
      { text: 'o2o', hit: true },
      { text: '模式', hit: false },
    ]);
  });
  it('returns hostile text as plain runs', () => {
    expect(highlightRuns('<script>alert(1)</script>', ['京东'])).toEqual([{ text: '<script>alert(1)</script>', hit: false }]);
    expect(highlightRuns('', ['京东'])).toEqual([]);
  });
});

const normalize = makeNormalizer('東东電电');

describe('queryWords', () => {
  it('normalises width, case and traditional characters', () => {
    const [jd, ecommerce, amount] = queryWords('ＪＤ 電商 ６.５５万亿', normalize, NAMES);
    expect(jd.alternatives).toContain('jd');
    expect(ecommerce.alternatives).toEqual(['电商']);
    expect(amount.alternatives).toEqual(['6.55万亿']);
  });
  it('expands a company name, in any spelling, to every spelling the source uses', () => {
    for (const q of ['Alibaba', 'ALIBABA', '阿里巴巴', 'ali'])
      expect(queryWords(q, normalize, NAMES)[0].alternatives, q).toEqual(expect.arrayContaining(['阿里巴巴', '阿里']));
    expect(queryWords('京東', normalize, NAMES)[0].alternatives).toEqual(['京东']);
    expect(queryWords('jd.com', normalize, NAMES)[0].alternatives).toEqual(expect.arrayContaining(['京东']));
    expect(queryWords('电商', normalize, NAMES)[0].alternatives).toEqual(['电商']);
  });
});

describe('excerptAround', () => {
  const NUMBER = /\d+(?:\.\d+)?(?:%|万亿|亿|万|年)?/g;
  const bodies = [...source.trends.values()].map((t) => t.body.text);
  const cases = bodies.flatMap((text) => [...new Set(text.match(NUMBER) ?? [])].map((n) => ({ text, n })));
  it('starts and ends at a clause or word boundary, never inside a number', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const { text, n } of cases) {
      const ex = excerptAround(text, [n]);
      expect(ex, n).toContain(n);
      const inner = ex.replace(/^…/, '').replace(/…$/, '');
      const from = text.indexOf(inner);
      expect(from, `${n}: ${ex}`).toBeGreaterThanOrEqual(0);
      const to = from + inner.length;
      // Not "…4年" / "…5亿": the character before the cut is not part of the same number.
      if (from > 0) expect(/[\d.]/.test(text[from - 1]) && /[\d.%年亿万]/.test(text[from]), `${n}: ${ex}`).toBe(false);
      if (to < text.length) expect(/[\d.]/.test(text[to - 1]) && /[\d.%年亿万]/.test(text[to]), `${n}: ${ex}`).toBe(false);
    }
  });
  it('cuts at the clause around the hit when there is one', () => {
    const text = source.trends.get(6)!.body.text;
    const ex = excerptAround(text, ['1.85亿']);
    expect(ex).toMatch(/^…?[^，。；]*1\.85亿[^，。；]*[，。；]…?$/);
  });
  it('keeps whole words of a company name ("…巴20亿" never)', () => {
    for (const text of bodies) {
      const ex = excerptAround(text, ['阿里', '阿里巴巴']);
      expect(ex.startsWith('…巴')).toBe(false);
    }
  });
  it('falls back to the start when nothing occurs', () => {
    expect(excerptAround('第一句，第二句。', ['x'])).toBe('第一句，第二句。');
    const long = excerptAround('第一句话很短，'.repeat(20), ['x']);
    expect(long.startsWith('第一句话很短，') && long.endsWith('，…')).toBe(true);
  });
  it('takes clauses until the excerpt reads as one, not a bare "2013年，"', () => {
    const text = source.trends.get(1)!.body.text;
    expect(text.startsWith('2013年，')).toBe(true);
    expect(excerptAround(text, ['13年']).length).toBeGreaterThan(20);
  });
});

describe('rankCandidates', () => {
  const c = (order: number, inTitle: number, inTopics: number, count: number) => ({ order, inTitle, inTopics, count });
  it('puts the page whose title names the query first, then topic pages, then frequency, then order', () => {
    const ranked = rankCandidates([c(1, 0, 0, 1), c(2, 0, 0, 3), c(3, 0, 1, 1), c(4, 1, 0, 1), c(5, 0, 0, 1)]);
    expect(ranked.map((r) => r.order)).toEqual([4, 3, 2, 1, 5]);
  });
});

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const state = { q: '京东', topic: ['物流'], company: ['腾讯', '百度'] };
    const qs = writeSearchState(state);
    expect(readSearchState(new URLSearchParams(qs))).toEqual(state);
    expect(writeSearchState({ q: '  ', topic: [], company: [] })).toBe('');
  });
  it('caps the query that goes into the URL, so a pasted essay is never refused by a server', () => {
    const qs = writeSearchState({ q: '电商'.repeat(5000), topic: [], company: [] });
    expect(new URLSearchParams(qs).get('q')).toHaveLength(MAX_QUERY_LENGTH);
    expect(qs.length).toBeLessThan(2000);
  });
  it('adds the highlight parameter before the anchor', () => {
    expect(withHighlight('/trends/c2b/#original-h', 'C2B')).toBe('/trends/c2b/?hl=C2B#original-h');
    expect(withHighlight('/briefing/trends/o2o/', '京东 物流')).toBe('/briefing/trends/o2o/?hl=%E4%BA%AC%E4%B8%9C%20%E7%89%A9%E6%B5%81');
  });
});

it('facetValues keeps first-seen order without duplicates', () => {
  expect(
    facetValues([
      ['O2O', '双十一'],
      ['移动电商', 'O2O'],
    ]),
  ).toEqual(['O2O', '双十一', '移动电商']);
});

describe('an excerpt never shows one of the source’s numbers without who gives it and when', () => {
  it.each([
    ['25%', 4, '中国电子商务研究中心监测数据显示，2012年'],
    ['1200亿', 6, '艾瑞咨询数据显示，2013年'],
    ['1.85亿', 6, '艾瑞咨询数据显示，2013年'],
    ['2万亿', 4, '中国电子商务研究中心'],
  ])('%s', (query, order, context) => {
    const trend = edition.trends[order - 1];
    const spans = trend.data.filter((d) => !d.derived).map((d) => contextSpan(d, trend.paragraph.text)!);
    const excerpt = excerptAround(trend.paragraph.text, [query], undefined, spans);
    expect(excerpt).toContain(context);
    expect(excerpt).toContain(query);
    // Without the spans the excerpt would cut them off: the spans are what keeps them.
    expect(excerptAround(trend.paragraph.text, [query])).not.toContain(context);
  });
});
