/**
 * Acceptance 1 and 2: for every query in the table, the results are exactly the trends whose
 * source heading or paragraph contain the query (computed from seeds/, not hard-coded), the page
 * about the query is first, and the excerpts highlight the query as whole words.
 */
import { expect, test } from '@playwright/test';
import { source } from '../helpers/seed';
import { aboutFromSeed, expectedFromSeed, searchPage } from './search-helpers';

/** [query, the trend that must be first (when the issue or the source names one)]. */
const TABLE: [string, number?][] = [
  ['移动电商', 2],
  ['跨境电商', 4],
  ['余额宝', 3],
  ['菜鸟', 8],
  ['C2B', 5],
  ['c2b', 5],
  ['O2O', 1],
  ['京东'],
  ['阿里巴巴'],
  ['百度', 3],
  ['腾讯', 6],
  ['大众点评', 6],
  ['大数据', 7],
  ['云计算'],
  ['智能硬件', 9],
  ['物流', 8],
  ['互联网金融', 3],
  ['双十一'],
  ['供应链'],
  ['城镇化', 10],
  ['本地生活服务', 6],
  ['京保贝', 3],
  ['聚划算', 5],
  ['天猫', 7],
  ['二维码', 2],
  ['新加坡', 4],
  ['日日顺', 10],
  ['亚洲一号', 8],
  ['艾瑞咨询', 6],
  ['反向定制', 5],
  ['LBS', 2],
  ['微信', 6],
  ['唐久', 1],
  ['京东 物流', 8],
  // Queries where Pagefind alone returns pages without the word (measured; see README): the
  // matching part of a word, or a number inside another number.
  ['大数', 7],
  ['网购'],
  ['数据挖掘', 5],
  ['移动互联', 2],
  ['1亿', 2],
  ['20%', 2],
  // Numbers, as the source writes them.
  ['6.55万亿', 2],
  ['1.85亿', 6],
  ['52%', 2],
  ['1200亿元', 6],
  ['2万亿元', 4],
];

test('the table is big enough and every query occurs in the source', () => {
  expect(TABLE.length).toBeGreaterThanOrEqual(25);
  for (const [q, first] of TABLE) {
    expect(expectedFromSeed(q).length, q).toBeGreaterThan(0);
    if (first) expect(expectedFromSeed(q), q).toContain(first);
  }
  // The example: 京东 is named in every trend, so it must find all ten.
  expect(expectedFromSeed('京东')).toHaveLength(10);
});

for (const [query, first] of TABLE) {
  test(`search “${query}”`, async ({ page }) => {
    const rows = await searchPage(page, query);
    const expected = expectedFromSeed(query);
    expect(
      rows.map((r) => r.order).sort((a, b) => a - b),
      'exactly the trends that contain it',
    ).toEqual(expected);
    const lead = first ?? aboutFromSeed(query);
    if (lead) expect(rows[0].order, 'the page about the query is first').toBe(lead);
    const about = aboutFromSeed(query);
    if (about) expect(rows[0].order).toBe(about);
    const words = query.toLowerCase().split(/\s+/);
    for (const row of rows) {
      expect(row.marks.length, `${row.href} highlights something`).toBeGreaterThan(0);
      for (const m of row.marks) expect(words, `${row.href}: whole words, not characters`).toContain(m.toLowerCase());
    }
  });
}

// Every number the source states with a unit, found in its own paragraph: not a hand-picked list.
const NUMBER = /\d+(?:\.\d+)?(?:%|万亿|亿|万|分钟)/g;
const SOURCE_NUMBERS = [...new Set([...source.trends.values()].flatMap((t) => t.body.text.match(NUMBER) ?? []))];

test('the source states numbers to search for', () => {
  expect(SOURCE_NUMBERS).toEqual(expect.arrayContaining(['6.55万亿', '1.85亿', '52%']));
});

for (const n of SOURCE_NUMBERS) {
  test(`number “${n}” finds exactly the trends that state it`, async ({ page }) => {
    const rows = await searchPage(page, n);
    expect(rows.map((r) => r.order).sort((a, b) => a - b)).toEqual(expectedFromSeed(n));
    for (const row of rows) expect(row.marks).toContain(n);
  });
}

// Chrome and pages that repeat the articles are not indexed: header, footer, kicker, the 原文 link,
// related-trends lists, and the intro (on / and /source/ only) find nothing.
for (const chrome of ['跳到正文', '本站内容全部来自', '十大趋势之', '原文（第', '共同主题', '务实']) {
  test(`not indexed: “${chrome}”`, async ({ page }) => {
    expect(await searchPage(page, chrome)).toEqual([]);
    await expect(page.locator('[data-search-status]')).toContainText('没有找到');
  });
}
