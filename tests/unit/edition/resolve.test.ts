/** The edition as one object: picks, dating, the company table, relations and one record per page. */
import { describe, expect, it } from 'vitest';
import { resolveEdition } from '../../../src/edition/resolve';
import { MAX_RELATED } from '../../../src/lib/trend-order';
import { ENV, edited, edition, files, problemsWith, source } from '../../helpers/edition';

const EDITORIAL = 'content/data/edition.yaml';
const COMPANIES = 'content/data/companies.yaml';

describe('editorial picks are content, checked like every other', () => {
  it('the real picks resolve in the order given', () => {
    expect(edition.lead.map((d) => d.id)).toEqual(['mobile-volume-2013', 'cross-border-2012', 'local-users-2013', 'local-market-2013']);
    expect(edition.summary.map((d) => d.id)).toEqual([
      'mobile-volume-2013',
      'cross-border-2012',
      'local-market-2013',
      'jd-mobile-order-share',
    ]);
  });

  it.each([
    [
      'an unknown lead number',
      ['lead: [mobile-volume-2013', 'lead: [mobile-volume-2031'],
      /edition\.yaml:\d+: field "lead\[0\]": no datum "mobile-volume-2031"/,
    ],
    [
      'an unknown summary number',
      ['jd-mobile-order-share]', 'jd-mobile-order-sharee]'],
      /edition\.yaml:\d+: field "summary\[3\]": no datum "jd-mobile-order-sharee"/,
    ],
    [
      'an unknown front figure',
      ['front: [companies-matrix', 'front: [company-matrix'],
      /edition\.yaml:\d+: field "front\[0\]": field "id": no figure "company-matrix"/,
    ],
    [
      'dating evidence in the wrong paragraph',
      ['{ quote: 13年底, paragraph: 7 }', '{ quote: 13年底, paragraph: 6 }'],
      /edition\.yaml:\d+: field "dating\.evidence\[1\]": "13年底" is not in 第6段/,
    ],
    [
      'dating evidence from a paragraph that does not exist',
      ['{ quote: 13年底, paragraph: 7 }', '{ quote: 13年底, paragraph: 70 }'],
      /field "dating\.evidence\[1\]": the source has no 第70段/,
    ],
    ['a misspelt field', ['summary: [', 'sumary: ['], /edition\.yaml:\d+: .*sumary/],
  ] as const)('%s', (_, change, message) => expect(problemsWith(edited(EDITORIAL, [...change])).join('\n')).toMatch(message));

  it('the dating note quotes each clause with the paragraph it names', () => {
    expect(edition.dating.note).toBe('原文未署作者与发表日期；据文中第1段“和稳妥的2013相比”、第7段“13年底”等语推断写于2013年底。');
    for (const e of edition.dating.evidence) expect(e.paragraph.text).toContain(e.quote);
  });
});

describe('the company table', () => {
  it('names each company where its paragraph does, and counts them', () => {
    const count = (name: string) => edition.companies.find((c) => c.name === name)!.trends.length;
    expect(count('京东')).toBe(edition.trends.length);
    expect(count('阿里巴巴')).toBe(6);
    expect(edition.companies.find((c) => c.name === '阿里巴巴')!.spellingsUsed).toEqual(['阿里巴巴', '阿里']);
  });

  it.each([
    ['an alias given to two companies', ['aliases: [Baidu]', 'aliases: [Baidu, Ali]'], /company "百度": "ali" already names 阿里巴巴/],
    ['an alias listed twice', ['aliases: [Baidu]', 'aliases: [Baidu, Baidu]'], /company "百度", field "aliases": "Baidu" is listed twice/],
    ['a slug used twice', ['slug: baidu', 'slug: jd'], /company "百度", field "slug": "jd" is also 京东's/],
    [
      'a product tied to an unknown company',
      ['company: 百度, tie: 百度推出百度理财', 'company: 百渡, tie: 百度推出百度理财'],
      /product "百度理财", field "company": no company "百渡"/,
    ],
  ] as const)('%s fails', (_, change, message) => expect(problemsWith(edited(COMPANIES, [...change])).join('\n')).toMatch(message));
});

describe('trends', () => {
  it('carry their paragraph cut at the key clauses, which join to the paragraph exactly', () => {
    for (const t of edition.trends) {
      expect(t.runs.map((r) => r.text).join(''), t.slug).toBe(source.trends.get(t.order)!.body.text);
      expect(
        t.runs.filter((r) => r.key).map((r) => r.text),
        t.slug,
      ).toEqual(t.keyPoints.toSorted((a, b) => t.paragraph.text.indexOf(a) - t.paragraph.text.indexOf(b)));
    }
  });

  it('two key points that overlap fail', () => {
    const broken = edited('content/trends/01-o2o.mdx', [
      "  - '都透露着明年O2O将摆脱概念真正进入发酵期'",
      "  - '都透露着明年O2O将摆脱概念真正进入发酵期'\n  - '还是京东与太原唐久连锁试水的双向整合O2O样本，都透露着明年O2O将摆脱概念真正进入发酵期'",
    ]);
    expect(problemsWith(broken).join('\n')).toMatch(/01-o2o\.mdx:\d+: field "keyPoints": .* overlap/);
  });

  it('relate by shared topics with the reason; the pager names neighbours once', () => {
    const o2o = edition.trends[0];
    expect(o2o.relatedAll.map((r) => [r.trend.order, r.shared])).toEqual([
      [2, ['O2O']],
      [7, ['双十一']],
    ]);
    expect(o2o.next).toMatchObject({ shared: ['O2O'] });
    expect(o2o.related.map((r) => r.trend.order)).toEqual([7]);
    for (const t of edition.trends) expect(t.relatedAll.length).toBeLessThanOrEqual(MAX_RELATED);
  });
});

describe('one record per page', () => {
  it('every page has a title, a description and a card of its own', () => {
    const keys = [...edition.pages.keys()];
    expect(keys).toEqual(
      expect.arrayContaining([
        'index',
        'briefing',
        'source',
        'search',
        'changes',
        'companies',
        '404',
        ...edition.trends.map((t) => `trends/${t.slug}`),
      ]),
    );
    for (const p of edition.pages.values()) {
      expect(p.card.key, p.key).toBe(p.key);
      expect(p.description, p.key).not.toBe('');
      expect(p.title.endsWith(edition.title), p.key).toBe(true);
    }
  });

  it('only the briefing and trend pages are cited; only with an address is anything absolute', () => {
    const cited = [...edition.pages.values()].filter((p) => p.citation).map((p) => p.key);
    expect(cited).toEqual([...edition.trends.map((t) => `trends/${t.slug}`), 'briefing']);
    expect([...edition.pages.values()].some((p) => p.canonical || p.citation?.url)).toBe(false);
    const online = resolveEdition(files, { ...ENV, site: 'https://example.org/pub/', base: '/pub/' });
    expect(online.pages.get('trends/o2o')!.canonical).toBe('https://example.org/pub/trends/o2o/');
    expect(online.pages.get('404')!.canonical).toBeUndefined();
    expect(online.pages.get('briefing')!.citation!.url).toBe('https://example.org/pub/briefing/');
  });
});

describe('the seed', () => {
  it('a seed whose headings skip a number fails, naming the line', () => {
    expect(problemsWith(edited('seeds/000_0bcd0836c099145f.txt', ['三、互联网金融体系化', '四、互联网金融体系化']))).toEqual([
      'seeds/000_0bcd0836c099145f.txt:7: heading "四、互联网金融体系化" is numbered 4, expected 3',
    ]);
  });
});
