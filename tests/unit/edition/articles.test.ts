/**
 * The articles against the source, resolved in memory: one per trend, editorial fields that are the
 * source's own clauses, and bodies that hold only the project's blocks (checked on the MDX syntax
 * tree). Each fault names the file, the line and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/edition/article';
import { edited, edition, files, problemsWith, source } from '../../helpers/edition';

const O2O = 'content/trends/01-o2o.mdx';
const lineOf = (file: string, needle: string) =>
  files.articles
    .find((a) => a.file === file)!
    .text.split('\n')
    .findIndex((l) => l.includes(needle)) + 1;
const added = (file: string, text: string) => edited(file, (t) => `${t.trimEnd()}\n\n${text}\n`);

describe('the real articles', () => {
  it('resolve with no problem, one per trend, in source order', () => {
    expect(problemsWith(files)).toEqual([]);
    expect(edition.trends.map((t) => t.order)).toEqual([...source.trends.keys()]);
    for (const t of edition.trends) expect(t.heading).toBe(source.trends.get(t.order)!.heading.text);
  });

  it('name exactly the companies their paragraphs name (read from the paragraph, never typed)', () => {
    for (const t of edition.trends)
      for (const c of edition.companies)
        expect(t.companies.includes(c), `${t.slug} ${c.name}`).toBe(c.spellings.some((s) => t.paragraph.text.includes(s)));
  });
});

describe('an article body holds only <Original /> and <Figure id="…" />', () => {
  const original = lineOf(O2O, '<Original />');
  it.each([
    ['a sentence after the original block', '这是编者加的一句。', /text "这是编者加的一句。" is not allowed/],
    [
      'an export line',
      "export const x = require('node:fs').writeFileSync('/tmp/pwned', '1')",
      /an import\/export line \(an article holds no code\)/,
    ],
    ['an import line', "import fs from 'node:fs'", /an import\/export line/],
    ['a computed number', '{6.55*2}万亿', /an expression \{6\.55\*2\}/],
    ['an MDX comment', '{/* 原文其实是… */}', /an expression/],
    ['raw HTML', '<div>编者按</div>', /raw HTML <div> is not allowed/],
    ['a Markdown list item', '- 编者的要点', /a Markdown list is not allowed/],
    ['a Markdown heading', '## 编者按', /a Markdown heading is not allowed/],
    ['an unknown component', '<CompanyMatrix />', /unknown component <CompanyMatrix>/],
    ['a prop a figure does not take', '<Figure id="mobile-volume" trend={8} />', /<Figure> takes no prop "trend"/],
    ['a figure id written as an expression', '<Figure id={"mobile-volume"} />', /expected a quoted string/],
    ['the old original block with its text', '<Original>\n  2013年，O2O“很忙”\n</Original>', /<Original> takes no content/],
  ])('%s fails naming the file and line', (_, text, message) => {
    const broken = added(O2O, text);
    const line = broken.articles[0].text.trimEnd().split('\n').length - text.split('\n').length + 1;
    const problems = problemsWith(broken);
    expect(problems.join('\n')).toMatch(message);
    expect(problems.join('\n')).toMatch(new RegExp(`content/trends/01-o2o\\.mdx:${line}: `));
    expect(line).toBeGreaterThan(original);
  });

  it('exactly one original block', () => {
    expect(problemsWith(edited(O2O, ['<Original />', ''])).join('\n')).toMatch(/01-o2o\.mdx: expected exactly one <Original \/>.*found 0/);
    expect(problemsWith(added(O2O, '<Original />')).join('\n')).toMatch(/found 2/);
  });

  it('an MDX syntax error names the file and where', () => {
    expect(problemsWith(added(O2O, '<Original')).join('\n')).toMatch(/01-o2o\.mdx: MDX syntax: \d+:\d+/);
  });

  it('reads the blocks in order, with their lines', () => {
    const read = readArticle(files.articles[1].text, files.articles[1].file);
    expect(read.problems).toEqual([]);
    expect(read.blocks.map((b) => (b.kind === 'figure' ? b.id : b.kind))).toEqual(['original', 'mobile-volume', 'jd-order-share']);
  });
});

