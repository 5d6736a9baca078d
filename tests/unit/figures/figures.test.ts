/** Figures as content: entries, the kinds' conditions, their drawings' words, credits and numbering. */
import { describe, expect, it } from 'vitest';
import { derivedNotes, markEnd, markFill, rowLabel, sourceCredits } from '../../../src/figures/kind';
import { matrixTitle } from '../../../src/figures/kinds/matrix';
import { KINDS } from '../../../src/figures/registry';
import { elements, textOf } from '../../../src/figures/tree';
import { datum, edited, edition, files, problemsWith, source } from '../../helpers/edition';

const FIGURES = 'content/data/figures.yaml';
const figure = (id: string) => edition.figures.get(id)!;

describe('entries', () => {
  it('every entry resolves, and each kind is a registered module', () => {
    expect([...edition.figures.keys()].sort()).toEqual([
      'companies-matrix',
      'cross-border',
      'jd-order-share',
      'local-services',
      'mobile-volume',
    ]);
    for (const f of edition.figures.values()) expect(KINDS[f.entry.kind], f.id).toBeDefined();
  });

  it.each([
    [
      'an unknown datum',
      [
        'data: [mobile-volume-2013, mobile-volume-2012, mobile-growth-2013]',
        'data: [mobile-volume-2013, no-such-datum, mobile-growth-2013]',
      ],
      /figures\.yaml:\d+: figure "mobile-volume", field "data\[1\]": no datum "no-such-datum"/,
    ],
    [
      'an unknown kind',
      ['- id: mobile-volume\n  kind: growth', '- id: mobile-volume\n  kind: pie'],
      /figure "mobile-volume", field "kind": expected one of growth, callout, matrix, got "pie"/,
    ],
    ['a duplicate id', ['- id: cross-border\n', '- id: mobile-volume\n'], /figure "mobile-volume", field "id": used more than once/],
    [
      'a growth figure in the wrong order',
      [
        'data: [mobile-volume-2013, mobile-volume-2012, mobile-growth-2013]',
        'data: [mobile-volume-2012, mobile-volume-2013, mobile-growth-2013]',
      ],
      /figure "mobile-volume", field "data\[0\]": expected the stated amount/,
    ],
    [
      'a growth figure drawing another trend’s base',
      [
        'data: [mobile-volume-2013, mobile-volume-2012, mobile-growth-2013]',
        'data: [mobile-volume-2013, cross-border-2011, mobile-growth-2013]',
      ],
      /field "data\[1\]": expected the base derived from \[mobile-volume-2013, mobile-growth-2013\], got "cross-border-2011"/,
    ],
    [
      'a trend figure drawing two trends',
      ['data: [jd-mobile-order-share, jd-mobile-users]', 'data: [jd-mobile-order-share, local-users-2013]'],
      /figure "jd-order-share", field "data": a trend figure draws one trend's numbers, got trends 2, 6/,
    ],
    [
      'a chart without a title',
      ['  title: 移动互联网交易金额一年增长52%\n', ''],
      /figure "mobile-volume", field "title": a growth figure states its finding/,
    ],
  ] as const)('%s fails, naming the figure and the field', (_, change, message) => {
    expect(problemsWith(edited(FIGURES, [...change])).join('\n')).toMatch(message);
  });

  it('a trend figure placed in another trend’s article fails, naming the article and line', () => {
    const broken = edited('content/trends/02-mobile-commerce.mdx', [
      '<Figure id="mobile-volume" />',
      '<Figure id="mobile-volume" />\n\n<Figure id="local-services" />',
    ]);
    expect(problemsWith(broken).join('\n')).toMatch(
      /02-mobile-commerce\.mdx:\d+: <Figure id="local-services" \/>: the figure draws trend 6's numbers; place it in that trend's article/,
    );
  });

  it('an unknown figure id names where it was written and what exists', () => {
    const broken = edited('content/trends/04-cross-border.mdx', ['<Figure id="cross-border" />', '<Figure id="cross-bordr" />']);
    expect(problemsWith(broken).join('\n')).toMatch(
      /04-cross-border\.mdx:\d+: <Figure id="cross-bordr" \/>: field "id": no figure "cross-bordr" in content\/data\/figures\.yaml \(known: mobile-volume,/,
    );
  });
});

describe('numbering: 图N counts charts in the order a page shows them; callouts are not numbered', () => {
  it('on each trend page, from 1', () => {
    const mobile = edition.trendBySlug.get('mobile-commerce')!;
    expect(mobile.figures.map((p) => [p.figure.id, p.number])).toEqual([
      ['mobile-volume', 1],
      ['jd-order-share', undefined],
    ]);
    expect(edition.trendBySlug.get('cross-border')!.figures.map((p) => p.number)).toEqual([1]);
  });

  it('through the briefing, and on the front page', () => {
    const numbers = [...edition.briefingFigures.values()]
      .flat()
      .map((p) => p.number)
      .filter((n) => n !== undefined);
    // The summary's matrix is 图1; the trends' charts count on from it.
    expect(edition.briefingSummary.map((p) => [p.figure.id, p.number])).toEqual([['companies-matrix', 1]]);
    expect(numbers).toEqual([2, 3]);
    expect(edition.front.map((p) => [p.figure.id, p.number])).toEqual([['companies-matrix', 1]]);
  });
});

describe('one encoding per kind of uncertainty', () => {
  it('fill says who states the number; the end says how exact it is', () => {
    const drawn = (id: string) => [markFill(datum(id)), markEnd(datum(id))];
    expect(drawn('mobile-volume-2013')).toEqual(['reported', 'approx']);
    expect(drawn('mobile-volume-2012')).toEqual(['derived', 'approx']);
    expect(drawn('cross-border-2011')).toEqual(['derived', 'upper']);
    expect(drawn('local-market-2013')).toEqual(['forecast', 'lower']);
    expect(drawn('jd-mobile-users')).toEqual(['reported', 'lower']);
    expect(drawn('cross-border-2012')).toEqual(['reported', 'exact']);
  });

  it('legends draw the marks the chart draws', () => {
    const shapes = (node: Parameters<typeof elements>[0]) =>
      new Set([...elements(node)].filter((e) => /^(rect|circle)$/.test(e.tag)).map((e) => e.tag));
    for (const id of ['mobile-volume', 'cross-border']) {
      const { legend, body } = figure(id).view;
      expect(shapes(legend!), id).toEqual(new Set(body.flatMap((svg) => [...shapes(svg)])));
    }
  });
});

describe('titles, labels and words', () => {
  it('the matrix title is computed from the edition', () => {
    expect(figure('companies-matrix').view.title).toBe('京东在全部十条趋势中都被提到，其次是阿里巴巴（六条趋势）');
    const trends = edition.trends.map((t) => ({ order: t.order, companies: t.companies.map((c) => c.name) }));
    const fewer = trends.map((t) => (t.order === 3 ? { ...t, companies: t.companies.filter((c) => c !== '京东') } : t));
    expect(matrixTitle({ trends: fewer, companies: edition.companies.map((c) => c.name) })).toBe(
      '京东在九条趋势中都被提到，其次是阿里巴巴（六条趋势）',
    );
  });

  it('a derived value is labelled as derived wherever it is drawn', () => {
    expect(rowLabel(datum('mobile-volume-2012'), false)).toBe('2012年前三季度，推算');
    expect(rowLabel(datum('mobile-volume-2013'), false)).toBe('2013年前三季度');
    for (const svg of figure('mobile-volume').view.body) expect(textOf(svg)).toContain('2012年前三季度，推算');
  });

  it('each chart is described in words in its <desc>, the same at both widths', () => {
    for (const f of edition.figures.values()) {
      if (!f.view.chart) continue;
      const descs = f.view.body.map((svg) => textOf([...elements(svg)].find((e) => e.tag === 'desc')!));
      expect(new Set(descs).size, f.id).toBe(1);
      expect(descs[0], f.id).toBe(f.view.description);
    }
  });
});

describe('source credits', () => {
  it('merge overlapping quotes into one verbatim stretch of the paragraph, linked by its anchor', () => {
    expect(figure('mobile-volume').view.credits).toEqual([
      {
        measuredBy: '原文',
        who: '原文作者（未注明统计机构）',
        anchor: 'p6',
        quotes: ['2013年前三季度，移动互联网的交易金额统计约6.55万亿，比去年同比增长52%'],
      },
    ]);
    for (const f of edition.figures.values()) for (const c of f.view.credits) for (const q of c.quotes) expect(source.raw).toContain(q);
  });

  it('name who measured each number', () => {
    expect(figure('local-services').view.credits.map((c) => c.measuredBy)).toEqual(['艾瑞咨询']);
    const all = [...edition.figures.values()].flatMap((f) => f.data);
    expect(sourceCredits(all, source).map((c) => c.measuredBy)).toEqual(['原文', '中国电子商务研究中心', '艾瑞咨询']);
  });

  it('derived notes carry the formula and the hedge', () => {
    const [note] = derivedNotes(figure('cross-border').data);
    expect(note).toContain('2万亿 ÷ (1 + 25%) = 1.6万亿');
    expect(note).toContain('上限');
  });
});

it('the real figures file resolves', () => expect(problemsWith(files)).toEqual([]));
