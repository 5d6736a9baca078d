/**
 * Acceptance 6: a build under a sub-path (BASE_PATH=/briefing) serves and searches correctly.
 * Builds into dist-sub/ (git-ignored) once, serves it under /briefing/ with a small static server,
 * and searches as a reader would.
 */
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { astroBuild } from '../../scripts/lib/project.ts';
import { serveStatic } from '../../scripts/lib/server.ts';
import { ROOT } from '../helpers/edition';

const BASE = '/briefing/';
const OUT = path.join(ROOT, 'dist-sub');
/** The port after the main suite's E2E_PORT, unless given. */
const PORT = Number(process.env.E2E_SUBPATH_PORT ?? Number(process.env.E2E_PORT ?? 4399) + 1);

test.describe.configure({ mode: 'serial' });

let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  await astroBuild(ROOT, { outDir: OUT, env: { BASE_PATH: BASE.replace(/\/$/, '') } });
  server = await serveStatic({ root: OUT, base: BASE, port: PORT });
});

test.afterAll(async () => {
  await server?.close();
});

test('the /search/ page finds under the sub-path, and results link inside it', async ({ page }) => {
  const requested: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(`${server.url}search/?q=${encodeURIComponent('跨境电商')}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
  const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(1);
  expect(hrefs[0]).toMatch(/^\/briefing\/trends\/cross-border\/\?hl=.+#original-h$/);
  const index = requested.filter((p) => /\/search\/[^/]+\.json$/.test(p));
  expect(index.length).toBeGreaterThan(0);
  expect(index.every((p) => p.startsWith('/briefing/search/'))).toBe(true);
  await page.locator('.search-result a').click();
  await expect(page).toHaveURL(/\/briefing\/trends\/cross-border\//);
  await expect(page.locator('mark.search-hit').first()).toHaveText('跨境电商');
  expect(failed).toEqual([]);
});

test('the header box searches from an article under the sub-path', async ({ page }) => {
  await page.goto(`${server.url}trends/o2o/`);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('6.55万亿');
  await expect(page.locator('#site-search-list')).toHaveAttribute('data-state', 'done');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('二、移动电商走向成熟');
  await expect(first).toHaveAttribute('href', /^\/briefing\/trends\/mobile-commerce\//);
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForURL(/\/briefing\/trends\/mobile-commerce\/\?hl=/), page.keyboard.press('Enter')]);
  await expect(page.locator('mark.search-hit').first()).toHaveText('6.55万亿');
  // Enter with no result chosen opens the full results page, under the sub-path too.
  await page.keyboard.press('/');
  await page.keyboard.type('菜鸟');
  await Promise.all([page.waitForURL(/\/briefing\/search\/\?q=/), page.keyboard.press('Enter')]);
  await expect(page.locator('.search-result a')).toHaveAttribute('href', /^\/briefing\/trends\/smart-logistics\//);
});
