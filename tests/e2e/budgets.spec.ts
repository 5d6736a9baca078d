import { expect, test, type Page } from '@playwright/test';
import { measureFirstLoad } from '../../scripts/bench/weight.ts';
import { builtPages, readerPages } from './site';

/** What a first visit may cost, in gzip bytes, measured from Chromium's network log. */
const KB = 1024;
const BUDGET = { articleJs: 15 * KB, articleFirstLoad: 30 * KB };

const articles = () => builtPages().filter((p) => p.startsWith('/trends/'));

test('the site has articles to measure', () => {
  expect(articles().length).toBeGreaterThan(0);
});

test(`an article loads at most ${BUDGET.articleJs / KB} KB gzip of JS, and at most ${BUDGET.articleFirstLoad / KB} KB gzip of HTML+CSS+JS, before interaction`, async ({
  browser,
}) => {
  for (const path of articles()) {
    // A fresh context per page: nothing cached from the previous article.
    const context = await browser.newContext();
    const w = await measureFirstLoad(await context.newPage(), path);
    await context.close();
    expect(w.html.files.length, `${path}: the document itself was measured`).toBe(1);
    expect(w.js.gzip, `${path}: JS ${w.js.files.join(', ')}`).toBeLessThanOrEqual(BUDGET.articleJs);
    const firstLoad = w.html.gzip + w.css.gzip + w.js.gzip;
    expect(firstLoad, `${path}: HTML ${w.html.gzip} + CSS ${w.css.gzip} + JS ${w.js.gzip} bytes gzip`).toBeLessThanOrEqual(
      BUDGET.articleFirstLoad,
    );
  }
});

/** Visible text of <main> and its headings, as a reader sees them. */
async function readable(page: Page, path: string) {
  await page.goto(path);
  return {
    headings: (await page.locator('main :is(h1, h2, h3, h4, h5, h6)').allInnerTexts()).map((h) => h.trim()),
    text: (await page.locator('main').innerText()).replace(/\s+/g, ''),
  };
}

test('no page needs JavaScript to be read: with JS off every page has its headings, and articles their whole text', async ({ browser }) => {
  const on = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  const off = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  for (const path of readerPages()) {
    const withJs = await readable(on, path);
    const withoutJs = await readable(off, path);
    expect(withoutJs.headings.length, `${path}: headings without JS`).toBeGreaterThan(0);
    // Script may add controls (a search box's results), never the reading matter: every heading a
    // reader sees with JS is already in the HTML.
    for (const h of withJs.headings.filter((h) => h !== '')) expect(withoutJs.headings, `${path} without JS`).toContain(h);
    if (path.startsWith('/trends/')) expect(withoutJs.text, path).toBe(withJs.text);
    await expect(off.locator('main h1'), path).toBeVisible();
    // /search/ has nothing to read but a search: without JS it sends the reader to the contents.
    if (path === '/search/') await expect(off.locator('main a[href="/#contents"]')).toHaveCount(1);
    else expect(withoutJs.text.length, `${path}: reading matter without JS`).toBeGreaterThan(100);
    if (path.startsWith('/trends/')) await expect(off.locator('.original'), path).toBeVisible();
  }
});
