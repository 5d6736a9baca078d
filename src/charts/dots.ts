/**
 * A dot plot on a base-10 log axis, for amounts that span several orders of magnitude. Position,
 * not length, carries the value: bars on a log axis would start at an arbitrary floor and make
 * ratios look far smaller than they are. Equal steps are equal ratios (each gridline is ×10).
 * Each row's label has its own line above the dots, and gridlines are drawn only through the
 * dots' band, so they never cross a label.
 */
import { logAxis, tickLabels, type Axis, type TickFormat, type TickLabel } from './axis';
import { AXIS, BASELINE, DOT, FONT, MARGIN, MARKER, WIDTH, textWidth, type ChartWidth } from './defaults';
import { endMarker, type Row } from './marks';

interface DotMark extends Row {
  cx: number;
  cy: number;
  labelY: number;
  /** The uncertainty marker beside the dot (absent for an exact value). */
  marker?: string;
  valueX: number;
  valueY: number;
  valueAnchor: 'start' | 'end';
}

export interface DotChart {
  width: number;
  height: number;
  axis: Axis;
  /** Where row labels start: the text column's edge. */
  left: number;
  ticks: TickLabel[];
  axisY: number;
  tickY: number;
  /** Vertical extents of the gridlines: one band per row, around its dot. */
  gridBands: [number, number][];
  dots: DotMark[];
}

export function dotChart(rows: Row[], format: TickFormat, size: ChartWidth = 'narrow'): DotChart {
  const width = WIDTH[size];
  const axis = logAxis(
    rows.map((r) => r.value),
    [MARGIN.left, width - MARGIN.right],
    format,
  );
  const mid = (axis.range[0] + axis.range[1]) / 2;
  const band = DOT.radius + MARKER.overhang;
  const dots = rows.map((row, i): DotMark => {
    const labelY = MARGIN.top + i * DOT.row + FONT.label;
    const cy = labelY + DOT.labelToDot;
    const cx = axis.place(row.value);
    const marker = endMarker(row.end, cx, cy, DOT.radius, DOT.radius);
    // The value is written beside its dot, on whichever side has more room, clear of its marker.
    const right = cx < mid;
    const ring = row.highlight ? DOT.ring : 0;
    const clearRight = Math.max(marker.reach, DOT.radius + ring) + DOT.labelGap;
    const clearLeft = (row.end === 'upper' ? DOT.radius + MARKER.arrow : DOT.radius + ring) + DOT.labelGap;
    return {
      ...row,
      cx,
      cy,
      labelY,
      marker: marker.d,
      valueX: right ? cx + clearRight : cx - clearLeft,
      valueY: cy + FONT.value * BASELINE,
      valueAnchor: right ? 'start' : 'end',
    };
  });
  const axisY = dots.at(-1)!.cy + band + AXIS.gap;
  const tickY = axisY + AXIS.tick + AXIS.labelGap + FONT.tick;
  return {
    width,
    height: tickY + MARGIN.bottom,
    axis,
    left: MARGIN.left,
    ticks: tickLabels(axis, width, (l) => textWidth(l, FONT.tick)),
    axisY,
    tickY,
    gridBands: dots.map((d, i): [number, number] => [d.cy - band, i === dots.length - 1 ? axisY : d.cy + band]),
    dots,
  };
}
