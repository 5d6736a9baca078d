// Usage: npm run bench:search [-- --runs=7] [--query=跨境电商] [--later=余额宝] [--synthetic=1000] [--pagefind]
//   Measures search on an already built dist/ (run `npm run build` first): bytes transferred for the
//   first query and a later one; the first query's time from focusing the box to rendered results
//   (loading the search code and index included); and a later query's time from its keystroke (the
//   IME's commit) to rendered results, as the reader sees it and as the search engine alone costs.
//   Medians of repeated runs; a measurement that breaks what any honest one satisfies fails the run.
//   With --synthetic N it first builds a synthetic publication of N articles (scripts/bench/synthetic.ts,
//   in a temporary copy) and measures that instead.
//   With --pagefind it also indexes the same pages with Pagefind (scripts/bench/pagefind.ts, in a
//   temporary folder), measures it the same way, scores every engine on the precision spec's
//   queries (real content only) and tries each under the site's CSP, and prints a Markdown table
//   (docs/search.md).
//   Importable: measureSearch({ baseURL, browser }).
import fs from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../lib/chromium.ts';
import { DIST } from '../lib/paths.ts';
import { astroBuild, copyProject } from '../lib/project.ts';
import { serveStatic } from '../lib/server.ts';
import type { PolicyOutcome } from './pagefind.ts';
import { makeSynthetic } from './synthetic.ts';

/** The page a reader searches from: an article, the heaviest page type (the English one under en/). */
const START_PATH = 'trends/o2o/';

