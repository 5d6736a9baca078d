/**
 * Figures as a reader meets them: in the built pages, without JavaScript, on a phone, in dark
 * mode and on paper, with CSVs that hold the same numbers and no number the source lacks.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { attribution, baseAmount, formatDatum, quoteMeaning } from '../../src/lib/format';
import { edition, numbers, source } from '../helpers/edition';
import { csvRecords } from './site';

/** Each trend with the companies its paragraph names, in the table's order. */
const trends = edition.trends.map((t) => ({ order: t.order, companies: t.companies.map((c) => c.name) }));
const byId = new Map(numbers.map((d) => [d.id, d]));
const trendPages = edition.trends.map((t) => `/trends/${t.slug}/`);
// Pages with at least one figure (a trend whose paragraph has no number has none).
const figurePages = ['/', '/trends/mobile-commerce/', '/trends/cross-border/', '/trends/local-services/'];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart has its SVG, numbered caption, source line, notes and a table equal to the data; callouts their numbers', async ({
    page,
  }) => {
    for (const path of figurePages) {
      await page.goto(path);
      const figures = page.locator('figure.fig');
      expect(await figures.count(), path).toBeGreaterThan(0);
      for (const fig of await figures.all()) {
        const id = await fig.getAttribute('id');
        if ((await fig.getAttribute('data-kind')) === 'callout') {
          // One number is a callout: the value as the source writes it, its period, no chart, no 图N.
          await expect(fig.locator('svg[role=img]')).toHaveCount(0);
          await expect(fig.locator('figcaption .fig__num')).toHaveCount(0);
          // Numbers of one period say it once, above them; otherwise each label says its own.
          const shared = fig.locator('.fig-callouts__period');
          for (const d of edition.figures.get(id!)!.data) {
            await expect(fig.locator(`[data-datum="${d.id}"] .fig-callout__value`)).toHaveText(formatDatum(d));
            const period = (await shared.count()) ? shared : fig.locator(`[data-datum="${d.id}"] .fig-callout__label`);
            await expect(period).toContainText(d.period);
          }
        } else await expect(fig.locator('figcaption'), `${path} ${id}`).toHaveText(/^图\d+\s*\S+/);
        // The chart: an inline SVG image with an accessible name and description (the one drawing
        // that fits the column is shown; the other width is display:none).
        // A callout has none (checked above); a chart shows exactly one at this width.
        const svgs = fig.locator('svg[role=img]').filter({ visible: true });
        if ((await fig.getAttribute('data-kind')) !== 'callout') await expect(svgs, `${path} ${id}`).toHaveCount(1);
        for (const svg of await svgs.all()) {
          for (const attr of ['aria-labelledby', 'aria-describedby']) {
            const ref = await svg.getAttribute(attr);
            expect((await page.locator(`[id="${ref}"]`).textContent())?.trim().length, `${id} ${attr}`).toBeGreaterThan(4);
          }
          expect(await svg.locator('text').count()).toBeGreaterThan(2);
        }
        // The source line links to the quoted paragraph on /source/, and the quote is in it.
        const sources = fig.locator('.fig__source');
        expect(await sources.count()).toBeGreaterThan(0);
        for (const s of await sources.all()) {
          const href = (await s.locator('a').getAttribute('href'))!;
          expect(href).toMatch(/^\/source\/(#p\d+)?$/);
          const anchor = href.split('#')[1];
          const paragraph = anchor ? source.paragraphs.find((p) => p.anchor === anchor)!.text : source.raw;
          for (const q of (await s.innerText()).matchAll(/“([^”]+)”/g)) expect(paragraph).toContain(q[1]);
        }
        // The table: in a <details> on screen, each row's value as the data says.
        const table = fig.locator('details.fig__data table');
        await expect(table).toHaveCount((await fig.getAttribute('data-kind')) === 'callout' ? 0 : 1);
        for (const row of await table.locator('tr[data-datum]').all()) {
          const d = byId.get((await row.getAttribute('data-datum'))!)!;
          const cell = row.locator('.fig-table__value');
          await expect(cell).toHaveText(formatDatum(d));
          expect(Number(await cell.getAttribute('data-value'))).toBe(baseAmount(d));
        }
        // Marks drawn for a datum carry its value in base units.
        for (const mark of await fig.locator('[data-key]').all()) {
          const d = byId.get((await mark.getAttribute('data-key'))!)!;
          expect(Number(await mark.getAttribute('data-value'))).toBe(baseAmount(d));
        }
      }
      // Ids stay unique even with several figures (and, on the briefing, several articles).
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBe(new Set(ids).size);
    }
  });

  test('one drawing per kind of uncertainty: derived is hollow and dashed, bounds are arrows, and a legend says so', async ({ page }) => {
    await page.goto('/trends/mobile-commerce/');
    const derived = page.locator('#mobile-volume .fig-svg--narrow .fig-mark--derived');
    await expect(derived.locator('rect')).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(derived.locator('rect')).toHaveClass(/fig-shape--derived/);
    await expect(derived.locator('.fig-marker')).toHaveCount(1);
    await expect(page.locator('#mobile-volume .fig__notes')).toContainText('6.55万亿 ÷ (1 + 52%) ≈ 4.31万亿');
    await expect(page.locator('#mobile-volume .fig__legend')).toContainText('本站推算');
    await expect(page.locator('#mobile-volume .fig__legend')).toContainText('约数');
    await expect(page.locator('#jd-order-share .fig-callout__value').first()).toHaveText('近20%');
    await page.goto('/trends/cross-border/');
    const bound = page.locator('#cross-border .fig-svg--narrow .fig-mark--upper');
    await expect(bound).toContainText('约1.6万亿元或更低');
    await expect(bound).toContainText('推算');
    await expect(page.locator('#cross-border .fig__legend')).toContainText('上限');
    // The same kind is drawn the same way in every chart: a derived bound is hollow, dashed, with an arrow.
    await expect(bound.locator('rect.fig-shape--derived')).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(bound.locator('.fig-marker')).toHaveCount(1);
  });

  test('charts are numbered within their page, and the briefing counts through all articles in order', async ({ page }) => {
    for (const path of [...figurePages, '/briefing/']) {
      await page.goto(path);
      const numbers = await page.locator('figure.fig .fig__num').allTextContents();
      expect(numbers, path).toEqual(numbers.map((_, i) => `图${i + 1}`));
      if (path.startsWith('/trends/')) expect(numbers.length, path).toBeLessThanOrEqual(1);
    }
    await page.goto('/briefing/');
    const charts = [...edition.figures.values()].filter((f) => f.view.chart && f.entry.scope === 'trend').length;
    expect(await page.locator('figure.fig .fig__num').count()).toBeGreaterThanOrEqual(charts);
  });

  test('the company matrix is on the front page only, rows by count, its title computed from the edition', async ({ page }) => {
    for (const path of trendPages) {
      await page.goto(path);
      await expect(page.locator('figure[data-figure="companies-matrix"]'), path).toHaveCount(0);
    }
    await page.goto('/');
    const matrix = page.locator('#companies-matrix');
    await expect(matrix.locator('figcaption')).toContainText(edition.figures.get('companies-matrix')!.view.title);
    await expect(matrix.locator('figcaption')).toContainText('京东在全部十条趋势中都被提到');
    const counts = await matrix
      .locator('.fig-svg--narrow [data-count]')
      .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-count'))));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const heads = await matrix.locator('.fig-svg--narrow text[data-order]').allTextContents();
    expect(heads).toEqual(trends.map((t) => String(t.order)));
  });

  test('the front page shows the full matrix, and its callouts write each number as the source does', async ({ page }) => {
    await page.goto('/');
    const callouts = page.locator('.callouts .key-figure');
    expect(await callouts.count()).toBeGreaterThan(0);
    for (const callout of await callouts.all()) {
      const id = await callout.getAttribute('data-datum');
      const d = numbers.find((n) => n.id === id);
      expect(d, `callout ${id}`).toBeDefined();
      await expect(callout.locator('.key-figure__value')).toContainText(formatDatum(d!));
    }
    const matrix = page.locator('#companies-matrix');
    for (const t of trends) {
      const named = await matrix
        .locator(`td[data-order="${t.order}"][data-named="1"]`)
        .evaluateAll((tds) => tds.map((td) => td.parentElement!.getAttribute('data-company')));
      expect(named.sort(), `trend ${t.order}`).toEqual([...t.companies].sort());
    }
  });
});

