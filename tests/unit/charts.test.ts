/** Acceptance 2: chart geometry is proportional to the values and axes start where they claim. */
import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis, tickLabel } from '../../src/charts/axis';
import { barChart } from '../../src/charts/bars';
import { DOT, WIDTH } from '../../src/charts/defaults';
import { dotChart } from '../../src/charts/dots';
import { markStyle, type Row } from '../../src/charts/marks';
import { matrixChart } from '../../src/charts/matrix';
import { shareChart } from '../../src/charts/share';
import { COMPANIES } from '../../src/lib/companies';
import { FIGURES, figureData, toRow } from '../../src/lib/figures';
import { formatAmount } from '../../src/lib/format';
import { toChineseNumeral } from '../../src/lib/numerals';
import { readNumbers, readTrendFiles } from '../helpers/content';

const numbers = readNumbers();
const within = (actual: number, expected: number, tolerance = 0.005) => Math.abs(actual - expected) <= tolerance * Math.abs(expected);

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

describe('share', () => {
  it('fills the stated share of the whole and leaves a "nearly" end open', () => {
    const c = shareChart(20, true);
    expect(within(c.fill.width / c.track.width, 0.2)).toBe(true);
    expect(c.axis.domain).toEqual([0, 100]);
    expect(c.openEnd).toBeDefined();
    expect(shareChart(20, false).openEnd).toBeUndefined();
  });
});

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

describe('companies × trends matrix', () => {
  const trends = readTrendFiles().map((f) => ({
    order: f.data.order,
    numeral: toChineseNumeral(f.data.order),
    companies: f.data.companies,
  }));

  it('has a dot exactly where the frontmatter names the company', () => {
    const c = matrixChart(trends, COMPANIES);
    for (const row of c.rows) {
      for (const cell of row.cells) {
        const fm = trends.find((t) => t.order === cell.order)!;
        expect(cell.named, `${row.company} × ${cell.order}`).toBe(fm.companies.includes(row.company as never));
      }
    }
    const named = new Set(trends.flatMap((t) => t.companies));
    expect(c.rows.map((r) => r.company)).toEqual(COMPANIES.filter((x) => named.has(x)));
    expect(c.columns.map((col) => col.numeral)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(c.highlight).toBeUndefined();
  });

  it('boxes the highlighted trend column', () => {
    const c = matrixChart(trends, COMPANIES, 3);
    expect(c.columns.filter((col) => col.highlighted).map((col) => col.order)).toEqual([3]);
    expect(c.highlight!.x + c.highlight!.width / 2).toBe(c.columns[2].x);
    expect(c.width).toBeLessThanOrEqual(WIDTH + 2);
  });
});
