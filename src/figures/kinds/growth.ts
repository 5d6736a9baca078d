/**
 * growth: an amount against its earlier period derived from a growth rate, as two bars on a linear
 * axis from zero (a bar twice as long is twice the amount). Data: [amount, derived base, rate].
 */
import { barChart } from '../../charts/bars';
import { FONT, WIDTH, type ChartWidth } from '../../charts/defaults';
import { axis, datumTable, legend, mark, svgFrame } from '../draw';
import { derivedNotes, figureProblem, sourceCredits, toRow, ZH_WORDS, type FigureKind, type FigureWords } from '../kind';
import { h } from '../tree';
import type { Row } from '../../charts/marks';

/** The chart in words, for its <desc>: what it is, then each bar's label and value. */
const DESCRIPTION: Record<FigureWords['lang'], (rows: Row[]) => string> = {
  'zh-CN': (rows) => `横向条形图，线性刻度从0开始。${rows.map((r) => `${r.label}：${r.valueLabel}`).join('；')}。`,
  en: (rows) => `Horizontal bar chart, linear scale from 0. ${rows.map((r) => `${r.label}: ${r.valueLabel}`).join('; ')}.`,
};

export const growth: FigureKind = {
  check({ entry, data }) {
    const out: string[] = [];
    if (!entry.title) out.push(figureProblem(entry, 'title', 'a growth figure states its finding in a title'));
    const [now, before, rate] = data;
    if (data.length !== 3 || !now || !before || !rate)
      return [...out, figureProblem(entry, 'data', 'expected [amount, derived base, growth rate]')];
    if (rate.unit !== '%') out.push(figureProblem(entry, 'data[2]', `expected a growth rate in %, got "${rate.id}" in ${rate.unit}`));
    if (now.derived || now.unit === '%') out.push(figureProblem(entry, 'data[0]', `expected the stated amount, got "${now.id}"`));
    if (before.derived?.inputs[0] !== now.id || before.derived.inputs[1] !== rate.id)
      out.push(figureProblem(entry, 'data[1]', `expected the base derived from [${now.id}, ${rate.id}], got "${before.id}"`));
    return out;
  },
  view({ entry, data, source }, words = ZH_WORDS) {
    const [now, before, rate] = data;
    // The title names what is measured, so each bar is labelled by its period alone.
    const rows = [
      toRow(before, words.rowLabel(before, false), words),
      toRow(now, `${words.rowLabel(now, false)}${words.growth(rate)}`, words),
    ];
    const title = entry.title!;
    const description = DESCRIPTION[words.lang](rows);
    const body = (Object.keys(WIDTH) as ChartWidth[]).map((size) => {
      const pid = `${entry.id}-${size}`;
      const chart = barChart(rows, words.tick(now.unit), size);
      const bars = chart.bars.map((b) =>
        h(
          'g',
          { class: `fig-mark fig-mark--${b.fill} fig-mark--${b.end}`, 'data-key': b.key, 'data-value': b.value },
          h('text', { class: 'fig-label', x: b.x, y: b.labelY, 'font-size': FONT.label }, b.label),
          mark(pid, b.fill, b, b.marker),
          h('text', { class: 'fig-value', x: b.valueX, y: b.valueY, 'font-size': FONT.value }, b.valueLabel),
        ),
      );
      return svgFrame(pid, size, chart.width, chart.height, title, description, [
        ...bars,
        axis(chart.axis, chart.ticks, chart.axisY, chart.tickY),
      ]);
    });
    return {
      title,
      chart: true,
      body,
      legend: legend(entry.id, rows, words),
      table: datumTable(data, words),
      credits: sourceCredits(data, source, words),
      notes: [...derivedNotes(data, words), ...entry.notes],
      csv: words.csv(data),
      description,
    };
  },
};