test('each CSV downloads and parses to the numbers in the data', async ({ page }) => {
  const seen = new Set<string>();
  for (const path of figurePages) {
    await page.goto(path);
    for (const href of await page.locator('.fig__csv a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      seen.add(href);
  }
  // Every figure's CSV is linked from the page that shows it.
  expect([...seen].map((h) => h.replace(/^\/data\/|\.csv$/g, '')).sort()).toEqual([...edition.figures.keys()].sort());
  for (const href of seen) {
    const response = await page.request.get(href);
    expect(response.ok(), href).toBe(true);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const rows = csvRecords(await response.text());
    expect(rows.length, href).toBeGreaterThan(0);
    if (href.endsWith('companies-matrix.csv')) {
      for (const r of rows) for (const t of trends) expect(r[`trend_${t.order}`]).toBe(t.companies.includes(r.company) ? '1' : '0');
      continue;
    }
    for (const r of rows) {
      const d = byId.get(r.id)!;
      expect(d, `${href} ${r.id}`).toBeDefined();
      expect(Number(r.value)).toBe(d.value);
      expect(Number(r.value_in_units)).toBe(baseAmount(d));
      // unit: as the source writes it ('' after 约6.55万亿); the noun's unit goes in its own column.
      expect([r.magnitude, r.unit || r.unit_read_from_noun, r.qualifier, r.quote, r.measured_by, r.status]).toEqual([
        d.magnitude,
        d.unit,
        d.qualifier ?? '',
        d.quote,
        attribution(d),
        d.derived ? 'derived' : quoteMeaning(d.qualifier).status,
      ]);
      // A value computed here is never credited to the body that published its inputs.
      if (d.derived) expect(r.measured_by).toMatch(/^本站推算/);
      expect(r.derived_formula).toBe(d.derived?.formula ?? '');
    }
  }
});

/** Every figure's SVG text boxes, relative to the viewport width. */
async function overflowing(page: Page): Promise<string[]> {
  return page.locator('figure.fig').evaluateAll((figs) => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const fig of figs) {
      const box = fig.getBoundingClientRect();
      if (box.right > width + 0.5 || box.left < -0.5) out.push(`${fig.id}: figure ${box.left}–${box.right}`);
      for (const svg of fig.querySelectorAll('svg')) {
        const s = svg.getBoundingClientRect();
        for (const t of svg.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          if (r.left < s.left - 1 || r.right > s.right + 1 || r.right > width)
            out.push(`${fig.id}: "${t.textContent}" ${r.left}–${r.right}`);
        }
      }
      for (const table of fig.querySelectorAll('table')) if (table.scrollWidth > table.clientWidth + 1) out.push(`${fig.id}: table`);
    }
    return out;
  });
}

