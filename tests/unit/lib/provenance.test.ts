/** Acceptance 1: every number is the source's, and derived numbers recompute. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { baseAmount } from '../../../src/lib/format';
import { parseDataFile, recompute, validateData } from '../../../src/lib/provenance';
import type { Datum } from '../../../src/lib/schema';
import { readNumbers, ROOT } from '../../helpers/content';
import { source } from '../../helpers/seed';

const numbers = readNumbers();
const byId = new Map(numbers.map((d) => [d.id, d]));
const digits = (v: number) => String(v);

describe('content/data/numbers.yaml', () => {
  it('passes validateData against the seed', () => expect(validateData(numbers, source)).toEqual([]));

  it.each(numbers.map((d) => [d.id, d] as const))('%s: quote is verbatim in seeds/ and states the value', (_, d) => {
    expect(source.raw).toContain(d.quote);
    // A derived value is not written in the source; its quote states the inputs instead.
    const stated = d.derived ? d.derived.inputs.map((id) => byId.get(id)!.value) : [d.value];
    for (const v of stated) expect(d.quote).toContain(digits(v));
  });

  it('has the numbers the issue lists, with the hedges the source writes', () => {
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
      const d = byId.get(id)!;
      expect(d, id).toBeDefined();
      expect([d.qualifier, d.value, d.magnitude], id).toEqual([qualifier, value, magnitude]);
      // Not derived: the quote holds hedge + digits + magnitude exactly as written.
      expect(d.quote).toContain(`${qualifier ?? ''}${value}${magnitude}`);
    }
    expect(byId.get('local-users-2013')!.status).toBe('estimate');
    expect(byId.get('local-market-2013')!.status).toBe('forecast');
  });

  it('derived values recompute from their inputs and keep the hedges', () => {
    const derived = numbers.filter((d) => d.derived);
    expect(derived.map((d) => d.id).sort()).toEqual(['cross-border-2011', 'mobile-volume-2012']);
    for (const d of derived) {
      const [amount, rate] = d.derived!.inputs.map((id) => byId.get(id)!);
      const expected = baseAmount(amount) / (1 + rate.value / 100) / 1e12;
      expect(Math.abs(recompute(d, byId)! - expected)).toBeLessThan(1e-9);
      expect(Math.abs(d.value - expected) / expected, d.id).toBeLessThan(0.005);
      // The quote states both inputs.
      expect(d.quote).toContain(String(amount.value));
      expect(d.quote).toContain(String(rate.value));
      // The written formula is the one computed: "amount ÷ (1 + rate%) ≈|= value".
      const [a, one, r, result] = d.derived!.formula.match(/\d+(?:\.\d+)?/g)!.map(Number);
      expect([a, one, r, result], d.id).toEqual([amount.value, 1, rate.value, d.value]);
      // Hedges carry over: a growth "over" r% bounds the base from above; an "about" amount gives an "about" base.
      if (rate.hedge === 'over') expect([d.hedge, d.derived!.bound], d.id).toEqual(['under', 'upper']);
      else if (amount.hedge === 'about') expect([d.hedge, d.qualifier], d.id).toEqual(['about', amount.qualifier]);
    }
    // 6.55万亿 ÷ 1.52 = 4.309…: "约" carried over from the amount.
    expect(byId.get('mobile-volume-2012')).toMatchObject({ value: 4.31, qualifier: '约', hedge: 'about' });
    // "超过25%" bounds the base from above, and 达2万亿元 is a round figure: 约1.6万亿元或更低.
    expect(byId.get('cross-border-2011')).toMatchObject({ value: 1.6, qualifier: '约', hedge: 'under', derived: { bound: 'upper' } });
  });
});

describe('validateData names the datum', () => {
  const broken = (patch: Partial<Datum>, id = 'local-market-2013') => numbers.map((d) => (d.id === id ? { ...d, ...patch } : d));

  it('a quote that is not in the source', () => {
    const problems = validateData(broken({ quote: '市场规模有望突破1300亿元' }), source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/datum "local-market-2013", field "quote": not found verbatim/);
  });

  it('a value whose digits are not in its quote', () => {
    expect(validateData(broken({ value: 1300 }), source).join('\n')).toMatch(/datum "local-market-2013", field "qualifier"/);
  });

  it('a derived value that does not recompute', () => {
    expect(validateData(broken({ value: 4.5 }, 'mobile-volume-2012'), source).join('\n')).toMatch(
      /datum "mobile-volume-2012", field "value": recomputes to 4\.3092/,
    );
  });

  it('a derived period that is not the year before its input', () => {
    expect(validateData(broken({ period: '2012年' }, 'cross-border-2011'), source).join('\n')).toMatch(
      /datum "cross-border-2011", field "period": .*expected "2011年", got "2012年"/,
    );
  });

  it('a hedge without the source word', () => {
    expect(validateData(broken({ qualifier: undefined }), source).join('\n')).toMatch(/datum "local-market-2013"/);
  });

  it('a dropped hedge, a hedge turned into a point value, or a forecast called a result', () => {
    const dropped = validateData(broken({ qualifier: undefined, hedge: 'exact' }, 'mobile-volume-2013'), source).join('\n');
    expect(dropped).toMatch(/datum "mobile-volume-2013", field "qualifier": the source writes "约"/);
    expect(dropped).toMatch(/datum "mobile-volume-2013", field "hedge": "约" means "about", got "exact"/);
    expect(validateData(broken({ status: 'reported' }), source).join('\n')).toMatch(
      /datum "local-market-2013", field "status": "有望突破" means "forecast"/,
    );
    expect(validateData(broken({ hedge: 'about' }, 'jd-mobile-order-share'), source).join('\n')).toMatch(
      /datum "jd-mobile-order-share", field "hedge": "近" means "nearly"/,
    );
  });
});

describe('the check reads the source, not the quote’s own extent', () => {
  const broken = (patch: Partial<Datum>, id: string) => numbers.map((d) => (d.id === id ? { ...d, ...patch } : d));

  it('a quote trimmed to the number, its hedge dropped and called exact', () => {
    const problems = validateData(broken({ quote: '6.55万亿', qualifier: undefined, hedge: 'exact' }, 'mobile-volume-2013'), source).join(
      '\n',
    );
    expect(problems).toMatch(/datum "mobile-volume-2013", field "quote": expected a whole clause/);
    expect(problems).toMatch(/datum "mobile-volume-2013", field "qualifier": the source writes "约" before the number/);
    expect(problems).toMatch(/datum "mobile-volume-2013", field "hedge": "约" means "about", got "exact"/);
  });

  it('a derived value naming an input that does not exist', () => {
    const inputs: [string, string] = ['cross-border-2021', 'cross-border-growth-2012'];
    const d = byId.get('cross-border-2011')!;
    expect(validateData(broken({ derived: { ...d.derived!, inputs } }, d.id), source).join('\n')).toMatch(
      /datum "cross-border-2011", field "derived\.inputs": no datum "cross-border-2021"/,
    );
  });
});

describe('parseDataFile: the data file’s own errors, with file and line', () => {
  const text = fs.readFileSync(path.join(ROOT, 'content/data/numbers.yaml'), 'utf8');
  const file = 'content/data/numbers.yaml';

  it('reads the real file', () => {
    const { items, problems } = parseDataFile(text, file);
    expect(problems).toEqual([]);
    expect(items).toHaveLength(numbers.length);
  });

  it('a YAML syntax error names the line', () => {
    const broken = text.replace('  label: 京东移动客户端用户\n', '  label: 京东移动客户端用户\n   bad: [indent\n');
    const line = broken.split('\n').findIndex((l) => l.includes('bad: [indent')) + 1;
    const { problems } = parseDataFile(broken, file);
    // The parser reports the bad line or the mapping entry it breaks, right above it.
    expect(problems[0]).toMatch(new RegExp(`^content/data/numbers\\.yaml:(${line - 1}|${line}):\\d+: YAML syntax: `));
  });

  it('a duplicate id names both lines', () => {
    const broken = text.replace('- id: jingbaobei-minutes', '- id: jd-mobile-users');
    const lines = broken.split('\n');
    const first = lines.indexOf('- id: jd-mobile-users') + 1;
    const second = lines.lastIndexOf('- id: jd-mobile-users') + 1;
    expect(parseDataFile(broken, file).problems).toEqual([
      `content/data/numbers.yaml:${second}: datum "jd-mobile-users", field "id": used more than once (first at line ${first}); a second entry would silently replace the first`,
    ]);
  });
});
