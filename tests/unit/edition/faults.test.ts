/**
 * Mistakes an editor can plausibly make, one per case, each on a copy of the edition's files (the
 * texts the build's loader reads, changed in memory) and resolved by the resolver the build runs:
 * each must fail, naming the file and the field. The edits that are not mistakes (line endings, a
 * byte-order mark, a whole-clause 要点) must still resolve. tests/unit/build/content-build.test.ts
 * proves the build runs these same checks; tests/unit/build/site-address.test.ts covers SITE_URL
 * and BASE_PATH.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditionFiles } from '../../../src/edition/read';
import { resolveEdition, type EditionFiles } from '../../../src/edition/resolve';
import { ENV, ROOT, edited, files, problemsWith } from '../../helpers/edition';

const NUMBERS = 'content/data/numbers.yaml';
const FIGURES = 'content/data/figures.yaml';
const COMPANIES = 'content/data/companies.yaml';
const SEED = 'seeds/000_0bcd0836c099145f.txt';
const article = (name: string) => `content/trends/${name}.mdx`;

/** One entry's block of a YAML list file ("- id: x" up to the next entry), changed. */
const entry = (file: string, id: string, from: string | RegExp, to: string) => (f: EditionFiles) =>
  edited(
    file,
    (text) => {
      const start = text.indexOf(`- id: ${id}\n`);
      if (start < 0) throw new Error(`fixture: no entry ${id} in ${file}`);
      const end = text.indexOf('\n- id:', start + 1);
      const block = text.slice(start, end < 0 ? undefined : end);
      const changed = block.replace(from, to);
      if (changed === block) throw new Error(`fixture: ${String(from)} not in ${id}`);
      return text.replace(block, changed);
    },
    f,
  );
const edit = (file: string, from: string | RegExp, to: string) => (f: EditionFiles) => edited(file, [from, to], f);

