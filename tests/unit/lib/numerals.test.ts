import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, toChineseNumeral, trendHeading } from '../../../src/lib/numerals';
import { source } from '../../helpers/edition';

describe('numerals', () => {
  it('round-trips 1–99999 (a publication of ten thousand trends) and refuses anything else', () => {
    for (let n = 1; n <= 99_999; n++) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
    for (const n of [0, 100_000, 1.5, -1, NaN]) expect(() => toChineseNumeral(n)).toThrow(RangeError);
    expect([10_000, 10_001, 10_010, 10_015, 10_500, 15_000, 99_999].map(toChineseNumeral)).toEqual([
      '一万',
      '一万零一',
      '一万零一十',
      '一万零一十五',
      '一万零五百',
      '一万五千',
      '九万九千九百九十九',
    ]);
    for (const s of ['', '零', '一十', '十十', '二一', '一零', '十一一', 'X']) expect(() => fromChineseNumeral(s)).toThrow(RangeError);
  });

  it('reads the seed’s own numerals 一…十 and larger numbers the ordinary way', () => {
    for (const [order, trend] of source.trends) expect(toChineseNumeral(order)).toBe(trend.numeral);
    expect([11, 20, 21, 99, 100, 101, 110, 999, 1000, 1001, 1010].map(toChineseNumeral)).toEqual([
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
      '一百一十',
      '九百九十九',
      '一千',
      '一千零一',
      '一千零一十',
    ]);
  });

  it('gives 1,000 distinct numerals', () => {
    expect(new Set(Array.from({ length: 1000 }, (_, i) => toChineseNumeral(i + 1))).size).toBe(1000);
  });

  it('writes a heading as the seed does', () => {
    for (const [order, trend] of source.trends) expect(trendHeading(order, trend.title)).toBe(trend.heading.text);
  });
});
