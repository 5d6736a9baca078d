/**
 * Part of a whole: a track for 100% and a filled part. When the source says "近" (nearly) the
 * fill stops at the stated number and its end is left open (dashed), because the true share is
 * somewhat below it and the source does not say by how much.
 */
import { line } from 'd3-shape';
import { linearAxis, type Axis } from './axis';
import { BAR, FONT, MARGIN, WIDTH, textWidth } from './defaults';

export interface ShareChart {
  width: number;
  height: number;
  axis: Axis;
  axisY: number;
  labelY: number;
  track: { x: number; y: number; width: number; height: number };
  fill: { x: number; y: number; width: number; height: number };
  /** The dashed open end of a "nearly" fill (absent for an exact share). */
  openEnd?: string;
  valueX: number;
  valueY: number;
}

/** `percent` of 100, drawn on a 0–100% axis. */
export function shareChart(percent: number, nearly: boolean, width = WIDTH): ShareChart {
  // The last tick label ("100%") is centred on the track's end: keep it inside the viewBox.
  const end = width - Math.max(MARGIN.right, textWidth('100%', FONT.tick) / 2 + 2);
  const axis = linearAxis(100, [MARGIN.left, end], '%', 5);
  const labelY = MARGIN.top + FONT.label;
  const y = labelY + BAR.labelGap;
  const x0 = axis.place(0);
  const x1 = axis.place(percent);
  const track = { x: x0, y, width: axis.place(100) - x0, height: BAR.height };
  const fill = { x: x0, y, width: x1 - x0, height: BAR.height };
  const openEnd = nearly
    ? line()([
        [x1, y - 4],
        [x1, y + BAR.height + 4],
      ])!
    : undefined;
  const axisY = y + BAR.height + BAR.gap / 2;
  return {
    width,
    height: axisY + MARGIN.bottom,
    axis,
    axisY,
    labelY,
    track,
    fill,
    openEnd,
    valueX: x1 + BAR.valueGap,
    valueY: y + BAR.height / 2 + FONT.value * 0.35,
  };
}
