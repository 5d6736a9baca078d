/**
 * Named geometry for every chart. Charts are drawn at their rendered size (one viewBox unit is
 * one CSS px), in two widths: NARROW fits the 360 px phone column, WIDE the desktop column. The
 * component shows the one that fits its container, so chart text is FONT px at every width.
 */
export const WIDTH = { narrow: 320, wide: 640 } as const;
export type ChartWidth = keyof typeof WIDTH;

export const FONT = {
  /** Row and category labels. */
  label: 14,
  /** Values written next to marks. */
  value: 14,
  /** Axis tick labels. */
  tick: 13,
} as const;

/**
 * Fraction of the font size from the middle of a line of text to its baseline: writing text at
 * y = mid + BASELINE × size centres it on mid (SVG has no reliable dominant-baseline in print).
 */
export const BASELINE = 0.35;

/**
 * Outer margins of the plot inside the viewBox. Left is 0 so labels start on the text column's
 * edge; the right margin leaves room for the last tick label's half.
 */
export const MARGIN = { top: 4, right: 4, bottom: 6, left: 0 } as const;

export const BAR = {
  /** Thickness of a bar. */
  height: 20,
  /** Vertical space between one row's bar and the next row's label. */
  gap: 14,
  /** Space between a label's baseline and the bar below it. */
  labelGap: 6,
  /** Space between a bar's end (or its end marker) and its value label. */
  valueGap: 6,
} as const;

export const AXIS = {
  /** Tick lines drawn below the axis line. */
  tick: 5,
  /** Space between a tick's end and the top of its label's glyphs. */
  labelGap: 2,
  /** Space between the last plotted row and the axis line, so gridlines end clear of labels. */
  gap: 4,
  /** At most about this many ticks on a linear axis; fewer where their labels would touch. */
  ticks: 5,
} as const;

/** The uncertainty markers (src/charts/marks.ts): half-height of a zigzag and arrow length. */
export const MARKER = {
  /** Width of the arrowhead that marks a bound. */
  arrow: 7,
  /** Half the horizontal swing of the zigzag that marks an approximate value. */
  zig: 3,
  /** Extra height of a marker above and below the mark it sits on. */
  overhang: 4,
} as const;

export const MATRIX = {
  /** Side of one company × trend cell, per width. */
  cell: { narrow: 25, wide: 40 },
  /** Space between the company-name column and the first cell. */
  labelGap: 8,
  /** Height of the column-header row. */
  header: 24,
  /** Radius of the mark in a cell where the source names the company. */
  mark: 7,
} as const;

export const STROKE = {
  /** Outline of bars and dots. */
  mark: 1.5,
  /** Outline of derived marks and the uncertainty markers: heavy enough to read in print. */
  derived: 2,
  grid: 1,
  /** Dash pattern for site-derived values (works without colour). */
  dash: '5 3',
  /** Hatching that fills forecasts: line spacing and width. */
  hatchGap: 6,
  hatch: 2.5,
} as const;

/** Approximate advance widths in em: CJK glyphs are square, digits and Latin about 0.6 em. */
const CHAR_EM = { cjk: 1, narrow: 0.6 } as const;

/** Estimated rendered width of `text` at `fontSize` (no DOM at build time, so estimate). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? CHAR_EM.cjk : CHAR_EM.narrow;
  return em * fontSize;
}
