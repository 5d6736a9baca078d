/** Axis maths: placement, ticks and where their labels anchor. */
import { describe, expect, it } from 'vitest';
import { linearAxis, tickLabels } from '../../../src/charts/axis';
import { FONT, textWidth } from '../../../src/charts/defaults';
import { tickFormat } from '../../../src/figures/kind';
import { formatAmount } from '../../../src/lib/format';

const yuan = tickFormat('元');

describe('axes', () => {
  it('a linear axis starts at zero at the left of its range and labels its ticks with the given format', () => {
    const axis = linearAxis(6.55e12, [10, 310], yuan);
    expect(axis.domain[0]).toBe(0);
    expect(axis.place(0)).toBe(10);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(6.55e12);
    expect(axis.ticks[0]).toMatchObject({ value: 0, x: 10, label: '0' });
    for (const t of axis.ticks.slice(1)) {
      expect(t.label).toBe(formatAmount(t.value));
      expect(t.x).toBeCloseTo(10 + (300 * t.value) / axis.domain[1], 6);
    }
    expect(axis.ticks.map((t) => t.label)).toEqual(['0', '2万亿', '4万亿', '6万亿', '8万亿']);
  });

  it('percent ticks carry %', () => {
    expect(linearAxis(100, [0, 100], tickFormat('%'), 5).ticks.map((t) => t.label)).toEqual(['0', '20%', '40%', '60%', '80%', '100%']);
  });

  it('edge tick labels are aligned to the edge instead of spilling out of the chart', () => {
    const axis = linearAxis(6.55e12, [0, 320], yuan);
    const labels = tickLabels(axis, 320, (l) => textWidth(l, FONT.tick));
    expect(labels.map((l) => l.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'end']);
  });
});