describe('fields name the file, the line and what was expected', () => {
  it.each([
    ['a missing summary', '05-c2b', /^summary: .*\n/m, '', /05-c2b\.mdx:\d+: field "summary": /],
    [
      'a retired field',
      '05-c2b',
      /^order: 5$/m,
      "order: 5\ntitle: '反向定制(C2B)不再是概念'",
      /05-c2b\.mdx:\d+: field "title": no such field/,
    ],
    [
      'a summary not in the paragraph',
      '03-internet-finance',
      /^summary: .*$/m,
      "summary: '互联网金融将颠覆银行'",
      /03-internet-finance\.mdx:\d+: field "summary": expected a verbatim clause/,
    ],
    [
      'a summary that is punctuation',
      '04-cross-border',
      /^summary: .*$/m,
      "summary: '，'",
      /04-cross-border\.mdx:\d+: field "summary": expected a clause holding at least one word/,
    ],
    [
      'a summary that points outside itself',
      '06-local-services',
      /^summary: .*$/m,
      "summary: '这个战场将成为互联网大佬们的“兵家必争之地”'",
      /06-local-services\.mdx:\d+: field "summary": "这个" points outside/,
    ],
    [
      'a key point cut mid-number',
      '04-cross-border',
      /^keyPoints:\n  - .*$/m,
      "keyPoints:\n  - '2012年跨境电商交易额达2万亿元，同比增长超过2'",
      /04-cross-border\.mdx:\d+: field "keyPoints\[0\]": expected a whole clause/,
    ],
    [
      'a number without its period',
      '02-mobile-commerce',
      "keyPoints:\n  - '2014年，移动电商会走向成熟'",
      "keyPoints:\n  - '移动互联网的交易金额统计约6.55万亿，比去年同比增长52%'",
      /02-mobile-commerce\.mdx:\d+: field "keyPoints\[0\]": states 6\.55万亿 without its period "2013年前三季度"/,
    ],
    [
      'a number without who measured it',
      '06-local-services',
      /^keyPoints:\n  - .*$/m,
      "keyPoints:\n  - '2013年通过网络购买或预定本地生活服务的用户预计达到1.85亿，市场规模有望突破1200亿元'",
      /06-local-services\.mdx:\d+: field "keyPoints\[0\]": states 1\.85亿 without who measured it \("艾瑞咨询"\)/,
    ],
    [
      'an unknown key figure',
      '02-mobile-commerce',
      /^keyFigure: .*$/m,
      'keyFigure: mobile-volume-2031',
      /02-mobile-commerce\.mdx:\d+: field "keyFigure": no datum "mobile-volume-2031"/,
    ],
    [
      'another trend’s key figure',
      '02-mobile-commerce',
      /^keyFigure: .*$/m,
      'keyFigure: cross-border-2012',
      /field "keyFigure": datum "cross-border-2012" belongs to trend 4, not 2/,
    ],
    [
      'a topic not in the text',
      '09-smart-hardware',
      "topics: ['智能硬件', '云计算']",
      "topics: ['智能硬件', '元宇宙']",
      /09-smart-hardware\.mdx:\d+: field "topics\[1\]": "元宇宙" does not occur/,
    ],
    [
      'an order the seed has no trend for',
      '06-local-services',
      /^order: 6$/m,
      `order: ${source.trends.size + 1}`,
      /06-local-services\.mdx:\d+: field "order": the source has no trend 11/,
    ],
  ])('%s', (_, name, from, to, message) => {
    const problems = problemsWith(edited(`content/trends/${name}.mdx`, [from, to]));
    expect(problems.join('\n')).toMatch(message);
  });

  it('two articles with one order, reported once, and the missing trend named', () => {
    const problems = problemsWith(edited('content/trends/08-smart-logistics.mdx', [/^order: 8$/m, 'order: 7']));
    expect(problems.join('\n')).toMatch(
      /07-big-data\.mdx:2 and content\/trends\/08-smart-logistics\.mdx:2: field "order": 7 is used 2 times/,
    );
    expect(problems.join('\n')).toMatch(/missing trend 8 \("八、智能物流升级"\)/);
  });

  it('an eleventh article, and a missing one', () => {
    const extra = structuredClone(files);
    extra.articles.push({ ...files.articles[0], file: 'content/trends/11-extra.mdx' });
    expect(problemsWith(extra).join('\n')).toMatch(/01-o2o\.mdx:2 and content\/trends\/11-extra\.mdx:2: field "order": 1 is used 2 times/);
    const fewer = structuredClone(files);
    fewer.articles.splice(8, 1);
    expect(problemsWith(fewer)).toEqual(['content/trends: missing trend 9 ("九、智能硬件兴起"): no article has field "order": 9']);
  });
});

describe('a page says each thing once', () => {
  it('the real articles mark at most 30% of each paragraph', () => {
    for (const t of edition.trends) {
      const marked = t.runs.filter((r) => r.key).reduce((n, r) => n + r.text.length, 0);
      expect(marked / t.paragraph.text.length, t.slug).toBeLessThanOrEqual(0.3);
    }
  });

  it.each([
    [
      'marking most of the paragraph',
      '02-mobile-commerce',
      /^keyPoints:\n  - .*$/m,
      "keyPoints:\n  - '2013年前三季度，移动互联网的交易金额统计约6.55万亿，比去年同比增长52%'\n  - '京东移动客户端用户突破1亿，订单比例近20%'\n  - '2014年，移动电商会走向成熟'",
      /02-mobile-commerce\.mdx:\d+: field "keyPoints": mark 38% of the paragraph: at most 30%/,
    ],
    [
      'a standfirst that repeats the title',
      '02-mobile-commerce',
      /^summary: .*$/m,
      "summary: '移动电商会走向成熟'",
      /02-mobile-commerce\.mdx:\d+: field "summary": repeats the title "移动电商走向成熟"/,
    ],
    [
      'a standfirst that is also the marked clause',
      '04-cross-border',
      /^summary: .*$/m,
      "summary: '2014年跨境电商会更活跃'",
      /04-cross-border\.mdx:\d+: field "summary": is also a key point/,
    ],
  ])('%s fails', (_, name, from, to, message) => {
    expect(problemsWith(edited(`content/trends/${name}.mdx`, [from, to])).join('\n')).toMatch(message);
  });
});
