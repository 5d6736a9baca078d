import { describe, expect, it } from 'vitest';
import { shareChart } from '../../../src/charts/share';

const within = (actual: number, expected: number, tolerance = 0.005) => Math.abs(actual - expected) <= tolerance * Math.abs(expected);

describe('share', () => {
  it('fills the stated share of the whole and leaves a "nearly" end open', () => {
    const c = shareChart(20, true);
    expect(within(c.fill.width / c.track.width, 0.2)).toBe(true);
    expect(c.axis.domain).toEqual([0, 100]);
    expect(c.openEnd).toBeDefined();
    expect(shareChart(20, false).openEnd).toBeUndefined();
  });
});
