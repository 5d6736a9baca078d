/** Chinese number formatting, one place for the whole site: 6.55万亿元, 1.85亿人, 近20%. */
import { format } from 'd3-format';
import type { Datum } from './schema';

export const MAGNITUDE_FACTOR = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 } as const;
export type Magnitude = keyof typeof MAGNITUDE_FACTOR;

// "~" trims trailing zeros so 2 stays "2" and 6.55 stays "6.55"; 3 significant digits is the
// precision the source itself writes.
const plain = format('~r');
const threeDigits = format('.3~r');

type Amount = Pick<Datum, 'value' | 'magnitude' | 'unit'>;

/** The number as the source writes it, with its unit: "6.55万亿元", "52%", "3分钟". */
export function formatValue({ value, magnitude, unit }: Amount): string {
  return `${plain(value)}${magnitude}${unit}`;
}

/** formatValue with the source's hedge kept: "约6.55万亿元", "近20%", "有望突破1200亿元". */
export function formatDatum(d: Amount & Pick<Datum, 'qualifier'>): string {
  return `${d.qualifier ?? ''}${formatValue(d)}`;
}

/** The value in base units (元, 人): 6.55万亿 → 6.55e12. */
export function baseAmount({ value, magnitude }: Pick<Datum, 'value' | 'magnitude'>): number {
  return value * MAGNITUDE_FACTOR[magnitude];
}

/** A base-unit amount in the largest Chinese magnitude that keeps it ≥ 1: 1.2e11 → "1200亿". */
export function formatAmount(amount: number, unit = ''): string {
  const [magnitude, factor] =
    amount >= 1e12
      ? (['万亿', 1e12] as const)
      : amount >= 1e8
        ? (['亿', 1e8] as const)
        : amount >= 1e4
          ? (['万', 1e4] as const)
          : (['', 1] as const);
  return `${threeDigits(amount / factor)}${magnitude}${unit}`;
}

/**
 * Who a value comes from. A derived value was computed here from someone's numbers, so it is
 * credited to this site's computation, never to the body that published the inputs.
 */
export function attribution(d: Pick<Datum, 'measuredBy' | 'derived'>): string {
  return d.derived ? `本站推算（据${d.measuredBy}数字）` : d.measuredBy;
}
