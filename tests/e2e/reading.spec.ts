import { expect, test } from '@playwright/test';
import { source } from '../helpers/seed';
import { readerPages, squash } from './site';

const trends = [...source.trends.entries()];

test('front page: title, the 2013 summary and ten cards in source order with source headings', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(source.title);
  expect(squash(await page.locator('.front__intro').innerText())).toBe(squash(source.intro.text));
  const headings = await page.locator('.trend-card h3').allInnerTexts();
  expect(headings.map(squash)).toEqual(trends.map(([, t]) => squash(t.heading.text)));
});

test('every card links to its article, whose heading and original paragraph equal the source', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('.trend-card__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(source.trends.size);
  for (const [i, href] of hrefs.entries()) {
    const [order, t] = trends[i];
    await page.goto(href);
    expect(href).toMatch(/^\/trends\/[a-z0-9]+(-[a-z0-9]+)*\/$/);
    expect(squash(await page.locator('h1').innerText())).toBe(squash(t.heading.text));
    const original = page.locator('.original');
    await expect(original).toHaveCount(1);
    expect(squash(await original.innerText()), `trend ${order}`).toBe(squash(t.body.text));
    // The 原文 link points at this trend's paragraph on /source/.
    await expect(page.locator('.article__source-link a')).toHaveAttribute('href', `/source/#${t.body.anchor}`);
    for (const h of ['要点', '提及的企业', '相关趋势']) await expect(page.getByRole('heading', { name: h, exact: true })).toBeVisible();
  }
});

test('previous/next links walk the ten trends in order', async ({ page }) => {
  await page.goto('/');
  await page.locator('.trend-card__link').first().click();
  const seen = [squash(await page.locator('h1').innerText())];
  while (await page.locator('a[rel=next]').count()) {
    await page.locator('a[rel=next]').click();
    seen.push(squash(await page.locator('h1').innerText()));
  }
  expect(seen).toEqual(trends.map(([, t]) => squash(t.heading.text)));
  await expect(page.locator('a[rel=prev]')).toHaveCount(1);
});

test('/source/ holds the whole source text, every paragraph anchored and linked back', async ({ page }) => {
  await page.goto('/source/');
  const text = squash(await page.locator('.source-doc').innerText());
  for (const p of source.paragraphs) {
    expect(text).toContain(squash(p.text));
    await expect(page.locator(`#${p.anchor}`)).toHaveCount(1);
  }
  const back = await page.locator('.source-doc a[href^="/trends/"]').count();
  expect(back).toBe(source.trends.size);
});

test('a missing page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.locator('.not-found__list a')).toHaveCount(source.trends.size);
});

test('every page declares zh-CN, a title, a description and Open Graph tags', async ({ page }) => {
  // Canonical URLs, og:url and the sitemap exist only in a build with SITE_URL: addresses.spec.ts.
  for (const path of readerPages()) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await page.title()).toMatch(/2014年电商行业十大趋势/);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{8,}/);
    for (const p of ['og:title', 'og:description', 'og:image', 'og:type'])
      await expect(page.locator(`meta[property="${p}"]`)).toHaveCount(1);
    await expect(page.locator('link[rel=icon]')).toHaveCount(1);
  }
});

test('every key figure on a card quotes the source verbatim and links to the paragraph that states it', async ({ page }) => {
  await page.goto('/');
  const quotes = page.locator('.trend-card .key-figure__quote');
  expect(await quotes.count()).toBeGreaterThanOrEqual(5);
  for (const quote of await quotes.all()) {
    const text = await quote.locator('q').innerText();
    const href = await quote.locator('a').getAttribute('href');
    const anchor = href!.split('#')[1];
    const paragraph = source.paragraphs.find((p) => p.anchor === anchor);
    expect(paragraph?.text, `${text} → ${href}`).toContain(text);
    // The number on the card is the one the quote states.
    const value = await quote.locator('xpath=..').locator('.key-figure__value').innerText();
    expect(text).toContain(value.replace(/[元人]$/, ''));
  }
});