/** What each language's reader types first and later by default: the English index is its own (en/search/). */
export const BENCH_QUERIES = {
  'zh-CN': { start: START_PATH, query: '跨境电商', laterQuery: '余额宝' },
  en: { start: `en/${START_PATH}`, query: 'cross-border', laterQuery: 'Yu’e Bao' },
} as const;

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${Math.round(x)} ms`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** What one run searches with: where the box is, how a query's results show, and the in-page measures. */
export interface SearchTarget {
  /** The page a reader searches from. */
  url: string;
  /** The search box. */
  input: string;
  /** Resolves when the results of `query` are on screen (rejects if the search reported an error). */
  ready: (page: Page, query: string) => Promise<unknown>;
  /** Performance entries the search code writes: a mark when results are shown, a measure input → results, the engine alone. */
  marks: { results: string; keystroke: string; engine?: string };
  /** Runs after the page has loaded, before the first query (e.g. hands it what it needs). */
  prepare?: (page: Page) => Promise<unknown>;
}

/** Our header box on an article: its listbox shows the query's words highlighted, or its "no result" line. */
const OUR_BOX = (baseURL: string, start: string = START_PATH): SearchTarget => ({
  url: new URL(start, baseURL).href,
  input: '#site-search-input',
  ready: (page, query) =>
    page.waitForFunction(
      (q) =>
        document.querySelector('#site-search-list')?.getAttribute('data-state') === 'done' &&
        document.querySelector<HTMLInputElement>('#site-search-input')?.value === q &&
        (document.querySelectorAll('#site-search-list mark').length > 0 ||
          !!document.querySelector('[data-site-search-status]')?.textContent?.includes(q)),
      query,
    ),
  marks: { results: 'search:results', keystroke: 'search:keystroke-to-results', engine: 'search:engine' },
});

/** The last in-page measure of that name (ms). */
const lastMeasure = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

/**
 * One measurement run: a fresh browser context (cold cache), a page visit, then a first and a
 * later query. Bytes are the encoded sizes of every response the query caused (a Worker's included).
 */
async function oneRun(browser: Browser, target: SearchTarget, first: string, later: string) {
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
  await page.goto(target.url, { waitUntil: 'networkidle' });
  await target.prepare?.(page);
  await drain();
  // A Chinese word reaches the box as one input event, the IME's commit: insertText is that event.
  // Times are taken in the page (performance marks), so Playwright's own round trips do not count.

  // First query: from focusing the box (which loads the search code and the index's meta) to its
  // results on screen.
  await page.evaluate((input) => {
    performance.mark('bench:focus');
    document.querySelector<HTMLInputElement>(input)!.focus();
  }, target.input);
  await page.keyboard.insertText(first);
  await target.ready(page, first);
  const firstMs = await page.evaluate(
    (results) => performance.getEntriesByName(results).at(-1)!.startTime - performance.getEntriesByName('bench:focus').at(-1)!.startTime,
    target.marks.results,
  );
  const firstBytes = await drain();

  // Later query: its keystroke (input event) to results on screen, and the search engine alone.
  await page.locator(target.input).fill('');
  const t1 = await page.evaluate(() => performance.now());
  await page.keyboard.insertText(later);
  await target.ready(page, later);
  const laterWallMs = (await page.evaluate(() => performance.now())) - t1;
  const laterMs = await lastMeasure(page, target.marks.keystroke);
  const engineMs = target.marks.engine ? await lastMeasure(page, target.marks.engine) : NaN;
  const laterBytes = await drain();
  await context.close();
  return { firstMs, laterMs, laterWallMs, engineMs, firstBytes, laterBytes };
}

/** Medians over at least five runs of `target`. */
export async function measureTarget(browser: Browser, target: SearchTarget, { runs = 5, query = '跨境电商', laterQuery = '余额宝' } = {}) {
  const results: Awaited<ReturnType<typeof oneRun>>[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) results.push(await oneRun(browser, target, query, laterQuery));
  const med = (key: keyof (typeof results)[number]) => median(results.map((r) => r[key]));
  return {
    firstQueryBytes: med('firstBytes'),
    laterQueryBytes: med('laterBytes'),
    /** A later query: input event → results in the DOM, measured in the page (no debounce shipped). */
    medianMs: med('laterMs'),
    /** The same, seen from Playwright (adds its round trips). */
    wallMedianMs: med('laterWallMs'),
    /** The search alone: index lookups, ranking, excerpts (NaN where the target does not measure it). */
    engineMedianMs: med('engineMs'),
    /** Focus → first results, loading the search code and the index included. */
    firstQueryMedianMs: med('firstMs'),
    runs: results.length,
    query,
    laterQuery,
  };
}

export type SearchMeasure = Awaited<ReturnType<typeof measureTarget>>;

/**
 * What any honest measurement of our search satisfies; a run that breaks one measured something
 * else (a page that never searched, a mark the search code stopped writing), so it fails loudly.
 * The first query loads the search code and the index's meta, shards and a record file; a later
 * one at most a few shards and a record file. Both stay far under the 87 KB Pagefind's search cost.
 */
export function implausible(r: SearchMeasure): string[] {
  const rules: [boolean, string][] = [
    [r.runs >= 5, `${r.runs} runs, expected at least 5`],
    [r.firstQueryBytes > 5_000, `first query moved ${r.firstQueryBytes} bytes, expected over 5,000 (code and index)`],
    [r.firstQueryBytes < 87 * 1024, `first query moved ${r.firstQueryBytes} bytes, expected under 87 KB`],
    [
      r.laterQueryBytes < r.firstQueryBytes,
      `later query moved ${r.laterQueryBytes} bytes, not fewer than the first (${r.firstQueryBytes})`,
    ],
    [r.medianMs > 0, `keystroke → results ${r.medianMs} ms, expected a positive time`],
    [r.engineMedianMs > 0, `engine alone ${r.engineMedianMs} ms, expected a positive time`],
    [r.engineMedianMs <= r.medianMs, `engine alone ${r.engineMedianMs} ms exceeds keystroke → results ${r.medianMs} ms`],
    [
      r.firstQueryMedianMs > r.engineMedianMs,
      `first query ${r.firstQueryMedianMs} ms, not more than the engine alone (${r.engineMedianMs} ms)`,
    ],
  ];
  return rules.filter(([ok]) => !ok).map(([, why]) => why);
}

/**
 * Measures our search on a served site. `baseURL` is the site root (base path included, trailing
 * slash); `browser` a Playwright Chromium Browser. Throws if the numbers are implausible.
 */
export async function measureSearch({
  baseURL,
  browser,
  runs = 5,
  lang = 'zh-CN',
  query = BENCH_QUERIES[lang].query,
  laterQuery = BENCH_QUERIES[lang].laterQuery,
}: {
  baseURL: string;
  browser: Browser;
  runs?: number;
  /** Which edition's box and index: the Chinese (/search/) or the English (/en/search/). */
  lang?: keyof typeof BENCH_QUERIES;
  query?: string;
  laterQuery?: string;
}): Promise<SearchMeasure> {
  const base = baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
  const r = await measureTarget(browser, OUR_BOX(base, BENCH_QUERIES[lang].start), { runs, query, laterQuery });
  const wrong = implausible(r);
  if (wrong.length) throw new Error(`search measurement implausible: ${wrong.join('; ')}`);
  return r;
}

/** The index of a built dist/: pages, shards and their median gzip size (what one lookup costs), meta's size. */
function indexShape(dist: string, under: string) {
  const dir = path.join(dist, under);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { pages: number; shards: number };
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length;
  const shards = fs
    .readdirSync(dir)
    .filter((f) => /^g\d+\.json$/.test(f))
    .map(gz);
  return { pages: meta.pages, shards: meta.shards, shardMedianGzip: median(shards), metaGzip: gz('meta.json') };
}

/** A row of the precision table with its expected trends (from seeds/ and the alias table). */
interface ScoredQuery {
  query: string;
  canonical: string;
  kind: string;
  expected: number[];
}

/**
 * Lets this process import the project's modules as Vite and Playwright do and plain Node does
 * not: relative imports without `.ts` (src/lib, tests/e2e), and TypeScript beyond type stripping
 * (a parameter property in src/edition), transformed by Node's own stripTypeScriptTypes. Only for
 * the --pagefind part, which reads the precision spec's table through tests/.
 */
function loadLikeVite() {
  registerHooks({
    resolve(specifier, context, next) {
      try {
        return next(specifier, context);
      } catch (e) {
        if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return next(`${specifier}.ts`, context);
        throw e;
      }
    },
    load(url, context, next) {
      if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
      const source = stripTypeScriptTypes(fs.readFileSync(new URL(url), 'utf8'), { mode: 'transform' });
      return { format: 'module', source, shortCircuit: true };
    },
  });
}

/**
 * The precision spec's queries (tests/e2e/search-queries.ts, and every number the source states)
 * with their expected sets (from seeds/ and the alias table, as the spec computes them), and the
 * spec's URL → trend mapping.
 */
async function precisionTable() {
  const [{ TABLE, SOURCE_NUMBERS }, { expectedFromSeed, orderOf }] = await Promise.all([
    import('../../tests/e2e/search-queries.ts'),
    import('../../tests/e2e/search-helpers.ts'),
  ]);
  const rows = [
    ...TABLE,
    ...SOURCE_NUMBERS.filter((n) => !TABLE.some((r) => r.query === n)).map((n) => ({ query: n, canonical: n, kind: 'number' })),
  ];
  const queries: ScoredQuery[] = rows.map((r) => ({ ...r, expected: expectedFromSeed(r.canonical) }));
  return { queries, orderOf };
}

/** Every result URL our /search/ page gives each query, typed one after another as a reader would. */
async function ourResults(browser: Browser, baseURL: string, queries: string[]) {
  const page = await browser.newPage();
  try {
    await page.goto(new URL('search/', baseURL).href);
    const found = new Map<string, string[]>();
    for (const q of queries) {
      await page.locator('#search-page-q').fill(q);
      // "done" with this query in the status is this query's answer (an older search never overwrites a newer one).
      await page.waitForFunction(
        (query) =>
          document.querySelector('[data-search-results]')?.getAttribute('data-state') === 'done' &&
          !!document.querySelector('[data-search-status]')?.textContent?.includes(`“${query.trim()}”`),
        q,
      );
      found.set(q, await page.locator('.search-result a:first-of-type').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
    }
    return found;
  } finally {
    await page.close();
  }
}

/** How many queries got exactly their expected set, by kind, and the misses. */
function score(queries: ScoredQuery[], found: Map<string, string[]>, orderOf: (href: string) => number) {
  const misses: { q: ScoredQuery; got: number[] }[] = [];
  const byKind = new Map<string, [number, number]>();
  for (const q of queries) {
    const got = [...new Set((found.get(q.query) ?? []).map(orderOf))].sort((a, b) => a - b);
    const exact = got.join() === q.expected.join() && got.length === (found.get(q.query) ?? []).length;
    const [hits, all] = byKind.get(q.kind) ?? [0, 0];
    byKind.set(q.kind, [hits + (exact ? 1 : 0), all + 1]);
    if (!exact) misses.push({ q, got });
  }
  return { exact: queries.length - misses.length, total: queries.length, byKind, misses };
}

if (import.meta.main) {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      query: { type: 'string', default: '跨境电商' },
      later: { type: 'string', default: '余额宝' },
      synthetic: { type: 'string' },
      pagefind: { type: 'boolean', default: false },
    },
  });
  const started = performance.now();
  const load = os.loadavg()[0];
  const tmp = args.synthetic ? fs.mkdtempSync(path.join(os.tmpdir(), `search-bench-${args.synthetic}-`)) : undefined;
  const pagefindDir = args.pagefind ? fs.mkdtempSync(path.join(os.tmpdir(), 'search-bench-pagefind-')) : undefined;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    let dist = DIST;
    if (tmp) {
      copyProject(tmp);
      makeSynthetic(tmp, Number(args.synthetic));
      console.error(`bench:search: building a synthetic publication of ${args.synthetic} articles in ${tmp}…`);
      await astroBuild(tmp);
      dist = path.join(tmp, 'dist');
    }
    if (!fs.existsSync(path.join(dist, 'search', 'meta.json')))
      throw new Error(`${dist}/search/meta.json: missing; run \`npm run build\` first.`);
    const server = await serveStatic({ root: dist });
    closers.push(() => server.close());
    const browser = await launchChromium();
    closers.push(() => browser.close());
    const options = { runs: Number(args.runs), query: args.query, laterQuery: args.later };
    const report = (title: string, under: string, m: SearchMeasure) => {
      const shape = indexShape(dist, under);
      console.log(
        `${title}, ${shape.pages} articles (${tmp ? 'synthetic' : 'real content'}); index: ${shape.shards} shards, median ${kb(shape.shardMedianGzip)} gzip, meta ${kb(shape.metaGzip)}`,
      );
      console.table({
        [`first query (${m.query}), focus → results`]: { median: ms(m.firstQueryMedianMs), transferred: kb(m.firstQueryBytes) },
        [`later query (${m.laterQuery}), keystroke → results (no debounce)`]: {
          median: ms(m.medianMs),
          transferred: kb(m.laterQueryBytes),
        },
        [`  same, search engine alone`]: { median: ms(m.engineMedianMs), transferred: '' },
        [`  same, seen from Playwright (adds its round trips)`]: { median: ms(m.wallMedianMs), transferred: '' },
      });
      console.log(
        `${m.runs} runs, gzip-served, fresh browser context per run; load average ${load.toFixed(1)} on ${os.cpus().length} CPUs.\n`,
      );
      return shape;
    };
    const r = await measureSearch({ baseURL: server.url, browser, ...options });
    const shape = report('Search', 'search', r);
    // The English edition's index (en/search/), searched from an English article's box.
    if (fs.existsSync(path.join(dist, 'en', 'search', 'meta.json')))
      report('English search', 'en/search', await measureSearch({ baseURL: server.url, browser, runs: Number(args.runs), lang: 'en' }));

    if (pagefindDir) {
      // Loaded only here: `npm run bench` and everything else never touch Pagefind.
      loadLikeVite();
      const {
        buildPagefind,
        exactPlan,
        indexedRecords,
        PAGEFIND_VARIANTS,
        PAGEFIND_VERSION,
        pagefindPage,
        pagefindResults,
        pagefindSearch,
        pagefindTarget,
        SHOWN_RESULTS,
        sitePolicy,
        underPolicy,
        withWasm,
      } = await import('./pagefind.ts');
      console.error('bench:search: indexing the same pages with Pagefind…');
      const buildSeconds = await buildPagefind(dist, pagefindDir);
      const pfServer = await serveStatic({ root: pagefindDir });
      closers.push(() => pfServer.close());
      // Expected sets come from the real seed: a synthetic publication has other pages, so it is scored on time and bytes only.
      const table = tmp ? undefined : await precisionTable();
      const { meta } = indexedRecords(dist);
      const queries = table?.queries.map((q) => q.query) ?? [];
      const planned = [options.query, options.laterQuery, ...queries];
      const plans = Object.fromEntries(planned.map((q) => [q, exactPlan(q, meta)]));

      const engines = [
        { name: 'ours', label: 'ours (bigram substring index)' },
        { name: 'pagefind', label: `Pagefind ${PAGEFIND_VERSION}, as it comes (zh-cn words)` },
        { name: 'pagefind-exact', label: `Pagefind ${PAGEFIND_VERSION}, base-36 characters as words` },
      ] as const;
      const measured = new Map<string, SearchMeasure>([['ours', r]]);
      const scored = new Map<string, ReturnType<typeof score>>();
      const policy = new Map<string, { meta: string; header: string; mainThread: string }>();
      const sitePolicyText = sitePolicy(dist);
      const describe = (site: PolicyOutcome, wasm?: PolicyOutcome) =>
        site.works
          ? "works under the site's policy"
          : wasm?.works
            ? `needs 'wasm-unsafe-eval' (${site.why})`
            : `fails: ${site.why}${wasm && !wasm.works ? `; with 'wasm-unsafe-eval' too: ${wasm.why}` : ''}`;

      const scoreOf = async (found: Promise<Map<string, string[]>>) => score(table!.queries, await found, table!.orderOf);
      if (table) scored.set('ours', await scoreOf(ourResults(browser, server.url, queries)));
      const oursSearch = async (page: Page) => {
        await page.locator('#site-search-input').fill(options.query);
        await OUR_BOX(server.url).ready(page, options.query);
      };
      const article = new URL(START_PATH, server.url).href;
      policy.set('ours', {
        meta: describe(await underPolicy(browser, article, oursSearch)),
        header: describe(await underPolicy(browser, article, oursSearch, sitePolicyText)),
        mainThread: 'the same (no Worker, no WebAssembly)',
      });
      for (const variant of PAGEFIND_VARIANTS) {
        console.error(`bench:search: measuring ${variant}…`);
        measured.set(variant, await measureTarget(browser, pagefindTarget(pfServer.url, variant, plans), options));
        if (table) scored.set(variant, await scoreOf(pagefindResults(browser, pfServer.url, variant, queries, plans)));
        const search = pagefindSearch(options.query, plans);
        // Under the site's policy, and if that fails, with 'wasm-unsafe-eval' added.
        const tried = async (worker: boolean, header?: string) =>
          describe(
            await underPolicy(browser, pagefindPage(pfServer.url, variant, { policy: 'site', worker }), search, header),
            await underPolicy(browser, pagefindPage(pfServer.url, variant, { policy: 'wasm', worker }), search, header && withWasm(header)),
          );
        policy.set(variant, { meta: await tried(true), header: await tried(true, sitePolicyText), mainThread: await tried(false) });
      }

      const cells = (f: (name: (typeof engines)[number]['name']) => string) => engines.map((e) => f(e.name));
      const m = (name: string) => measured.get(name)!;
      const exactness = (name: string) => {
        const s = scored.get(name);
        return s ? `${s.exact}/${s.total} (${Math.round((100 * s.exact) / s.total)}%)` : 'n/a (synthetic)';
      };
      const kinds = (name: string) =>
        [...(scored.get(name)?.byKind ?? [])].map(([kind, [hits, all]]) => `${kind} ${hits}/${all}`).join(' · ') || 'n/a';
      const rows: [string, string[]][] = [
        [`exactly the expected trends${table ? `, ${table.queries.length} precision queries` : ''}`, cells(exactness)],
        ['  by kind of query', cells(kinds)],
        [`first query \`${options.query}\`: bytes`, cells((n) => kb(m(n).firstQueryBytes))],
        ['  focus → results (loads code and index)', cells((n) => ms(m(n).firstQueryMedianMs))],
        [`later query \`${options.laterQuery}\`: bytes`, cells((n) => kb(m(n).laterQueryBytes))],
        ['  keystroke → results, in the page', cells((n) => ms(m(n).medianMs))],
        ['  the same, seen from Playwright', cells((n) => ms(m(n).wallMedianMs))],
        ['  the search engine alone', cells((n) => (Number.isNaN(m(n).engineMedianMs) ? '—' : ms(m(n).engineMedianMs)))],
        ['CSP as a `<meta>` (as the site ships it; a Worker is outside it)', cells((n) => policy.get(n)!.meta)],
        ['CSP as an HTTP header on every file', cells((n) => policy.get(n)!.header)],
        ['CSP, Pagefind on the main thread (its fallback without a Worker)', cells((n) => policy.get(n)!.mainThread)],
        [
          'index build',
          cells((n) =>
            n === 'ours' ? 'inside `astro build`' : buildSeconds[n] < 1 ? ms(buildSeconds[n] * 1000) : `${buildSeconds[n].toFixed(1)} s`,
          ),
        ],
      ];
      const line = (xs: string[]) => `| ${xs.join(' | ')} |`;
      console.log(
        [
          '',
          `Search engines side by side, ${shape.pages} articles (${tmp ? 'synthetic' : 'real content'}); ${new Date().toISOString().slice(0, 10)}, \`npm run bench:search -- --pagefind${tmp ? ` --synthetic=${args.synthetic}` : ''}\``,
          '',
          line(['Measure', ...engines.map((e) => e.label)]),
          line(['---', ...engines.map(() => '---')]),
          ...rows.map(([label, values]) => line([label, ...values])),
          '',
          `Times are medians of ${r.runs} runs (fresh browser context each, gzip-served, Chromium ${browser.version()}); ${SHOWN_RESULTS} results shown with excerpts; load average ${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs; bench ${((performance.now() - started) / 1000).toFixed(0)} s.`,
        ].join('\n'),
      );
      for (const e of engines) {
        const misses = scored.get(e.name)?.misses ?? [];
        if (!misses.length) continue;
        // A few of each kind, so one kind's many misses do not hide the others.
        const few = [...Map.groupBy(misses, (x) => x.q.kind).values()].flatMap((xs) => xs.slice(0, 2));
        console.log(`\nMisses, ${e.label} (${misses.length}; up to 2 of each kind):`);
        for (const { q, got } of few)
          console.log(`- \`${q.query}\` (${q.kind}): expected ${q.expected.join(' ') || 'none'}, got ${got.join(' ') || 'none'}`);
      }
    }
  } catch (e) {
    console.error(`bench:search: ${(e as Error).message}`);
    process.exitCode = 1;
  } finally {
    for (const close of closers.reverse()) await close().catch(() => {});
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    if (pagefindDir) fs.rmSync(pagefindDir, { recursive: true, force: true });
  }
}