/** [what the editor did, the edit, the file the message must name, what it must say]. */
const FAULTS: [string, (f: EditionFiles) => EditionFiles, string, RegExp][] = [
  // Datum fields: each is read from, or checked against, the quote's own sentence.
  [
    'a period changed (2013年 → 2012年)',
    entry(NUMBERS, 'mobile-volume-2013', 'period: 2013年前三季度', 'period: 2012年前三季度'),
    NUMBERS,
    /datum "mobile-volume-2013", field "period": its sentence gives "2013年前三季度"/,
  ],
  [
    'a period given where the sentence gives none',
    entry(NUMBERS, 'jd-mobile-users', /period: .*/, 'period: 2013年'),
    NUMBERS,
    /datum "jd-mobile-users", field "period": its sentence gives no period before the number: expected "原文发表时（未注明具体时间）"/,
  ],
  [
    'measuredBy changed to 原文',
    entry(NUMBERS, 'cross-border-2012', 'measuredBy: 中国电子商务研究中心', 'measuredBy: 原文'),
    NUMBERS,
    /datum "cross-border-2012", field "measuredBy": its sentence cites 中国电子商务研究中心/,
  ],
  [
    'measuredBy given to the author’s own number',
    entry(NUMBERS, 'mobile-volume-2013', 'measuredBy: 原文', 'measuredBy: 艾瑞咨询'),
    NUMBERS,
    /datum "mobile-volume-2013", field "measuredBy": its sentence cites no research body/,
  ],
  [
    'unit 元 → 人',
    entry(NUMBERS, 'mobile-volume-2013', 'unit: 元', 'unit: 人'),
    NUMBERS,
    /datum "mobile-volume-2013", field "unit": "交易金额" counts 元, got "人"/,
  ],
  [
    'a currency added where the source gives none',
    entry(NUMBERS, 'alibaba-rrs-investment', 'unit: 币种未注明', 'unit: 元'),
    NUMBERS,
    /datum "alibaba-rrs-investment", field "unit": "投资" counts 币种未注明, got "元"/,
  ],
  [
    'a unit other than the one written',
    entry(NUMBERS, 'cross-border-2012', 'unit: 元', 'unit: 人'),
    NUMBERS,
    /datum "cross-border-2012", field "unit": the source writes "元" after 2万亿/,
  ],
  [
    'a label carrying an invented number',
    entry(NUMBERS, 'mobile-volume-2013', 'label: 移动互联网交易金额', 'label: 移动互联网交易金额约7万亿'),
    NUMBERS,
    /datum "mobile-volume-2013", field "label": a label names what is counted and holds no number/,
  ],
  [
    'a formula typed (says 25% where the computation uses 52%)',
    entry(
      NUMBERS,
      'mobile-volume-2012',
      '    inputs: [mobile-volume-2013, mobile-growth-2013]',
      '    inputs: [mobile-volume-2013, mobile-growth-2013]\n    formula: 6.55万亿 ÷ (1 + 25%) ≈ 5.24万亿',
    ),
    NUMBERS,
    /datum "mobile-volume-2012": field "derived\.formula": no such field \(misspelt, or one the build works out itself\)/,
  ],
  [
    'a formula typed (= 1.8万亿 where it computes 1.6)',
    entry(
      NUMBERS,
      'cross-border-2011',
      '    inputs: [cross-border-2012, cross-border-growth-2012]',
      '    inputs: [cross-border-2012, cross-border-growth-2012]\n    formula: 2万亿 ÷ (1 + 25%) = 1.8万亿',
    ),
    NUMBERS,
    /datum "cross-border-2011": field "derived\.formula": no such field/,
  ],
  [
    'a note typed (超过52% where the source says 超过25%)',
    entry(NUMBERS, 'cross-border-2011', '    bound: upper', '    bound: upper\n    note: 增速“超过52%”'),
    NUMBERS,
    /datum "cross-border-2011": field "derived\.note": no such field/,
  ],
  [
    'a derived bound deleted',
    entry(NUMBERS, 'cross-border-2011', '\n    bound: upper', ''),
    NUMBERS,
    /datum "cross-border-2011", field "derived\.bound": expected "upper" \(the growth rate is written “超过25%”\), got none/,
  ],
  [
    'a derived bound flipped (或更高)',
    entry(NUMBERS, 'cross-border-2011', 'bound: upper', 'bound: lower'),
    NUMBERS,
    /datum "cross-border-2011", field "derived\.bound": expected "upper"/,
  ],
  [
    'a derived value made exact',
    entry(NUMBERS, 'cross-border-2011', '  qualifier: 约\n', ''),
    NUMBERS,
    /datum "cross-border-2011", field "qualifier": expected "约" \(worked out from a hedged or round number/,
  ],
  [
    'a derived value that does not recompute',
    entry(NUMBERS, 'mobile-volume-2012', 'value: 4.31', 'value: 4.5'),
    NUMBERS,
    /datum "mobile-volume-2012", field "value": recomputes to 4\.3092/,
  ],
  [
    'value 20 → 2 (the 2 of 近20% or of O2O)',
    entry(NUMBERS, 'jd-mobile-order-share', 'value: 20', 'value: 2'),
    NUMBERS,
    /datum "jd-mobile-order-share", field "value": expected the quote to hold "2" as a whole number/,
  ],
  [
    'a dropped hedge',
    entry(NUMBERS, 'mobile-volume-2013', '  qualifier: 约\n', ''),
    NUMBERS,
    /datum "mobile-volume-2013", field "qualifier": the source writes "约" before 6\.55万亿, got none/,
  ],
  [
    'a hedge the source does not write',
    entry(NUMBERS, 'cross-border-2012', '  measuredBy', '  qualifier: 约\n  measuredBy'),
    NUMBERS,
    /datum "cross-border-2012", field "qualifier": the source writes no hedge before 2万亿, got "约"/,
  ],
  [
    'a quote not in the source',
    entry(NUMBERS, 'local-market-2013', '1200亿元', '1300亿元'),
    NUMBERS,
    /datum "local-market-2013", field "quote": not found verbatim/,
  ],
  [
    'a retired field',
    entry(NUMBERS, 'mobile-volume-2013', '  qualifier: 约\n', '  qualifier: 约\n  hedge: about\n'),
    NUMBERS,
    /datum "mobile-volume-2013": field "hedge": no such field/,
  ],
  // Figures: a title says only what its data say; a kind takes only the data it can draw.
  [
    'a title with another period (2013年 for 2012年)',
    entry(FIGURES, 'cross-border', '2012年达2万亿元', '2013年达2万亿元'),
    FIGURES,
    /figure "cross-border", field "title": says "2013年", a period none of its data has/,
  ],
  [
    'a title with another research body',
    entry(FIGURES, 'local-services', 'title: 本地生活服务：艾瑞咨询', 'title: 本地生活服务：中国电子商务研究中心'),
    FIGURES,
    /figure "local-services", field "title": names 中国电子商务研究中心, who measured none of its data/,
  ],
  [
    'a title with another number (超过52%)',
    entry(FIGURES, 'cross-border', '一年增长超过25%', '一年增长超过52%'),
    FIGURES,
    /figure "cross-border", field "title": says "超过52%", which is none of its data/,
  ],
  [
    'a title that drops a hedge',
    entry(FIGURES, 'jd-order-share', '订单比例近20%', '订单比例20%'),
    FIGURES,
    /figure "jd-order-share", field "title": says "20%": the source writes "近20"/,
  ],
  [
    'a note with an invented number',
    entry(FIGURES, 'companies-matrix', /notes:\n    - /, 'notes:\n    - 共30家企业。'),
    FIGURES,
    /figure "companies-matrix", field "notes\[0\]": says "30"/,
  ],
  [
    'a growth figure in the wrong order',
    entry(FIGURES, 'mobile-volume', 'data: [mobile-volume-2013, mobile-volume-2012', 'data: [mobile-volume-2012, mobile-volume-2013'),
    FIGURES,
    /figure "mobile-volume", field "data\[0\]": expected the stated amount/,
  ],
  [
    'a growth figure drawing another trend’s base',
    entry(FIGURES, 'mobile-volume', 'mobile-volume-2012, mobile-growth-2013', 'cross-border-2011, mobile-growth-2013'),
    FIGURES,
    /figure "mobile-volume", field "data\[1\]": expected the base derived from \[mobile-volume-2013, mobile-growth-2013\]/,
  ],
  [
    'the retired log-scale amounts chart',
    entry(FIGURES, 'cross-border', 'kind: growth', 'kind: amounts'),
    FIGURES,
    /figure "cross-border", field "kind": expected one of growth, callout, matrix, got "amounts"/,
  ],
  [
    'a callout drawing a derived value',
    entry(FIGURES, 'jd-order-share', 'data: [jd-mobile-order-share, jd-mobile-users]', 'data: [jd-mobile-order-share, mobile-volume-2012]'),
    FIGURES,
    /figure "jd-order-share", field "data\[1\]": a callout sets numbers the source states/,
  ],
  [
    'a duplicate figure id',
    edit(FIGURES, '- id: cross-border\n', '- id: mobile-volume\n'),
    FIGURES,
    /figure "mobile-volume", field "id": used more than once/,
  ],
  [
    'a trend-6 figure placed in trend 2’s article',
    edit(
      article('02-mobile-commerce'),
      '<Figure id="jd-order-share" />',
      '<Figure id="jd-order-share" />\n\n<Figure id="local-services" />',
    ),
    article('02-mobile-commerce'),
    /02-mobile-commerce\.mdx:\d+: <Figure id="local-services" \/>: the figure draws trend 6's numbers/,
  ],
  // Lists: no duplicates, topics that distinguish, one company per name.
  [
    'a company listed twice (companies are read from the paragraph)',
    edit(article('02-mobile-commerce'), /^order: 2$/m, 'order: 2\ncompanies: [京东, 京东]'),
    article('02-mobile-commerce'),
    /02-mobile-commerce\.mdx:\d+: field "companies": no such field/,
  ],
  [
    'a topic listed twice',
    edit(article('09-smart-hardware'), "topics: ['智能硬件', '云计算']", "topics: ['智能硬件', '云计算', '智能硬件']"),
    article('09-smart-hardware'),
    /09-smart-hardware\.mdx:\d+: field "topics\[2\]": "智能硬件" is listed twice/,
  ],
  [
    'a one-character topic',
    edit(article('09-smart-hardware'), "topics: ['智能硬件', '云计算']", "topics: ['智能硬件', '的']"),
    article('09-smart-hardware'),
    /field "topics\[1\]": "的" is one character/,
  ],
  [
    'a topic every trend holds',
    edit(article('09-smart-hardware'), "topics: ['智能硬件', '云计算']", "topics: ['智能硬件', '京东']"),
    article('09-smart-hardware'),
    /field "topics\[1\]": "京东" occurs in every trend/,
  ],
  [
    'a key point listed twice',
    edit(article('09-smart-hardware'), /^keyPoints:\n(  - .*)$/m, 'keyPoints:\n$1\n$1'),
    article('09-smart-hardware'),
    /field "keyPoints\[1\]": ".*" is listed twice/,
  ],
  [
    'an alias given to two companies',
    edit(COMPANIES, 'aliases: [Baidu]', 'aliases: [Baidu, Ali]'),
    COMPANIES,
    /company "百度": "ali" already names 阿里巴巴/,
  ],
  // The seed: an unchanged copy of the source.
  [
    'an HTML comment added to the intro',
    edit(SEED, '就是务实', '就是<!-- 编者 -->务实'),
    SEED,
    /000_0bcd0836c099145f\.txt: differs from the source this edition was checked against/,
  ],
  [
    'a no-break space added to the intro',
    edit(SEED, '就是务实', '就是\u00a0务实'),
    SEED,
    /000_0bcd0836c099145f\.txt:2:\d+: U\+00A0 NO-BREAK SPACE: content files hold no invisible characters/,
  ],
  [
    '电商 written 電商 in the title line',
    edit(SEED, '2014年电商行业十大趋势\n', '2014年電商行业十大趋势\n'),
    SEED,
    /differs from the source this edition was checked against .*set seed\.sha256 to [0-9a-f]{64}/,
  ],
  // Invisible characters are shown as code points, wherever they are.
  [
    'a zero-width space in a key point',
    edit(article('01-o2o'), "  - '都透露着", "  - '都透\u200b露着"),
    article('01-o2o'),
    /01-o2o\.mdx:\d+:\d+: U\+200B ZERO WIDTH SPACE/,
  ],
  [
    'a lone carriage return in a data file',
    edit(COMPANIES, 'aliases: [Baidu]', 'aliases: [Baidu]\r'),
    COMPANIES,
    /companies\.yaml:\d+:\d+: U\+000D CARRIAGE RETURN \(CR\)/,
  ],
  [
    'an unknown pick of the front page',
    edit('content/data/edition.yaml', 'lead: [mobile-volume-2013', 'lead: [mobile-volume-2031'),
    'content/data/edition.yaml',
    /edition\.yaml:\d+: field "lead\[0\]": no datum "mobile-volume-2031"/,
  ],
];

describe('each fault fails, naming the file and the field', () => {
  it.each(FAULTS)('%s', (_, make, file, message) => {
    const problems = problemsWith(make(files));
    expect(problems.join('\n')).toMatch(message);
    expect(
      problems.some((p) => p.startsWith(file)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('the table covers what the review found, and more', () => expect(FAULTS.length).toBeGreaterThanOrEqual(40));
});

describe('a fault is blamed on the file that holds it', () => {
  it('a changed measuredBy is reported on numbers.yaml, not on the article whose 要点 quotes the number', () => {
    const problems = problemsWith(entry(NUMBERS, 'mobile-volume-2013', 'measuredBy: 原文', 'measuredBy: 艾瑞咨询')(files));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.startsWith(NUMBERS), p).toBe(true);
  });

  it('a seed that is not UTF-8 is named as such', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-encoding-'));
    try {
      fs.cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
      fs.mkdirSync(path.join(root, 'seeds'));
      // "电商行业" in GB18030: what an editor's Windows tool might save.
      fs.writeFileSync(path.join(root, SEED), Buffer.from([0xb5, 0xe7, 0xc9, 0xcc, 0xd0, 0xd0, 0xd2, 0xb5]));
      expect(() => readEditionFiles(root)).toThrow(`${SEED}: not UTF-8 (looks like GB18030: save it as UTF-8)`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('edits that are not mistakes still resolve', () => {
  const crlf = (file: string) => (f: EditionFiles) => edited(file, (t) => t.replace(/\n/g, '\r\n'), f);
  const bom = (file: string) => (f: EditionFiles) => edited(file, (t) => `\uFEFF${t}`, f);
  it.each([
    ['CRLF line endings in an article', crlf(article('02-mobile-commerce'))],
    ['CRLF line endings in numbers.yaml', crlf(NUMBERS)],
    ['CRLF line endings in the seed', crlf(SEED)],
    ['a byte-order mark on the seed', bom(SEED)],
    ['a byte-order mark on an article', bom(article('05-c2b'))],
    ['a whole clause added as a 要点', edit(article('01-o2o'), /^keyPoints:\n/m, "keyPoints:\n  - '原因何在'\n")],
  ])('%s', (_, make) => expect(problemsWith(make(files))).toEqual([]));

  it('a site address with a path and a base path in Chinese', () => {
    const online = resolveEdition(files, { ...ENV, base: '/简报/', site: 'https://example.org/简报/' });
    expect(online.pages.get('trends/o2o')!.canonical).toBe('https://example.org/%E7%AE%80%E6%8A%A5/trends/o2o/');
  });
});
