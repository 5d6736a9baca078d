import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatDatum, numberContext, unitRemark } from '../../src/lib/format';
import { edition, numbers, source } from '../helpers/edition';
import { contrast, luminance } from './colour';
import { readerPages, squash } from './site';
import { pageFill } from '../helpers/pdf';

const trends = [...source.trends.values()];

const WHITE = '#ffffff';

test.describe('/briefing/ on screen', () => {
  test('cover names the title, the source and the edition, and shows readers no developer text', async ({ page }) => {
    await page.goto('/briefing/');
    await expect(page.locator('.briefing-cover h1')).toHaveText(source.title);
    const facts = page.locator('.briefing-cover__facts');
    await expect(facts).toContainText(`一篇写于${edition.dating.written}的行业文章，原文未注明作者与发布机构`);
    await expect(facts.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('.briefing-sources a[href="/source/"]')).toHaveCount(1);
    // The build that printed the PDF offers it (pdf.spec.ts checks the file; addresses.spec.ts a build without).
    await expect(page.locator('#briefing-pdf a[href="/briefing.pdf"]')).toHaveCount(1);
    await expect(page.locator('body')).not.toContainText('npm run');
    await expect(page.locator('body')).not.toContainText('尚未生成');
    await expect(page.locator('.site-nav a[aria-current=page]')).toHaveText('简报');
  });

  test('contents lists 摘要, the ten trends and 来源 in order, each linking to its section', async ({ page }) => {
    await page.goto('/briefing/');
    const items = page.locator('.briefing-toc li a');
    const labels = ['摘要', ...trends.map((t) => t.heading.text), '来源'];
    await expect(items).toHaveCount(labels.length);
    for (const [i, label] of labels.entries()) {
      const link = items.nth(i);
      expect(squash(await link.locator('.briefing-toc__title').innerText())).toBe(squash(label));
      const target = (await link.getAttribute('href'))!;
      expect(squash(await page.locator(`${target} h2`).first().innerText())).toBe(squash(label));
    }
  });

  test('summary: the site’s findings, marked as its own and citing their paragraphs; callouts with hedge, unit marking, period and source; the intro', async ({
    page,
  }) => {
    await page.goto('/briefing/');
    await expect(page.locator('.briefing-summary .original')).toHaveText(source.intro.text);
    await expect(page.locator('.briefing-summary__label').first()).toContainText('本站归纳');
    const findings = page.locator('.briefing-finding');
    await expect(findings).toHaveCount(edition.findings.length);
    for (const [i, f] of edition.findings.entries()) {
      await expect(findings.nth(i)).toContainText(f.text);
      const cites = await findings
        .nth(i)
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(cites).toEqual(f.cites.map((p) => `/source/#${p.anchor}`));
    }
    // The first finding's evidence, the company matrix, is in the summary.
    await expect(page.locator('.briefing-summary figure[data-figure="companies-matrix"]')).toHaveCount(1);
    const callouts = page.locator('.callout');
    await expect(callouts).toHaveCount(edition.summary.length);
    for (const { datum: d } of edition.summary) {
      const c = page.locator(`.callout[data-datum="${d.id}"]`);
      // The source's own form with its hedge; a unit it does not write is marked as the site's.
      await expect(c.locator('.callout__value')).toHaveText(formatDatum(d));
      if (unitRemark(d)) await expect(c.locator('.callout__added')).toContainText(unitRemark(d)!);
      else await expect(c.locator('.callout__added')).toHaveCount(0);
      await expect(c.locator('.callout__meta')).toHaveText(numberContext(d));
      await expect(c.locator('.callout__quote')).toContainText(d.quote);
    }
  });

  test('sources: where the original is, and each figure’s CSV; no audit table repeating what the trends show', async ({ page }) => {
    await page.goto('/briefing/');
    await expect(page.locator('.briefing-sources table')).toHaveCount(0);
    const csv = await page.locator('.briefing-sources a[href$=".csv"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(csv.length).toBeGreaterThan(0);
    for (const href of csv) expect((await page.request.get(href!)).status(), href!).toBe(200);
  });

  test('ten articles in source order, each with its original paragraph, then the sources', async ({ page }) => {
    await page.goto('/briefing/');
    const articles = page.locator('.briefing .article');
    await expect(articles).toHaveCount(source.trends.size);
    for (const [i, t] of trends.entries()) {
      const a = articles.nth(i);
      expect(squash(await a.locator('h2.trend-heading').innerText())).toBe(squash(t.heading.text));
      expect(squash(await a.locator('.original').innerText())).toBe(squash(t.body.text));
      await expect(a.getByRole('heading', { name: '提及的企业', exact: true })).toHaveCount(1);
      // The key clauses are marked in place, not listed again under the paragraph.
      expect(await a.locator('.original mark.key-clause').allInnerTexts()).toEqual(
        edition.trends[i].runs.filter((r) => r.key).map((r) => r.text),
      );
      await expect(a.locator('.key-points')).toHaveCount(0);
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

  test('each section says a thing once: no clause of 12 or more characters is printed twice in it', async ({ page }) => {
    await page.goto('/briefing/');
    for (const section of await page.locator('.briefing > section, .briefing .article').all()) {
      // What a reader sees, line by line (a callout's label and its value are two lines, not one
      // clause): screen-reader-only text, folded tables and chart labels aside.
      const lines = await section.evaluate((el) => {
        const hidden = [...el.querySelectorAll<HTMLElement>('.visually-hidden, details, svg')];
        for (const e of hidden) e.style.display = 'none';
        const text = (el as HTMLElement).innerText;
        for (const e of hidden) e.style.display = '';
        return text
          .split('\n')
          .map((l) => l.replace(/\s+/g, ''))
          .filter(Boolean);
      });
      const all = lines.join('\n');
      const repeated: string[] = [];
      for (const line of lines)
        for (let i = 0; i + 12 <= line.length; i++) {
          const clause = line.slice(i, i + 12);
          // A name is not a clause: the work's title stands in its reference as well as in 原文：.
          if (all.indexOf(clause) !== all.lastIndexOf(clause) && !source.title.includes(clause)) repeated.push(clause);
        }
      const id = (await section.getAttribute('id')) ?? (await section.getAttribute('class'));
      expect(repeated, `${id}`).toEqual([]);
    }
  });

  test('reads completely without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/briefing/');
    await expect(page.locator('.briefing .article')).toHaveCount(source.trends.size);
    await expect(page.locator('.briefing-summary .callout')).toHaveCount(edition.summary.length);
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
        table: s('.briefing .fig-table').breakInside,
        figure: s('.briefing .fig').breakInside,
        callout: s('.callout').breakInside,
        p: [s('.original p').orphans, s('.original p').widows],
        // Trends flow one after another: a chapter may start mid-page.
        chapter: s('.briefing .article').breakBefore,
      };
    });
    expect(styles).toEqual({ h2: 'avoid', h3: 'avoid', table: 'avoid', figure: 'avoid', callout: 'avoid', p: ['3', '3'], chapter: 'auto' });
  });

  test('key figures print as separate lines, not one run of text', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    const figures = page.locator('.key-figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const tops of await figures.evaluateAll((els) =>
      els.map((el) => [...el.children].filter((c) => c.matches('p, span')).map((c) => c.getBoundingClientRect().top)),
    )) {
      expect(tops.length).toBeGreaterThan(1);
      for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThan(tops[i - 1]);
    }
  });

  test('no printed page is left with an empty bottom third by a figure pushed over', async ({ page }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-ctrlp-'));
    try {
      // The briefings are checked page by page in pdf.spec.ts (the designed document has a contents page).
      for (const p of readerPages().filter((x) => !/^(\/en)?\/(briefing|search)\/$/.test(x))) {
        await page.goto(p);
        await page.emulateMedia({ media: 'print' });
        const file = path.join(dir, 'page.pdf');
        await page.pdf({ path: file, preferCSSPageSize: true });
        const fill = pageFill(file);
        for (const [i, f] of fill.slice(0, -1).entries())
          expect(f, `${p} page ${i + 1} is ${Math.round(f * 100)} % filled`).toBeGreaterThan(2 / 3);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('key clauses print as an underline with no background, from the dark scheme; the note shows the same mark', async ({ page }) => {
    for (const path of ['/trends/o2o/', '/briefing/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const marks = await page.locator('mark.key-clause').evaluateAll((els) =>
        els.map((e) => {
          const s = getComputedStyle(e);
          return { bg: s.backgroundColor, line: s.textDecorationLine, fg: s.color };
        }),
      );
      expect(marks.length, path).toBeGreaterThan(0);
      for (const m of marks) {
        // Transparent, or no darker than paper allows: black text keeps AAA on it.
        const alpha = /rgba\(.*,\s*([\d.]+)\)$/.exec(m.bg)?.[1];
        if (alpha === undefined || Number(alpha) > 0) expect(contrast(m.fg, m.bg), `${path} mark on ${m.bg}`).toBeGreaterThanOrEqual(7);
        expect(m.line, path).toContain('underline');
      }
    }
  });

  test('what does nothing on paper is not printed: data tables beside charts, CSV and CSL-JSON downloads', async ({ page }) => {
    for (const path of readerPages()) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['.fig__data', '.fig__csv', '.citation__download', 'details > summary'])
        expect(await rendered(page, sel), `${path} ${sel}`).toEqual([]);
    }
  });

  test('a printed chart uses the text width: the desktop drawing, at its drawn size or scaled down to the column', async ({ page }) => {
    // Emulated print keeps the viewport: make it the A4 text column (210 mm less 2 × 30 mm margins).
    await page.setViewportSize({ width: Math.round((150 / 25.4) * 96), height: 1000 });
    for (const path of ['/', '/trends/mobile-commerce/', '/briefing/']) {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const charts = await page.locator('.fig:has(svg.fig-svg)').evaluateAll((figs) =>
        figs.map((f) => {
          const shown = [...f.querySelectorAll('svg.fig-svg')].filter((s) => s.getClientRects().length > 0);
          const column = (f.querySelector('.fig__chart') as HTMLElement).getBoundingClientRect().width;
          return {
            id: f.id,
            sizes: shown.map((s) => s.getAttribute('data-size')),
            width: shown[0]?.getBoundingClientRect().width ?? 0,
            expected: Math.min(column, Number(shown[0]?.getAttribute('width'))),
          };
        }),
      );
      expect(charts.length, path).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.sizes, `${path} ${c.id}`).toEqual(['wide']);
        expect(c.width, `${path} ${c.id}`).toBeCloseTo(c.expected, 0);
      }
    }
  });

  test('the briefing on paper: no related-trend links, no repeated key points, no data tables beside charts', async ({ page }) => {
    await page.goto('/briefing/');
    await page.emulateMedia({ media: 'print' });
    expect(await rendered(page, '.briefing .related')).toEqual([]);
    expect(await rendered(page, '.briefing .key-points')).toEqual([]);
    expect(await rendered(page, '.briefing .fig__data')).toEqual([]);
    expect(await rendered(page, '.briefing .article__source-link')).toEqual([]);
    expect((await rendered(page, '.briefing .original')).length).toBe(source.trends.size + 1);
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
    expect(await after('#external-probe')).toBe('"（https://example.org/report）"');
    expect(await after('.article__source-link a')).toBe('none');
  });
});
