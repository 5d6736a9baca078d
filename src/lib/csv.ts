/** CSV for the figures' data downloads: RFC 4180 quoting, CRLF, a BOM so Excel reads UTF-8. */
import { attribution, baseAmount, writtenUnit } from './format';
import type { Datum } from './schema';

const BOM = '\uFEFF';

/** A field quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(header: string[], rows: (string | number | undefined)[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const DATUM_COLUMNS = [
  'id',
  'label',
  'value',
  'magnitude',
  'unit',
  'unit_read_from_noun',
  'value_in_units',
  'qualifier',
  'status',
  'period',
  'measured_by',
  'derived_formula',
  'derived_bound',
  'quote',
];

/**
 * One row per datum; value is as written (6.55), value_in_units in 元/人/% (6.55e12). `unit` is
 * what the source writes after the number ('' for 约6.55万亿); `unit_read_from_noun` is the unit
 * the site reads from the noun (元 from 交易金额) when the source writes none.
 */
export function datumCsv(data: Datum[]): string {
  return toCsv(
    DATUM_COLUMNS,
    data.map((d) => [
      d.id,
      d.label,
      d.value,
      d.magnitude,
      writtenUnit(d),
      writtenUnit(d) ? '' : d.unit,
      baseAmount(d),
      d.qualifier,
      d.derived ? 'derived' : d.status,
      d.period,
      attribution(d),
      d.derived?.formula,
      d.derived?.bound,
      d.quote,
    ]),
  );
}

/** Companies × trends: 1 where the source names the company in that trend's paragraph. */
export function matrixCsv(trends: { order: number; companies: readonly string[] }[], companies: readonly string[]): string {
  const named = companies.filter((c) => trends.some((t) => t.companies.includes(c)));
  return toCsv(
    ['company', ...trends.map((t) => `trend_${t.order}`)],
    named.map((c) => [c, ...trends.map((t) => (t.companies.includes(c) ? 1 : 0))]),
  );
}
