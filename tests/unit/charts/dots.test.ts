import { describe, expect, it } from 'vitest';
import { DOT, WIDTH } from '../../../src/charts/defaults';
import { dotChart } from '../../../src/charts/dots';
import type { Row } from '../../../src/charts/marks';
import { FIGURES, figureData, toRow } from '../../../src/lib/figures';
import { readNumbers } from '../../helpers/content';

const numbers = readNumbers();
const within = (actual: number, expected: number, tolerance = 0.005) => Math.abs(actual - expected) <= tolerance * Math.abs(expected);

describe('log dot plot', () => {
  const data = figureData('yuan-amounts', numbers);
  const rows: Row[] = data.map((d) => toRow(d));
  const c = dotChart(rows, '元');

  it('holds every yuan amount in the source', () => {
    const yuan = numbers.filter((d) => d.unit === '元').map((d) => d.id);
    expect([...FIGURES['yuan-amounts'].data].sort()).toEqual(yuan.sort());
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

  it('writes each value clear of its dot, ring or bound arrow', () => {
    for (const d of c.dots) {
      const reach = d.style === 'bound' ? 3 * DOT.arrow : DOT.radius + DOT.ring;
      if (d.valueAnchor === 'start') expect(d.valueX - d.cx, d.key).toBeGreaterThan(reach);
      else expect(d.cx - d.valueX, d.key).toBeGreaterThan(reach);
    }
  });

  it('states a log domain of whole decades and stays inside the viewBox', () => {
    expect(c.axis.kind).toBe('log');
    expect(c.axis.domain).toEqual([1e9, 1e13]);
    expect(c.axis.range[0]).toBeGreaterThan(0);
    expect(c.axis.range[1]).toBeLessThan(WIDTH);
  });
});
