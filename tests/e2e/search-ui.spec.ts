/** The search a reader uses: header box, keyboard, /search/ page, filters, states, hostile input. */
import { expect, test, type Page } from '@playwright/test';
import { edition } from '../helpers/edition';
import { axeViolations } from './axe';
import { orderOf, searchPage } from './search-helpers';
import { readerPages } from './site';
import { UI } from '../../src/i18n/ui';

const box = (page: Page) => page.locator('#site-search-input');
const list = (page: Page) => page.locator('#site-search-list');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);

/** Collects console errors and uncaught exceptions; dialogs (alert) count as failures too. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

test('every page has one search box: the header combobox, or on /search/ the page’s own', async ({ page }) => {
  for (const path of readerPages()) {
    await page.goto(path);
    const inputs = page.locator('input[name="q"]:visible');
    await expect(inputs, path).toHaveCount(1);
    const ui = UI[path.startsWith('/en/') ? 'en' : 'zh-CN'];
    if (path === '/search/' || path === '/en/search/')
      await expect(page.getByRole('searchbox', { name: ui['search.query'] })).toBeVisible();
    else await expect(page.locator('header').getByRole('combobox', { name: ui['searchBox.input'] }), path).toBeVisible();
  }
});

test('a page visit without searching requests nothing from the index', async ({ context, page }) => {
  const requested: string[] = [];
  let lastRequest = Date.now();
  context.on('request', (r) => {
    requested.push(new URL(r.url()).pathname);
    lastRequest = Date.now();
  });
  // Every page open at once, scrolled and tabbed into, then all watched until the network has been
  // quiet for a second: a request a page makes late is still seen, and the pages share one wait.
  const visits = [...readerPages(), '/404.html'].map(async (path) => {
    const tab = await context.newPage();
    await tab.goto(path);
    await tab.mouse.wheel(0, 2000);
    await tab.keyboard.press('Tab');
    return tab;
  });
  const tabs = await Promise.all(visits);
  await expect.poll(() => Date.now() - lastRequest, { intervals: [250] }).toBeGreaterThan(1000);
  await Promise.all(tabs.map((t) => t.close()));
  expect(requested.filter((p) => /\/search\/[^/]+\.json$/.test(p))).toEqual([]);
  // Only the small boot script ran; the search code itself was not fetched either.
  expect(requested.filter((p) => /combobox|engine/.test(p))).toEqual([]);
  // Starting to search (focusing the box) is what loads it.
  await page.goto('/trends/o2o/');
  const meta = page.waitForRequest((r) => r.url().endsWith('/search/meta.json'));
  await box(page).focus();
  await meta;
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header says search needs JavaScript; the article reads normally', async ({ page }) => {
    await page.goto('/trends/cross-border/');
    await expect(page.locator('.site-search__nojs')).toHaveText(/搜索需要 JavaScript/);
    await expect(box(page)).toBeHidden();
    await expect(page.locator('.original')).toBeVisible();
  });
  test('/search/ says search needs JavaScript and offers the contents and the company pages, not a dead form', async ({ page }) => {
    await page.goto('/search/?q=京东');
    await expect(page.locator('.search-page__nojs')).toContainText('搜索需要 JavaScript');
    await expect(page.locator('.search-page__nojs a[href="/companies/"]')).toHaveCount(1);
    // The contents are one link away (the front page's list), not copied into this page.
    await expect(page.locator('.search-page__nojs a[href="/#contents"]')).toHaveCount(1);
    await expect(page.locator('input[name="q"]:visible')).toHaveCount(0);
    await expect(page.locator('[data-search-status]')).toBeHidden();
  });
});

test.describe('keyboard', () => {
  test('/ opens, type, arrows move, Enter navigates, the words are highlighted on arrival', async ({ page }) => {
    const problems = watch(page);
    await page.goto('/trends/o2o/');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await focused(page)).toBe('site-search-input');
    await expect(box(page)).toHaveValue('');
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.type('大数据');
    await expect(list(page)).toHaveAttribute('data-state', 'done');
    const options = list(page).getByRole('option');
    await expect(options).toHaveCount(4); // three trends and "查看全部"
    await page.keyboard.press('ArrowDown');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp'); // wraps to the last option
    await expect(options.last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown'); // and back to the first
    expect(await focused(page)).toBe('site-search-input');
    await Promise.all([page.waitForURL(/\/trends\/big-data\/\?hl=/), page.keyboard.press('Enter')]);
    const marks = page.locator('mark.search-hit');
    await expect(marks.first()).toHaveText('大数据');
    expect(new Set(await marks.allTextContents())).toEqual(new Set(['大数据']));
    expect(problems).toEqual([]);
  });

  test('Ctrl+K opens from anywhere, Esc closes then clears, focus stays in the box', async ({ page }) => {
    await page.goto('/source/');
    await page.keyboard.press('Control+k');
    expect(await focused(page)).toBe('site-search-input');
    await page.keyboard.type('菜鸟');
    await expect(list(page)).toHaveAttribute('data-state', 'done');
    await expect(list(page).getByRole('option').first()).toContainText('八、智能物流升级');
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('[data-site-search-popup]')).toBeHidden();
    expect(await focused(page)).toBe('site-search-input');
    await expect(box(page)).toHaveValue('菜鸟');
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveValue('');
    expect(await focused(page)).toBe('site-search-input');
    await page.keyboard.press('ArrowDown'); // reopens
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  });

  test('Meta+K works too, / typed inside a field stays a character, and on /search/ both reach its own box', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await focused(page)).toBe('search-page-q');
    await page.keyboard.type('52/');
    await expect(page.locator('#search-page-q')).toHaveValue('52/');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Meta+k');
    expect(await focused(page)).toBe('search-page-q');
    await page.goto('/source/');
    await page.keyboard.press('Meta+k');
    expect(await focused(page)).toBe('site-search-input');
  });

  test('Enter without a chosen result opens /search/ with the query in the URL', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('跨境电商');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('跨境电商');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('.search-result').first()).toContainText('四、跨境电商与国际化起步');
  });
});

test('/search/ keeps the query in the URL as the reader types, and a reload restores it', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-page-q').fill('余额宝');
  await expect(page).toHaveURL(/\/search\/\?q=%E4%BD%99%E9%A2%9D%E5%AE%9D$/);
  await expect(page.locator('.search-result')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('#search-page-q')).toHaveValue('余额宝');
  await expect(page.locator('.search-result h2')).toHaveText('三、互联网金融体系化');
});

test('results show number and heading, link to the matching section, and the section exists', async ({ page }) => {
  const rows = await searchPage(page, '跨境电商');
  const first = page.locator('.search-result').first();
  await expect(first.locator('h2')).toHaveText('四、跨境电商与国际化起步');
  expect(rows[0].href).toMatch(/^\/trends\/cross-border\/\?hl=.+#original-h$/);
  await first.locator('a').click();
  await expect(page.locator('#original-h')).toBeAttached();
  await expect(page.locator('.original mark.search-hit').first()).toHaveText('跨境电商');
});

test('a searched phrase is marked where it runs across inline elements (a figure title keeps 近20% on one line)', async ({ page }) => {
  await page.goto(`/trends/mobile-commerce/?hl=${encodeURIComponent('订单比例近20%')}`);
  const title = page.locator('figure.fig figcaption').filter({ hasText: '订单比例近20%' }).first();
  await expect(title.locator('.nowrap')).toContainText(['近20%']);
  await expect(title.locator('mark.search-hit')).toHaveText(['订单比例', '近20%']);
  // In the original too the number is kept whole, so the phrase is marked in two runs that read as one.
  await expect(page.locator('.original mark.search-hit')).toHaveText(['订单比例', '近20%']);
  await expect(page.locator('.original .nowrap').filter({ hasText: '近20%' })).toHaveCount(1);
});

test.describe('filters from the edition', () => {
  const withTopic = (t: string) => edition.trends.filter((x) => x.topics.includes(t)).map((x) => x.order);
  const withCompany = (c: string) => edition.trends.filter((x) => x.companies.some((n) => n.name === c)).map((x) => x.order);

  test('topic alone lists exactly the trends with that topic', async ({ page }) => {
    for (const topic of ['物流', '大数据', '供应链']) {
      const rows = await searchPage(page, '', `&topic=${encodeURIComponent(topic)}`);
      expect(
        rows.map((r) => r.order).sort((a, b) => a - b),
        topic,
      ).toEqual(withTopic(topic));
      // The status names the filter that made the list, as the reader chose it.
      await expect(page.locator('[data-search-status]')).toContainText(`主题“${topic}”：找到 ${withTopic(topic).length} 条结果`);
    }
    await searchPage(page, '', `&company=${encodeURIComponent('百度')}`);
    await expect(page.locator('[data-search-status]')).toContainText('企业“百度”：找到 1 条结果');
  });

  test('company narrows a query; ticking a box updates the URL', async ({ page }) => {
    const rows = await searchPage(page, '京东', `&company=${encodeURIComponent('腾讯')}`);
    expect(rows.map((r) => r.order)).toEqual(withCompany('腾讯'));
    // Folded (so not in the accessibility tree until opened), with the number of active filters on the fold.
    await expect(page.locator('input[name="company"][value="腾讯"]')).toBeChecked();
    //, with the number of active filters on the fold.
    await expect(page.locator('.search-page__filters > summary')).toContainText('已选 1 项');
    await page.locator('.search-page__filters > summary').click();
    await page.getByRole('checkbox', { name: '百度' }).check();
    await expect(page.locator('.search-page__filters > summary')).toContainText('已选 2 项');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('company').sort()).toEqual(['百度', '腾讯'].sort());
    expect(new URL(page.url()).searchParams.get('q')).toBe('京东');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
    const both = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(both.map(orderOf).sort((a, b) => a - b)).toEqual(
      [...new Set([...withCompany('腾讯'), ...withCompany('百度')])].sort((a, b) => a - b),
    );
    await expect(page.locator('[data-search-status]')).toContainText('已筛选');
  });

  test('every company and topic of the trends is offered', async ({ page }) => {
    await page.goto('/search/');
    for (const t of edition.trends) {
      for (const topic of t.topics) await expect(page.locator(`input[name="topic"][value="${topic}"]`)).toHaveCount(1);
      for (const c of t.companies) await expect(page.locator(`input[name="company"][value="${c.name}"]`)).toHaveCount(1);
    }
  });
});

test.describe('empty states', () => {
  test('no query: a prompt with example searches that work', async ({ page }) => {
    await page.goto('/search/');
    const status = page.locator('[data-search-status]');
    await expect(status).toContainText('输入关键词');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'idle');
    await status.locator('a').first().click();
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });

  test('no result: says so and suggests searches', async ({ page }) => {
    const rows = await searchPage(page, '区块链');
    expect(rows).toEqual([]);
    const status = page.locator('[data-search-status]');
    await expect(status).toContainText('没有找到包含“区块链”的趋势');
    expect(await status.locator('a').count()).toBeGreaterThan(0);
  });

  test('index fails to load: a clear message on the page and in the header box, no page error', async ({ page }) => {
    const problems = watch(page);
    await page.route('**/search/*.json', (route) => route.abort());
    await page.goto('/search/?q=京东');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'error');
    await expect(page.locator('[data-search-status]')).toContainText('搜索索引未能加载');
    await page.goto('/trends/o2o/');
    await box(page).fill('京东');
    await expect(list(page)).toHaveAttribute('data-state', 'error');
    await expect(page.locator('[data-site-search-status]')).toContainText('搜索索引未能加载');
    await expect(page.locator('.original')).toBeVisible();
    // The aborted requests are logged by Chromium as console errors; nothing else, and nothing uncaught.
    expect(problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
    // Once the network is back, the next keystroke retries and finds.
    await page.unroute('**/search/*.json');
    await box(page).fill('京东 物流');
    await expect(list(page)).toHaveAttribute('data-state', 'done');
  });

  test('an index that never answers: an error after the timeout, not “searching” forever', async ({ page }) => {
    await page.clock.install();
    // Only the postings hang (meta.json answers), as when a host stalls on one file.
    await page.route('**/search/g*.json', () => undefined);
    await page.goto('/search/');
    const hanging = page.waitForRequest(/\/search\/g\d+\.json$/);
    await page.locator('#search-page-q').fill('京东');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'busy');
    // The request (and its timer, set just before it) exists: now let 9 s pass.
    await hanging;
    await page.clock.runFor(9_000);
    await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'error');
    await expect(page.locator('[data-search-status]')).toContainText('没有响应');
  });
});

