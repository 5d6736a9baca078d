/** Acceptance 2: chart geometry is proportional to the values and axes start where they claim. */
import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis, tickLabel } from '../../../src/charts/axis';
import { formatAmount } from '../../../src/lib/format';

describe('axes', () => {
  it('a linear axis starts at zero at the left of its range and its ticks are labelled by formatAmount', () => {
    const axis = linearAxis(6.55e12, [10, 310], '元');
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
    expect(linearAxis(100, [0, 100], '%', 5).ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(tickLabel(0, '元')).toBe('0');
  });

  it('a log axis spans whole decades around the values, one tick per ×10, evenly spaced', () => {
    const axis = logAxis([2e9, 6.55e12], [0, 400], '元');
    expect(axis.domain).toEqual([1e9, 1e13]);
    expect(axis.ticks.map((t) => t.label)).toEqual(['10亿', '100亿', '1000亿', '1万亿', '10万亿']);
    const steps = axis.ticks.slice(1).map((t, i) => t.x - axis.ticks[i].x);
    for (const s of steps) expect(s).toBeCloseTo(100, 6);
  });
});
