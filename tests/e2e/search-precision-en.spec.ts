/**
 * English search as a reader uses it, on /en/search/ in a real browser: each query finds exactly
 * the trends the translation files and the seed say it should (tests/helpers/english-search.ts,
 * worked out independently of src/'s normaliser), the trend whose heading names it first, links to
 * the English trend pages, and highlights text that is in the page (the English heading or
 * paragraph, or the Chinese one for a Chinese query). A Chinese query finds what /search/ finds.
 */
import { expect, test } from '@playwright/test';
import { edition } from '../helpers/edition';
import { expectedEnglish, foldEn, nameForms, translation } from '../helpers/english-search';
import { searchIn } from './search-helpers';

const bySlug = new Map(edition.trends.map((t) => [t.slug, t.order]));
const orderOf = (href: string) => {
  const slug = /^\/en\/trends\/([^/?#]+)\//.exec(href)?.[1];
  if (!slug || !bySlug.has(slug)) throw new Error(`not an English trend URL: ${href}`);
  return bySlug.get(slug)!;
};

/** Query, what each of its words may be found as, and the trend that should come first. */
const TABLE: { query: string; words: (string | readonly string[])[]; first?: number }[] = [
  { query: 'logistics', words: ['logistics'], first: 8 },
  { query: 'cross-border', words: ['cross-border'], first: 4 },
  { query: 'cross border', words: ['cross', 'border'], first: 4 },
  { query: 'Cross-Border', words: ['cross-border'], first: 4 },
  { query: 'mobile', words: ['mobile'], first: 2 },
  { query: "Yu'e Bao", words: [nameForms('Yu’e Bao')] },
  { query: 'Yu’e Bao', words: [nameForms('Yu’e Bao')] },
  { query: 'JD', words: [nameForms('JD.com')] },
  { query: 'jd.com', words: [nameForms('JD.com')] },
  { query: 'Alibaba', words: [nameForms('Alibaba')] },
  { query: 'big data', words: ['big', 'data'], first: 7 },
  { query: 'O2O', words: ['O2O'], first: 1 },
  { query: 'trillion', words: ['trillion'] },
  { query: '6.55 trillion', words: ['6.55', 'trillion'] },
  { query: 'smart hardware', words: ['smart', 'hardware'], first: 9 },
  { query: 'urbanization', words: ['urbanization'], first: 10 },
];

const CHINESE = ['余额宝', '物流', '京东', '跨境电商', '6.55万亿'];

test('the table covers the issue’s queries, and every query finds something', () => {
  expect(TABLE.map((r) => r.query)).toEqual(
    expect.arrayContaining(['logistics', 'cross-border', 'cross border', 'mobile', "Yu'e Bao", 'JD', 'Alibaba']),
  );
  for (const r of TABLE) expect(expectedEnglish(r.words).length, r.query).toBeGreaterThan(0);
  // A name finds every trend naming it: as many as the company table says.
  expect(expectedEnglish([nameForms('Alibaba')])).toEqual(edition.companies.find((c) => c.name === '阿里巴巴')!.trends);
});

test('English queries on /en/search/ find exactly the trends that hold them, the one about it first', async ({ page }) => {
  await page.goto('/en/search/');
  for (const { query, words, first } of TABLE) {
    const rows = await searchIn(page, query);
    const orders = rows.map((r) => orderOf(r.href));
    expect(
      [...orders].sort((a, b) => a - b),
      query,
    ).toEqual(expectedEnglish(words));
    if (first) expect(orders[0], `${query}: the trend about it first`).toBe(first);
    for (const row of rows) {
      const t = translation.trends.find((x) => x.order === orderOf(row.href))!;
      const zh = edition.source.trends.get(t.order)!;
      expect(row.marks.length, `${query} ${row.href} highlights something`).toBeGreaterThan(0);
      // What is highlighted is a word the reader typed or one of its forms, whole, folded the same way.
      const forms = [...query.split(/\s+/), ...words.flat()].map((w) => foldEn(w).trim());
      for (const m of row.marks) expect(forms, `${query} ${row.href}: “${m}”`).toContain(foldEn(m).trim());
      // The excerpt is the page's own text: its English heading or paragraph, or the Chinese.
      const inner = row.excerpt.replace(/^…/, '').replace(/…$/, '').replace(/\s+/g, ' ').trim();
      expect(
        [t.heading, t.paragraph, zh.heading.text, zh.body.text].some((x) => x.replace(/\s+/g, ' ').includes(inner)),
        `${query} ${row.href}: excerpt “${row.excerpt}”`,
      ).toBe(true);
    }
  }
});

test('a Chinese query on /en/search/ finds the trends /search/ finds, through the Chinese text', async ({ page }) => {
  const chinese = new Map<string, number[]>();
  await page.goto('/search/');
  for (const q of CHINESE) {
    const rows = await searchIn(page, q);
    chinese.set(
      q,
      rows.map((r) => bySlug.get(/\/trends\/([^/?#]+)\//.exec(r.href)![1])!).sort((a, b) => a - b),
    );
  }
  await page.goto('/en/search/');
  for (const q of CHINESE) {
    const rows = await searchIn(page, q);
    expect(chinese.get(q)!.length, q).toBeGreaterThan(0);
    expect(
      rows.map((r) => orderOf(r.href)).sort((a, b) => a - b),
      q,
    ).toEqual(chinese.get(q));
    // Found in the Chinese: the result opens at the original (a name is found in the English too).
    if (!edition.en.name(q)) for (const r of rows) expect(r.href, q).toMatch(/#original-h$/);
  }
});

test('the header’s search box on an English page searches the English index and opens English pages', async ({ page }) => {
  await page.goto('/en/trends/o2o/');
  const box = page.locator('#site-search-input');
  await box.click();
  await box.fill('logistics');
  const first = page.locator('#site-search-list [role="option"] a, #site-search-list a').first();
  await expect(first).toHaveAttribute('href', /^\/en\/trends\/smart-logistics\//);
});
