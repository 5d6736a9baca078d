/**
 * matrix: companies × trends, a dot where the source names the company in that trend's paragraph.
 * It draws the edition (which trend names whom), not numbers, and computes its own title: who is
 * named in the most trends, and who comes next.
 */
import { FONT, MATRIX, STROKE, WIDTH, type ChartWidth } from '../../charts/defaults';
import { matrixChart, matrixRows } from '../../charts/matrix';
import { matrixCsv } from '../../lib/csv';
import { counted, englishCount, englishList } from '../../lib/english-words';
import { svgFrame } from '../draw';
import { figureProblem, ZH_WORDS, type FigureInput, type FigureKind, type FigureWords } from '../kind';
import { chineseCount } from '../../lib/numerals';
import { h } from '../tree';

/** The matrix's own words in each language: its title and description, the header and the table's. */
const WORDS: Record<
  FigureWords['lang'],
  {
    none: string;
    /** The title: who is named in the most trends (`all`: every trend), and who next. */
    title: (lead: string[], n: number, all: boolean, next: string[], m: number) => string;
    description: (total: number, rows: { company: string; orders: number[] }[], numeral: (n: number) => string) => string;
    header: string;
    company: string;
    /** Before each column's numeral in the table, for screen readers. */
    trend: string;
    named: string;
  }
> = {
  'zh-CN': {
    none: '原文没有提到企业',
    title: (lead, n, all, next, m) => {
      const where = (k: number, every: boolean) => (every ? `全部${chineseCount(k)}条趋势` : `${chineseCount(k)}条趋势`);
      return `${lead.join('、')}在${where(n, all)}中都被提到` + (next.length ? `，其次是${next.join('、')}（${where(m, false)}）` : '');
    },
    description: (total, rows, numeral) =>
      `矩阵图，行为企业（按提及的趋势数排序），列为趋势一至${numeral(total)}，圆点表示原文在该趋势中提到该企业。` +
      rows.map((r) => `${r.company}：趋势${r.orders.map(numeral).join('、')}`).join('；') +
      '。',
    header: '趋势',
    company: '企业',
    trend: '趋势',
    named: '提及',
  },
  en: {
    none: 'The source names no company',
    title: (lead, n, all, next, m) =>
      `${englishList(lead)} ${lead.length > 1 ? 'are' : 'is'} named in ${all ? `all ${englishCount(n)} trends` : counted(n, 'trend')}` +
      (next.length ? `, followed by ${englishList(next)} (${counted(m, 'trend')})` : ''),
    description: (total, rows) =>
      `Matrix chart: the rows are companies (sorted by how many trends name them), the columns trends 1 to ${total}; a dot means the source names the company in that trend. ` +
      rows.map((r) => `${r.company}: ${r.orders.length > 1 ? 'trends' : 'trend'} ${englishList(r.orders.map(String))}`).join('; ') +
      '.',
    header: 'Trend',
    company: 'Company',
    trend: 'Trend ',
    named: 'named',
  },
};

/** The trends and companies with each company as `words` names it. */
function named({ trends, companies }: Pick<FigureInput, 'trends' | 'companies'>, words: FigureWords) {
  return {
    trends: trends.map((t) => ({ order: t.order, companies: t.companies.map(words.company) })),
    companies: companies.map(words.company),
  };
}

/** "京东在全部十条趋势中都被提到，其次是阿里巴巴（六条趋势）"; in English "JD.com is named in all ten trends, followed by Alibaba (six trends)". */
export function matrixTitle(input: Pick<FigureInput, 'trends' | 'companies'>, words: FigureWords = ZH_WORDS): string {
  const { trends, companies } = named(input, words);
  const w = WORDS[words.lang];
  const rows = matrixRows(trends, companies);
  const [first, second] = rows;
  if (!first) return w.none;
  const lead = rows.filter((r) => r.count === first.count).map((r) => r.company);
  const next = second && second.count < first.count ? rows.filter((r) => r.count === second.count).map((r) => r.company) : [];
  return w.title(lead, first.count, first.count === trends.length, next, second?.count ?? 0);
}

export const matrix: FigureKind = {
  check({ entry }) {
    return [
      ...(entry.data.length ? [figureProblem(entry, 'data', 'the matrix draws which trend names which company, not data')] : []),
      ...(entry.title ? [figureProblem(entry, 'title', 'the matrix computes its title from the edition; leave it out')] : []),
      ...(entry.scope !== 'edition' ? [figureProblem(entry, 'scope', 'the matrix draws every trend: expected scope: edition')] : []),
    ];
  },
  view(input, words = ZH_WORDS) {
    const { entry, numeral } = input;
    const { trends, companies } = named(input, words);
    const w = WORDS[words.lang];
    const title = matrixTitle(input, words);
    const charts = (Object.keys(WIDTH) as ChartWidth[]).map((size) => ({
      size,
      chart: matrixChart([...trends], companies, size, w.header),
    }));
    const { rows, columns } = charts[0].chart;
    const description = w.description(
      trends.length,
      rows.map((r) => ({ company: r.company, orders: r.cells.filter((c) => c.named).map((c) => c.order) })),
      numeral,
    );
    const body = charts.map(({ size, chart }) =>
      svgFrame(`${entry.id}-${size}`, size, chart.width, chart.height, title, description, [
        h('text', { class: 'fig-label', x: chart.header.x, y: chart.header.y, 'font-size': FONT.label }, w.header),
        ...chart.columns.map((c) =>
          h(
            'text',
            {
              class: 'fig-label',
              x: c.x,
              y: chart.columnY,
              'font-size': FONT.label,
              'text-anchor': 'middle',
              'data-order': c.order,
              'data-number-kind': 'trend',
            },
            c.label,
          ),
        ),
        ...chart.rows.map((r) =>
          h(
            'g',
            { class: 'fig-matrix__row', 'data-company': r.company, 'data-count': r.count },
            h('line', { class: 'fig-grid', x1: chart.gridX[0], x2: chart.gridX[1], y1: r.ruleY, y2: r.ruleY, 'stroke-width': STROKE.grid }),
            h('text', { class: 'fig-label', x: chart.header.x, y: r.labelY, 'font-size': FONT.label }, r.company),
            r.cells
              .filter((cell) => cell.named)
              .map((cell) =>
                h('circle', {
                  class: 'fig-shape fig-shape--reported',
                  cx: cell.cx,
                  cy: cell.cy,
                  r: MATRIX.mark,
                  'data-order': cell.order,
                  'stroke-width': STROKE.mark,
                }),
              ),
          ),
        ),
      ]),
    );
    const table = h(
      'table',
      { class: 'fig-table fig-table--matrix' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, w.company),
          columns.map((c) =>
            h('th', { scope: 'col', 'data-number-kind': 'trend' }, h('span', { class: 'visually-hidden' }, w.trend), c.label),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-company': r.company },
            h('th', { scope: 'row' }, r.company),
            r.cells.map((c) =>
              h(
                'td',
                { 'data-order': c.order, 'data-named': c.named ? '1' : '0' },
                c.named && [h('span', { 'aria-hidden': 'true' }, '●'), h('span', { class: 'visually-hidden' }, w.named)],
              ),
            ),
          ),
        ),
      ),
    );
    return {
      title,
      chart: true,
      body,
      table,
      credits: [{ measuredBy: '原文', who: words.who('原文'), anchor: '', quotes: [] }],
      notes: entry.notes,
      csv: matrixCsv([...trends], companies),
      description,
    };
  },
};
