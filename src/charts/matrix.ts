/**
 * Companies × trends: which company the source names in which trend's paragraph. Rows are
 * companies (in src/lib/companies.ts order, only those named at least once), columns are the
 * trends 一…十; a column can be highlighted for the trend whose page shows it.
 */
import { MARGIN, MATRIX } from './defaults';

export interface MatrixTrend {
  order: number;
  numeral: string;
  companies: readonly string[];
}

export interface MatrixCell {
  order: number;
  company: string;
  cx: number;
  cy: number;
  named: boolean;
}

export interface MatrixChart {
  width: number;
  height: number;
  columns: { order: number; numeral: string; x: number; highlighted: boolean }[];
  rows: { company: string; y: number; cells: MatrixCell[] }[];
  /** Box around the highlighted column. */
  highlight?: { x: number; y: number; width: number; height: number };
  /** Top-left corner of the grid of cells. */
  gridX: number;
  gridY: number;
}

/**
 * Geometry of the matrix: one column per entry of `trends`; one row per company named in any of
 * `rowTrends` (default: the same trends). A trend page passes only its own column with the whole
 * edition as `rowTrends`, so it shows which companies it names and which it does not, at a size
 * that does not grow with the number of trends.
 */
export function matrixChart(
  trends: MatrixTrend[],
  companyOrder: readonly string[],
  highlight?: number,
  rowTrends: MatrixTrend[] = trends,
): MatrixChart {
  const named = new Set(rowTrends.flatMap((t) => t.companies));
  const companies = companyOrder.filter((c) => named.has(c));
  const gridX = MARGIN.left + MATRIX.labelWidth;
  const gridY = MARGIN.top + MATRIX.header;
  const cellX = (i: number) => gridX + i * MATRIX.cell + MATRIX.cell / 2;
  const columns = trends.map((t, i) => ({ order: t.order, numeral: t.numeral, x: cellX(i), highlighted: t.order === highlight }));
  const rows = companies.map((company, r) => {
    const cy = gridY + r * MATRIX.cell + MATRIX.cell / 2;
    return {
      company,
      y: cy,
      cells: trends.map((t, i) => ({ order: t.order, company, cx: cellX(i), cy, named: t.companies.includes(company) })),
    };
  });
  const h = trends.findIndex((t) => t.order === highlight);
  return {
    width: gridX + trends.length * MATRIX.cell + MARGIN.right,
    height: gridY + companies.length * MATRIX.cell + MARGIN.top,
    columns,
    rows,
    highlight:
      h < 0
        ? undefined
        : { x: gridX + h * MATRIX.cell, y: MARGIN.top, width: MATRIX.cell, height: MATRIX.header + companies.length * MATRIX.cell },
    gridX,
    gridY,
  };
}
