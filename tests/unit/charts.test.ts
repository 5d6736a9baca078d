/** Chart geometry: proportional to the values, inside its width, labels never crossed. */
import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis, tickLabels } from '../../src/charts/axis';
import { barChart } from '../../src/charts/bars';
import { AXIS, DOT, FONT, MARKER, WIDTH, textWidth, type ChartWidth } from '../../src/charts/defaults';
import { dotChart } from '../../src/charts/dots';
import { endMarker, type Row } from '../../src/charts/marks';
import { matrixChart, matrixRows } from '../../src/charts/matrix';
import { COMPANIES } from '../../src/lib/companies';
import { figureData, rowLabel, tickFormat, toRow } from '../../src/lib/figures';
import { formatAmount } from '../../src/lib/format';
import { readNumbers, readTrendFiles } from '../helpers/content';
import { readFigures } from '../helpers/figures';

const numbers = readNumbers();
const figures = readFigures();
const entry = (id: string) => figures.find((f) => f.id === id)!;
const within = (actual: number, expected: number, tolerance = 0.005) => Math.abs(actual - expected) <= tolerance * Math.abs(expected);
const SIZES = Object.keys(WIDTH) as ChartWidth[];
const yuan = tickFormat('元');

/** x extent of the path's points. */
const xs = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));

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

  it('a log axis spans whole decades around the values, one tick per ×10, evenly spaced', () => {
    const axis = logAxis([2e9, 6.55e12], [0, 400], yuan);
    expect(axis.domain).toEqual([1e9, 1e13]);
    expect(axis.ticks.map((t) => t.label)).toEqual(['10亿', '100亿', '1000亿', '1万亿', '10万亿']);
    const steps = axis.ticks.slice(1).map((t, i) => t.x - axis.ticks[i].x);
    for (const s of steps) expect(s).toBeCloseTo(100, 6);
  });

  it('edge tick labels are aligned to the edge instead of spilling out of the chart', () => {
    const axis = logAxis([2e9, 6.55e12], [0, 320], yuan);
    const labels = tickLabels(axis, 320, (l) => textWidth(l, FONT.tick));
    expect(labels.map((l) => l.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'end']);
  });
});

describe('uncertainty markers', () => {
  it('exact has none; a lower bound points right of the value, an upper bound left, approximate straddles it', () => {
    expect(endMarker('exact', 100, 50, 10).d).toBeUndefined();
    expect(Math.min(...xs(endMarker('lower', 100, 50, 10).d!))).toBeGreaterThanOrEqual(100);
    expect(Math.max(...xs(endMarker('lower', 100, 50, 10).d!))).toBe(100 + MARKER.arrow);
    expect(Math.max(...xs(endMarker('upper', 100, 50, 10).d!))).toBeLessThanOrEqual(100);
    expect(Math.min(...xs(endMarker('upper', 100, 50, 10).d!))).toBe(100 - MARKER.arrow);
    const approx = xs(endMarker('approx', 100, 50, 10).d!);
    expect(Math.min(...approx)).toBeLessThan(100);
    expect(Math.max(...approx)).toBeGreaterThan(100);
  });

  it('beside a dot every marker stays clear of the dot', () => {
    for (const end of ['approx', 'lower'] as const)
      expect(Math.min(...xs(endMarker(end, 100, 50, 6, DOT.radius).d!))).toBeGreaterThan(100 + DOT.radius);
    expect(Math.max(...xs(endMarker('upper', 100, 50, 6, DOT.radius).d!))).toBeLessThanOrEqual(100 - DOT.radius);
  });
});

