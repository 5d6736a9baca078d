/**
 * Acceptance 1 and 2: for every query in the table, the results are exactly the trends whose
 * source heading or paragraph contain every query word (computed from seeds/ and the alias table
 * in src/lib/companies.ts, never typed by hand), the page about the query is first, the excerpts
 * come from the article's text and highlight whole query words. The table (search-queries.ts,
 * shared with the search bench) holds hand-picked words and generated rows: every alias in any
 * case, the tails of the source's years and numbers (13年 inside 2013年), full-width forms and
 * traditional forms (by OpenCC).
 */
import { expect, test, type Page } from '@playwright/test';
import { edition, source } from '../helpers/edition';
import { aboutFromSeed, expectedFromSeed, fold, searchIn, spellingsOf } from './search-helpers';
import { SOURCE_NUMBERS, TABLE, type Row } from './search-queries';

test('the table is big enough, covers every kind, and every query occurs in the source', () => {
  expect(TABLE.length).toBeGreaterThanOrEqual(80);
  for (const kind of ['word', 'name', 'tail', 'full-width', 'traditional'])
    expect(TABLE.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  for (const { query, canonical, first } of TABLE) {
    expect(expectedFromSeed(canonical).length, query).toBeGreaterThan(0);
    if (first) expect(expectedFromSeed(canonical), query).toContain(first);
  }
  // The examples: 京东 is named in every trend; 阿里巴巴 finds what its filter finds (阿里 too);
  // 13年 finds the pages with 2013年.
  expect(expectedFromSeed('京东')).toHaveLength(10);
  expect(expectedFromSeed('Alibaba')).toEqual(
    edition.trends.filter((t) => t.companies.some((c) => c.name === '阿里巴巴')).map((t) => t.order),
  );
  expect(expectedFromSeed('13年')).toEqual(expect.arrayContaining(expectedFromSeed('2013年')));
  expect(TABLE.map((r) => r.query)).toEqual(expect.arrayContaining(['13年', '14年', 'Alibaba', 'TENCENT', 'jd', '京東', '電商']));
});

/** Checks one query's results against the seed (the reader has typed it into /search/). */
async function check(page: Page, { query, canonical, first }: Row) {
  const rows = await searchIn(page, query);
  const expected = expectedFromSeed(canonical);
  expect(
    rows.map((r) => r.order).sort((a, b) => a - b),
    `“${query}”: exactly the trends that contain it`,
  ).toEqual(expected);
  const lead = first ?? aboutFromSeed(canonical);
  if (lead) expect(rows[0].order, `“${query}”: the page about the query is first`).toBe(lead);
  const words = canonical.split(/\s+/).flatMap(spellingsOf);
  for (const row of rows) {
    expect(row.marks.length, `“${query}” ${row.href} highlights something`).toBeGreaterThan(0);
    for (const m of row.marks) expect(words, `“${query}” ${row.href}: whole words, not characters`).toContain(fold(m));
    // From the article's own text (heading, paragraph), cut at boundaries: never a caption.
    const inner = row.excerpt.replace(/^…/, '').replace(/…$/, '');
    const t = source.trends.get(row.order)!;
    const texts = [t.heading.text, t.body.text];
    expect(
      texts.some((x) => x.includes(inner)),
      `“${query}” ${row.href}: excerpt “${row.excerpt}”`,
    ).toBe(true);
  }
}

// Typed one after another into one /search/ page (as a reader would): fast, and each result set
// is checked against its own query (searchIn waits for that query's results).
const BATCH = 20;
for (let i = 0; i < TABLE.length; i += BATCH) {
  const batch = TABLE.slice(i, i + BATCH);
  test(`queries ${i + 1}–${i + batch.length}: ${batch.map((r) => r.query).join(' · ')}`, async ({ page }) => {
    await page.goto('/search/');
    for (const row of batch) await check(page, row);
  });
}

test('the source states numbers to search for', () => {
  expect(SOURCE_NUMBERS).toEqual(expect.arrayContaining(['6.55万亿', '1.85亿', '52%']));
});

test('every number the source states finds exactly the trends that state it', async ({ page }) => {
  await page.goto('/search/');
  for (const n of SOURCE_NUMBERS) {
    const rows = await searchIn(page, n);
    expect(
      rows.map((r) => r.order).sort((a, b) => a - b),
      n,
    ).toEqual(expectedFromSeed(n));
    for (const row of rows) expect(row.marks, n).toContain(n);
  }
});

// Chrome and pages that repeat the articles are not indexed: header, footer, kicker, the 原文 link,
// related-trends lists, and the intro (on / and /source/ only) find nothing.
test('not indexed: chrome and pages that repeat the articles', async ({ page }) => {
  await page.goto('/search/');
  for (const chrome of ['跳到正文', '本站内容全部来自', '十大趋势之', '原文（第', '共同主题', '务实']) {
    expect(await searchIn(page, chrome), chrome).toEqual([]);
    await expect(page.locator('[data-search-status]')).toContainText('没有找到');
  }
});
