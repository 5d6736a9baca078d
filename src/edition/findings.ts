/**
 * What the site finds in the source, said in its own voice (本站归纳) for a reader who has two
 * minutes: who the piece names everywhere, where its numbers are and whose they are, which of them
 * are forecasts, and what it says about its own year in words only. Every statement is computed
 * from the edition (so it changes when the content does) and cites the paragraphs it rests on;
 * the resolver then checks its numbers, periods and research bodies like any site-written text.
 */
import { formatDatum } from '../lib/format';
import { chineseCount } from '../lib/numerals';
import type { SourceParagraph } from '../lib/source';
import type { Edition } from './resolve';

export interface Finding {
  text: string;
  /** The paragraphs it rests on, in order (linked as 第N段). */
  cites: SourceParagraph[];
}

const list = (items: readonly string[]) => items.join('、');

export function findingsOf(edition: Edition): Finding[] {
  const { trends, companies, numbers } = edition;
  const out: Finding[] = [];
  const paragraphsOf = (orders: readonly number[]) => orders.map((o) => trends[o - 1].paragraph);
  const numeralsOf = (orders: readonly number[]) => list(orders.map((o) => trends[o - 1].numeral));

  // Who the piece names everywhere, and how far behind the next comes.
  const named = companies.filter((c) => c.trends.length > 0).toSorted((a, b) => b.trends.length - a.trends.length);
  const [first, second] = named;
  if (first && second) {
    const everywhere = first.trends.length === trends.length;
    const also = second.spellingsUsed.filter((s) => s !== second.name);
    const once = named.filter((c) => c.trends.length === 1);
    out.push({
      text:
        `${everywhere ? `${first.name}是唯一在全部${chineseCount(trends.length)}个趋势中都被点名的企业` : `${first.name}被点名最多，出现在${chineseCount(first.trends.length)}个趋势中`}；` +
        `其次是${second.name}${also.length ? `（含“${also.join('”“')}”）` : ''}，出现在${chineseCount(second.trends.length)}个趋势中` +
        (once.length ? `；其余${chineseCount(once.length)}家各只在一个趋势中出现。` : '。'),
      cites: paragraphsOf(second.trends),
    });
  }

  // Where the numbers are, and whose: the author's own, or a research body's.
  const stated = numbers.filter((d) => !d.derived);
  const withNumbers = [...new Set(stated.map((d) => d.trend))];
  const bodies = [...new Set(stated.map((d) => d.measuredBy).filter((b) => b !== '原文'))];
  const cited = bodies.map((b) => `${b}（趋势${numeralsOf([...new Set(stated.filter((d) => d.measuredBy === b).map((d) => d.trend))])}）`);
  out.push({
    text:
      `原文的${chineseCount(stated.length)}个数字只出现在${chineseCount(withNumbers.length)}个趋势中（${numeralsOf(withNumbers)}），其余${chineseCount(trends.length - withNumbers.length)}个趋势没有数字；` +
      (bodies.length
        ? `注明出处的只有${list(cited)}的数据，其余都是原文作者给出的，未注明统计机构。`
        : '都是原文作者给出的，未注明统计机构。'),
    cites: paragraphsOf(withNumbers),
  });

  // Which numbers are forecasts: the source's own hedges (预计, 有望) say so.
  const forecasts = stated.filter((d) => /预计|有望/.test(d.qualifier ?? ''));
  if (forecasts.length)
    out.push({
      text: `其中${list(forecasts.map((d) => `${d.label}“${formatDatum(d)}”`))}是${list([...new Set(forecasts.map((d) => (d.measuredBy === '原文' ? '原文作者' : d.measuredBy)))])}对${list([...new Set(forecasts.map((d) => d.period))])}的预计或预测，其余是原文当作已发生的情况给出的数字。`,
      cites: paragraphsOf([...new Set(forecasts.map((d) => d.trend))]),
    });

  // What the piece says of the year it is about: in words only, when no number describes it.
  const year = /(\d{4})年/.exec(edition.title)?.[1];
  const years = [...new Set(stated.flatMap((d) => /\d{4}年/.exec(d.period)?.[0] ?? []))].toSorted();
  if (year && years.every((y) => y < `${year}年`))
    out.push({
      text: `原文对${year}年的${chineseCount(trends.length)}个判断都没有给出${year}年的数字：它的数字描述的都是${list(years)}（或未注明时间）。`,
      cites: [],
    });
  return out;
}
