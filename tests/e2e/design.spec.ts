/**
 * A publication, not an audit: nothing on a page repeats what stands beside it, company
 * chips lead to pages holding exactly the source's sentences about the company, Chinese punctuation
 * is full-width in sans text, and nothing moves after the first paint.
 */
import { expect, test, type Page } from '@playwright/test';
import { edition, source } from '../helpers/edition';
import { readerPages, squash } from './site';

const trendPages = () => readerPages().filter((p) => p.startsWith('/trends/'));

/** The sentences of the seed naming a company, read straight from the seed (not the site's helper). */
function seedSentencesNaming(spellings: readonly string[]): string[] {
  return source.paragraphs.flatMap((p) => p.text.split(/(?<=[。！？!?])/).filter((s) => spellings.some((sp) => s.includes(sp))));
}

/** Every list on the page outside figures (their data tables and notes) as squashed item texts (English: spaces kept single). */
const listsOf = (page: Page, english: boolean) =>
  page.locator('main :is(ul, ol)').evaluateAll(
    (lists, english) =>
      lists
        .filter((l) => !l.closest('figure'))
        .map((l) => ({
          where: `${l.tagName.toLowerCase()}.${l.className}`,
          items: [...l.children].map((li) => (li as HTMLElement).innerText.trim().replace(/\s+/g, english ? ' ' : '')),
        })),
    english,
  );

test('no page shows the same list twice, and no list repeats a paragraph on its page', async ({ page }) => {
  for (const path of readerPages()) {
    await page.goto(path);
    const english = path.startsWith('/en/');
    const lists = (await listsOf(page, english)).filter((l) => l.items.length >= 2);
    const prose = squash((await page.locator('main :is(p, blockquote):not(li *, figure *)').allInnerTexts()).join('\n'));
    for (const [i, list] of lists.entries()) {
      // The briefing holds ten articles: two trends naming the same companies list the same chips.
      for (const other of path.endsWith('/briefing/') ? [] : lists.slice(i + 1))
        expect(new Set(other.items), `${path}: ${list.where} and ${other.where} hold the same items`).not.toEqual(new Set(list.items));
      // A list of clauses each written in a paragraph beside it (要点 under the original) says nothing
      // new. A clause: six characters of Chinese, or four words of English (a company's name is none).
      const clause = (item: string) => (english ? item.split(' ').length >= 4 : item.length >= 6);
      const repeated = list.items.filter((item) => clause(item) && prose.includes(squash(item)));
      expect(repeated, `${path}: ${list.where} repeats the text beside it`).toEqual([]);
    }
  }
});

test('the 要点 are marked inside the original paragraph, whose text stays the source’s', async ({ page }) => {
  for (const t of edition.trends) {
    await page.goto(`/trends/${t.slug}/`);
    const original = page.locator('[data-original]');
    const text = source.trends.get(t.order)!.body.text;
    expect(squash(await original.innerText())).toBe(squash(text));
    expect(await original.locator('mark.key-clause').allInnerTexts(), t.slug).toEqual(
      // In reading order: the marks follow the paragraph, whatever the frontmatter's order.
      [...t.keyPoints].sort((a, b) => text.indexOf(a) - text.indexOf(b)),
    );
    await expect(page.locator('main .key-points')).toHaveCount(0);
  }
});

test('a trend page shows no chart that repeats its company chips', async ({ page }) => {
  for (const path of trendPages()) {
    await page.goto(path);
    const chips = (await page.locator('.tag-list .chip').allInnerTexts()).map((c) => c.trim()).sort();
    const charted = await page.locator('main figure').evaluateAll((figs) =>
      figs.map((f) =>
        [...f.querySelectorAll('svg [data-company]')]
          .filter((row) => row.querySelector('circle, rect:not([class*="highlight"])'))
          .map((row) => row.getAttribute('data-company')!)
          .sort(),
      ),
    );
    for (const names of charted) if (names.length > 0) expect(names, `${path}: a figure draws the chips again`).not.toEqual(chips);
  }
});

test('every company chip links to its page, whose sentences are exactly the source’s sentences naming it', async ({ page }) => {
  const visited = new Set<string>();
  for (const t of edition.trends) {
    await page.goto(`/trends/${t.slug}/`);
    const chips = await page
      .locator('.tag-list .chip')
      .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
    // The companies whose spellings the paragraph holds, read from the seed here, in the table's order.
    expect(chips.map(([name]) => name)).toEqual(
      edition.companies.filter((c) => c.spellings.some((s) => t.paragraph.text.includes(s))).map((c) => c.name),
    );
    for (const [name, href] of chips) {
      const company = edition.companies.find((c) => c.name === name)!;
      expect(href).toBe(`/companies/${company.slug}/`);
      if (visited.has(href)) continue;
      visited.add(href);
      await page.goto(href);
      await expect(page.locator('h1')).toHaveText(company.name);
      const listed = (await page.locator('.company-sentence').allInnerTexts()).map(squash);
      expect(listed, href).toEqual(seedSentencesNaming(company.spellings).map(squash));
      // The spelling the source uses is marked in every sentence.
      for (const sentence of await page.locator('.company-sentence').all())
        for (const marked of await sentence.locator('.company-spelling').allInnerTexts()) expect(company.spellings).toContain(marked);
      // Grouped trend by trend, each group linking to its trend page.
      const groups = await page.locator('.company__group h2 a').count();
      expect(groups).toBe([...source.trends.values()].filter((x) => company.spellings.some((s) => x.body.text.includes(s))).length);
    }
  }
  // Every company in the table has a page reachable from the index.
  await page.goto('/companies/');
  await expect(page.locator('.company-list a')).toHaveCount(edition.companies.length);
});

