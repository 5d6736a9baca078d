/**
 * Axis maths, apart from drawing: where a value goes (placement), which ticks to show and how
 * they are written (by the caller's formatter, so charts stay free of the site's number rules).
 */
import { scaleLinear } from 'd3-scale';

export type TickFormat = (value: number) => string;

interface Tick {
  value: number;
  /** x in viewBox units. */
  x: number;
  /** The label as drawn. */
  label: string;
}

export interface Axis {
  kind: 'linear';
  /** The domain the axis claims, drawn from domain[0] at range[0]. */
  domain: [number, number];
  range: [number, number];
  place: (value: number) => number;
  ticks: Tick[];
}

/**
 * A linear axis from zero (bars must start at zero to be honest) to a "nice" maximum at or
 * above `max`, with about `count` ticks.
 */
export function linearAxis(max: number, range: [number, number], format: TickFormat, count = 4): Axis {
  const scale = scaleLinear().domain([0, max]).range(range).nice(count);
  const [d0, d1] = scale.domain();
  return {
    kind: 'linear',
    domain: [d0, d1],
    range,
    place: (v) => scale(v),
    ticks: scale.ticks(count).map((value) => ({ value, x: scale(value), label: value === 0 ? '0' : format(value) })),
  };
}

export interface TickLabel extends Tick {
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Tick labels centred on their ticks, except where centring would push one outside [0, width]:
 * that one is aligned to the edge instead, so the chart starts on the text column's edge.
 */
export function tickLabels(axis: Axis, width: number, measure: (label: string) => number): TickLabel[] {
  return axis.ticks.map((t) => {
    const half = measure(t.label) / 2;
    const anchor = t.x - half < 0 ? 'start' : t.x + half > width ? 'end' : 'middle';
    return { ...t, anchor };
  });
}

/** Left and right edge of each tick label as anchored. */
export function tickSpans(labels: TickLabel[], measure: (label: string) => number): [number, number][] {
  return labels.map((t) => {
    const w = measure(t.label);
    const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    return [left, left + w];
  });
}

/**
 * The linear axis with the most ticks, up to `count`, whose labels keep at least `gap` apart:
 * a narrow chart gets fewer ticks rather than labels that run into each other.
 */
export function fittingLinearAxis(
  max: number,
  range: [number, number],
  format: TickFormat,
  count: number,
  width: number,
  measure: (label: string) => number,
  gap: number,
): { axis: Axis; ticks: TickLabel[] } {
  for (let c = count; ; c--) {
    const axis = linearAxis(max, range, format, c);
    const ticks = tickLabels(axis, width, measure);
    const spans = tickSpans(ticks, measure);
    if (c <= 1 || spans.every((s, i) => i === 0 || s[0] - spans[i - 1][1] >= gap)) return { axis, ticks };
  }
}
