import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { numbers, source } from '../../helpers/edition';
import { englishAmount, parseEnglishAmount } from '../../../src/lib/english';
import { baseAmount, HEDGE_WORDS, writtenUnit } from '../../../src/lib/format';
import {
  chineseNames,
  editionProblems,
  englishFacts,
  HEDGES_EN,
  nameRuns,
  NAMES_FILE,
  namesSchema,
  readChinese,
  TRANSLATION_FILE,
  translatedParagraphs,
  translationProblems,
  translationSchema,
  type Translation,
} from '../../../src/edition/translation';

const readYaml = (file: string): unknown => parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const translation = translationSchema.parse(readYaml(TRANSLATION_FILE));
const names = namesSchema.parse(readYaml(NAMES_FILE));

/** The translation with one paragraph's English rewritten; throws if `from` is not in it, so a control cannot pass by missing its target. */
function edited(order: number, from: string, to: string): Translation {
  return {
    ...translation,
    trends: translation.trends.map((t) => {
      if (t.order !== order) return t;
      if (!t.paragraph.includes(from)) throw new Error(`trend ${order} has no "${from}"`);
      return { ...t, paragraph: t.paragraph.replace(from, to) };
    }),
  };
}
const problemsOf = (t: Translation) => editionProblems(source, t, numbers, names);

describe('English numbers', () => {
  it('converts 万, 亿 and 万亿 exactly', () => {
    expect(englishAmount(6.55, '万亿')).toBe('6.55 trillion');
    expect(englishAmount(2, '万亿')).toBe('2 trillion');
    expect(englishAmount(20, '亿')).toBe('2 billion');
    expect(englishAmount(1200, '亿')).toBe('120 billion');
    expect(englishAmount(1.85, '亿')).toBe('185 million');
    expect(englishAmount(1, '亿')).toBe('100 million');
    expect(englishAmount(5, '万')).toBe('50,000');
    expect(englishAmount(52)).toBe('52');
  });

  it('reads English back to the same amount', () => {
    for (const d of numbers) {
      const [digits, scale] = englishAmount(d.value, d.magnitude).split(' ');
      expect(parseEnglishAmount(digits, scale as never)).toBe(baseAmount(d));
    }
  });
});

describe('the files', () => {
  it('has one English table for exactly the hedge words the site knows (src/lib/format.ts)', () => {
    expect(Object.keys(HEDGES_EN).sort()).toEqual(HEDGE_WORDS.map(([w]) => w).sort());
  });

  it('maps each Chinese spelling to one English form and lists every name the source uses', () => {
    const spellings = names.names.flatMap((n) => n.zh);
    expect(new Set(spellings).size).toBe(spellings.length);
    for (const spelling of spellings) expect(source.raw, spelling).toContain(spelling);
    // The companies the site knows (src/lib/companies.ts) are all here.
    for (const company of ['阿里巴巴', '阿里', '京东', '天猫', '百度', '腾讯', '大众点评', '唐久', '日日顺'])
      expect(spellings).toContain(company);
  });

  it('rejects a Chinese spelling given two English forms, naming the field', () => {
    const twice = { ...names, names: [...names.names, { en: 'Jingdong', zh: ['京东'], kind: 'company' }] };
    const result = namesSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      `names.${names.names.length}.zh: 京东 is already written "JD.com": one English form per spelling`,
    );
  });

  it('rejects a trend translated twice', () => {
    const result = translationSchema.safeParse({ ...translation, trends: [...translation.trends, translation.trends[0]] });
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      `trends.${translation.trends.length}.order: trend 1 is translated twice`,
    ]);
  });
});

