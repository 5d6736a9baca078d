/**
 * callout: one or two numbers set large, as the source states them, with hedge and period. One
 * number is not a comparison, so it is not a chart and not counted as 图N.
 */
import { datumCsv } from '../../lib/csv';
import { formatDatum } from '../../lib/format';
import { figureProblem, sourceCredits, type FigureKind } from '../kind';
import { h, keepNumbers } from '../tree';

export const callout: FigureKind = {
  check({ entry, data }) {
    if (!entry.title) return [figureProblem(entry, 'title', 'a callout says what its numbers are in a title')];
    if (data.length < 1 || data.length > 2) return [figureProblem(entry, 'data', `a callout sets one or two numbers, got ${data.length}`)];
    return data.flatMap((d, i) =>
      d.derived ? [figureProblem(entry, `data[${i}]`, `a callout sets numbers the source states, not the derived "${d.id}"`)] : [],
    );
  },
  view({ entry, data, source }) {
    const body = h(
      'dl',
      { class: 'fig-callouts' },
      data.map((d) =>
        h(
          'div',
          { class: 'fig-callout', 'data-datum': d.id },
          h('dt', { class: 'fig-callout__label' }, d.label, h('span', { class: 'fig-callout__period' }, keepNumbers(d.period))),
          h('dd', { class: 'fig-callout__value' }, formatDatum(d)),
        ),
      ),
    );
    return {
      title: entry.title!,
      chart: false,
      body: [body],
      credits: sourceCredits(data, source),
      notes: entry.notes,
      csv: datumCsv(data),
      description: data.map((d) => `${d.label}（${d.period}）：${formatDatum(d)}`).join('；'),
    };
  },
};