/**
 * Rendered size, in CSS px, of every piece of chart text a reader sees: SVG text (its font size
 * times the drawing's scale) and the legend, which is HTML.
 */
async function chartTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.locator('figure.fig').evaluateAll((figs) =>
    figs.flatMap((fig) => [
      ...[...fig.querySelectorAll<SVGTextElement>('svg[role=img] text')]
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map((t) => {
          const svg = t.ownerSVGElement!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return { text: `${fig.id}: ${t.textContent}`, px: parseFloat(getComputedStyle(t).fontSize) * scale };
        }),
      ...[...fig.querySelectorAll('.fig__legend li')].map((li) => ({
        text: `${fig.id} legend: ${li.textContent}`,
        px: parseFloat(getComputedStyle(li).fontSize),
      })),
    ]),
  );
}

/**
 * Table text that wraps with a line of only one or two characters (pass: none). Each text node is
 * measured on its own: a value and its source are separate blocks by design, not a wrap.
 */
async function crampedCells(page: Page): Promise<string[]> {
  return page.locator('figure.fig table').evaluateAll((tables) => {
    const out: string[] = [];
    for (const cell of tables.flatMap((t) => [...t.querySelectorAll('th, td')])) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const lines = new Map<number, number>();
        for (let i = 0; i < node.textContent!.length; i++) {
          if (/\s/.test(node.textContent![i])) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0) continue;
          const top = Math.round(rect.top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
        const counts = [...lines.values()];
        if (counts.length > 1 && Math.min(...counts) <= 2)
          out.push(`${cell.closest('figure')!.id}: "${node.textContent!.trim()}" lines of ${counts.join('/')}`);
      }
    }
    return out;
  });
}

for (const width of [360, 1280]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test('chart text renders at 12–14 px, nothing overflows, and no table cell wraps to one or two characters a line', async ({ page }) => {
      let measured = 0;
      for (const path of figurePages) {
        await page.goto(path);
        // Open every table, as a reader would, so tables are measured too.
        await page.locator('details.fig__data').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await overflowing(page), path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        const sizes = await chartTextSizes(page);
        measured += sizes.length;
        const outside = sizes.filter((s) => s.px < 12 - 0.01 || s.px > 14 + 0.01).map((s) => `${s.text} ${s.px.toFixed(1)}px`);
        expect(outside, path).toEqual([]);
        expect(await crampedCells(page), path).toEqual([]);
      }
      expect(measured).toBeGreaterThan(30);
    });

    test('charts start on the text column’s left edge', async ({ page }) => {
      for (const path of figurePages) {
        await page.goto(path);
        const gaps = await page.locator('figure.fig svg[role=img]').evaluateAll((svgs) =>
          svgs
            .filter((s) => s.getBoundingClientRect().width > 0)
            .map((s) => {
              const column = s.closest('figure')!.parentElement!.getBoundingClientRect().left;
              return Math.abs(s.getBoundingClientRect().left - column);
            }),
        );
        for (const g of gaps) expect(g, path).toBeLessThan(1);
      }
    });
  });
}

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

