/**
 * callout: one or two numbers set large, as the source states them, with hedge and period. One
 * number is not a comparison, so it is not a chart and not counted as 图N.
 */
import type { Datum } from '../../edition/schema';
import { figureProblem, sourceCredits, ZH_WORDS, type FigureKind, type FigureWords } from '../kind';
import { h } from '../tree';

/** The numbers in words, for readers of the description: each label, period and value. */
const DESCRIPTION: Record<FigureWords['lang'], (data: Datum[], words: FigureWords) => string> = {
  'zh-CN': (data, w) => data.map((d) => `${w.label(d)}（${w.period(d)}）：${w.value(d)}`).join('；'),
  en: (data, w) => data.map((d) => `${w.label(d)}, ${w.period(d)}: ${w.value(d)}`).join('; '),
};

export const callout: FigureKind = {
  check({ entry, data }) {
    if (!entry.title) return [figureProblem(entry, 'title', 'a callout says what its numbers are in a title')];
    if (data.length < 1 || data.length > 2) return [figureProblem(entry, 'data', `a callout sets one or two numbers, got ${data.length}`)];
    return data.flatMap((d, i) =>
      d.derived ? [figureProblem(entry, `data[${i}]`, `a callout sets numbers the source states, not the derived "${d.id}"`)] : [],
    );
  },
  view({ entry, data, source }, words = ZH_WORDS) {
    // Two numbers of one period say it once, above them, rather than once under each label.
    const periods = data.map((d) => words.period(d));
    const shared = data.length > 1 && periods.every((p) => p === periods[0]) ? periods[0] : undefined;
    const list = h(
      'dl',
      { class: 'fig-callouts' },
      data.map((d, i) =>
        h(
          'div',
          { class: 'fig-callout', 'data-datum': d.id },
          h(
            'dt',
            { class: 'fig-callout__label' },
            words.label(d),
            ...(shared ? [] : [h('span', { class: 'fig-callout__period' }, words.keep(periods[i]))]),
          ),
          h('dd', { class: 'fig-callout__value' }, words.value(d)),
        ),
      ),
    );
    return {
      title: entry.title!,
      chart: false,
      body: shared ? [h('p', { class: 'fig-callouts__period' }, words.keep(shared)), list] : [list],
      credits: sourceCredits(data, source, words),
      notes: entry.notes,
      csv: words.csv(data),
      description: DESCRIPTION[words.lang](data, words),
    };
  },
};
