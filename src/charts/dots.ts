/**
 * A dot plot on a base-10 log axis, for amounts that span several orders of magnitude. Position,
 * not length, carries the value: bars on a log axis would start at an arbitrary floor and make
 * ratios look far smaller than they are. Equal steps are equal ratios (each gridline is ×10).
 */
import { line } from 'd3-shape';
import { logAxis, tickLabel, type Axis } from './axis';
import { DOT, FONT, MARGIN, WIDTH, textWidth } from './defaults';
import type { Row } from './marks';

export interface DotMark extends Row {
  cx: number;
  cy: number;
  labelY: number;
  valueX: number;
  valueY: number;
  valueAnchor: 'start' | 'end';
  /** For a bound: cap and arrow pointing below the limit. */
  boundPath?: string;
}

export interface DotChart {
  width: number;
  height: number;
  axis: Axis;
  axisY: number;
  /** Top of the gridlines. */
  top: number;
  dots: DotMark[];
}

const path = line();

export function dotChart(rows: Row[], unit: string, width = WIDTH): DotChart {
  const values = rows.map((r) => r.value);
  // Inset the ends so the first and last decade labels, centred on their gridlines, stay inside.
  const half = (v: number) => textWidth(tickLabel(v, unit), FONT.tick) / 2;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const axis = logAxis(values, [Math.max(MARGIN.left, half(lo)), width - Math.max(MARGIN.right, half(hi))], unit);
  const mid = (axis.range[0] + axis.range[1]) / 2;
  const dots = rows.map((row, i): DotMark => {
    const labelY = MARGIN.top + i * DOT.row + FONT.label;
    const cy = labelY + DOT.radius + 10;
    const cx = axis.place(row.value);
    // The value is written beside its dot, on whichever side has room.
    const right = cx < mid;
    const clear = DOT.radius + DOT.ring + DOT.labelGap;
    const offset = row.style === 'bound' ? 3 * DOT.arrow + DOT.labelGap : clear;
    const mark: DotMark = {
      ...row,
      cx,
      cy,
      labelY,
      valueX: right ? cx + clear : cx - offset,
      valueY: cy + FONT.value * 0.35,
      valueAnchor: right ? 'start' : 'end',
    };
    if (row.style === 'bound') {
      const a = DOT.arrow;
      mark.boundPath =
        path([
          [cx, cy - DOT.radius - 2],
          [cx, cy + DOT.radius + 2],
        ])! +
        path([
          [cx, cy],
          [cx - 3 * a, cy],
        ])! +
        path([
          [cx - 2 * a, cy - a / 2],
          [cx - 3 * a, cy],
          [cx - 2 * a, cy + a / 2],
        ])!;
    }
    return mark;
  });
  const axisY = MARGIN.top + rows.length * DOT.row + 4;
  return { width, height: axisY + MARGIN.bottom, axis, axisY, top: MARGIN.top, dots };
}
