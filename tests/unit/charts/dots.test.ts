/** The log dot plot: positions, values clear of marks, gridlines clear of labels. */
import { describe, expect, it } from 'vitest';
import { DOT, FONT, textWidth } from '../../../src/charts/defaults';
import { dotChart } from '../../../src/charts/dots';
import type { Row } from '../../../src/charts/marks';
import { toRow } from '../../../src/figures/kind';
import { SIZES, figureData, numbers, within, xs, yuan } from '../../helpers/charts';

describe.each(SIZES)('log dot plot (%s)', (size) => {
  const data = figureData('yuan-amounts');
  const rows: Row[] = data.map((d) => toRow(d));
  const c = dotChart(rows, yuan, size);

  it('holds every yuan amount in the source', () => {
    const ids = numbers.filter((d) => d.unit === '元').map((d) => d.id);
    expect(data.map((d) => d.id).sort()).toEqual(ids.sort());
  });

  it('places each dot at its log position (within 0.5 % of the range)', () => {
    const [lo, hi] = c.axis.domain;
    const [x0, x1] = c.axis.range;
    for (const d of c.dots) {
      const expected = x0 + ((Math.log10(d.value) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (x1 - x0);
      expect(Math.abs(d.cx - expected)).toBeLessThan(0.005 * (x1 - x0));
    }
    // Ratios are distances: 2万亿 → 20亿 is three decades, 3/4 of a four-decade axis.
    const cx = (id: string) => c.dots.find((d) => d.key === id)!.cx;
    expect(within(cx('cross-border-2012') - cx('alibaba-rrs-investment'), 0.75 * (x1 - x0))).toBe(true);
  });

  it('writes each value clear of its dot and marker, inside the width', () => {
    for (const d of c.dots) {
      const marks = d.marker ? xs(d.marker) : [d.cx];
      if (d.valueAnchor === 'start') {
        expect(d.valueX, d.key).toBeGreaterThan(Math.max(d.cx + DOT.radius, ...marks));
        expect(d.valueX + textWidth(d.valueLabel, FONT.value), d.key).toBeLessThanOrEqual(c.width);
      } else {
        expect(d.valueX, d.key).toBeLessThan(Math.min(d.cx - DOT.radius, ...marks));
        expect(d.valueX - textWidth(d.valueLabel, FONT.value), d.key).toBeGreaterThanOrEqual(0);
      }
      expect(c.left + textWidth(d.label, FONT.label), d.key).toBeLessThanOrEqual(c.width);
    }
  });

  it('gridlines run only through the dots’ bands: never across a row label', () => {
    for (const [i, d] of c.dots.entries()) {
      const [top, bottom] = c.gridBands[i];
      expect(top, d.key).toBeGreaterThan(d.labelY);
      const next = c.dots[i + 1];
      if (next) expect(bottom, d.key).toBeLessThan(next.labelY - FONT.label);
    }
  });

  it('states a log domain of whole decades', () => {
    expect(c.axis.kind).toBe('log');
    expect(c.axis.domain).toEqual([1e9, 1e13]);
  });
});