test.describe('hostile queries', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '"京东"',
    "'; DROP TABLE--",
    '\\京东\\',
    '\\',
    '电商'.repeat(250),
    '🛒📦 京东 🚚',
    '%00%',
    '   ',
  ];

  for (const q of HOSTILE) {
    test(`shown as text, nothing runs: ${JSON.stringify(q.slice(0, 30))}`, async ({ page }) => {
      const problems = watch(page);
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', /done|idle/);
      await expect(page.locator('#search-page-q')).toHaveValue(q);
      if (q.trim()) await expect(page.locator('[data-search-status]')).toContainText(q.trim().slice(0, 40));
      expect(await page.locator('[data-search-results] :is(script, img), [data-search-status] :is(script, img)').count()).toBe(0);
      // Still usable: a normal search works afterwards.
      await page.locator('#search-page-q').fill('菜鸟');
      await expect(page.locator('.search-result')).toHaveCount(1);
      // The header box too, typed by a reader.
      await page.goto('/trends/o2o/');
      await box(page).fill(q);
      await expect(list(page)).toHaveAttribute('data-state', /done|idle/);
      expect(await page.locator('header img, #site-search-list script').count()).toBe(0);
      expect(problems).toEqual([]);
    });
  }
});

test('a 10,000-character query never makes a URL the server refuses', async ({ page, request }) => {
  await page.goto('/search/');
  // Pasted past the box's maxlength (a script can): the URL still carries at most the capped query.
  await page.locator('#search-page-q').evaluate((input: HTMLInputElement) => {
    input.value = '跨境电商'.repeat(2500);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
  expect(page.url().length).toBeLessThan(2_000);
  expect((await request.get(page.url())).status()).toBe(200);
  await page.reload();
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
  // The header form submits through the same cap (its box has a maxlength).
  await page.goto('/trends/o2o/');
  await box(page).fill('跨境电商'.repeat(2500));
  expect(((await box(page).inputValue()) ?? '').length).toBeLessThanOrEqual(100);
  await Promise.all([page.waitForURL(/\/search\/\?q=/), box(page).press('Enter')]);
  expect(page.url().length).toBeLessThan(2_000);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
});

test.describe('layout', () => {
  test('360 × 740 phone: /search/?q=京东 shows its first result above the fold', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const rows = await searchPage(page, '京东');
    expect(rows.length).toBeGreaterThan(0);
    const first = await page.locator('.search-result').first().boundingBox();
    expect(first!.y + first!.height, 'the first result ends above 740 px').toBeLessThanOrEqual(740);
    // No empty band in the header where the other pages have their search box: the header is its
    // title and navigation, as tall as on a page whose header has no box row.
    const header = await page.locator('.site-header').boundingBox();
    const nav = await page.locator('.site-header nav').boundingBox();
    expect(header!.y + header!.height - (nav!.y + nav!.height), 'space under the navigation').toBeLessThan(16);
    // One search box on the page, and the filters folded.
    await expect(page.locator('input[name="q"]:visible')).toHaveCount(1);
    await expect(page.locator('.search-page__filters')).not.toHaveAttribute('open');
    await page.screenshot({ path: test.info().outputPath('search-360.png') });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`360 px phone, ${colorScheme}: the box and its results fit the screen`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/trends/local-services/');
      await box(page).fill('京东');
      await expect(list(page)).toHaveAttribute('data-state', 'done');
      const popup = await page.locator('[data-site-search-popup]').boundingBox();
      expect(popup!.x).toBeGreaterThanOrEqual(0);
      expect(popup!.x + popup!.width).toBeLessThanOrEqual(360);
      // A result wraps as text does, anywhere between Chinese characters, not only at punctuation.
      const breaks = await page.locator('.site-search__link').evaluateAll((as) => as.map((a) => getComputedStyle(a).wordBreak));
      expect(breaks.length).toBeGreaterThan(0);
      expect(new Set(breaks)).toEqual(new Set(['normal']));
      await searchPage(page, '京东');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Highlighted words stay legible: the mark's text differs clearly from its background.
      const [bg, fg] = await page
        .locator('.search-result mark')
        .first()
        .evaluate((m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).color]);
      expect(bg).not.toBe(fg);
    });
  }

  test('print: no search chrome on paper, results remain', async ({ page }) => {
    await searchPage(page, '京东');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-search')).toBeHidden();
    await expect(page.locator('.search-page__form')).toBeHidden();
    await expect(page.locator('.search-result').first()).toBeVisible();
  });
});

test.describe('accessibility', () => {
  test('axe finds no violations on /search/ with results, nor with the header listbox open', async ({ page }) => {
    await searchPage(page, '京东', `&topic=${encodeURIComponent('物流')}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/trends/c2b/');
    await box(page).fill('供应链');
    await expect(list(page)).toHaveAttribute('data-state', 'done');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page, 'header')).toEqual([]);
  });
});
