/**
 * Text the site writes about numbers (a figure's title and notes, a derived value's note) makes no
 * claim its data does not: every number in it is one of the data's values as the source writes it,
 * with that datum's hedge; every year or period is a datum's period; every research body a datum's.
 * Returns what is wrong, worded for the message; the caller says where.
 */
import { HEDGE_WORDS } from '../lib/format';
import { MEASURED_BY, type Datum } from './schema';
import { writtenNumber } from './numbers';

const HEDGES = HEDGE_WORDS.map(([w]) => w).join('|');
const PERIOD = /\d{4}年(?:前三季度|上半年|下半年|全年|第[一二三四]季度)?/g;
/** A number as prose writes one: its hedge, digits, magnitude and unit. Years are periods, not numbers. */
const NUMBER = new RegExp(`(${HEDGES})?(?<![\\d.A-Za-z])(\\d+(?:\\.\\d+)?)(万亿|亿|万)?(元|%|分钟)?(?![\\d年])`, 'g');

export function claimProblems(text: string, data: readonly Datum[], alsoPeriods: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const periods = new Set([...data.map((d) => d.period), ...alsoPeriods]);
  for (const [period] of text.matchAll(PERIOD))
    if (!periods.has(period)) out.push(`says "${period}", a period none of its data has (${[...periods].join('、') || 'none'})`);
  const bodies = new Set(data.map((d) => d.measuredBy));
  for (const body of MEASURED_BY)
    if (body !== '原文' && text.includes(body) && !bodies.has(body)) out.push(`names ${body}, who measured none of its data`);
  const withoutPeriods = text.replace(PERIOD, (p) => ' '.repeat(p.length));
  for (const m of withoutPeriods.matchAll(NUMBER)) {
    const [token, hedge, digits, magnitude = '', unit = ''] = m;
    const matches = data.filter((d) => writtenNumber(d) === `${digits}${magnitude}` && (unit !== '%' || d.unit === '%'));
    if (!matches.length) {
      out.push(`says "${token}", which is none of its data (${data.map((d) => writtenNumber(d)).join('、') || 'none'})`);
      continue;
    }
    if (!matches.some((d) => (d.qualifier ?? undefined) === hedge))
      out.push(`says "${token}": the source writes ${matches.map((d) => `"${d.qualifier ?? ''}${writtenNumber(d)}"`).join(' or ')}`);
    if (unit === '元' && !matches.some((d) => d.unit === '元'))
      out.push(`says "${token}": ${writtenNumber(matches[0])} is not an amount in 元`);
  }
  return out;
}
