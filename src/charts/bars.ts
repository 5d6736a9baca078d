/**
 * Horizontal bars on a linear axis from zero: the bar's length is proportional to its value.
 * A bound row (only an upper limit is known) gets no bar: a dashed range from zero to the
 * limit, a cap at the limit and an arrow pointing below it.
 */
import { line } from 'd3-shape';
import { linearAxis, type Axis } from './axis';
import { BAR, DOT, FONT, MARGIN, WIDTH, textWidth } from './defaults';
import type { Row } from './marks';

export interface BarMark extends Row {
  /** Bar rectangle (for a bound: the box the cap spans). */
  x: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
  valueX: number;
  valueY: number;
  /** For a bound: the dashed range line, and the cap + arrow, as SVG path strings. */
  rangePath?: string;
  capPath?: string;
}

export interface BarChart {
  width: number;
  height: number;
  axis: Axis;
  /** y of the axis line. */
  axisY: number;
  /** Left edge of the plot, where the labels start too. */
  left: number;
  bars: BarMark[];
}

const path = line();

/** Lays out `rows` top to bottom; `max` widens the domain (e.g. to 100 for a share). */
export function barChart(rows: Row[], unit: string, opts: { width?: number; max?: number; ticks?: number } = {}): BarChart {
  const width = opts.width ?? WIDTH;
  const left = MARGIN.left;
  const longestValue = Math.max(...rows.map((r) => textWidth(r.valueLabel, FONT.value)));
  const right = width - MARGIN.right - longestValue - BAR.valueGap;
  const max = Math.max(opts.max ?? 0, ...rows.map((r) => r.value));
  const axis = linearAxis(max, [left, right], unit, opts.ticks);
  const rowHeight = FONT.label + BAR.labelGap + BAR.height + BAR.gap;

  const bars = rows.map((row, i): BarMark => {
    const labelY = MARGIN.top + i * rowHeight + FONT.label;
    const y = labelY + BAR.labelGap;
    const x0 = axis.place(0);
    const x1 = axis.place(row.value);
    const mid = y + BAR.height / 2;
    const mark: BarMark = {
      ...row,
      x: x0,
      y,
      width: x1 - x0,
      height: BAR.height,
      labelY,
      valueX: x1 + BAR.valueGap,
      valueY: mid + FONT.value * 0.35,
    };
    if (row.style === 'bound') {
      mark.rangePath = path([
        [x0, mid],
        [x1, mid],
      ])!;
      // Cap at the limit, and an arrowhead just left of it: "somewhere below here".
      const a = DOT.arrow;
      mark.capPath =
        path([
          [x1, y],
          [x1, y + BAR.height],
        ])! +
        path([
          [x1 - a - 2, mid - a / 2],
          [x1 - 2 * a - 2, mid],
          [x1 - a - 2, mid + a / 2],
        ])!;
    }
    return mark;
  });
  const axisY = MARGIN.top + rows.length * rowHeight - BAR.gap / 2;
  return { width, height: axisY + MARGIN.bottom, axis, axisY, left, bars };
}
