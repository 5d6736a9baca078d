import { describe, expect, it } from 'vitest';
import {
  containsAll,
  excerptAround,
  facetValues,
  highlightRuns,
  MAX_QUERY_LENGTH,
  queryTerms,
  rankCandidates,
  readSearchState,
  sectionWith,
  withHighlight,
  writeSearchState,
} from '../../../src/lib/search';
import { source } from '../../helpers/seed';

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

describe('containsAll', () => {
  it('needs every word, Latin letters without case', () => {
    const body = source.trends.get(5)!.body.text;
    expect(containsAll(body, ['c2b', '京东'])).toBe(true);
    expect(containsAll(body, ['C2B', '余额宝'])).toBe(false);
    // The loose match Pagefind makes (some characters of the word) is not enough.
    expect(containsAll('智能手表、手环', ['智能硬件'])).toBe(false);
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

describe('excerptAround', () => {
  it('centres on the first occurrence, with ellipses where cut', () => {
    const text = source.trends.get(6)!.body.text;
    const ex = excerptAround(text, ['1.85亿'], 10);
    expect(ex).toContain('1.85亿');
    expect(ex.startsWith('…') && ex.endsWith('…')).toBe(true);
    expect(ex.length).toBeLessThanOrEqual(32);
  });
  it('falls back to the start when nothing occurs', () => {
    expect(excerptAround('abcdef', ['x'], 2)).toBe('abcdef'.slice(0, 4) + '…');
  });
});

describe('rankCandidates', () => {
  const c = (title: string, topics: string[], rank: number) => ({ title, topics, rank });
  it('puts the page whose title names the query first, then topic pages, then Pagefind order', () => {
    const ranked = rankCandidates(
      [c('一、O2O模式真正落地', ['O2O'], 2), c('七、大数据打开电商新空间', ['大数据'], 0), c('五、反向定制(C2B)不再是概念', ['大数据'], 1)],
      ['大数据'],
    );
    expect(ranked.map((r) => r.rank)).toEqual([0, 1, 2]);
    const o2o = rankCandidates(
      [c('二、移动电商走向成熟', ['O2O'], 0), c('七、大数据', [], 1), c('一、O2O模式真正落地', ['O2O'], 2)],
      ['o2o'],
    );
    expect(o2o.map((r) => r.rank)).toEqual([2, 0, 1]);
  });
});

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const state = { q: '京东', topic: ['物流'], company: ['腾讯', '百度'] };
    const qs = writeSearchState(state);
    expect(readSearchState(new URLSearchParams(qs))).toEqual(state);
    expect(writeSearchState({ q: '  ', topic: [], company: [] })).toBe('');
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

describe('sectionWith', () => {
  // Pagefind's text for trend 8 and the sections it reported, as the built site returns them.
  const content =
    '八、智能物流升级. 原文. 2014年，智能化物流系统将是发展王道。未来，无论是阿里的“菜鸟”，还是京东的“亚洲一号”。 要点. 京东在物流、配送上的大手笔投入. 推出极速达、夜间配等多样化服务.';
  const sections = [
    { title: '原文', url: '/trends/smart-logistics/#original-h' },
    { title: '要点', url: '/trends/smart-logistics/#points-h' },
  ];
  it('finds the first section that holds every word, and only its text', () => {
    expect(sectionWith(content, sections, ['菜鸟'])).toEqual({
      url: '/trends/smart-logistics/#original-h',
      text: '2014年，智能化物流系统将是发展王道。未来，无论是阿里的“菜鸟”，还是京东的“亚洲一号”。',
    });
    expect(sectionWith(content, sections, ['极速达'])?.url).toBe('/trends/smart-logistics/#points-h');
  });
  it('is undefined when the words are only in the title or split across sections', () => {
    expect(sectionWith(content, sections, ['智能物流升级'])).toBeUndefined();
    expect(sectionWith(content, sections, ['菜鸟', '极速达'])).toBeUndefined();
  });
  it('skips sections whose heading is not in the text', () => {
    expect(sectionWith(content, [{ title: '图表', url: '#x' }, ...sections], ['菜鸟'])?.url).toBe('/trends/smart-logistics/#original-h');
  });
});