test('“ in sans body text is as wide as a Chinese character (a CJK face comes before system-ui)', async ({ page }) => {
  for (const [path, selector] of [
    ['/', '.front__frame'],
    ['/companies/jd/', '.article__standfirst'],
  ] as const) {
    await page.goto(path);
    const widths = await page.locator(selector).evaluate((el) => {
      // Quotes between Chinese characters: beside other punctuation (”。) Chromium rightly trims one
      // of the pair to half width (text-spacing-trim), which is typesetting, not a Latin glyph.
      const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\p{Script=Han}“[^\p{P}\s]/u.test(n.textContent!))!;
      const text = node.textContent!;
      const width = (at: number) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().width;
      };
      const cjk = [...text].findIndex((c) => /\p{Script=Han}/u.test(c));
      const open = text.search(/\p{Script=Han}“[^\p{P}\s]/u) + 1;
      return { quote: width(open), cjk: width(cjk), font: getComputedStyle(el).fontFamily };
    });
    // The stack names a CJK sans face first: system-ui comes after it.
    expect(widths.font, path).toMatch(/^"?(PingFang SC|Hiragino Sans GB|Noto Sans CJK SC)"?,/);
    expect(widths.quote, `${path}: “ ${widths.quote}px beside 中 ${widths.cjk}px`).toBeGreaterThanOrEqual(widths.cjk * 0.9);
  }
});

test('English on a Chinese page sets its apostrophe half-width (the Latin stacks, not the CJK ones)', async ({ page }) => {
  await page.goto('/404.html');
  const widths = await page.locator('p[lang="en"]').evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node: Node | null;
    while ((node = walker.nextNode()) && !node.textContent!.includes('’'));
    const range = document.createRange();
    range.setStart(node!, node!.textContent!.indexOf('’'));
    range.setEnd(node!, node!.textContent!.indexOf('’') + 1);
    const size = parseFloat(getComputedStyle(node!.parentElement!).fontSize);
    return { apostrophe: range.getBoundingClientRect().width, em: size, font: getComputedStyle(node!.parentElement!).fontFamily };
  });
  expect(widths.font).not.toMatch(/^"?(PingFang SC|Hiragino Sans GB|Noto Sans CJK SC)"?,/);
  expect(widths.apostrophe, `’ ${widths.apostrophe}px in a ${widths.em}px face`).toBeLessThan(widths.em * 0.5);
});

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
]) {
  test(`nothing moves after the first paint at ${viewport.width} px (cumulative layout shift 0)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: string[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[])
          w.__shifts.push(
            `${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? '?').join(',')}`,
          );
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shifts: string[] = [];
    // A search from its address fills the page with results after the first paint: they must
    // take room that was kept for them, not push what stands below.
    for (const path of ['/', trendPages()[1], '/companies/jd/', '/source/', '/404.html', '/search/?q=京东']) {
      await page.goto(path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      if (path.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
      // Late work (the search box's boot script, image decoding) has had time to run.
      await page.waitForTimeout(300);
      shifts.push(...(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).map((s) => `${path}: ${s}`));
    }
    await context.close();
    expect(shifts).toEqual([]);
  });
}

test('at 360 px no Chinese text block leaves one character alone on its last line', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const alone: string[] = [];
  for (const path of readerPages()) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('main :is(p, li, h1, h2, h3, figcaption, dt, dd)')) {
        if (!el.offsetParent || el.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') continue;
        // Where each character is drawn: its line is its top.
        const chars: { c: string; top: number }[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
          for (let i = 0; i < n.data.length; i++) {
            if (/\s/.test(n.data[i]!)) continue;
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const rect = range.getClientRects()[0];
            if (rect) chars.push({ c: n.data[i]!, top: Math.round(rect.top) });
          }
        if (chars.length < 6) continue;
        const last = chars.at(-1)!.top;
        const lastLine = chars.filter((c) => Math.abs(c.top - last) < 4);
        const before = chars.filter((c) => c.top < last - 4);
        if (before.length && lastLine.filter((c) => !/\p{P}/u.test(c.c)).length < 2)
          out.push(
            `${el.tagName.toLowerCase()}: …${before
              .slice(-6)
              .map((c) => c.c)
              .join('')} / ${lastLine.map((c) => c.c).join('')}`,
          );
      }
      return out;
    });
    alone.push(...found.map((f) => `${path} ${f}`));
  }
  await context.close();
  expect(alone).toEqual([]);
});
