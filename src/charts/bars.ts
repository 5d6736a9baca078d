/**
 * Horizontal bars on a linear axis from zero: the bar's length is proportional to its value.
 * Every row's label sits on its own line above its bar, so no label is ever crossed by a bar
 * or a gridline; the value is written after the bar's end and its uncertainty marker.
 */
import { fittingLinearAxis, type Axis, type TickFormat, type TickLabel } from './axis';
import { AXIS, BAR, BASELINE, FONT, MARGIN, WIDTH, textWidth, type ChartWidth } from './defaults';
import { endMarker, type Row } from './marks';

interface BarMark extends Row {
  x: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
  /** The uncertainty marker at the bar's end (absent for an exact value). */
  marker?: string;
  valueX: number;
  valueY: number;
}

export interface BarChart {
  width: number;
  height: number;
  axis: Axis;
  ticks: TickLabel[];
  /** y of the axis line and baseline of the tick labels. */
  axisY: number;
  tickY: number;
  bars: BarMark[];
}

/** Lays out `rows` top to bottom at the given width. */
export function barChart(rows: Row[], format: TickFormat, size: ChartWidth = 'narrow', ticks: number = AXIS.ticks): BarChart {
  const width = WIDTH[size];
  // Room at the right for the longest value and the widest marker.
  const tail = Math.max(...rows.map((r) => textWidth(r.valueLabel, FONT.value) + endMarker(r.end, 0, 0, 0).reach));
  const right = width - MARGIN.right - tail - BAR.valueGap;
  const measure = (label: string) => textWidth(label, FONT.tick);
  const max = Math.max(...rows.map((r) => r.value));
  const { axis, ticks: tickLabels } = fittingLinearAxis(max, [MARGIN.left, right], format, ticks, width, measure, FONT.tick);
  const rowHeight = FONT.label + BAR.labelGap + BAR.height + BAR.gap;

  const bars = rows.map((row, i): BarMark => {
    const labelY = MARGIN.top + i * rowHeight + FONT.label;
    const y = labelY + BAR.labelGap;
    const x0 = axis.place(0);
    const x1 = axis.place(row.value);
    const mid = y + BAR.height / 2;
    const marker = endMarker(row.end, x1, mid, BAR.height / 2);
    return {
      ...row,
      x: x0,
      y,
      width: x1 - x0,
      height: BAR.height,
      labelY,
      marker: marker.d,
      valueX: x1 + marker.reach + BAR.valueGap,
      valueY: mid + FONT.value * BASELINE,
    };
  });
  const axisY = MARGIN.top + rows.length * rowHeight - BAR.gap + AXIS.gap;
  const tickY = axisY + AXIS.tick + AXIS.labelGap + FONT.tick;
  return {
    width,
    height: tickY + MARGIN.bottom,
    axis,
    ticks: tickLabels,
    axisY,
    tickY,
    bars,
  };
}
