// Usage: npm run bench:search [-- --runs=7] [--query=跨境电商] [--later=余额宝] [--synthetic=1000]
//   Measures search on an already built dist/ (run `npm run build` first): bytes transferred for the
//   first query and a later one; the first query's time from focusing the box to rendered results
//   (loading the search code and index included); and a later query's time from its keystroke (the
//   IME's commit) to rendered results, as the reader sees it and as the search engine alone costs.
//   Medians of repeated runs. With --synthetic N it first builds a synthetic publication of N
//   articles (scripts/bench/synthetic.ts, in a temporary copy) and measures that instead.
//   Importable: measureSearch({ baseURL, browser }).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../lib/chromium.ts';
import { DIST } from '../lib/paths.ts';
import { astroBuild, copyProject } from '../lib/project.ts';
import { serveStatic } from '../lib/server.ts';
import { makeSynthetic } from './synthetic.ts';

/** The page a reader searches from: an article, the heaviest page type. */
const START_PATH = 'trends/o2o/';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Resolves when the listbox shows `query`'s results: its words highlighted, or its "no result" line. */
const resultsFor = (page: Page, query: string) =>
  page.waitForFunction(
    (q) =>
      document.querySelector('#site-search-list')?.getAttribute('data-state') === 'done' &&
      document.querySelector<HTMLInputElement>('#site-search-input')?.value === q &&
      (document.querySelectorAll('#site-search-list mark').length > 0 ||
        !!document.querySelector('[data-site-search-status]')?.textContent?.includes(q)),
    query,
  );

/** The last in-page measure of that name (ms), written by the search code. */
const lastMeasure = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

/**
 * One measurement run: a fresh browser context (cold cache), a page visit, then a first and a
 * later query. Bytes are the encoded sizes of every response the query caused.
 */
async function oneRun(browser: Browser, baseURL: string, first: string, later: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let pending: Promise<number>[] = [];
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
  // A Chinese word reaches the box as one input event, the IME's commit: insertText is that event.
  // Times are taken in the page (performance marks), so Playwright's own round trips do not count.

  // First query: from focusing the box (which loads the search code and the index's meta) to its
  // results on screen.
  await page.evaluate(() => {
    performance.mark('bench:focus');
    document.querySelector<HTMLInputElement>('#site-search-input')!.focus();
  });
  await page.keyboard.insertText(first);
  await resultsFor(page, first);
  const firstMs = await page.evaluate(
    () => performance.getEntriesByName('search:results').at(-1)!.startTime - performance.getEntriesByName('bench:focus').at(-1)!.startTime,
  );
  const firstBytes = await drain();

  // Later query: its keystroke (input event) to results on screen, and the search engine alone.
  await page.locator('#site-search-input').fill('');
  const t1 = await page.evaluate(() => performance.now());
  await page.keyboard.insertText(later);
  await resultsFor(page, later);
  const laterWallMs = (await page.evaluate(() => performance.now())) - t1;
  const laterMs = await lastMeasure(page, 'search:keystroke-to-results');
  const engineMs = await lastMeasure(page, 'search:engine');
  const laterBytes = await drain();
  await context.close();
  return { firstMs, laterMs, laterWallMs, engineMs, firstBytes, laterBytes };
}

/**
 * Measures search on a served site. `baseURL` is the site root (base path included, trailing
 * slash); `browser` a Playwright Chromium Browser.
 */
export async function measureSearch({
  baseURL,
  browser,
  runs = 5,
  query = '跨境电商',
  laterQuery = '余额宝',
}: {
  baseURL: string;
  browser: Browser;
  runs?: number;
  query?: string;
  laterQuery?: string;
}) {
  const base = baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
  const results: Awaited<ReturnType<typeof oneRun>>[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) results.push(await oneRun(browser, base, query, laterQuery));
  const med = (key: keyof (typeof results)[number]) => median(results.map((r) => r[key]));
  return {
    firstQueryBytes: med('firstBytes'),
    laterQueryBytes: med('laterBytes'),
    /** A later query: input event → results in the DOM, measured in the page (no debounce shipped). */
    medianMs: med('laterMs'),
    /** The same, seen from Playwright (adds its round trips). */
    wallMedianMs: med('laterWallMs'),
    /** The search alone: index lookups, ranking, excerpts. */
    engineMedianMs: med('engineMs'),
    /** Focus → first results, loading the search code and the index included. */
    firstQueryMedianMs: med('firstMs'),
    runs: results.length,
    query,
    laterQuery,
  };
}

/** The index of a built dist/: pages, shards and their median gzip size (what one lookup costs), meta's size. */
function indexShape(dist: string) {
  const dir = path.join(dist, 'search');
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { pages: number; shards: number };
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length;
  const shards = fs
    .readdirSync(dir)
    .filter((f) => /^g\d+\.json$/.test(f))
    .map(gz);
  return { pages: meta.pages, shards: meta.shards, shardMedianGzip: median(shards), metaGzip: gz('meta.json') };
}

if (import.meta.main) {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      query: { type: 'string', default: '跨境电商' },
      later: { type: 'string', default: '余额宝' },
      synthetic: { type: 'string' },
    },
  });
  const tmp = args.synthetic ? fs.mkdtempSync(path.join(os.tmpdir(), `search-bench-${args.synthetic}-`)) : undefined;
  try {
    let dist = DIST;
    if (tmp) {
      copyProject(tmp);
      makeSynthetic(tmp, Number(args.synthetic));
      console.error(`bench:search: building a synthetic publication of ${args.synthetic} articles in ${tmp}…`);
      await astroBuild(tmp);
      dist = path.join(tmp, 'dist');
    }
    if (!fs.existsSync(path.join(dist, 'search', 'meta.json'))) throw new Error('no searchable dist/: run `npm run build` first.');
    const server = await serveStatic({ root: dist });
    const browser = await launchChromium();
    try {
      const r = await measureSearch({ baseURL: server.url, browser, runs: Number(args.runs), query: args.query, laterQuery: args.later });
      const shape = indexShape(dist);
      const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
      const ms = (x: number) => `${Math.round(x)} ms`;
      console.log(
        `Search, ${shape.pages} articles (${tmp ? 'synthetic' : 'real content'}); index: ${shape.shards} shards, median ${kb(shape.shardMedianGzip)} gzip, meta ${kb(shape.metaGzip)}`,
      );
      console.table({
        [`first query (${r.query}), focus → results`]: { median: ms(r.firstQueryMedianMs), transferred: kb(r.firstQueryBytes) },
        [`later query (${r.laterQuery}), keystroke → results (no debounce)`]: {
          median: ms(r.medianMs),
          transferred: kb(r.laterQueryBytes),
        },
        [`  same, search engine alone`]: { median: ms(r.engineMedianMs), transferred: '' },
        [`  same, seen from Playwright (adds its round trips)`]: { median: ms(r.wallMedianMs), transferred: '' },
      });
      console.log(
        `${r.runs} runs, gzip-served, fresh browser context per run; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs.`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } catch (e) {
    console.error(`bench:search: ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
