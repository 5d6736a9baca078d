/** Figures as content: the entries, their data, titles and credits. */
import { describe, expect, it } from 'vitest';
import {
  derivedNotes,
  figureData,
  figureDataProblems,
  figureEntry,
  figureTagProblems,
  placedIds,
  figureSchema,
  markEnd,
  markFill,
  matrixTitle,
  rowLabel,
  sourceCredits,
} from '../../../src/lib/figures';
import { COMPANIES } from '../../../src/lib/companies';
import { toChineseNumeral } from '../../../src/lib/numerals';
import { readNumbers, readTrendFiles } from '../../helpers/content';
import { readFigures } from '../../helpers/figures';
import { source } from '../../helpers/seed';

const numbers = readNumbers();
const figures = readFigures();
const byId = (id: string) => figureEntry(figures, id, 'test');

describe('entries', () => {
  it('every figure resolves its data; an unknown id names the file, the figure and the field', () => {
    for (const f of figures) expect(() => figureData(f, numbers), f.id).not.toThrow();
    const broken = { ...byId('mobile-volume'), data: ['mobile-volume-2013', 'no-such-datum'] };
    expect(() => figureData(broken, numbers)).toThrow(
      'content/data/figures.yaml: figure "mobile-volume", field "data[1]": no datum "no-such-datum" in content/data/numbers.yaml',
    );
  });

  it('a figure drawing a datum that does not exist', () => {
    expect(figureDataProblems(figures, numbers)).toEqual([]);
    expect(figureDataProblems([{ id: 'cross-border', data: ['cross-border-2013'] }], numbers)).toEqual([
      'content/data/figures.yaml: figure "cross-border", field "data": no datum "cross-border-2013" in content/data/numbers.yaml',
    ]);
  });

  it('an unknown figure id names where it was written and the file it was looked up in', () => {
    expect(() => figureEntry(figures, 'no-such-figure', '<Figure id="no-such-figure" />')).toThrow(
      /^<Figure id="no-such-figure" \/>: field "id": no figure "no-such-figure" in content\/data\/figures\.yaml \(known: mobile-volume,/,
    );
  });

  it('the schema rejects a chart without a title and a growth figure without its three data', () => {
    expect(() => figureSchema.parse({ id: 'x', kind: 'amounts', data: ['a'] })).toThrow(/title/);
    expect(() => figureSchema.parse({ id: 'x', kind: 'growth', title: 't', data: ['a'] })).toThrow(/data/);
    expect(() => figureSchema.parse({ id: 'x', kind: 'pie', title: 't' })).toThrow(/kind/);
  });

  it('a trend-scoped figure draws one trend’s numbers; an edition-wide one spans trends', () => {
    for (const f of figures) {
      const trends = new Set(figureData(f, numbers).map((d) => d.trend));
      if (f.scope === 'trend') expect(trends.size, f.id).toBe(1);
      else expect(trends.size === 0 || trends.size > 1, f.id).toBe(true);
    }
  });

  it('a single number is a callout, never a chart', () => {
    for (const f of figures)
      if (f.kind === 'growth' || f.kind === 'amounts') expect(figureData(f, numbers).length, f.id).toBeGreaterThan(1);
    expect(byId('jd-order-share').kind).toBe('callout');
  });
});

describe('one encoding per kind of uncertainty', () => {
  const d = (id: string) => numbers.find((n) => n.id === id)!;
  it('fill says who states the number; the end says how exact it is', () => {
    expect([markFill(d('mobile-volume-2013')), markEnd(d('mobile-volume-2013'))]).toEqual(['reported', 'approx']);
    expect([markFill(d('mobile-volume-2012')), markEnd(d('mobile-volume-2012'))]).toEqual(['derived', 'approx']);
    expect([markFill(d('cross-border-2011')), markEnd(d('cross-border-2011'))]).toEqual(['derived', 'upper']);
    expect([markFill(d('local-market-2013')), markEnd(d('local-market-2013'))]).toEqual(['forecast', 'lower']);
    expect([markFill(d('jd-mobile-users')), markEnd(d('jd-mobile-users'))]).toEqual(['reported', 'lower']);
    expect([markFill(d('cross-border-2012')), markEnd(d('cross-border-2012'))]).toEqual(['reported', 'exact']);
  });
});

describe('titles and labels', () => {
  it('the matrix title is computed from the frontmatter', () => {
    const trends = readTrendFiles().map((f) => f.data);
    const everywhere = COMPANIES.filter((c) => trends.every((t) => t.companies.includes(c)));
    expect(everywhere).toEqual(['京东']);
    expect(matrixTitle(trends, COMPANIES, toChineseNumeral)).toBe('京东在全部十条趋势中都被提到，其次是阿里巴巴（六条趋势）');
    // Computed, not typed: drop 京东 from one trend and the title changes.
    const fewer = trends.map((t) => (t.order === 3 ? { ...t, companies: t.companies.filter((c) => c !== '京东') } : t));
    expect(matrixTitle(fewer, COMPANIES, toChineseNumeral)).toBe('京东在九条趋势中都被提到，其次是阿里巴巴（六条趋势）');
  });

  it('a derived value is labelled as derived wherever it is drawn', () => {
    const d = (id: string) => numbers.find((n) => n.id === id)!;
    expect(rowLabel(d('mobile-volume-2012'), false)).toBe('2012年前三季度，推算');
    expect(rowLabel(d('mobile-volume-2013'), false)).toBe('2013年前三季度');
  });
});

describe('source credits', () => {
  it('merge overlapping quotes into one verbatim stretch of the paragraph, linked by its anchor', () => {
    const credits = sourceCredits(figureData(byId('mobile-volume'), numbers), source);
    expect(credits).toEqual([
      { measuredBy: '原文', anchor: 'p6', quotes: ['2013年前三季度，移动互联网的交易金额统计约6.55万亿，比去年同比增长52%'] },
    ]);
    for (const c of credits) for (const q of c.quotes) expect(source.raw).toContain(q);
  });

  it('name who measured each number', () => {
    expect(sourceCredits(figureData(byId('local-services'), numbers), source).map((c) => c.measuredBy)).toEqual(['艾瑞咨询']);
    expect(sourceCredits(figureData(byId('yuan-amounts'), numbers), source).map((c) => c.measuredBy)).toEqual([
      '原文',
      '中国电子商务研究中心',
      '艾瑞咨询',
      '原文',
    ]);
  });

  it('derived notes carry the formula and the hedge', () => {
    const [note] = derivedNotes(figureData(byId('cross-border'), numbers));
    expect(note).toContain('2万亿 ÷ (1 + 25%) = 1.6万亿');
    expect(note).toContain('上限');
  });
});

describe('placement', () => {
  it('finds the figures an article places and names the article for an unknown id', () => {
    expect(placedIds('<Original>…</Original>\n\n<Figure id="mobile-volume" />\n\n<Figure id="jd-order-share" />')).toEqual([
      'mobile-volume',
      'jd-order-share',
    ]);
    const problems = figureTagProblems([{ file: 'content/trends/04-cross-border.mdx', body: '<Figure id="cross-bordr" />' }], figures);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/trends\/04-cross-border\.mdx: <Figure id="cross-bordr" \/>: field "id": no figure "cross-bordr" in content\/data\/figures\.yaml/,
    );
    expect(figureTagProblems(readTrendFiles(), figures)).toEqual([]);
  });
});
