/**
 * Figures as a reader meets them: in the built pages, without JavaScript, on a phone, in dark
 * mode and on paper, with CSVs that hold the same numbers and no number the source lacks.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { attribution, baseAmount, formatDatum } from '../../src/lib/format';
import { readNumbers, readTrendFiles } from '../helpers/content';
import { source } from '../helpers/seed';

const numbers = readNumbers();
const byId = new Map(numbers.map((d) => [d.id, d]));
const trendPages = readTrendFiles().map((f) => `/trends/${f.data.slug}/`);
const figurePages = ['/', ...trendPages];

/** RFC 4180 parsing, enough for our own output (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n') (row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = ''));
    else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...rest] = rows;
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every figure has its SVG, numbered caption, source line, notes and a table equal to the data', async ({ page }) => {
    for (const path of figurePages) {
      await page.goto(path);
      const figures = page.locator('figure.fig');
      expect(await figures.count(), path).toBeGreaterThan(0);
      for (const fig of await figures.all()) {
        const id = await fig.getAttribute('id');
        await expect(fig.locator('figcaption'), `${path} ${id}`).toHaveText(/^图\d+\s*\S+/);
        // The chart: an inline SVG image with an accessible name and description.
        const svgs = fig.locator('svg[role=img]');
        expect(await svgs.count()).toBeGreaterThan(0);
        for (const svg of await svgs.all()) {
          await expect(svg).toBeVisible();
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
        await expect(table).toHaveCount(1);
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

  test('trend 2 draws the derived base as derived and 京东 as 近20%; trend 4 draws the bound as a bound', async ({ page }) => {
    await page.goto('/trends/mobile-commerce/');
    const derived = page.locator('#mobile-volume-t2 .fig-mark--derived');
    await expect(derived.locator('rect')).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(derived).toContainText('推算');
    await expect(page.locator('#mobile-volume-t2 .fig__notes')).toContainText('6.55万亿 ÷ (1 + 52%) ≈ 4.31万亿');
    await expect(page.locator('#jd-order-share-t2 svg')).toContainText('近20%');
    await expect(page.locator('#jd-order-share-t2 .fig-open-end')).toHaveCount(1);
    await page.goto('/trends/cross-border/');
    const bound = page.locator('#cross-border-t4 .fig-mark--bound');
    await expect(bound.locator('rect')).toHaveCount(0);
    await expect(bound).toContainText('低于1.6万亿元');
    await page.goto('/trends/local-services/');
    await expect(page.locator('#local-services-t6 svg')).toHaveCount(2);
    await expect(page.locator('#local-services-t6 svg').first()).toContainText('预计');
    await expect(page.locator('#local-services-t6 svg').last()).toContainText('预测');
  });

  test('the front page compares every yuan amount on a stated log scale and shows the full matrix', async ({ page }) => {
    await page.goto('/');
    const dots = page.locator('#yuan-amounts');
    await expect(dots.locator('[data-axis=log]')).toHaveAttribute('data-domain', '1000000000,10000000000000');
    await expect(dots.locator('.fig__notes')).toContainText('对数刻度');
    const keys = await dots.locator('svg [data-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys.sort()).toEqual(
      numbers
        .filter((d) => d.unit === '元')
        .map((d) => d.id)
        .sort(),
    );
    // The key-figure cards and the figure write the same number the same way.
    for (const card of await page.locator('.trend-card .key-figure__value').allInnerTexts()) {
      const d = numbers.find((n) => formatDatum(n) === card);
      expect(d, card).toBeDefined();
      if (d!.unit === '元') await expect(dots.locator(`tr[data-datum="${d!.id}"] .fig-table__value`)).toHaveText(card);
    }
    const matrix = page.locator('#companies-matrix');
    for (const f of readTrendFiles()) {
      const named = await matrix
        .locator(`td[data-order="${f.data.order}"][data-named="1"]`)
        .evaluateAll((tds) => tds.map((td) => td.parentElement!.getAttribute('data-company')));
      expect(named.sort(), `trend ${f.data.order}`).toEqual([...f.data.companies].sort());
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
  expect(seen.size).toBe(6);
  for (const href of seen) {
    const response = await page.request.get(href);
    expect(response.ok(), href).toBe(true);
    expect(response.headers()['content-type']).toMatch(/text\/csv/);
    const rows = parseCsv(await response.text());
    expect(rows.length, href).toBeGreaterThan(0);
    if (href.endsWith('companies-matrix.csv')) {
      const trends = readTrendFiles().map((f) => f.data);
      for (const r of rows)
        for (const t of trends) expect(r[`trend_${t.order}`]).toBe(t.companies.includes(r.company as never) ? '1' : '0');
      continue;
    }
    for (const r of rows) {
      const d = byId.get(r.id)!;
      expect(d, `${href} ${r.id}`).toBeDefined();
      expect(Number(r.value)).toBe(d.value);
      expect(Number(r.value_in_units)).toBe(baseAmount(d));
      expect([r.magnitude, r.unit, r.qualifier, r.quote, r.measured_by, r.status]).toEqual([
        d.magnitude,
        d.unit,
        d.qualifier ?? '',
        d.quote,
        attribution(d),
        d.derived ? 'derived' : d.status,
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

test.describe('360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('no figure overflows and chart text stays at least 10 px', async ({ page }) => {
    for (const path of figurePages) {
      await page.goto(path);
      // Open every table, as a reader would, so tables are measured too.
      await page.locator('details.fig__data').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await overflowing(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      const smallest = await page
        .locator('figure.fig svg text')
        .evaluateAll((ts) => Math.min(...ts.map((t) => t.getBoundingClientRect().height)));
      expect(smallest, path).toBeGreaterThanOrEqual(10);
    }
  });
});

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
    for (const path of ['/', '/trends/mobile-commerce/', '/trends/local-services/']) {
      await page.goto(path);
      const colours = await textColours(page.locator('figure.fig'));
      expect(colours.length).toBeGreaterThan(10);
      for (const c of colours) expect(contrast(c.fill, c.bg), `${path} "${c.text}" ${c.fill} on ${c.bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
}

test('in print the charts are black on white and every table is printed open', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const path of ['/', '/trends/mobile-commerce/', '/trends/cross-border/', '/trends/urbanization/']) {
    await page.goto(path);
    for (const fig of await page.locator('figure.fig').all()) {
      for (const svg of await fig.locator('svg').all()) {
        await expect(svg).toBeVisible();
        expect((await svg.boundingBox())!.height).toBeGreaterThan(40);
      }
      const table = fig.locator('table');
      await expect(table).toBeVisible();
      expect((await table.boundingBox())!.height).toBeGreaterThan(20);
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
  const checked = new Set<string>();
  for (const path of figurePages) {
    await page.goto(path);
    for (const fig of await page.locator('figure.fig').all()) {
      const id = (await fig.getAttribute('id'))!;
      const caption = await fig.locator('figcaption').innerText();
      const n = /^图(\d+)/.exec(caption)![1];
      // Ticks: nice round values (1, 2 or 5 × 10^k steps, or powers of ten on a log axis).
      const ticks = await fig.locator('[data-tick]').evaluateAll((gs) =>
        gs.map((g) => ({
          value: Number(g.getAttribute('data-tick')),
          label: g.textContent!.trim(),
          kind: g.closest('[data-axis]')!.getAttribute('data-axis'),
        })),
      );
      const tickNumbers = new Set(ticks.flatMap((t) => t.label.match(/\d+(?:\.\d+)?/g) ?? []));
      for (const t of ticks) {
        if (t.kind === 'log') expect(Math.log10(t.value) % 1, `${id} tick ${t.label}`).toBe(0);
        else if (t.value !== 0) {
          const mantissa = t.value / 10 ** Math.floor(Math.log10(t.value));
          expect([1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9], `${id} tick ${t.label}`).toContain(Math.round(mantissa * 1000) / 1000);
        }
      }
      const texts = [
        ...(await fig.locator('svg text, svg title, svg desc').allTextContents()),
        ...(await fig.locator('table td, table th').allTextContents()),
        caption,
        ...(await fig.locator('.fig__source, .fig__notes li, .fig__csv, summary').allTextContents()),
      ];
      for (const text of texts) {
        for (const m of text.replace(/图(\d+)/g, (_, k) => (k === n ? '' : `图${k}`)).match(/\d+(?:\.\d+)?/g) ?? []) {
          checked.add(m);
          expect(allowed.has(m) || tickNumbers.has(m), `${path} ${id}: "${m}" in "${text.trim().slice(0, 80)}"`).toBe(true);
        }
      }
    }
  }
  // The check saw the numbers that matter (it cannot pass vacuously).
  for (const m of ['6.55', '4.31', '52', '20', '2', '1.6', '25', '1.85', '1200']) expect(checked).toContain(m);
});

test('a trend page’s matrix column describes every company, named or not', async ({ page }) => {
  await page.goto('/trends/smart-hardware/');
  const desc = await page.locator('figure[data-figure="companies-matrix"] svg desc').textContent();
  expect(desc).toContain('京东：趋势九');
  expect(desc).toContain('百度：未提及');
  expect(desc).not.toMatch(/：趋势[；。]/);
});