describe.each(SIZES)('bars (%s)', (size) => {
  const growth = (id: string) => {
    const [now, before] = figureData(entry(id), numbers);
    return [toRow(before, rowLabel(before, false)), toRow(now, rowLabel(now, false))];
  };
  const chart = barChart(growth('mobile-volume'), yuan, size);

  it('bar lengths are proportional to the values (within 0.5 %)', () => {
    const span = chart.axis.range[1] - chart.axis.range[0];
    for (const bar of chart.bars) {
      expect(within(bar.width, (span * bar.value) / chart.axis.domain[1])).toBe(true);
      expect(bar.x).toBe(chart.axis.place(0));
    }
    // 6.55 / 4.31: the 2013 bar is 1.52× the derived base, as the stated growth says.
    expect(within(chart.bars[1].width / chart.bars[0].width, 1.52)).toBe(true);
  });

  it('draws the derived base hollow and approximate, and keeps labels and values inside the width', () => {
    expect(chart.bars.map((b) => [b.fill, b.end])).toEqual([
      ['derived', 'approx'],
      ['reported', 'approx'],
    ]);
    expect(chart.width).toBe(WIDTH[size]);
    for (const b of chart.bars) {
      expect(b.valueX + textWidth(b.valueLabel, FONT.value), b.key).toBeLessThanOrEqual(chart.width);
      expect(b.x + textWidth(b.label, FONT.label), b.key).toBeLessThanOrEqual(chart.width);
      expect(b.labelY, 'label above its bar').toBeLessThan(b.y);
    }
  });

  it('an upper bound is a hollow bar to the limit with the arrow pointing back, its value written after it', () => {
    const c = barChart(growth('cross-border'), yuan, size);
    const [bound, now] = c.bars;
    expect([bound.fill, bound.end]).toEqual(['derived', 'upper']);
    expect(Math.max(...xs(bound.marker!))).toBeLessThanOrEqual(bound.x + bound.width);
    expect(bound.valueX).toBeGreaterThan(bound.x + bound.width);
    expect(within(bound.width / now.width, 1.6 / 2)).toBe(true);
  });

  it('the axis sits below the last bar and its tick labels below the axis', () => {
    const last = chart.bars.at(-1)!;
    expect(chart.axisY).toBeGreaterThan(last.y + last.height);
    expect(chart.tickY - FONT.tick).toBeGreaterThanOrEqual(chart.axisY + AXIS.tick);
    expect(chart.height).toBeGreaterThan(chart.tickY);
  });
});

describe.each(SIZES)('log dot plot (%s)', (size) => {
  const data = figureData(entry('yuan-amounts'), numbers);
  const rows: Row[] = data.map((d) => toRow(d));
  const c = dotChart(rows, yuan, size);

  it('holds every yuan amount in the source', () => {
    const ids = numbers.filter((d) => d.unit === '元').map((d) => d.id);
    expect([...entry('yuan-amounts').data].sort()).toEqual(ids.sort());
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

describe('companies × trends matrix', () => {
  const trends = readTrendFiles().map((f) => ({ order: f.data.order, companies: f.data.companies }));

  it('has a dot exactly where the frontmatter names the company, rows by count', () => {
    const c = matrixChart(trends, COMPANIES);
    for (const row of c.rows) {
      for (const cell of row.cells) {
        const fm = trends.find((t) => t.order === cell.order)!;
        expect(cell.named, `${row.company} × ${cell.order}`).toBe(fm.companies.includes(row.company as never));
      }
      expect(row.count).toBe(row.cells.filter((x) => x.named).length);
    }
    const counts = c.rows.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(c.rows[0]).toMatchObject({ company: '京东', count: trends.length });
    expect(matrixRows(trends, COMPANIES).map((r) => r.company)).toEqual(c.rows.map((r) => r.company));
  });

  it('heads its columns with numerals that cannot be misread as a dash or a plus', () => {
    const c = matrixChart(trends, COMPANIES);
    expect(c.columns.map((col) => col.label)).toEqual(trends.map((t) => String(t.order)));
    for (const col of c.columns) expect(col.label).not.toMatch(/[一十]/);
  });

  it.each(SIZES)('fits its width and keeps company labels left of the grid (%s)', (size) => {
    const c = matrixChart(trends, COMPANIES, size);
    expect(c.width).toBeLessThanOrEqual(WIDTH[size]);
    for (const r of c.rows) expect(c.header.x + textWidth(r.company, FONT.label)).toBeLessThan(c.gridX[0]);
  });
});