describe('the translation', () => {
  it('passes every check, every paragraph', () => {
    expect(problemsOf(translation)).toEqual([]);
  });

  it('covers title, intro and every trend of the seed', () => {
    const where = translatedParagraphs(source, translation, numbers).map((p) => p.where);
    expect(where).toEqual(['title', 'intro', ...[...source.trends.keys()].flatMap((n) => [`trend ${n} heading`, `trend ${n}`])]);
  });

  // The expected side comes from content/data/numbers.yaml and the seed; the found side from the English alone.
  for (const [order, zh] of source.trends) {
    it(`trend ${order}: numbers, hedges, units, periods and attributions are the Chinese datum's`, () => {
      const en = translation.trends.find((t) => t.order === order)!.paragraph;
      const data = numbers.filter((d) => d.trend === order && !d.derived);
      const periodEn = (period: string) => names.periods.find((p) => p.zh === period)!.en ?? undefined;
      const bodyEn = (by: string) => (by === '原文' ? undefined : names.names.find((n) => n.zh.includes(by))!.en);
      const expected = data.map((d) => ({
        amount: baseAmount(d),
        number: englishAmount(d.value, d.magnitude),
        hedge: d.qualifier ? expect.toBeOneOf([...HEDGES_EN[d.qualifier]]) : '',
        unit: writtenUnit(d), // the unit the Chinese writes after the number ('' for 约6.55万亿)
        period: periodEn(d.period),
        by: bodyEn(d.measuredBy),
      }));
      const found = englishFacts(en, names)
        .filter((n) => !n.year)
        .map((n) => ({ amount: n.amount, number: n.number, hedge: n.hedge, unit: n.unit, period: n.period, by: n.by }));
      const byAmount = (a: { amount: number }, b: { amount: number }) => a.amount - b.amount;
      expect(found.sort(byAmount)).toEqual(expected.sort(byAmount));

      // The data cover every number the Chinese paragraph states, and the years are the same years.
      const zhNumbers = readChinese(chineseNames(zh.body.text, names).masked);
      expect(
        zhNumbers
          .filter((n) => !n.year)
          .map((n) => n.amount)
          .sort((a, b) => a - b),
      ).toEqual(expected.map((e) => e.amount));
      const years = (list: { year: boolean; amount: number }[]) =>
        list
          .filter((n) => n.year)
          .map((n) => n.amount)
          .sort();
      expect(years(englishFacts(en, names))).toEqual(years(zhNumbers));
    });
  }
});

describe('controls: each change to the real translation fails, naming file, paragraph and expectation', () => {
  const file = TRANSLATION_FILE;
  const cases: [what: string, order: number, from: string, to: string, message: string][] = [
    [
      'a dropped "about"',
      2,
      'about 6.55 trillion',
      '6.55 trillion',
      `${file}: trend 2: the Chinese writes 约6.55万亿: expected "about 6.55 trillion", found "6.55 trillion" (the hedge 约 is dropped)`,
    ],
    [
      '"6.55 billion" for 6.55万亿',
      2,
      'about 6.55 trillion',
      '6.55 billion',
      `${file}: trend 2: the Chinese writes 约6.55万亿: expected "about 6.55 trillion", found "6.55 billion"`,
    ],
    [
      'iResearch swapped for the other centre',
      6,
      'iResearch data',
      'China E-Commerce Research Center data',
      `${file}: trend 6: 预计达到1.85亿 (local-users-2013) is given by 艾瑞咨询: expected "iResearch" with "expected to reach 185 million", found "China E-Commerce Research Center"`,
    ],
    [
      'an added "yuan" after 20亿',
      10,
      '2 billion investment',
      '2 billion yuan investment',
      `${file}: trend 10: the Chinese writes 20亿: expected "2 billion", found "2 billion yuan" (a unit the Chinese does not write)`,
    ],
    [
      'an added "about" before 52%',
      2,
      'increase of 52%',
      'increase of about 52%',
      `${file}: trend 2: the Chinese writes 52%: expected "52%", found "about 52%" (the Chinese states it plainly: no hedge)`,
    ],
    [
      'a missing number',
      4,
      ', a year-on-year increase of more than 25%',
      '',
      `${file}: trend 4: the Chinese writes 超过25%: expected "more than 25%", found no such number in the English`,
    ],
    [
      'a second English spelling of JD.com',
      9,
      'JD.com revised',
      'JD revised',
      `${file}: trend 9: the English writes "JD", a second spelling of 京东: expected "JD.com"`,
    ],
    [
      'an invented number',
      7,
      'massive user data',
      'massive data on 300 million users',
      `${file}: trend 7: the English writes "300 million", a number the Chinese paragraph does not write (its numbers: 2013年, 2014年)`,
    ],
    [
      'another hedge word for 约',
      2,
      'about 6.55 trillion',
      'around 6.55 trillion',
      `${file}: trend 2: the Chinese writes 约6.55万亿: expected "about 6.55 trillion", found "around 6.55 trillion" (约 is "about")`,
    ],
    [
      'a hedge word for 突破 outside the table',
      2,
      'over 100 million',
      'some 100 million',
      `${file}: trend 2: the Chinese writes 突破1亿: expected "over 100 million" or "more than 100 million", found "some 100 million"`,
    ],
    [
      'a period moved to another number',
      4,
      'in 2012 the transaction value',
      'in 2013 the transaction value',
      `${file}: trend 4: 2万亿元 (cross-border-2012) is for 2012年: expected "2012" with "2 trillion yuan", found "2013"`,
    ],
    [
      'a research body given to the author’s own number',
      10,
      'Alibaba’s 2 billion',
      'iResearch says Alibaba’s 2 billion',
      `${file}: trend 10: 20亿 (alibaba-rrs-investment) is the author's own: expected no research body with "2 billion", found "iResearch" in its sentence`,
    ],
    [
      'a digit for a number the Chinese writes in words',
      4,
      'the Eighteenth Central Committee',
      'the 18th Central Committee',
      `${file}: trend 4: the English writes "18th", which the Chinese does not`,
    ],
    [
      'a dropped name',
      2,
      'Alipay Wallet and Laiwang',
      'Alipay Wallet and others',
      `${file}: trend 2: the Chinese names 来往 once: expected "Laiwang" once, found it 0 times`,
    ],
    [
      'a name the Chinese does not use',
      1,
      'Tangjiu chain',
      'Tangjiu chain and Tencent',
      `${file}: trend 1: the English writes "Tencent", but the Chinese paragraph does not name 腾讯`,
    ],
    [
      'a dropped quotation',
      8,
      '“truly fast delivery”',
      'truly fast delivery',
      `${file}: trend 8: the Chinese quotes 3 times in “ ”: expected as many quotations in the English, found 2 times`,
    ],
    ['Chinese left in the English', 1, 'Tangjiu chain', 'Tangjiu（唐久） chain', `${file}: trend 1: the English holds Chinese ("唐久")`],
    ['a straight apostrophe', 3, 'Yu’e Bao', "Yu'e Bao", `${file}: trend 3: the English writes a straight quote (')`],
  ];
  for (const [what, order, from, to, message] of cases) {
    it(what, () => {
      const problems = problemsOf(edited(order, from, to));
      expect(
        problems.some((p) => p.startsWith(message)),
        `expected "${message}" among:\n${problems.join('\n')}`,
      ).toBe(true);
    });
  }

  it('a missing trend', () => {
    const problems = problemsOf({ ...translation, trends: translation.trends.filter((t) => t.order !== 5) });
    expect(problems).toEqual([`${TRANSLATION_FILE}: trend 5: missing: expected a translation of 五、反向定制(C2B)不再是概念`]);
  });

  it('a datum whose quote is not in the paragraph', () => {
    const [p] = translatedParagraphs(source, translation, numbers).filter((x) => x.where === 'trend 3');
    const wrong = numbers.find((d) => d.id === 'cross-border-2012')!;
    expect(translationProblems({ ...p, data: [wrong] }, names)).toEqual([
      `${TRANSLATION_FILE}: trend 3: datum "cross-border-2012": its quote "${wrong.quote}" is not in the Chinese paragraph`,
    ]);
  });
});

