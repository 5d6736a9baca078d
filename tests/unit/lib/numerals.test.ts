import { chineseNumeral } from '../../../scripts/bench/synthetic.mjs';
import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, toChineseNumeral } from '../../../src/lib/numerals';

describe('numerals', () => {
  it('round-trips 1–10 and refuses anything else', () => {
    for (let n = 1; n <= 10; n++) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
    expect(() => toChineseNumeral(11)).toThrow(RangeError);
    expect(() => fromChineseNumeral('十一')).toThrow(RangeError);
  });
});

describe('chineseNumeral (synthetic headings)', () => {
  it('agrees with the site for 1–10 and reads larger numbers the ordinary way', () => {
    for (let n = 1; n <= 10; n++) expect(chineseNumeral(n)).toBe(toChineseNumeral(n));
    expect([11, 20, 21, 99, 100, 101, 110, 999, 1000, 1001, 1010].map(chineseNumeral)).toEqual([
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
    expect(new Set(Array.from({ length: 1000 }, (_, i) => chineseNumeral(i + 1))).size).toBe(1000);
  });
});
