/** Bars: lengths proportional to values, labels above bars, everything inside its width. */
import { describe, expect, it } from 'vitest';
import { tickSpans } from '../../../src/charts/axis';
import { barChart } from '../../../src/charts/bars';
import { AXIS, FONT, WIDTH, textWidth, type ChartWidth } from '../../../src/charts/defaults';
import { rowLabel, tickFormat, toRow } from '../../../src/figures/kind';
import { SIZES, figureData, within, xs, yuan } from '../../helpers/charts';

describe.each(SIZES)('bars (%s)', (size) => {
  const growth = (id: string) => {
    const [now, before] = figureData(id);
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

describe('bar axis ticks', () => {
  it.each(Object.keys(WIDTH) as ChartWidth[])('tick labels never touch each other (%s)', (size) => {
    for (const id of ['mobile-volume', 'cross-border']) {
      const [now, before] = figureData(id);
      const c = barChart([toRow(before), toRow(now)], tickFormat('元'), size);
      const spans = tickSpans(c.ticks, (l) => textWidth(l, FONT.tick));
      expect(c.ticks.length, id).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < spans.length; i++)
        expect(spans[i][0] - spans[i - 1][1], `${id} ${c.ticks[i].label}`).toBeGreaterThanOrEqual(FONT.tick);
    }
  });
});
