import { expect, test, type Page } from '@playwright/test';
import { attribution, formatDatum } from '../../src/lib/format';
import { readNumbers, readTrendFiles } from '../helpers/content';
import { source } from '../helpers/seed';
import { contrast, luminance } from './colour';
import { readerPages, squash } from './site';

const WHITE = '#ffffff';

const trends = [...source.trends.values()];
const files = readTrendFiles();
const numbers = readNumbers();

test.describe('/briefing/ on screen', () => {
  test('cover names the title, the year and the source, and says how to get the PDF', async ({ page }) => {
    await page.goto('/briefing/');
    await expect(page.locator('.briefing-cover h1')).toHaveText(source.title);
    await expect(page.locator('.briefing-cover__year')).toHaveText('2014');
    await expect(page.locator('.briefing-cover__source')).toContainText(`《${source.title}》`);
    await expect(page.locator('.briefing-cover__source a')).toHaveAttribute('href', '/source/');
    // Either state is honest: before `npm run pdf` it says how to make one, after it links to it.
    const pdf = page.locator('#briefing-pdf');
    if ((await pdf.getAttribute('data-pdf-status')) === 'missing') await expect(pdf).toContainText('npm run pdf');
    else await expect(pdf.locator('a[href="../briefing.pdf"]')).toHaveCount(1);
    await expect(page.locator('.site-nav a[aria-current=page]')).toHaveText('简报');
  });

  test('contents lists the ten trends in order, each linking to its chapter', async ({ page }) => {
    await page.goto('/briefing/');
    const items = page.locator('.briefing-toc li a');
    await expect(items).toHaveCount(source.trends.size);
    for (const [i, t] of trends.entries()) {
      const link = items.nth(i);
      expect(squash(await link.locator('.briefing-toc__title').innerText())).toBe(squash(t.heading.text));
      const target = (await link.getAttribute('href'))!;
      expect(squash(await page.locator(`${target} h2`).innerText())).toBe(squash(t.heading.text));
    }
  });

  test('summary: ten headings with their one line, and every key figure with who measured it and its quote', async ({ page }) => {
    await page.goto('/briefing/');
    const lines = await page.locator('.briefing-summary__list li').allInnerTexts();
    expect(lines).toHaveLength(source.trends.size);
    for (const [i, f] of files.entries()) expect(squash(lines[i])).toBe(squash(`${trends[i].heading.text}：${f.data.summary}`));
    const rows = page.locator('.key-figures tbody tr');
    await expect(rows).toHaveCount(numbers.length);
    for (const d of numbers) {
      const row = page.locator(`.key-figures tr[data-datum="${d.id}"]`);
      const cells = (await row.locator('td, th').allInnerTexts()).map(squash);
      expect(cells[2], d.id).toBe(squash(formatDatum(d)));
      expect(cells[4], d.id).toBe(squash(attribution(d)));
      expect(cells[5], d.id).toContain(squash(d.quote));
      if (d.derived) expect(cells[5], d.id).toContain(squash(`推算：${d.derived.formula}`));
    }
  });

  test('ten articles in source order, each with its original paragraph, then the sources', async ({ page }) => {
    await page.goto('/briefing/');
    const articles = page.locator('.briefing .article');
    await expect(articles).toHaveCount(source.trends.size);
    for (const [i, t] of trends.entries()) {
      const a = articles.nth(i);
      expect(squash(await a.locator('h2.trend-heading').innerText())).toBe(squash(t.heading.text));
      expect(squash(await a.locator('.original').innerText())).toBe(squash(t.body.text));
      for (const h of ['要点', '提及的企业', '相关趋势']) await expect(a.getByRole('heading', { name: h, exact: true })).toHaveCount(1);
    }
    // One page, many articles: every id stays unique.
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    const sources = page.locator('.briefing-sources');
    await expect(sources.locator('a[href="/source/"]')).toHaveCount(1);
    for (const body of new Set(numbers.map((d) => d.measuredBy).filter((b) => b !== '原文'))) await expect(sources).toContainText(body);
    // Sources come last.
    expect(await page.locator('.briefing > *').last().getAttribute('class')).toBe('briefing-sources');
  });

  test('reads completely without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/briefing/');
    await expect(page.locator('.briefing .article')).toHaveCount(source.trends.size);
    await expect(page.locator('.key-figures tbody tr')).toHaveCount(numbers.length);
    await context.close();
  });
});

