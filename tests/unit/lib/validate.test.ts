import { describe, expect, it } from 'vitest';
import { source } from '../../../src/lib/seed';
import { ARTICLE_COMPONENTS, decodeHtml, renderedOriginalProblem, validateTrends, type TrendFile } from '../../../src/lib/validate';
import { hedgeBefore } from '../../../src/lib/provenance';
import { companiesNamedIn } from '../../../src/lib/companies';
import { readNumbers, readTrendFiles } from '../../helpers/content';

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
    expect(problems).toContainEqual(expect.stringMatching(/03-internet-finance\.mdx: field "keyPoints\[3\]"/));
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

describe('editorial fields quote whole clauses', () => {
  it('name the file and field for a summary or key point that is not a clause', () => {
    const bad = clone();
    bad[3].data.summary = '，';
    bad[3].data.keyPoints[0] = '而中国电子商务研究中心监测数据显示，2012年跨境电商交易额达2万亿元，同比增长超过2';
    const problems = validateTrends(bad, source, { data: readNumbers() });
    expect(problems).toContainEqual(
      expect.stringMatching(/04-cross-border\.mdx: field "summary": expected a clause holding at least one word/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/04-cross-border\.mdx: field "keyPoints\[0\]": expected a whole clause/));
  });

  it('a summary read alone does not point outside itself (它, 这个, 明年)', () => {
    const bad = clone();
    bad[5].data.summary = '这个战场将成为互联网大佬们的“兵家必争之地”';
    expect(validateTrends(bad, source)).toEqual([expect.stringMatching(/06-local-services\.mdx: field "summary": "这个" points outside/)]);
  });
});

describe('a key point that states a number keeps what the source gives with it', () => {
  const data = readNumbers();
  it('the real key points pass', () => expect(validateTrends(files, source, { data })).toEqual([]));
  it('the period (6.55万亿 without 2013年前三季度 reads as a full year)', () => {
    const bad = clone();
    bad[1].data.keyPoints[0] = '移动互联网的交易金额统计约6.55万亿，比去年同比增长52%';
    expect(validateTrends(bad, source, { data })).toContainEqual(
      expect.stringMatching(/02-mobile-commerce\.mdx: field "keyPoints\[0\]": states 6\.55万亿 without its period "2013年前三季度"/),
    );
  });
  it('the research body that measured it', () => {
    const bad = clone();
    bad[5].data.keyPoints[0] = '2013年通过网络购买或预定本地生活服务的用户预计达到1.85亿，市场规模有望突破1200亿元';
    expect(validateTrends(bad, source, { data })).toContainEqual(
      expect.stringMatching(/06-local-services\.mdx: field "keyPoints\[0\]": states 1\.85亿 without who measured it \("艾瑞咨询"\)/),
    );
  });
  // The key-point hedge check itself is not reachable through validateTrends with this source: a
  // key point must be a whole clause, and no hedge here is cut off from its number by a clause break.
  // What it relies on is checked: the hedge is read from the source before the number.
  it('the hedge a key point must keep is read from the source before the number (约 before 6.55万亿)', () => {
    const mobile = source.trends.get(2)!.body.text;
    const volume = data.find((d) => d.id === 'mobile-volume-2013')!;
    expect(hedgeBefore({ ...volume, quote: '6.55万亿' }, mobile)?.[0]).toBe('约');
  });
});

describe('every id an article refers to exists', () => {
  const data = readNumbers();
  it('keyFigure', () => {
    const bad = clone();
    bad[1].data.keyFigure = 'mobile-volume-2031';
    expect(validateTrends(bad, source, { data })).toEqual([
      expect.stringMatching(/02-mobile-commerce\.mdx: field "keyFigure": no datum "mobile-volume-2031" in content\/data\/numbers\.yaml/),
    ]);
  });
  it('a component the site does not provide, and a prop a figure does not take', () => {
    const bad = clone();
    bad[0].body += '\n<CompanyMatrix trend={1} />\n';
    bad[2].body += '\n<Figure id="mobile-volume" trend={3} />\n';
    const problems = validateTrends(bad, source, { data });
    expect(problems).toContainEqual(expect.stringMatching(/01-o2o\.mdx: field "body": unknown component <CompanyMatrix>/));
    expect(problems).toContainEqual(expect.stringMatching(/03-internet-finance\.mdx: field "body": <Figure> takes no prop "trend"/));
  });
  it('ARTICLE_COMPONENTS lists exactly the components MDX is given', async () => {
    const { mdxComponents } = await import('../../../src/components/mdx-components');
    expect(Object.keys(ARTICLE_COMPONENTS).sort()).toEqual(Object.keys(mdxComponents).sort());
  });
});

describe('the original block is the seed paragraph, exactly', () => {
  const o2o = source.trends.get(1)!.body;
  const withOriginal = (inner: string) => {
    const bad = clone();
    bad[0].body = bad[0].body.replace(/<Original>[\s\S]*<\/Original>/, `<Original>\n  ${inner}\n</Original>`);
    return validateTrends(bad, source);
  };
  it.each([
    ['a sentence added inside', `${o2o.text}这是编者加的一句。`],
    ['the real paragraph hidden in an MDX comment, another shown', `{/* ${o2o.text} */}\n  2013年，O2O很忙。`],
    ['a "# " typed inside (a second h1)', `# ${o2o.text}`],
    ['an entity for a character the seed writes plainly', o2o.text.replace('“很忙”', '&ldquo;很忙&rdquo;x')],
  ])('%s', (_name, inner) => {
    expect(withOriginal(inner)).toEqual([
      expect.stringMatching(/01-o2o\.mdx: field "body": the <Original> block must be the source paragraph \(line 4\) exactly/),
    ]);
  });
  it('two blocks', () => {
    const bad = clone();
    bad[0].body += `\n<Original>${o2o.text}</Original>\n`;
    expect(validateTrends(bad, source)).toEqual([expect.stringMatching(/01-o2o\.mdx: field "body": expected exactly one <Original>/)]);
  });

  const bodies = [...source.trends.values()].map((t) => t.body);
  it('what MDX renders is checked too: markup, decoded entities, extra paragraphs', () => {
    expect(renderedOriginalProblem(`<p>${o2o.text.replace(/&/g, '&amp;')}</p>`, bodies)).toEqual({ paragraph: o2o });
    expect(renderedOriginalProblem(`<h1>${o2o.text}</h1>`, bodies).problem).toMatch(/renders markup \(<h1>\) where seeds\/ line 4/);
    expect(renderedOriginalProblem(`<p>${o2o.text}</p><p>又一段。</p>`, bodies).problem).toMatch(/renders 2 paragraphs/);
    const edited = o2o.text.replace('很忙', '很闲');
    expect(renderedOriginalProblem(`<p>${edited}</p>`, bodies).problem).toMatch(
      /differs from seeds\/ line 4 at character \d+ .*expected "忙/,
    );
    expect(decodeHtml('&lt;b onmouseover=&quot;x&quot;&gt;&#38;&#x4e00;')).toBe('<b onmouseover="x">&一');
  });
});
