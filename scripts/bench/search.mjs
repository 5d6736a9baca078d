// Usage: node scripts/bench/search.mjs [--runs 7] [--query 跨境电商] [--later 余额宝]
//   Measures search on an already built dist/ (run `npm run build` first; this builds nothing):
//   bytes transferred for the first query and for a later one, and keystroke-to-rendered-results
//   time, median of repeated runs. Importable: measureSearch({ baseURL, browser }).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The page a reader searches from: an article, the heaviest page type. */
const START_PATH = 'trends/o2o/';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Types a query into the header box and waits until its results are rendered. Returns the
 * milliseconds from the first keystroke to results in the listbox.
 */
async function timeQuery(page, query) {
  const input = page.locator('#site-search-input');
  await input.focus();
  const started = await page.evaluate(() => performance.now());
  await input.pressSequentially(query);
  // Done when the listbox shows this query's words highlighted: a stale list cannot pass.
  await page.waitForFunction((q) => [...document.querySelectorAll('#site-search-list mark')].some((m) => m.textContent === q), query);
  const ended = await page.evaluate(() => performance.now());
  await input.fill('');
  return ended - started;
}

/**
 * One measurement run: a fresh browser context (cold cache), a page visit, then a first and a
 * later query. Bytes are the encoded sizes of every response the query caused.
 */
async function oneRun(browser, baseURL, first, later) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let pending = [];
  page.on('requestfinished', (request) =>
    pending.push(
      request.sizes().then(
        (s) => s.responseBodySize + s.responseHeadersSize,
        () => 0,
      ),
    ),
  );
  // Sums what finished since the last call; sizes() resolves asynchronously, so await them all.
  const drain = async () => {
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(pending);
    pending = [];
    return sizes.reduce((a, b) => a + b, 0);
  };
  await page.goto(new URL(START_PATH, baseURL).href, { waitUntil: 'networkidle' });
  await drain();
  const firstMs = await timeQuery(page, first);
  const firstBytes = await drain();
  const laterMs = await timeQuery(page, later);
  const laterBytes = await drain();
  await context.close();
  return { firstMs, laterMs, firstBytes, laterBytes };
}

/**
 * Measures search on a served site. `baseURL` is the site root (base path included, trailing
 * slash); `browser` a Playwright Chromium Browser. medianMs is the later (warm) query's
 * keystroke-to-results time; firstQueryMedianMs includes loading Pagefind.
 */
export async function measureSearch({ baseURL, browser, runs = 5, query = '跨境电商', laterQuery = '余额宝' }) {
  const base = baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
  const results = [];
  for (let i = 0; i < Math.max(5, runs); i++) results.push(await oneRun(browser, base, query, laterQuery));
  return {
    firstQueryBytes: median(results.map((r) => r.firstBytes)),
    laterQueryBytes: median(results.map((r) => r.laterBytes)),
    medianMs: median(results.map((r) => r.laterMs)),
    firstQueryMedianMs: median(results.map((r) => r.firstMs)),
    runs: results.length,
    query,
    laterQuery,
  };
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { chromium } = await import('@playwright/test');
  const { serveStatic } = await import('../lib/server.ts');
  const fs = await import('node:fs');
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
    console.error('No searchable dist/: run `npm run build` first.');
    process.exit(1);
  }
  const server = await serveStatic({ root: dist });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const r = await measureSearch({
      baseURL: server.url,
      browser,
      runs: Number(arg('runs', 7)),
      query: arg('query', '跨境电商'),
      laterQuery: arg('later', '余额宝'),
    });
    const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
    console.table({
      [`first query (${r.query})`]: { transferred: kb(r.firstQueryBytes), 'median ms': Math.round(r.firstQueryMedianMs) },
      [`later query (${r.laterQuery})`]: { transferred: kb(r.laterQueryBytes), 'median ms': Math.round(r.medianMs) },
    });
    console.log(`${r.runs} runs, gzip-served dist/, keystroke to rendered results (includes the ${120} ms typing debounce).`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
