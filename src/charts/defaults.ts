/**
 * Named geometry for every chart. The viewBox is narrow (WIDTH) so that, scaled to a 360 px
 * phone, 15-unit text still renders at about 12 px; on a desktop the CSS caps the figure width.
 */
export const WIDTH = 400;

export const FONT = {
  /** Row and category labels. */
  label: 15,
  /** Values written next to marks. */
  value: 15,
  /** Axis tick labels and small annotations. */
  tick: 13,
} as const;

/** Outer margins of the plot area inside the viewBox. */
export const MARGIN = { top: 6, right: 14, bottom: 30, left: 14 } as const;

export const BAR = {
  /** Thickness of a bar. */
  height: 22,
  /** Vertical space between one row's bar and the next row's label. */
  gap: 14,
  /** Space between a label's baseline and the bar below it. */
  labelGap: 6,
  /** Space between a bar's end and its value label. */
  valueGap: 6,
} as const;

export const DOT = {
  /** Radius of a value dot on the log scale. */
  radius: 6,
  /** Height of one row on the dot plot (label line + dot line). */
  row: 44,
  /** Length of the arrowhead marking a bound. */
  arrow: 8,
  /** Extra radius of the ring around a highlighted dot. */
  ring: 4,
  /** Space between a dot (or its ring) and its value label. */
  labelGap: 6,
} as const;

export const MATRIX = {
  /** Width of the company-name column. */
  labelWidth: 74,
  /** Side of one company × trend cell. */
  cell: 30,
  /** Height of the numeral header row. */
  header: 26,
  /** Radius of the mark in a cell where the source names the company. */
  mark: 8,
} as const;

export const STROKE = {
  /** Outline of bars and dots. */
  mark: 1.5,
  /** Outline of derived / bounded marks: heavier so the dash reads in print. */
  derived: 2,
  grid: 1,
  /** Dash pattern for derived values and open ends (works without colour). */
  dash: '5 3',
  /** Hatching that fills estimates and forecasts: line spacing and width. */
  hatchGap: 6,
  hatch: 2.5,
} as const;

/** Tick lines drawn below the axis line. */
export const TICK_LENGTH = 5;

/** Approximate advance widths in em: CJK glyphs are square, digits and Latin about 0.6 em. */
export const CHAR_EM = { cjk: 1, narrow: 0.6 } as const;

/** Estimated rendered width of `text` at `fontSize` (no DOM at build time, so estimate). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? CHAR_EM.cjk : CHAR_EM.narrow;
  return em * fontSize;
}
