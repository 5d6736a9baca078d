import { expect, test } from '@playwright/test';
import { edition, numbers, source } from '../helpers/edition';
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
    await expect(page.getByRole('heading', { name: '提及的企业', exact: true })).toBeVisible();
    // The link to the paragraph on /source/ counts paragraphs as a reader does (第1段 is the intro).
    await expect(page.locator('.article__source-link a')).toHaveText(`原文第${t.body.number}段`);
  }
});

test('previous/next links walk the ten trends in order', async ({ page }) => {
  await page.goto('/');
  await page.locator('.trend-card__link').first().click();
  await page.waitForURL(/\/trends\//);
  const seen = [squash(await page.locator('h1').innerText())];
  while (await page.locator('a[rel=next]').count()) {
    // Read the next page only once it has replaced this one (a busy machine may be slow to navigate).
    const from = page.url();
    await page.locator('a[rel=next]').click();
    await page.waitForURL((url) => url.href !== from);
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
  // The way back is a link to the contents, not a copy of them: the page does not grow with the edition.
  for (const href of ['/#contents', '/source/', '/companies/', '/search/'])
    await expect(page.locator(`.not-found a[href="${href}"]`)).toHaveCount(1);
});

test('every page declares its language (zh-CN, en under /en/), a title, a description and Open Graph tags', async ({ page }) => {
  // Canonical URLs, og:url and the sitemap exist only in a build with SITE_URL: addresses.spec.ts.
  for (const path of readerPages()) {
    await page.goto(path);
    const english = path.startsWith('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', english ? 'en' : 'zh-CN');
    // An English trend heading too long to share the title with the publication's name stands alone (og:site_name names it).
    const title = await page.title();
    if (english && edition.en.trends.some((t) => t.heading === title)) expect(title.length).toBeGreaterThan(70 - 25);
    else expect(title).toMatch(english ? /E-Commerce (Trends 2014|Industry in 2014)/ : /2014年电商行业十大趋势/);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{8,}/);
    for (const p of ['og:title', 'og:description', 'og:image', 'og:type'])
      await expect(page.locator(`meta[property="${p}"]`)).toHaveCount(1);
    await expect(page.locator('link[rel=icon]')).toHaveCount(1);
  }
});

test('the front page leads with the trends and says each thing once: the dating in full once, the edition date in the footer only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  // The first trend starts within the first two screens of a phone.
  const first = await page.locator('.trend-card__link').first().boundingBox();
  expect(first!.y).toBeLessThan(2 * 740);
  // The dating and what it rests on, once, in the source's words, each linked to its paragraph.
  const text = await page.locator('main').innerText();
  expect(text.match(/推断/g)).toHaveLength(1);
  await expect(page.locator('.front__frame')).toContainText('2013年底');
  await expect(page.locator('.front__frame')).toContainText('原文未署作者与发布方');
  const cited = [...(await page.locator('.front__frame').innerText()).matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  expect(cited.length).toBeGreaterThanOrEqual(2);
  const links = await page.locator('.front__frame a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links).toHaveLength(cited.length);
  cited.forEach((c, i) => expect(source.paragraphs.find((p) => `/source/#${p.anchor}` === links[i])?.text, c).toContain(c));
  // The edition date once, in the footer.
  await expect(page.locator('main time')).toHaveCount(0);
  await expect(page.locator('.site-footer time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('link', { name: '下载 PDF' })).toHaveAttribute('href', '/briefing.pdf');
  // The h1 is the title once: the header does not repeat it on the front page.
  await expect(page.getByText(source.title, { exact: true })).toHaveCount(1);
});

test('every front-page callout carries its hedge, period, source and verbatim quote, linked to its paragraph', async ({ page }) => {
  await page.goto('/');
  const callouts = page.locator('.callouts .key-figure');
  expect(await callouts.count()).toBeGreaterThanOrEqual(3);
  for (const callout of await callouts.all()) {
    const id = await callout.getAttribute('data-datum');
    const d = numbers.find((n) => n.id === id)!;
    const quote = d.quote;
    await expect(callout.locator('.key-figure__quote')).toContainText(quote);
    const href = await callout.locator('.key-figure__link').getAttribute('href');
    const paragraph = source.paragraphs.find((p) => p.anchor === href!.split('#')[1]);
    expect(paragraph?.text, `${quote} → ${href}`).toContain(quote);
    const value = await callout.locator('.key-figure__value').innerText();
    // The hedge as the source writes it, then the number; a unit the source does not write is marked.
    expect(value.startsWith(`${d.qualifier ?? ''}${d.value}${d.magnitude}`), value).toBe(true);
    const added = callout.locator('.unit-added');
    if (quote.includes(`${d.value}${d.magnitude}${d.unit}`)) await expect(added).toHaveCount(0);
    else await expect(added).toHaveText(`${d.unit}（本站补）`);
    await expect(callout.locator('.key-figure__label')).toContainText(d.period);
    await expect(callout.locator('.key-figure__label')).toContainText(d.measuredBy === '原文' ? '原文作者' : d.measuredBy);
  }
});

test("each front-page callout's number and its added unit share one line, on a phone and two to a row on a desktop", async ({ page }) => {
  await page.goto('/');
  const values = page.locator('.callouts .key-figure__value');
  expect(await values.count()).toBeGreaterThanOrEqual(3);
  for (const width of [320, 360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const tops = await page.locator('.callouts .key-figure').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top));
    // One card a row on a phone, two on a desktop: the narrower card is where a line would break.
    const perRow = [...Map.groupBy(tops, (t) => t).values()].map((row) => row.length);
    expect(perRow, `${width} px`).toEqual(perRow.map((_, i) => (width < 640 ? 1 : Math.min(2, tops.length - 2 * i))));
    for (const value of await values.all()) {
      const lines = await value.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      expect(lines, `${width} px: ${await value.innerText()}`).toBeLessThan(1.5);
    }
  }
});

test('the front page states a finding computed from the source: the company named in most trends', async ({ page }) => {
  await page.goto('/');
  const inAll = [...source.trends.values()].every((t) => t.body.text.includes('京东'));
  expect(inAll).toBe(true);
  await expect(page.locator('.finding')).toContainText('原文十个趋势都提到了京东');
  await expect(page.locator('.finding')).toContainText('阿里巴巴（含“阿里”）的有六个');
});