async function textColours(figures: Locator) {
  return figures.locator('svg text').evaluateAll((ts) => {
    const bg = getComputedStyle(document.body).backgroundColor;
    return ts.map((t) => ({ text: t.textContent, fill: getComputedStyle(t).fill, bg }));
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`figure text contrasts with the page in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/', '/trends/mobile-commerce/', '/trends/cross-border/']) {
      await page.goto(path);
      const colours = await textColours(page.locator('figure.fig'));
      expect(colours.length).toBeGreaterThan(10);
      for (const c of colours) expect(contrast(c.fill, c.bg), `${path} "${c.text}" ${c.fill} on ${c.bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}

test('in print the charts are black on white and printed once: the drawing that fits, without its data table or CSV link', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const path of ['/', '/trends/mobile-commerce/', '/trends/cross-border/']) {
    await page.goto(path);
    for (const fig of await page.locator('figure.fig').all()) {
      if ((await fig.getAttribute('data-kind')) === 'callout') continue;
      // One of the two drawings is printed: the one that fits the printed column.
      const shown = fig.locator('svg[role=img]:visible');
      await expect(shown).toHaveCount(1);
      expect((await shown.boundingBox())!.height).toBeGreaterThan(40);
      // On paper the table would print the chart's numbers a second time; the CSV's address is in
      // the briefing's sources.
      await expect(fig.locator('table')).toBeHidden();
      await expect(fig.locator('.fig__csv')).toBeHidden();
    }
    const fills = await page.locator('figure.fig svg text').evaluateAll((ts) => [...new Set(ts.map((t) => getComputedStyle(t).fill))]);
    expect(fills).toEqual(['rgb(0, 0, 0)']);
  }
});

test('no invented data: every number in a figure is a datum, a derived datum, an axis tick or a year of the source', async ({ page }) => {
  const allowed = new Set<string>();
  for (const d of numbers) {
    allowed.add(String(d.value));
    for (const n of d.derived?.formula.match(/\d+(?:\.\d+)?/g) ?? []) allowed.add(n);
  }
  for (const y of source.raw.match(/\d{4}(?=年)/g) ?? []) allowed.add(y);
  // The years of the data's periods, among them a derived base year (2011年) the source does not write.
  for (const d of numbers) for (const y of d.period.match(/\d{4}(?=年)/g) ?? []) allowed.add(y);
  const checked = new Set<string>();
  for (const path of figurePages) {
    await page.goto(path);
    for (const fig of await page.locator('figure.fig').all()) {
      const id = (await fig.getAttribute('id'))!;
      const caption = await fig.locator('figcaption').innerText();
      const n = /^图(\d+)/.exec(caption)?.[1];
      // Ticks: nice round values (1, 2 or 5 × 10^k steps).
      const ticks = await fig.locator('[data-tick]').evaluateAll((gs) =>
        gs.map((g) => ({
          value: Number(g.getAttribute('data-tick')),
          label: g.textContent!.trim(),
        })),
      );
      const tickNumbers = new Set(ticks.flatMap((t) => t.label.match(/\d+(?:\.\d+)?/g) ?? []));
      // The matrix heads its columns with the trends' numbers.
      if (id === 'companies-matrix') for (const t of trends) tickNumbers.add(String(t.order));
      for (const t of ticks) {
        if (t.value !== 0) {
          const mantissa = t.value / 10 ** Math.floor(Math.log10(t.value));
          expect([1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9], `${id} tick ${t.label}`).toContain(Math.round(mantissa * 1000) / 1000);
        }
      }
      const texts = [
        ...(await fig.locator('svg text, svg title, svg desc').allTextContents()),
        ...(await fig.locator('table td, table th').allTextContents()),
        caption,
        ...(await fig.locator('.fig__source, .fig__notes li, .fig__csv, summary, .fig__legend li, .fig-callouts').allTextContents()),
      ];
      for (const text of texts) {
        for (const m of text
          // 第N段 is a paragraph's place in the source, not a claim.
          .replace(/第\d+段/g, '')
          .replace(/图(\d+)/g, (_, k) => (k === n ? '' : `图${k}`))
          .match(/\d+(?:\.\d+)?/g) ?? []) {
          checked.add(m);
          expect(allowed.has(m) || tickNumbers.has(m), `${path} ${id}: "${m}" in "${text.trim().slice(0, 80)}"`).toBe(true);
        }
      }
    }
  }
  // The check saw the numbers that matter (it cannot pass vacuously).
  for (const m of ['6.55', '4.31', '52', '20', '2', '1.6', '25', '1.85', '1200']) expect(checked).toContain(m);
});
