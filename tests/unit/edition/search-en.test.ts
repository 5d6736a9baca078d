/**
 * English search: the same engine (src/client/search/engine.ts over src/lib/search-index.ts) on the
 * English index (searchIndexFiles(edition, 'en')), served from memory. Each expected set is worked
 * out here from the translation files (content/translations/en/) and the seed, with this test's own
 * folding: case, punctuation and hyphens as spaces; a name finds every trend naming it in either
 * language. The Chinese index is the one it was.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { searchIndexFiles } from '../../../src/edition/search';
import { queryWords, singular } from '../../../src/lib/search';
import { makeNormalizer, type IndexMeta } from '../../../src/lib/search-index';
import { edition } from '../../helpers/edition';
import { expectedEnglish as expected, nameForms as forms } from '../../helpers/english-search';

type Search = (q: string) => Promise<{ total: number; hits: { href: string; title: string }[] }>;
const engines: Record<'en' | 'zh-CN', Search> = {} as never;

beforeAll(async () => {
  const index = { en: searchIndexFiles(edition, 'en'), zh: searchIndexFiles(edition) };
  vi.stubGlobal('fetch', async (address: string) => {
    const url = new URL(address);
    const files = url.pathname.startsWith('/en/') ? index.en : index.zh;
    const body = files.get(
      url.pathname
        .split('/')
        .pop()!
        .replace(/\.json$/, ''),
    );
    return body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body));
  });
  // The engine keeps one index per page (a page is in one language): one copy of the module per language.
  for (const [lang, root] of [
    ['en', 'http://site.test/en/search/'],
    ['zh-CN', 'http://site.test/search/'],
  ] as const) {
    vi.resetModules();
    const engine = await import('../../../src/client/search/engine');
    engines[lang] = (q) => engine.search(root, q, { topic: [], company: [] }, 100);
  }
});

const orders = async (lang: 'en' | 'zh-CN', q: string) =>
  (await engines[lang](q)).hits.map((h) => edition.trends.find((t) => h.href.includes(`/trends/${t.slug}/`))!.order);

describe('English queries find exactly the trends whose text holds them', () => {
  it.each([
    ['logistics', [['logistics']]],
    ['cross-border', [['cross-border']]],
    ['cross border', [['cross'], ['border']]],
    ['mobile', [['mobile']]],
    ["Yu'e Bao", [forms('Yu’e Bao')]],
    ['Yu’e Bao', [forms('Yu’e Bao')]],
    ['JD', [['JD', ...forms('JD')]]],
    ['Alibaba', [forms('Alibaba')]],
    ['Singles Day', [forms('Singles Day')]],
    ['LOGISTICS', [['logistics']]],
  ] as const)('%s', async (q, words) => {
    const want = expected(words.map((w) => [...w]));
    expect(want.length, `${q} should find something`).toBeGreaterThan(0);
    expect((await orders('en', q)).sort((a, b) => a - b)).toEqual(want);
  });

  it('a name finds every trend naming it, in as many trends as the company table says', async () => {
    const alibaba = edition.companies.find((c) => c.name === '阿里巴巴')!;
    expect((await orders('en', 'Alibaba')).sort((a, b) => a - b)).toEqual(alibaba.trends);
    expect((await orders('en', 'JD')).sort((a, b) => a - b)).toEqual(edition.trends.map((t) => t.order));
  });

  it('"trends" finds the trend that says "trend": a plural finds its singular; "logistics" is not cut to "logistic"', async () => {
    expect((await orders('en', 'trends')).sort()).toEqual(expected([['trend']]));
    expect(singular('trends')).toBe('trend');
    expect(singular('companies')).toBe('company');
    expect(singular('logistics')).toBeUndefined();
    expect(singular('business')).toBeUndefined();
    expect(singular('lbs')).toBeUndefined();
  });

  it('ranks the trend whose heading names the query first', async () => {
    expect((await orders('en', 'logistics'))[0]).toBe(8);
    expect((await orders('en', 'cross-border'))[0]).toBe(4);
  });

  it('links a result to the English trend page, where its words are', async () => {
    const [hit] = (await engines.en('Yu’e Bao')).hits;
    expect(hit.href).toMatch(/^\/en\/trends\/internet-finance\/\?hl=.*#translation-h$/);
    expect(hit.title).toBe('3. Internet finance becomes systematized');
  });
});

describe('a Chinese query on the English site', () => {
  it.each(['余额宝', '物流', '京东', '跨境电商', '6.55万亿'])(
    '%s finds the trends the Chinese site finds, through the Chinese text',
    async (q) => {
      const zh = await orders('zh-CN', q);
      expect(zh.length).toBeGreaterThan(0);
      expect((await orders('en', q)).sort((a, b) => a - b)).toEqual([...zh].sort((a, b) => a - b));
      expect((await orders('en', q)).sort((a, b) => a - b)).toEqual(expected([q]));
    },
  );

  it('links to the Chinese original on the English page', async () => {
    const [hit] = (await engines.en('物流')).hits;
    expect(hit.href).toMatch(/^\/en\/trends\/smart-logistics\/\?hl=.*#original-h$/);
  });
});

describe('query words, the English way', () => {
  const meta = searchIndexFiles(edition, 'en').get('meta') as IndexMeta;
  const normalize = makeNormalizer(meta.variants);

  it('folds case, punctuation, hyphens and both apostrophes, keeping length', () => {
    expect(normalize("Cross-Border, JD.com’s Yu'e")).toBe('cross border  jd com s yu e');
    expect(normalize('e—commerce').length).toBe('e—commerce'.length);
  });

  it('reads a name of several words as one, with every spelling it has', () => {
    expect(queryWords("Yu'e Bao 2013", normalize, meta.companies, 'en')).toEqual([
      { word: "Yu'e Bao", alternatives: ['yu e bao', '余额宝'] },
      { word: '2013', alternatives: ['2013'] },
    ]);
  });

  it('leaves the Chinese index as it was: no English reading, no language mark', async () => {
    const zhMeta = searchIndexFiles(edition).get('meta') as IndexMeta;
    expect(zhMeta).not.toHaveProperty('lang');
    expect(meta.lang).toBe('en');
    const zhNormalize = makeNormalizer(zhMeta.variants);
    expect(zhNormalize('cross-border')).toBe('cross-border');
    expect(queryWords('trends', zhNormalize, zhMeta.companies)).toEqual([{ word: 'trends', alternatives: ['trends'] }]);
  });
});
