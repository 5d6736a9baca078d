/** Every number is the source's, with the source's hedge, and derived numbers recompute. */
import { describe, expect, it } from 'vitest';
import { hedgeBefore, recompute } from '../../../src/edition/numbers';
import { readingOrder } from '../../../src/edition/resolve';
import { baseAmount, quoteMeaning } from '../../../src/lib/format';
import { datum, edited, files, numbers, problemsWith, source } from '../../helpers/edition';

const FILE = 'content/data/numbers.yaml';
const byId = new Map(numbers.map((d) => [d.id, d]));
/** The numbers file with one datum's block edited. */
const editDatum = (id: string, from: string | RegExp, to: string) =>
  edited(FILE, (text) => {
    const start = text.indexOf(`- id: ${id}\n`);
    const end = text.indexOf('\n- id:', start + 1);
    const block = text.slice(start, end < 0 ? undefined : end);
    const changed = block.replace(from, to);
    if (changed === block) throw new Error(`fixture: ${String(from)} not in datum ${id}`);
    return text.replace(block, changed);
  });

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

describe('a fault in a datum fails, naming file:line, the datum and the field', () => {
  const line = (id: string) => files.numbers.text.split('\n').indexOf(`- id: ${id}`) + 1;
  it.each([
    [
      'a quote not in the source',
      editDatum('local-market-2013', '1200亿元', '1300亿元'),
      /datum "local-market-2013", field "quote": not found verbatim/,
    ],
    [
      'a value whose digits are not in its quote',
      editDatum('local-market-2013', 'value: 1200', 'value: 1300'),
      /datum "local-market-2013", field "qualifier": expected the quote to contain "有望突破1300亿"/,
    ],
    [
      'a derived value that does not recompute',
      editDatum('mobile-volume-2012', 'value: 4.31', 'value: 4.5'),
      /datum "mobile-volume-2012", field "value": recomputes to 4\.3092/,
    ],
    [
      'a derived period that is not the year before',
      editDatum('cross-border-2011', 'period: 2011年', 'period: 2012年'),
      /datum "cross-border-2011", field "period": .*expected "2011年", got "2012年"/,
    ],
    [
      'a dropped hedge',
      editDatum('mobile-volume-2013', '  qualifier: 约\n', ''),
      /datum "mobile-volume-2013", field "qualifier": the source writes "约" before the number, got none/,
    ],
    [
      'a hedge the source does not write',
      editDatum('cross-border-2012', '  measuredBy', '  qualifier: 约\n  measuredBy'),
      /datum "cross-border-2012", field "qualifier": expected the quote to contain "约2万亿"/,
    ],
    [
      'a retired field',
      editDatum('mobile-volume-2013', '  qualifier: 约\n', '  qualifier: 约\n  hedge: about\n'),
      /field "hedge": Unrecognized key|hedge/,
    ],
    [
      'an input that does not exist',
      editDatum('cross-border-2011', 'inputs: [cross-border-2012', 'inputs: [cross-border-2021'),
      /datum "cross-border-2011", field "derived\.inputs": no datum "cross-border-2021"/,
    ],
  ])('%s', (_, broken, message) => {
    const problems = problemsWith(broken);
    expect(problems.join('\n')).toMatch(message);
    expect(
      problems.every((p) => p.startsWith(`${FILE}:`)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('a trimmed quote with its hedge dropped: both are named', () => {
    const problems = problemsWith(editDatum('mobile-volume-2013', /  qualifier: 约\n  quote: .*/, '  quote: 6.55万亿')).join('\n');
    expect(problems).toMatch(/datum "mobile-volume-2013", field "quote": expected a whole clause/);
    expect(problems).toMatch(/datum "mobile-volume-2013", field "qualifier": the source writes "约"/);
  });

  it('a YAML syntax error names the line, and nothing else is blamed', () => {
    const broken = edited(FILE, ['  label: 京东移动客户端用户\n', '  label: 京东移动客户端用户\n   bad: [indent\n']);
    const at = broken.numbers.text.split('\n').findIndex((l) => l.includes('bad: [indent')) + 1;
    const problems = problemsWith(broken);
    expect(problems[0]).toMatch(new RegExp(`^content/data/numbers\\.yaml:(${at - 1}|${at}):\\d+: YAML syntax: `));
    expect(problems.join('\n')).not.toMatch(/keyFigure|figures\.yaml/);
  });

  it('a duplicate id names both lines', () => {
    const broken = edited(FILE, ['- id: jingbaobei-minutes', '- id: jd-mobile-users']);
    const lines = broken.numbers.text.split('\n');
    const [first, second] = [lines.indexOf('- id: jd-mobile-users') + 1, lines.lastIndexOf('- id: jd-mobile-users') + 1];
    expect(problemsWith(broken)).toContain(
      `${FILE}:${second}: datum "jd-mobile-users", field "id": used more than once (first at line ${first}); each datum needs its own id`,
    );
    expect(line('jd-mobile-users')).toBe(first);
  });
});
