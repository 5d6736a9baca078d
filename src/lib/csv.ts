/** CSV for the figures' data downloads: RFC 4180 quoting, CRLF, a BOM so Excel reads UTF-8. */
import { attribution, baseAmount, quoteMeaning, writtenUnit } from './format';
import type { Datum } from '../edition/schema';

const BOM = '\uFEFF';

/** A field quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(header: string[], rows: (string | number | undefined)[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A column: its header and what it holds for one item. */
export type Column<T> = [name: string, cell: (item: T) => string | number | undefined];

/** One row per item, one column per entry of `columns`. */
export function tableCsv<T>(columns: readonly Column<T>[], items: readonly T[]): string {
  return toCsv(
    columns.map(([name]) => name),
    items.map((item) => columns.map(([, cell]) => cell(item))),
  );
}

/**
 * One row per datum; value is as written (6.55), value_in_units in 元/人/% (6.55e12). `unit` is
 * what the source writes after the number ('' for 约6.55万亿); `unit_read_from_noun` is the unit
 * the site reads from the noun (元 from 交易金额) when the source writes none.
 */
const DATUM_COLUMNS: Column<Datum>[] = [
  ['id', (d) => d.id],
  ['label', (d) => d.label],
  ['value', (d) => d.value],
  ['magnitude', (d) => d.magnitude],
  ['unit', (d) => writtenUnit(d)],
  ['unit_read_from_noun', (d) => (writtenUnit(d) ? '' : d.unit)],
  ['value_in_units', (d) => baseAmount(d)],
  ['qualifier', (d) => d.qualifier],
  ['status', (d) => (d.derived ? 'derived' : quoteMeaning(d.qualifier).status)],
  ['period', (d) => d.period],
  ['measured_by', (d) => attribution(d)],
  ['derived_formula', (d) => d.derived?.formula],
  ['derived_bound', (d) => d.derived?.bound],
  ['quote', (d) => d.quote],
];

/** The figures' numbers as CSV. */
export const datumCsv = (data: Datum[]): string => tableCsv(DATUM_COLUMNS, data);

/** Companies × trends: 1 where the source names the company in that trend's paragraph. */
export function matrixCsv(trends: { order: number; companies: readonly string[] }[], companies: readonly string[]): string {
  const named = companies.filter((c) => trends.some((t) => t.companies.includes(c)));
  return toCsv(
    ['company', ...trends.map((t) => `trend_${t.order}`)],
    named.map((c) => [c, ...trends.map((t) => (t.companies.includes(c) ? 1 : 0))]),
  );
}
