/**
 * amounts: amounts from across the edition on one base-10 log axis, as dots (position, not length,
 * carries the value: bars on a log axis would start at an arbitrary floor). Equal steps are equal
 * ratios; each gridline is ×10.
 */
import { DOT, FONT, STROKE, WIDTH, type ChartWidth } from '../../charts/defaults';
import { dotChart } from '../../charts/dots';
import { datumCsv } from '../../lib/csv';
import { axis, datumTable, legend, mark, svgFrame } from '../draw';
import { derivedNotes, figureProblem, sourceCredits, tickFormat, toRow, type FigureKind } from '../kind';
import { h } from '../tree';

export const amounts: FigureKind = {
  check({ entry, data }) {
    const out: string[] = [];
    if (!entry.title) out.push(figureProblem(entry, 'title', 'an amounts figure states its finding in a title'));
    if (data.length < 2) out.push(figureProblem(entry, 'data', 'expected at least two amounts to compare'));
    data.forEach((d, i) => {
      if (d.unit !== '元')
        out.push(figureProblem(entry, `data[${i}]`, `the amounts axis draws amounts of money (元), got "${d.id}" in ${d.unit}`));
    });
    return out;
  },
  view({ entry, data, source }) {
    const rows = data.map((d) => toRow(d));
    const title = entry.title!;
    const description = `对数刻度点图，相邻竖线相差10倍。${rows.map((r) => `${r.label}：${r.valueLabel}`).join('；')}。`;
    const body = (Object.keys(WIDTH) as ChartWidth[]).map((size) => {
      const pid = `${entry.id}-${size}`;
      const chart = dotChart(rows, tickFormat('元'), size);
      const dots = chart.dots.map((d) =>
        h(
          'g',
          {
            class: `fig-mark fig-mark--${d.fill} fig-mark--${d.end}${d.highlight ? ' fig-mark--highlight' : ''}`,
            'data-key': d.key,
            'data-value': d.value,
          },
          h('text', { class: 'fig-label', x: chart.left, y: d.labelY, 'font-size': FONT.label }, d.label),
          mark(pid, d.fill, { kind: 'dot', cx: d.cx, cy: d.cy }, d.marker),
          d.highlight &&
            h('circle', { class: 'fig-ring', cx: d.cx, cy: d.cy, r: DOT.radius + DOT.ring, 'stroke-width': STROKE.derived, fill: 'none' }),
          h('text', { class: 'fig-value', x: d.valueX, y: d.valueY, 'font-size': FONT.value, 'text-anchor': d.valueAnchor }, d.valueLabel),
        ),
      );
      return svgFrame(pid, size, chart.width, chart.height, title, description, [
        axis(chart.axis, chart.ticks, chart.axisY, chart.tickY, chart.gridBands),
        ...dots,
      ]);
    });
    return {
      title,
      chart: true,
      body,
      legend: legend(entry.id, rows, 'dot'),
      table: datumTable(data),
      credits: sourceCredits(data, source),
      notes: [...derivedNotes(data), ...entry.notes],
      csv: datumCsv(data),
      description,
    };
  },
};
