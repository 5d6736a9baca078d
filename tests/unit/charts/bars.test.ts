import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/charts/bars';
import { WIDTH } from '../../../src/charts/defaults';
import { markStyle } from '../../../src/charts/marks';
import { figureData, toRow } from '../../../src/lib/figures';
import { readNumbers } from '../../helpers/content';

const numbers = readNumbers();
const within = (actual: number, expected: number, tolerance = 0.005) => Math.abs(actual - expected) <= tolerance * Math.abs(expected);

describe('bars', () => {
  const rows = figureData('mobile-volume', numbers)
    .slice(0, 2)
    .map((d) => toRow(d));
  const chart = barChart(rows, '元');

  it('bar lengths are proportional to the values (within 0.5 %)', () => {
    const [a, b] = chart.bars;
    expect(within(a.width / b.width, a.value / b.value)).toBe(true);
    for (const bar of chart.bars) {
      const span = chart.axis.range[1] - chart.axis.range[0];
      expect(within(bar.width, (span * bar.value) / chart.axis.domain[1])).toBe(true);
      expect(bar.x).toBe(chart.axis.place(0));
    }
    // 6.55 / 4.31: the 2013 bar is 1.52× the derived base, as the stated growth says.
    expect(within(chart.bars[0].width / chart.bars[1].width, 1.52)).toBe(true);
  });

  it('marks the derived base as derived and keeps every label and value inside the viewBox', () => {
    expect(chart.bars.map((b) => b.style)).toEqual(['reported', 'derived']);
    for (const b of chart.bars) expect(b.valueX).toBeLessThan(WIDTH);
    expect(chart.width).toBe(WIDTH);
  });

  it('an upper bound is a range and a cap, not a bar', () => {
    const [now, bound] = figureData('cross-border', numbers);
    expect(markStyle(bound)).toBe('bound');
    const c = barChart([toRow(bound), toRow(now)], '元');
    const b = c.bars[0];
    expect(b.rangePath).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(b.capPath).toBeDefined();
    expect(within(b.width / c.bars[1].width, 1.6 / 2)).toBe(true);
  });
});
