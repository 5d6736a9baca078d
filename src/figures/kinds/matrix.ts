/**
 * matrix: companies × trends, a dot where the source names the company in that trend's paragraph.
 * It draws the edition (which trend names whom), not numbers, and computes its own title: who is
 * named in the most trends, and who comes next.
 */
import { FONT, MATRIX, STROKE, WIDTH, type ChartWidth } from '../../charts/defaults';
import { matrixChart, matrixRows } from '../../charts/matrix';
import { matrixCsv } from '../../lib/csv';
import { svgFrame } from '../draw';
import { figureProblem, type FigureInput, type FigureKind } from '../kind';
import { chineseCount } from '../../lib/numerals';
import { h } from '../tree';

/** "京东在全部十条趋势中都被提到，其次是阿里巴巴（六条趋势）". */
export function matrixTitle({ trends, companies }: Pick<FigureInput, 'trends' | 'companies'>): string {
  const rows = matrixRows([...trends], companies);
  const [first, second] = rows;
  if (!first) return '原文没有提到企业';
  const where = (n: number) => (n === trends.length ? `全部${chineseCount(n)}条趋势` : `${chineseCount(n)}条趋势`);
  const lead = rows.filter((r) => r.count === first.count).map((r) => r.company);
  const next = second && second.count < first.count ? rows.filter((r) => r.count === second.count).map((r) => r.company) : [];
  return (
    `${lead.join('、')}在${where(first.count)}中都被提到` + (next.length ? `，其次是${next.join('、')}（${where(second.count)}）` : '')
  );
}

export const matrix: FigureKind = {
  check({ entry }) {
    return [
      ...(entry.data.length ? [figureProblem(entry, 'data', 'the matrix draws which trend names which company, not data')] : []),
      ...(entry.title ? [figureProblem(entry, 'title', 'the matrix computes its title from the edition; leave it out')] : []),
      ...(entry.scope !== 'edition' ? [figureProblem(entry, 'scope', 'the matrix draws every trend: expected scope: edition')] : []),
    ];
  },
  view(input) {
    const { entry, trends, companies, numeral } = input;
    const title = matrixTitle(input);
    const charts = (Object.keys(WIDTH) as ChartWidth[]).map((size) => ({ size, chart: matrixChart([...trends], companies, size) }));
    const { rows, columns } = charts[0].chart;
    const description =
      `矩阵图，行为企业（按提及的趋势数排序），列为趋势一至${numeral(trends.length)}，圆点表示原文在该趋势中提到该企业。` +
      rows
        .map(
          (r) =>
            `${r.company}：趋势${r.cells
              .filter((c) => c.named)
              .map((c) => numeral(c.order))
              .join('、')}`,
        )
        .join('；') +
      '。';
    const body = charts.map(({ size, chart }) =>
      svgFrame(`${entry.id}-${size}`, size, chart.width, chart.height, title, description, [
        h('text', { class: 'fig-label', x: chart.header.x, y: chart.header.y, 'font-size': FONT.label }, '趋势'),
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
          h('th', { scope: 'col' }, '企业'),
          columns.map((c) =>
            h('th', { scope: 'col', 'data-number-kind': 'trend' }, h('span', { class: 'visually-hidden' }, '趋势'), c.label),
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
                c.named && [h('span', { 'aria-hidden': 'true' }, '●'), h('span', { class: 'visually-hidden' }, '提及')],
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
      credits: [{ measuredBy: '原文', anchor: '', quotes: [] }],
      notes: entry.notes,
      csv: matrixCsv([...trends], companies),
      description,
    };
  },
};
