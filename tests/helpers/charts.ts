/** What the chart unit tests share: the data as the build resolves it, the sizes, and geometry helpers. */
import { WIDTH, type ChartWidth } from '../../src/charts/defaults';
import { tickFormat } from '../../src/figures/kind';
import { edition } from './edition';

export const numbers = edition.numbers;
/** The data a figure draws, in its entry's order. */
export const figureData = (id: string) => edition.figures.get(id)!.data;
/** Equal within a relative tolerance (the geometry rounds to 0.1 px). */
export const within = (actual: number, expected: number, tolerance = 0.005) =>
  Math.abs(actual - expected) <= tolerance * Math.abs(expected);
/** Both drawing widths every chart is made at. */
export const SIZES = Object.keys(WIDTH) as ChartWidth[];
export const yuan = tickFormat('元');
/** x coordinates of a path's points. */
export const xs = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
