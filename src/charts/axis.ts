/**
 * Axis maths, apart from drawing: where a value goes (placement), which ticks to show and how
 * they are written. Components only draw what this returns.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatAmount } from '../lib/format';

export interface Tick {
  value: number;
  /** x in viewBox units. */
  x: number;
  /** The label as drawn. */
  label: string;
}

export interface Axis {
  kind: 'linear' | 'log';
  /** The domain the axis claims, drawn from domain[0] at range[0]. */
  domain: [number, number];
  range: [number, number];
  place: (value: number) => number;
  ticks: Tick[];
}

/** Tick labels in the site's Chinese style: amounts as 万/亿/万亿, percentages with %. */
export function tickLabel(value: number, unit: string): string {
  if (unit === '%') return `${value}%`;
  return value === 0 ? '0' : formatAmount(value);
}

/**
 * A linear axis from zero (bars must start at zero to be honest) to a "nice" maximum at or
 * above `max`, with about `count` ticks.
 */
export function linearAxis(max: number, range: [number, number], unit: string, count = 4): Axis {
  const scale = scaleLinear().domain([0, max]).range(range).nice(count);
  const [d0, d1] = scale.domain();
  return {
    kind: 'linear',
    domain: [d0, d1],
    range,
    place: (v) => scale(v),
    ticks: scale.ticks(count).map((value) => ({ value, x: scale(value), label: tickLabel(value, unit) })),
  };
}

/**
 * A base-10 log axis over whole decades that contain every value, with a tick and gridline at
 * each ×10 so the reader can count orders of magnitude.
 */
export function logAxis(values: number[], range: [number, number], unit: string): Axis {
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const scale = scaleLog().domain([lo, hi]).range(range);
  const ticks: Tick[] = [];
  for (let e = Math.log10(lo); e <= Math.log10(hi); e++) {
    const value = 10 ** e;
    ticks.push({ value, x: scale(value), label: tickLabel(value, unit) });
  }
  return { kind: 'log', domain: [lo, hi], range, place: (v) => scale(v), ticks };
}
