import { describe, expect, it } from 'vitest';
import {
  addedUnit,
  attribution,
  baseAmount,
  formatAmount,
  formatDatum,
  formatValue,
  numberContext,
  numberRuns,
  parenthesized,
  quoted,
  addedUnitOf,
} from '../../../src/lib/format';
import { datum as d } from '../../helpers/edition';

describe('Chinese number formatting', () => {
  it('writes values as the source does, adding no unit it does not write', () => {
    expect(formatValue(d('mobile-volume-2013'))).toBe('6.55万亿');
    expect(formatValue(d('local-users-2013'))).toBe('1.85亿');
    expect(formatValue(d('jd-mobile-users'))).toBe('1亿');
    expect(formatValue(d('alibaba-rrs-investment'))).toBe('20亿');
    expect(formatValue(d('local-market-2013'))).toBe('1200亿元');
    expect(formatValue(d('mobile-growth-2013'))).toBe('52%');
    expect(formatValue(d('jingbaobei-minutes'))).toBe('3分钟');
    expect(formatValue(d('cross-border-2012'))).toBe('2万亿元');
  });

  it('keeps the hedge', () => {
    expect(formatDatum(d('mobile-volume-2013'))).toBe('约6.55万亿');
    expect(formatDatum(d('mobile-volume-2012'))).toBe('约4.31万亿');
    expect(formatDatum(d('jd-mobile-order-share'))).toBe('近20%');
    expect(formatDatum(d('cross-border-2011'))).toBe('约1.6万亿元或更低');
    expect(formatDatum(d('local-users-2013'))).toBe('预计达到1.85亿');
    expect(formatDatum(d('local-market-2013'))).toBe('有望突破1200亿元');
    expect(formatDatum(d('alibaba-rrs-investment'))).toBe('20亿');
  });

  it('marks a unit the source does not write as added', () => {
    expect(addedUnit('元')).toBe('元（本站补）');
    expect(addedUnitOf(d('mobile-volume-2013'))).toBe('元（本站补）');
    expect(addedUnitOf(d('local-users-2013'))).toBe('人（本站补）');
    expect(addedUnitOf(d('cross-border-2012'))).toBeUndefined();
    expect(addedUnitOf(d('mobile-growth-2013'))).toBeUndefined();
  });

  it('gives a number away from its sentence its period and source', () => {
    expect(numberContext(d('cross-border-2012'))).toBe('2012年，中国电子商务研究中心');
    expect(numberContext(d('local-users-2013'))).toBe('2013年，艾瑞咨询');
    expect(numberContext(d('mobile-volume-2013'))).toBe('2013年前三季度，原文作者');
    expect(attribution(d('cross-border-2011'))).toBe('本站推算（据中国电子商务研究中心数字）');
  });

  it('never nests the same marks in the wrappers it writes', () => {
    expect(quoted('推出3分钟融资到账的“京保贝”')).toBe('「推出3分钟融资到账的“京保贝”」');
    expect(quoted('同比增长超过25%')).toBe('“同比增长超过25%”');
    expect(parenthesized('原文发表时（未注明具体时间）')).toBe('〔原文发表时（未注明具体时间）〕');
    expect(parenthesized('2012年')).toBe('（2012年）');
  });

  it('converts to base units and back', () => {
    expect(baseAmount(d('mobile-volume-2013'))).toBe(6.55e12);
    expect(baseAmount(d('local-market-2013'))).toBe(1.2e11);
    // 4.31 × 1e12 is 4309999999999.9995 in binary floating point; print what the formula gives.
    expect(String(baseAmount(d('mobile-volume-2012')))).toBe('4310000000000');
    expect(formatAmount(6.55e12, '元')).toBe('6.55万亿元');
    expect(formatAmount(1.85e8, '人')).toBe('1.85亿人');
    expect(formatAmount(1.2e11, '元')).toBe('1200亿元');
    expect(formatAmount(2e9)).toBe('20亿');
    expect(formatAmount(5e7)).toBe('5000万');
    expect(formatAmount(1e13)).toBe('10万亿');
  });
});

describe('numberRuns', () => {
  it('keeps a number with the Chinese unit after it, and leaves the rest as it is', () => {
    const join = (text: string) =>
      numberRuns(text)
        .map((r) => (r.keep ? `[${r.text}]` : r.text))
        .join('');
    expect(join('原文中的金额跨三个多数量级：从20亿到约6.55万亿')).toBe('原文中的金额跨三个多数量级：从[20亿]到[约6.55万亿]');
    expect(join('2万亿 ÷ (1 + 25%) = 1.6万亿元')).toBe('[2万亿] ÷ (1 + [25%]) = [1.6万亿元]');
    expect(join('2013年前三季度，第7段；有望突破1200亿元，近20%')).toBe('[2013年]前三季度，[第7段]；[有望突破1200亿元]，[近20%]');
    // A bare number has nothing to keep it with: the text stays one run.
    expect(numberRuns('O2O，3 / 8')).toEqual([{ text: 'O2O，3 / 8', keep: false }]);
  });
});
