/** Every number is the source's, with the source's hedge, and derived numbers recompute. */
import { describe, expect, it } from 'vitest';
import { hedgeBefore, recompute } from '../../../src/edition/numbers';
import { readingOrder } from '../../../src/edition/resolve';
import { baseAmount, quoteMeaning } from '../../../src/lib/format';
import { datum, files, numbers, problemsWith, source } from '../../helpers/edition';

const byId = new Map(numbers.map((d) => [d.id, d]));

describe('content/data/numbers.yaml', () => {
  it('resolves against the seed', () => expect(problemsWith(files)).toEqual([]));

  it.each(numbers.map((d) => [d.id, d] as const))('%s: quote is verbatim in seeds/ and states the value', (_, d) => {
    expect(source.raw).toContain(d.quote);
    // A derived value is not written in the source; its quote states the inputs instead.
    const stated = d.derived ? d.derived.inputs.map((id) => byId.get(id)!.value) : [d.value];
    for (const v of stated) expect(d.quote).toContain(String(v));
  });

  it('has the numbers the source gives, with the hedges it writes', () => {
    const want: [string, string | undefined, number, string][] = [
      ['mobile-volume-2013', '约', 6.55, '万亿'],
      ['mobile-growth-2013', undefined, 52, ''],
      ['jd-mobile-users', '突破', 1, '亿'],
      ['jd-mobile-order-share', '近', 20, ''],
      ['cross-border-2012', undefined, 2, '万亿'],
      ['cross-border-growth-2012', '超过', 25, ''],
      ['local-users-2013', '预计达到', 1.85, '亿'],
      ['local-market-2013', '有望突破', 1200, '亿'],
      ['alibaba-rrs-investment', undefined, 20, '亿'],
    ];
    for (const [id, qualifier, value, magnitude] of want) {
      const d = datum(id);
      expect([d.qualifier, d.value, d.magnitude], id).toEqual([qualifier, value, magnitude]);
      expect(d.quote).toContain(`${qualifier ?? ''}${value}${magnitude}`);
    }
    expect(quoteMeaning(datum('local-users-2013').qualifier).status).toBe('estimate');
    expect(quoteMeaning(datum('local-market-2013').qualifier).status).toBe('forecast');
    expect(quoteMeaning(datum('jd-mobile-order-share').qualifier).hedge).toBe('nearly');
  });

  it('derived values recompute from their inputs and keep the hedges', () => {
    const derived = numbers.filter((d) => d.derived);
    expect(derived.map((d) => d.id).sort()).toEqual(['cross-border-2011', 'mobile-volume-2012']);
    for (const d of derived) {
      const [amount, rate] = d.derived!.inputs.map((id) => byId.get(id)!);
      const expected = baseAmount(amount) / (1 + rate.value / 100) / 1e12;
      expect(Math.abs(recompute(d, byId)! - expected)).toBeLessThan(1e-9);
      expect(Math.abs(d.value - expected) / expected, d.id).toBeLessThan(0.005);
      // The written formula is the one computed: "amount ÷ (1 + rate%) ≈|= value".
      const [a, one, r, result] = d.derived!.formula.match(/\d+(?:\.\d+)?/g)!.map(Number);
      expect([a, one, r, result], d.id).toEqual([amount.value, 1, rate.value, d.value]);
    }
    // "超过25%" bounds the base from above, and 达2万亿元 is a round figure: 约1.6万亿元或更低.
    expect(datum('cross-border-2011')).toMatchObject({ value: 1.6, qualifier: '约', derived: { bound: 'upper' } });
    expect(datum('mobile-volume-2012')).toMatchObject({ value: 4.31, qualifier: '约' });
  });

  it('are read in the order a reader meets them, whatever order they are written in', () => {
    const ids = readingOrder([...numbers].reverse(), source).map((d) => d.id);
    expect(ids.slice(0, 5)).toEqual([
      'mobile-volume-2013',
      'mobile-growth-2013',
      'mobile-volume-2012',
      'jd-mobile-users',
      'jd-mobile-order-share',
    ]);
    expect(ids.indexOf('cross-border-2011')).toBeGreaterThan(ids.indexOf('cross-border-growth-2012'));
    expect(ids.at(-1)).toBe('alibaba-rrs-investment');
    expect(readingOrder(numbers, source)).toEqual(readingOrder([...numbers].reverse(), source));
  });

  it('the hedge is read from the source before the number, not from the quote (约 before 6.55万亿)', () => {
    expect(hedgeBefore({ ...datum('mobile-volume-2013'), quote: '6.55万亿' }, source.trends.get(2)!.body.text)).toBe('约');
  });
});
