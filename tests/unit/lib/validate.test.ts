import { describe, expect, it } from 'vitest';
import { source } from '../../../src/lib/seed';
import { validateTrends, type TrendFile } from '../../../src/lib/validate';
import { companiesNamedIn } from '../../../src/lib/companies';
import { readTrendFiles } from '../../helpers/content';

const files = readTrendFiles();
const clone = (): TrendFile[] => structuredClone(files);

describe('the real articles', () => {
  it('pass every whole-collection check', () => {
    expect(validateTrends(files, source)).toEqual([]);
  });

  it('list exactly the companies their paragraphs name', () => {
    for (const f of files)
      expect(f.data.companies.toSorted()).toEqual(companiesNamedIn(source.trends.get(f.data.order)!.body.text).toSorted());
  });
});

describe('validateTrends names the file and field', () => {
  it('a heading that differs from the source', () => {
    const bad = clone();
    bad[0].data.title = 'O2O模式落地';
    expect(validateTrends(bad, source)).toEqual([expect.stringMatching(/01-o2o\.mdx: field "title": expected "O2O模式真正落地"/)]);
  });

  it('an edited original paragraph', () => {
    const bad = clone();
    bad[1].body = bad[1].body.replace('6.55万亿', '6.5万亿');
    expect(validateTrends(bad, source)).toEqual([expect.stringMatching(/02-mobile-commerce\.mdx: field "body"/)]);
  });

  it('a key point or summary that is not in the paragraph', () => {
    const bad = clone();
    bad[2].data.keyPoints.push('互联网金融将颠覆银行');
    bad[2].data.summary = '互联网金融将颠覆银行';
    const problems = validateTrends(bad, source);
    expect(problems).toContainEqual(expect.stringMatching(/03-internet-finance\.mdx: field "keyPoints\[4\]"/));
    expect(problems).toContainEqual(expect.stringMatching(/03-internet-finance\.mdx: field "summary"/));
  });

  it('a company that is not named, or one that is missing', () => {
    const bad = clone();
    bad[3].data.companies = ['百度'];
    expect(validateTrends(bad, source)).toEqual([
      expect.stringMatching(/04-cross-border\.mdx: field "companies": .*missing 京东.*not named in the paragraph: 百度/),
    ]);
  });

  it('a duplicate order, reported once without a cascade', () => {
    const bad = clone();
    bad[2].data.order = 2;
    const problems = validateTrends(bad, source);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/02-mobile-commerce\.mdx and .*03-internet-finance\.mdx: field "order": 2 is used 2 times/);
    expect(problems[1]).toMatch(/missing trend 3 \("三、互联网金融体系化"\)/);
  });

  it('one article more than the seed has trends', () => {
    const n = source.trends.size;
    const bad = [...clone(), { ...clone()[0], file: 'content/trends/extra.mdx' }];
    expect(validateTrends(bad, source)[0]).toMatch(new RegExp(`${n + 1} articles, expected exactly ${n} .*extra\\.mdx`));
  });
});
