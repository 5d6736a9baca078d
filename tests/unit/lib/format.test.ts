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
  standalone,
} from '../../../src/lib/format';
import { keptRuns } from '../../../src/lib/format';
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

  it('a number standing alone carries its hedge, its period and source, and a unit the source leaves out', () => {
    expect(standalone(d('mobile-volume-2013'))).toEqual({
      id: 'mobile-volume-2013',
      datum: d('mobile-volume-2013'),
      value: '约6.55万亿',
      label: d('mobile-volume-2013').label,
      addedUnit: '元（本站补）',
      unitRemark: '单位：元（本站补）',
      context: '2013年前三季度，原文作者',
    });
    expect(standalone(d('cross-border-2011'))).toMatchObject({
      value: '约1.6万亿元或更低',
      context: '2011年，本站推算（据中国电子商务研究中心数字）',
    });
    expect(standalone(d('cross-border-2012'))).toMatchObject({ addedUnit: undefined, unitRemark: undefined });
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

describe('formatAmount at the rounding edges', () => {
  it('rounds before it picks the unit, so no amount shows as 10000 of a smaller unit', () => {
    expect(formatAmount(9_999)).toBe('1万');
    expect(formatAmount(10_000)).toBe('1万');
    expect(formatAmount(99_940_000)).toBe('9990万');
    expect(formatAmount(99_950_000)).toBe('1亿');
    expect(formatAmount(999_990_000_000)).toBe('1万亿');
    expect(formatAmount(1e12)).toBe('1万亿');
    expect(formatAmount(1.2e11, '元')).toBe('1200亿元');
    expect(formatAmount(6.55e12, '元')).toBe('6.55万亿元');
    expect(formatAmount(4.31e12)).toBe('4.31万亿');
    // 4.31 × 1e12 as binary floating point computes it: still the source's 4.31万亿.
    expect(formatAmount(4.31 * 1e12)).toBe('4.31万亿');
    expect(formatAmount(1234567)).toBe('123万');
    expect(formatAmount(0.5)).toBe('0.5');
    expect(formatAmount(6.55)).toBe('6.55');
    expect(formatAmount(52)).toBe('52');
  });

  it('keeps at most 3 significant digits and stays within rounding of the amount, across every unit', () => {
    const FACTOR: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
    // Amounts on both sides of every unit boundary and of the point where 3 digits round up to it.
    const amounts = [1e4, 1e8, 1e12].flatMap((b) =>
      [0.9994, 0.9995, 0.99999, 1, 1.0005, 9.9949, 9.995, 99.95, 999.4, 999.5].map((k) => b * k),
    );
    for (const amount of [...amounts, 1, 7, 12.5, 999, 123_456, 31_415_926, 2.7e14]) {
      const [, digits, unit] = /^([\d.]+)(万亿|亿|万|)$/.exec(formatAmount(amount)) ?? [];
      expect(digits, `${amount} → ${formatAmount(amount)}`).toBeDefined();
      expect(
        digits.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length,
        `${amount} → ${formatAmount(amount)}`,
      ).toBeLessThanOrEqual(3);
      // A smaller unit only while the number stays below 10000 of it: never "10000万".
      if (unit !== '万亿') expect(Number(digits), `${amount} → ${formatAmount(amount)}`).toBeLessThan(1e4);
      const back = Number(digits) * FACTOR[unit];
      expect(Math.abs(back - amount) / amount, `${amount} → ${formatAmount(amount)}`).toBeLessThanOrEqual(0.005);
    }
  });
});

describe('formatValue writes the number as the source does', () => {
  const value = (v: number, unit: '元' | '%' = '元', magnitude: '' | '万' | '亿' | '万亿' = '') =>
    formatValue({ value: v, magnitude, unit, quote: `达到${v}${magnitude}${unit}`, derived: undefined });

  it('never rounds the number: every digit as written, no grouping, no exponent', () => {
    // d3's "~r" printed 1234570: six significant digits.
    expect(value(1234567)).toBe('1234567元');
    expect(value(0.5, '%')).toBe('0.5%');
    expect(value(6.55, '元', '万亿')).toBe('6.55万亿元');
    expect(value(52, '%')).toBe('52%');
    expect(value(9_999)).toBe('9999元');
    expect(value(10_000)).toBe('10000元');
    expect(value(99_950_000)).toBe('99950000元');
    expect(value(99_940_000)).toBe('99940000元');
    expect(value(999_990_000_000)).toBe('999990000000元');
    expect(value(1e12)).toBe('1000000000000元');
    expect(value(1.2e11)).toBe('120000000000元');
    expect(value(6.55e12)).toBe('6550000000000元');
    expect(value(4.31e12)).toBe('4310000000000元');
  });

  it('finds the unit in the quote only where the number is written as formatValue writes it', () => {
    // The quote writes 1234567元: a rounded 1234570 would miss it and drop the unit.
    expect(addedUnitOf({ value: 1234567, magnitude: '', unit: '元', quote: '约1234567元', derived: undefined })).toBeUndefined();
    expect(addedUnitOf({ value: 1234567, magnitude: '', unit: '元', quote: '约1234567', derived: undefined })).toBe('元（本站补）');
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

describe('keptRuns', () => {
  const join = (runs: ReturnType<typeof keptRuns>) => runs.map((r) => r.pieces.map((p) => p.text).join(''));
  const keptOf = (runs: ReturnType<typeof keptRuns>) => runs.flatMap((r) => r.pieces.filter((p) => p.keep).map((p) => p.text));

  it('keeps each number with its hedge and unit, and the last three characters with the closing punctuation', () => {
    const runs = keptRuns([{ text: '交易金额统计约6.55万亿，比去年同比增长52%。2014年，移动电商会走向成熟。' }]);
    expect(join(runs)).toEqual(['交易金额统计约6.55万亿，比去年同比增长52%。2014年，移动电商会走向成熟。']);
    expect(keptOf(runs)).toEqual(['约6.55万亿', '52%', '2014年', '向成熟。']);
  });

  it('splits a kept stretch at a mark edge, each run keeping its part, and joins to the runs exactly', () => {
    const runs = keptRuns([
      { text: '大佬们', key: false },
      { text: '的“兵家必争之地”', key: true },
      { text: '。', key: false },
    ]);
    expect(join(runs)).toEqual(['大佬们', '的“兵家必争之地”', '。']);
    expect(runs.map((r) => r.key)).toEqual([false, true, false]);
    expect(keptOf(runs)).toEqual(['争之地”', '。']);
  });

  it('lets the tail absorb a number it overlaps, and leaves a short text whole', () => {
    expect(keptOf(keptRuns([{ text: '用户数达到1.85亿用户' }]))).toEqual(['1.85亿用户']);
    expect(keptOf(keptRuns([{ text: '近20%' }]))).toEqual(['近20%']);
    expect(keptOf(keptRuns([{ text: '。' }]))).toEqual([]);
  });
});
