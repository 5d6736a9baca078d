/**
 * What the site finds in the source, in English: the four statements of src/edition/findings.ts
 * (who the piece names everywhere, where its numbers are and whose, which are forecasts, that no
 * number describes the year it is about), computed the same way from the edition and worded from
 * the English views of its data and names, each citing the same paragraphs. The resolver checks
 * their numbers, periods and research bodies like any English the site writes (TREND_REFERENCE
 * masks the site's references to trends by number, which are not claims).
 */
import { counted, englishCount, englishList, possessive } from '../lib/english-words';
import type { SourceParagraph } from '../lib/source';
import { AUTHOR_EN, measuredByEn, type EnglishDatum } from './english-numbers';
import type { Company, Trend } from './resolve';
import type { Names } from './translation';

export interface EnglishFinding {
  text: string;
  /** The paragraphs it rests on, in order (the same as the Chinese finding's). */
  cites: SourceParagraph[];
  /** Always "this site": a finding is the site's reading of the source, never the source's words. */
  voice: 'site';
}

/** "trend 4", "trends 2, 3, 4, 6 and 10": how a finding refers to trends (masked before its numbers are checked). */
export const TREND_REFERENCE = /\btrends? \d+(?:(?:, | and )\d+)*/g;

const trendList = (orders: readonly number[]) => `${orders.length > 1 ? 'trends' : 'trend'} ${englishList(orders.map(String))}`;

export interface FindingsInput {
  title: string;
  trends: readonly Trend[];
  companies: readonly Company[];
  /** Every datum's English view, in reading order. */
  numbers: readonly EnglishDatum[];
  names: Names;
  /** A company's English name. */
  companyName: (company: Company) => string;
}

export function englishFindings({ title, trends, companies, numbers, names, companyName }: FindingsInput): EnglishFinding[] {
  const out: EnglishFinding[] = [];
  const paragraphsOf = (orders: readonly number[]) => orders.map((o) => trends[o - 1].paragraph);
  const say = (text: string, cites: SourceParagraph[]) => out.push({ text, cites, voice: 'site' });

  // Who the piece names everywhere, and how far behind the next comes.
  const named = companies.filter((c) => c.trends.length > 0).toSorted((a, b) => b.trends.length - a.trends.length);
  const [first, second] = named;
  if (first && second) {
    const everywhere = first.trends.length === trends.length;
    const also = second.spellingsUsed.some((s) => s !== second.name);
    const once = named.filter((c) => c.trends.length === 1);
    say(
      `${everywhere ? `${companyName(first)} is the only company named in all ${englishCount(trends.length)} trends` : `${companyName(first)} is named most, in ${counted(first.trends.length, 'trend')}`}; ` +
        `next comes ${companyName(second)}${also ? ' (counting the short form of its name the source also uses)' : ''}, named in ${counted(second.trends.length, 'trend')}` +
        (once.length ? `; the other ${englishCount(once.length)} are each named in only one trend.` : '.'),
      paragraphsOf(second.trends),
    );
  }

  // Where the numbers are, and whose: the author's own, or a research body's.
  const stated = numbers.filter((d) => !d.datum.derived);
  const withNumbers = [...new Set(stated.map((d) => d.datum.trend))];
  const bodies = [...new Set(stated.map((d) => d.datum.measuredBy).filter((b) => b !== '原文'))];
  const cited = bodies.map(
    (b) =>
      `${measuredByEn(b, names)} (${trendList([...new Set(stated.filter((d) => d.datum.measuredBy === b).map((d) => d.datum.trend))])})`,
  );
  const rest = trends.length - withNumbers.length;
  say(
    `The source’s ${counted(stated.length, 'number')} appear in only ${counted(withNumbers.length, 'trend')} (${trendList(withNumbers)})` +
      (rest ? `, and the other ${counted(rest, 'trend')} ${rest === 1 ? 'has' : 'have'} none; ` : '; ') +
      (bodies.length
        ? `only the figures of ${englishList(cited)} are credited to a source, and the rest are the author’s own, with no research body named.`
        : 'all are the author’s own, with no research body named.'),
    paragraphsOf(withNumbers),
  );

  // Which numbers are forecasts: the source's own hedges (预计, 有望) say so.
  const forecasts = stated.filter((d) => /预计|有望/.test(d.datum.qualifier ?? ''));
  if (forecasts.length) {
    const whose = [...new Set(forecasts.map((d) => (d.datum.measuredBy === '原文' ? AUTHOR_EN : measuredByEn(d.datum.measuredBy, names))))];
    const periods = [...new Set(forecasts.map((d) => d.when))];
    say(
      `Of these, ${englishList(forecasts.map((d) => `${d.phrase} “${d.value}”`))} ${forecasts.length > 1 ? 'are' : 'is'} ` +
        `${englishList(whose.map(possessive))} ${forecasts.length > 1 ? 'estimates or forecasts' : 'estimate or forecast'} for ${englishList(periods)}; ` +
        'the other numbers are given as things that have already happened.',
      paragraphsOf([...new Set(forecasts.map((d) => d.datum.trend))]),
    );
  }

  // What the piece says of the year it is about: in words only, when no number describes it.
  const year = /(\d{4})年/.exec(title)?.[1];
  const years = [...new Set(stated.flatMap((d) => /\d{4}年/.exec(d.datum.period)?.[0] ?? []))].toSorted();
  if (year && years.every((y) => y < `${year}年`))
    say(
      `None of the source’s ${englishCount(trends.length)} judgements about ${year} gives a number for ${year}: its numbers all describe ${englishList(years.map((y) => y.slice(0, 4)))} (or no stated time).`,
      [],
    );
  return out;
}
