/**
 * Companies × trends: which company the source names in which trend's paragraph. Rows are
 * companies named at least once, most-named first; columns are the trends in source order,
 * headed by Arabic numerals (一 reads as a dash and 十 as a plus at chart size) under a header
 * that says they are trends. All positions are computed here; the component only draws.
 */
import { BASELINE, FONT, MARGIN, MATRIX, textWidth, type ChartWidth } from './defaults';

export interface MatrixTrend {
  order: number;
  companies: readonly string[];
}

interface MatrixCell {
  order: number;
  cx: number;
  cy: number;
  named: boolean;
}

interface MatrixRow {
  company: string;
  /** How many trends name the company. */
  count: number;
  /** Baseline of the company label; the row's rule runs at `ruleY`. */
  labelY: number;
  ruleY: number;
  cells: MatrixCell[];
}

export interface MatrixChart {
  width: number;
  height: number;
  /** Where the header over the numerals ("趋势") is written. */
  header: { x: number; y: number };
  columns: { order: number; label: string; x: number }[];
  /** Baseline of the column numerals. */
  columnY: number;
  rows: MatrixRow[];
  /** Left and right end of the row rules (the grid, not the labels). */
  gridX: [number, number];
}

/**
 * Rows sorted by how many trends name the company (a stable sort: ties keep `companyOrder`), so
 * the finding (who is named everywhere) reads from the top row down.
 */
export function matrixRows(trends: MatrixTrend[], companyOrder: readonly string[]): { company: string; count: number }[] {
  return companyOrder
    .map((company) => ({ company, count: trends.filter((t) => t.companies.includes(company)).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** `header` is the word written over the numerals (its width counts with the company names'). */
export function matrixChart(
  trends: MatrixTrend[],
  companyOrder: readonly string[],
  size: ChartWidth = 'narrow',
  header = '趋势',
): MatrixChart {
  const cell = MATRIX.cell[size];
  const sorted = matrixRows(trends, companyOrder);
  const labelWidth = Math.max(...sorted.map((r) => textWidth(r.company, FONT.label)), textWidth(header, FONT.label));
  const gridLeft = MARGIN.left + labelWidth + MATRIX.labelGap;
  const cellX = (i: number) => gridLeft + i * cell + cell / 2;
  const columnY = MARGIN.top + MATRIX.header / 2 + FONT.label * BASELINE;
  const gridTop = MARGIN.top + MATRIX.header;
  const rows = sorted.map(({ company, count }, r): MatrixRow => {
    const cy = gridTop + r * cell + cell / 2;
    return {
      company,
      count,
      labelY: cy + FONT.label * BASELINE,
      ruleY: cy,
      cells: trends.map((t, i) => ({ order: t.order, cx: cellX(i), cy, named: t.companies.includes(company) })),
    };
  });
  const gridRight = gridLeft + trends.length * cell;
  return {
    width: gridRight + MARGIN.right,
    height: gridTop + sorted.length * cell + MARGIN.bottom,
    header: { x: MARGIN.left, y: columnY },
    columns: trends.map((t, i) => ({ order: t.order, label: String(t.order), x: cellX(i) })),
    columnY,
    rows,
    gridX: [gridLeft, gridRight],
  };
}