/** In print media: elements that are rendered (have a box), by selector. */
async function rendered(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)));
}

test.describe('printing any page (Ctrl+P), reader in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('hides the chrome, prints light, and keeps figures, tables and cards in block flow', async ({ page }) => {
    for (const path of readerPages()) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      for (const chrome of [
        '.print-hidden',
        '.site-header',
        '.site-footer',
        '.pager',
        '.skip-link',
        'nav[aria-label="主导航"]',
        'input',
        'button',
        '[role=search]',
      ])
        expect(await rendered(page, chrome), `${path} ${chrome}`).toEqual([]);
      const [bg, fg, scheme] = await page.evaluate(() => {
        const s = getComputedStyle(document.body);
        return [s.backgroundColor, s.color, getComputedStyle(document.documentElement).colorScheme];
      });
      // Paper white, and text dark enough on it for AAA (7:1).
      expect(luminance(bg), `${path} background ${bg}`).toBeGreaterThan(0.9);
      expect(contrast(fg, WHITE), `${path} text ${fg}`).toBeGreaterThanOrEqual(7);
      expect(scheme, path).toBe('light');
      // Chromium ignores break-inside inside flex and grid: nothing unsplittable may sit in one.
      const inFlexOrGrid = await page.locator('figure, table, .trend-card, .original, h1, h2, h3').evaluateAll((els) =>
        els.flatMap((el) => {
          for (let p = el.parentElement; p; p = p.parentElement) {
            const d = getComputedStyle(p).display;
            if (/flex|grid/.test(d)) return [`${el.tagName}.${el.className} in ${p.tagName}.${p.className} (${d})`];
          }
          return [];
        }),
      );
      expect(inFlexOrGrid, path).toEqual([]);
    }
  });

  test('the article page: same dark-mode check on its text, links and chart tokens', async ({ page }) => {
    await page.goto('/trends/mobile-commerce/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const pick = (sel: string) => getComputedStyle(document.querySelector(sel)!).color;
      return {
        heading: pick('h1'),
        original: pick('.original'),
        link: pick('.article__source-link a'),
        chartInk: root.getPropertyValue('--chart-ink').trim(),
      };
    });
    // Dark mode must not leak onto paper: text reads at AA (4.5:1) on white, chart ink at 3:1 (WCAG 1.4.11).
    for (const [what, c] of Object.entries(colours))
      expect(contrast(c, WHITE), `${what} ${c}`).toBeGreaterThanOrEqual(what === 'chartInk' ? 3 : 4.5);
  });

  test('headings keep with what follows; figures, tables and paragraphs do not split', async ({ page }) => {
    await page.goto('/briefing/');
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const s = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        h2: s('.briefing h2').breakAfter,
        h3: s('.briefing h3').breakAfter,
        table: s('.key-figures').breakInside,
        p: [s('.original p').orphans, s('.original p').widows],
        chapter: s('.briefing .article').breakBefore,
      };
    });
    expect(styles).toEqual({ h2: 'avoid', h3: 'avoid', table: 'avoid', p: ['2', '2'], chapter: 'page' });
  });

  test('external link targets are written out; internal links are not', async ({ page }) => {
    await page.goto('/trends/o2o/');
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.org/report';
      a.id = 'external-probe';
      a.textContent = '报告';
      document.querySelector('.original')!.after(a);
    });
    await page.emulateMedia({ media: 'print' });
    const after = (sel: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!, '::after').content, sel);
    expect(await after('#external-probe')).toBe('" (https://example.org/report)"');
    expect(await after('.article__source-link a')).toBe('none');
  });
});
