import { describe, expect, it } from 'vitest';
import { baseAmount, formatAmount, formatDatum, formatValue } from '../../../src/lib/format';
import { readNumbers } from '../../helpers/content';

const byId = new Map(readNumbers().map((d) => [d.id, d]));
const d = (id: string) => byId.get(id)!;

describe('Chinese number formatting', () => {
  it('writes values as the source does, with the unit', () => {
    expect(formatValue(d('mobile-volume-2013'))).toBe('6.55万亿元');
    expect(formatValue(d('local-users-2013'))).toBe('1.85亿人');
    expect(formatValue(d('local-market-2013'))).toBe('1200亿元');
    expect(formatValue(d('mobile-growth-2013'))).toBe('52%');
    expect(formatValue(d('jingbaobei-minutes'))).toBe('3分钟');
    expect(formatValue(d('cross-border-2012'))).toBe('2万亿元');
  });

  it('keeps the hedge', () => {
    expect(formatDatum(d('mobile-volume-2013'))).toBe('约6.55万亿元');
    expect(formatDatum(d('mobile-volume-2012'))).toBe('约4.31万亿元');
    expect(formatDatum(d('jd-mobile-order-share'))).toBe('近20%');
    expect(formatDatum(d('cross-border-2011'))).toBe('低于1.6万亿元');
    expect(formatDatum(d('local-users-2013'))).toBe('预计达到1.85亿人');
    expect(formatDatum(d('local-market-2013'))).toBe('有望突破1200亿元');
    expect(formatDatum(d('alibaba-rrs-investment'))).toBe('20亿元');
  });

  it('converts to base units and back', () => {
    expect(baseAmount(d('mobile-volume-2013'))).toBe(6.55e12);
    expect(baseAmount(d('local-market-2013'))).toBe(1.2e11);
    expect(formatAmount(6.55e12, '元')).toBe('6.55万亿元');
    expect(formatAmount(1.85e8, '人')).toBe('1.85亿人');
    expect(formatAmount(1.2e11, '元')).toBe('1200亿元');
    expect(formatAmount(2e9)).toBe('20亿');
    expect(formatAmount(5e7)).toBe('5000万');
    expect(formatAmount(1e13)).toBe('10万亿');
  });
});
