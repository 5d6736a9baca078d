/**
 * The drawings every figure kind shares, as element trees: the <svg> shell, the hatch that marks a
 * forecast, one mark in the uncertainty language (src/charts/marks.ts), an axis decided by
 * src/charts/axis.ts, the legend, and a figure's numbers as a table. Each kind of uncertainty has
 * exactly one drawing, here; its words are the caller's (FigureWords, src/figures/kind.ts).
 */
import type { Axis, TickLabel } from '../charts/axis';
import { AXIS, BAR, FONT, MARKER, STROKE, type ChartWidth } from '../charts/defaults';
import { endMarker, ENDS, FILLS, type MarkFill, type Row } from '../charts/marks';
import { baseAmount } from '../lib/format';
import type { Datum } from '../edition/schema';
import { ZH_WORDS, type FigureWords } from './kind';
import { h, type El } from './tree';

/** The hatch pattern `<pid>-hatch` that fills forecasts without relying on colour. */
export const hatch = (pid: string) =>
  h(
    'defs',
    {},
    h(
      'pattern',
      {
        id: `${pid}-hatch`,
        width: STROKE.hatchGap,
        height: STROKE.hatchGap,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      h('line', { class: 'fig-hatch', x1: 0, y1: 0, x2: 0, y2: STROKE.hatchGap, 'stroke-width': STROKE.hatch }),
    ),
  );

/**
 * The <svg> shell: drawn at its own size (one viewBox unit is one CSS px, shrinking only in a
 * narrower container), named by its <title>, described by its <desc>. `size` says which of the two
 * drawings it is; CSS shows the one that fits.
 */
export function svgFrame(pid: string, size: ChartWidth, width: number, height: number, title: string, desc: string, body: El[]): El {
  return h(
    'svg',
    {
      class: `fig-svg fig-svg--${size}`,
      'data-size': size,
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${pid}-title`,
      'aria-describedby': `${pid}-desc`,
    },
    h('title', { id: `${pid}-title` }, title),
    h('desc', { id: `${pid}-desc` }, desc),
    hatch(pid),
    body,
  );
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * One mark: a bar filled by where the number comes from, and the marker that says how exact it
 * is. Hatching is set by attribute: a style attribute would need 'unsafe-inline'.
 */
export function mark(pid: string, fill: MarkFill, bar: Bar, marker?: string): El[] {
  const attrs = {
    class: `fig-shape fig-shape--${fill}`,
    fill: fill === 'forecast' ? `url(#${pid}-hatch)` : undefined,
    'stroke-width': fill === 'derived' ? STROKE.derived : STROKE.mark,
    'stroke-dasharray': fill === 'derived' ? STROKE.dash : undefined,
  };
  const body = h('rect', { x: bar.x, y: bar.y, width: Math.max(bar.width, 0), height: bar.height, ...attrs });
  return marker ? [body, h('path', { class: 'fig-marker', d: marker, 'stroke-width': STROKE.derived, fill: 'none' })] : [body];
}

/** An axis: baseline, ticks, labels, and gridlines through the given vertical bands. */
export function axis(a: Axis, ticks: TickLabel[], y: number, tickY: number, gridBands: [number, number][] = []): El {
  return h(
    'g',
    { class: 'fig-axis', 'data-axis': a.kind, 'data-domain': a.domain.join(',') },
    ticks.map((t) => gridBands.map(([y1, y2]) => h('line', { class: 'fig-grid', x1: t.x, x2: t.x, y1, y2, 'stroke-width': STROKE.grid }))),
    h('line', { class: 'fig-axis__line', x1: a.range[0], x2: a.range[1], y1: y, y2: y, 'stroke-width': STROKE.grid }),
    ticks.map((t) =>
      h(
        'g',
        { class: 'fig-tick', 'data-tick': t.value },
        h('line', { x1: t.x, x2: t.x, y1: y, y2: y + AXIS.tick, 'stroke-width': STROKE.grid }),
        h('text', { x: t.x, y: tickY, 'font-size': FONT.tick, 'text-anchor': t.anchor }, t.label),
      ),
    ),
  );
}

/**
 * The key to the uncertainty drawings a chart uses, drawn with the chart's own marks and the words
 * in HTML (reading size at every width). Only the kinds present are listed; plain stated values
 * need no key unless something else is drawn beside them.
 */
export function legend(pid: string, rows: Row[], words: FigureWords = ZH_WORDS): El | undefined {
  const fills = FILLS.filter((f) => rows.some((r) => r.fill === f));
  const ends = ENDS.filter((e) => e !== 'exact' && rows.some((r) => r.end === e));
  if (!(fills.length > 1 || fills[0] !== 'reported' || ends.length > 0)) return undefined;
  const [w, hgt] = [30, BAR.height];
  const lid = `${pid}-legend`;
  const swatch = (...body: El[]) =>
    h('svg', { class: 'fig__swatch', width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}`, 'aria-hidden': 'true' }, body);
  const sample = { x: 2, y: 2, width: w - 4, height: hgt - 4 };
  return h(
    'ul',
    { class: 'fig__legend' },
    fills.map((fill) => h('li', {}, swatch(...(fill === 'forecast' ? [hatch(lid)] : []), ...mark(lid, fill, sample)), words.fill[fill])),
    ends.map((end) => {
      const x = end === 'lower' ? 8 : end === 'upper' ? w - 8 : w / 2;
      const d = endMarker(end, x, hgt / 2, hgt / 2 - MARKER.overhang - 2).d;
      return h('li', {}, swatch(h('path', { class: 'fig-marker', d, 'stroke-width': STROKE.derived, fill: 'none' })), words.end[end]);
    }),
  );
}

/**
 * A figure's numbers as a real table: what and when, the value as written (hedge kept), and who
 * states it. Two columns, so at 360 px no cell is squeezed to a character or two per line.
 */
export function datumTable(data: Datum[], words: FigureWords = ZH_WORDS): El {
  return h(
    'table',
    { class: 'fig-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, words.table.item), h('th', { scope: 'col' }, words.table.value))),
    h(
      'tbody',
      {},
      data.map((d) =>
        h(
          'tr',
          { 'data-datum': d.id },
          h('th', { scope: 'row' }, words.label(d), h('span', { class: 'fig-table__period' }, words.keep(words.period(d)))),
          h(
            'td',
            {},
            h('span', { class: 'fig-table__value', 'data-value': baseAmount(d) }, words.value(d)),
            h('span', { class: 'fig-table__source' }, words.attribution(d)),
          ),
        ),
      ),
    ),
  );
}
