/**
 * The one visual language for uncertainty, shared by every chart. A mark has two independent
 * channels, each with one drawing per kind:
 * - its fill says where the number comes from: solid = stated by the source, hatched = a
 *   forecast (预计, 有望), hollow with a dashed outline = derived by this site;
 * - a marker at the value says how exact it is: none = as stated, a zigzag = approximate (约,
 *   近), an arrowhead pointing right = lower bound (突破, 超过: the value is at least this), an
 *   arrowhead pointing left = upper bound (the value is below this).
 */
import { line } from 'd3-shape';
import { MARKER } from './defaults';

export type MarkFill = 'reported' | 'forecast' | 'derived';
export type MarkEnd = 'exact' | 'approx' | 'lower' | 'upper';

export const FILLS: readonly MarkFill[] = ['reported', 'forecast', 'derived'];
export const ENDS: readonly MarkEnd[] = ['exact', 'approx', 'lower', 'upper'];

/** One row of a chart: a category label and one value in base units (元, 人, %). */
export interface Row {
  key: string;
  label: string;
  /** In base units: 6.55万亿元 → 6.55e12. */
  value: number;
  /** The value as the site writes it, hedge kept: "约6.55万亿元". */
  valueLabel: string;
  fill: MarkFill;
  end: MarkEnd;
}

const path = line();

/** An open arrowhead from `base` to its point at `tip`, centred on `mid`. */
const arrowhead = (base: number, tip: number, mid: number) =>
  path([
    [base, mid - MARKER.arrow],
    [tip, mid],
    [base, mid + MARKER.arrow],
  ])!;

/**
 * The marker for `end` at the end x of a bar centred on `mid` whose half-height is `half`. Returns
 * the path and how far right of x it reaches, so the value label can be written beyond it.
 */
export function endMarker(end: MarkEnd, x: number, mid: number, half: number): { d?: string; reach: number } {
  const h = half + MARKER.overhang;
  const a = MARKER.arrow;
  switch (end) {
    case 'exact':
      return { reach: 0 };
    case 'approx': {
      // A torn edge: the value is about here, not exactly here.
      const z = MARKER.zig;
      const steps = 4;
      const points: [number, number][] = Array.from({ length: steps + 1 }, (_, i) => [x + (i % 2 ? z : -z), mid - h + (2 * h * i) / steps]);
      return { d: path(points)!, reach: z };
    }
    case 'lower':
      // "At least this": the arrow points on to larger values.
      return { d: arrowhead(x, x + a, mid), reach: a };
    case 'upper':
      // "Below this": the arrow points back to smaller values.
      return { d: arrowhead(x, x - a, mid), reach: 0 };
  }
}