describe('the check on made-up paragraphs', () => {
  const check = (zh: string, en: string) => translationProblems({ file: 'f.yaml', where: 'p', zh, en, data: [] }, names);

  it('pairs each Chinese number with the English that renders it, whatever the order', () => {
    expect(check('订单比例近20%，利润20%。', 'Profit is 20%, and the order share nearly 20%.')).toEqual([]);
    // A wrong hedge on 近20% is one problem: the plain 20% keeps its own English.
    expect(check('订单比例近20%，利润20%。', 'Profit is 20%, and the order share about 20%.')).toEqual([
      'f.yaml: p: the Chinese writes 近20%: expected "nearly 20%", found "about 20%" (近 is "nearly")',
    ]);
  });

  it('reads a short year as the full year, and a spelled-out or prefixed unit as a unit', () => {
    expect(check('13年底，收入达5万元。', 'At the end of 2013, income reached 50,000 yuan.')).toEqual([]);
    expect(check('收入达5万元，增长52%。', 'Income reached ¥50,000, up 52 percent.')).toEqual([
      'f.yaml: p: the Chinese writes 5万元: expected "50,000 yuan", found "¥50,000"',
      'f.yaml: p: the Chinese writes 52%: expected "52%", found "52 percent"',
    ]);
  });
});

describe('name runs for the pages', () => {
  it('marks each name, with its Chinese on its first use on the page only', () => {
    const page = translation.trends.filter((t) => t.order === 3 || t.order === 6).map((t) => t.paragraph);
    const runs = nameRuns(page, names);
    runs.forEach((r, i) => expect(r.map((x) => x.text).join('')).toBe(page[i]));
    const firsts = runs.flat().flatMap((r) => (r.name?.zh ? [`${r.text}（${r.name.zh}）`] : []));
    expect(firsts).toEqual([
      'Alibaba（阿里巴巴）',
      'Yu’e Bao（余额宝）',
      'Baidu（百度）',
      'Baidu Licai（百度理财）',
      'JD.com（京东）',
      'Jingbaobei（京保贝）',
      'iResearch（艾瑞咨询）',
      'Jingpinhui（京品惠）',
      'Dianping（大众点评）',
      'Tencent（腾讯）',
      'WeChat（微信）',
    ]);
    // B2C is written the same in both languages: marked as a name, no Chinese to add.
    expect(runs[1].find((r) => r.text === 'B2C')?.name).toEqual({ en: 'B2C', kind: 'term' });
  });
});
