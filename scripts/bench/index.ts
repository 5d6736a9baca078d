// Usage: npm run bench [-- --sizes=100,1000] [--runs=1]
//   --runs=N  build each publication N times and keep the fastest
//
// Measures the publication and prints ONE table (Markdown, for README.md), also written as JSON to
// bench/results.json:
//   - cold `astro build` time for the real content and for synthetic publications of 100 and 1,000
//     articles (scripts/bench/synthetic.ts, under os.tmpdir(), removed afterwards);
//   - first-load bytes per page type (HTML, CSS, JS, fonts; raw and gzip) from Chromium's network log;
//   - search bytes and keystroke-to-results time, Chinese and English, via scripts/bench/search.ts;
//   - PDF generation time and size, via scripts/pdf.ts.
// Every build runs in a temporary copy of the project, so the bench never touches dist/ or caches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../lib/chromium.ts';
import { builtPages } from '../lib/pages.ts';
import { ROOT } from '../lib/paths.ts';
import { astroBuild, copyProject } from '../lib/project.ts';
import { serveStatic } from '../lib/server.ts';
import { makePdf } from '../../src/build/pdf.ts';
import { measureSearch } from './search.ts';
import { DIFFERENCES, makeSynthetic } from './synthetic.ts';
import { KINDS, measureFirstLoad, type Weight } from './weight.ts';

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '1' } } });
const SIZES = args.sizes.split(',').filter(Boolean).map(Number);
const RUNS = Math.max(1, Number(args.runs));
/** The largest synthetic publication may cost at most this many times per article what the smallest does: the build stays linear. */
const GROWTH_LIMIT = 1.5;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
type Failed = { error: string };
/** One broken measurement should not cost the rest of the table. */
const attempt = <T>(fn: () => Promise<T>): Promise<T | Failed> =>
  fn().catch((e: unknown) => ({ error: String((e as Error)?.message ?? e) }));

/** The fastest of RUNS cold `astro build`s (on a shared machine the least disturbed), and what it built. */
async function build(dir: string, articles: number, synthetic: boolean) {
  let ms = Infinity;
  for (let i = 0; i < RUNS; i++) {
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      fs.rmSync(path.join(dir, cache), { recursive: true, force: true });
    const start = performance.now();
    await astroBuild(dir, { env: { BRIEFING_PDF: '0' } });
    ms = Math.min(ms, performance.now() - start);
    log(`  astro build ${Math.round(performance.now() - start)} ms`);
  }
  const dist = path.join(dir, 'dist');
  const pages = builtPages(dist);
  // Article pages can grow with the publication (lists of related trends do): show it beside the time.
  const articleFiles = pages.filter((p) => /^\/trends\/[^/]+\/$/.test(p)).map((p) => fs.statSync(path.join(dist, p, 'index.html')).size);
  return {
    synthetic,
    articles,
    pages: pages.length,
    buildMs: Math.round(ms),
    perArticleMs: Math.round(ms / articles),
    articleHtmlBytes: Math.round(articleFiles.reduce((a, b) => a + b, 0) / Math.max(1, articleFiles.length)),
  };
}

type Measured = Awaited<ReturnType<typeof build>>;
type Build = Measured | ({ synthetic: boolean; articles: number } & Failed);
type PageWeight = { path: string } & Weight;

/** First-load weight of the page that stands for each page type, where it exists. */
async function measurePages(browser: Browser, baseURL: string, pages: string[]): Promise<Record<string, PageWeight | null>> {
  const types: Record<string, string | undefined> = {
    front: '/',
    article: pages.find((p) => /^\/trends\/[^/]+\/$/.test(p)),
    source: '/source/',
    briefing: '/briefing/',
    search: '/search/',
  };
  const out: Record<string, PageWeight | null> = {};
  for (const [type, p] of Object.entries(types)) {
    out[type] = null;
    if (!p || !pages.includes(p)) continue;
    const context = await browser.newContext({ baseURL });
    out[type] = { path: p, ...(await measureFirstLoad(await context.newPage(), p)) };
    await context.close();
  }
  return out;
}

/** Cost per article of the largest synthetic publication against the smallest. */
function growthOf(builds: Build[]) {
  const ok = builds.filter((b): b is Measured => b.synthetic && !('error' in b)).sort((a, b) => a.articles - b.articles);
  if (ok.length < 2) return null;
  const [small, large] = [ok[0], ok[ok.length - 1]];
  const ratio = large.buildMs / large.articles / (small.buildMs / small.articles);
  return {
    small: small.articles,
    large: large.articles,
    ratio,
    flagged: ratio > GROWTH_LIMIT,
    // The fixed cost (starting Node and Vite) is paid once at either size; the marginal cost per
    // extra article shows what each article adds once that is paid.
    marginalMs: Math.round((large.buildMs - small.buildMs) / (large.articles - small.articles)),
  };
}

interface Results {
  builds: Build[];
  growth: ReturnType<typeof growthOf>;
  pages: Record<string, PageWeight | null>;
  search: Awaited<ReturnType<typeof measureSearch>> | Failed;
  searchEn: Awaited<ReturnType<typeof measureSearch>> | Failed;
  pdf: Awaited<ReturnType<typeof makePdf>> | Failed;
  runs: number;
  runtimeMs: number;
  machine: { cpus: number; node: string; loadAvg1m: { start: number; end: number } };
}

/** Markdown table, one row per measure. */
function table(r: Results): string {
  const rows = [['Measure', 'Result', 'Detail']];
  const failed = (label: string, f: Failed) => rows.push([label, 'failed', f.error.split('\n')[0]]);
  for (const b of r.builds) {
    const label = b.synthetic ? `build, synthetic ${b.articles} articles` : `build, real content (${b.articles} articles)`;
    if ('error' in b) failed(label, b);
    else
      rows.push([label, seconds(b.buildMs), `${b.perArticleMs} ms/article; ${b.pages} pages; article HTML ${kb(b.articleHtmlBytes)} KB`]);
  }
  const g = r.growth;
  if (g)
    rows.push([
      `build growth, ${g.large} vs ${g.small} articles`,
      `${g.ratio.toFixed(2)}× per article`,
      `${g.flagged ? `**FLAG: over ${GROWTH_LIMIT}×**, the build is not linear` : `within ${GROWTH_LIMIT}×`}; marginal ${g.marginalMs} ms per added article`,
    ]);
  for (const [type, w] of Object.entries(r.pages)) {
    if (!w) rows.push([`first load, ${type}`, 'n/a (page not built)', '']);
    else
      rows.push([
        `first load, ${type} \`${w.path}\``,
        `${kb(w.html.gzip + w.css.gzip + w.js.gzip)} KB gzip (HTML+CSS+JS)`,
        KINDS.filter((k) => k !== 'other' || w.other.raw > 0)
          .map((k) => `${k.toUpperCase()} ${kb(w[k].raw)}/${kb(w[k].gzip)}`)
          .join(' · ') + ' KB raw/gzip',
      ]);
  }
  for (const [name, s] of [
    ['search', r.search],
    ['search, English', r.searchEn],
  ] as const) {
    if ('error' in s) failed(name, s);
    else
      rows.push([
        name,
        `median ${Math.round(s.medianMs)} ms keystroke→results`,
        `first query \`${s.query}\` ${kb(s.firstQueryBytes)} KB, later \`${s.laterQuery}\` ${kb(s.laterQueryBytes)} KB; ${s.runs} runs`,
      ]);
  }
  if ('error' in r.pdf) failed('PDF', r.pdf);
  else rows.push(['PDF', seconds(r.pdf.ms), `${kb(r.pdf.bytes)} KB`]);
  const load = r.machine.loadAvg1m;
  rows.push([
    'bench runtime',
    seconds(r.runtimeMs),
    `${r.machine.cpus} CPUs, Node ${r.machine.node}, best of ${r.runs} build(s); load average ${load.start.toFixed(1)} → ${load.end.toFixed(1)}`,
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

const started = performance.now();
const startLoad = os.loadavg()[0];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecommerce-bench-'));
try {
  const realDir = path.join(tmp, 'real');
  const realDist = path.join(realDir, 'dist');
  copyProject(realDir);
  log('building the real content…');
  const realArticles = fs.readdirSync(path.join(realDir, 'content/trends')).filter((f) => f.endsWith('.mdx')).length;
  const builds: Build[] = [await build(realDir, realArticles, false)];

  for (const n of SIZES) {
    const dir = path.join(tmp, `synthetic-${n}`);
    log(`building a synthetic publication of ${n} articles…`);
    builds.push(
      await attempt(async () => {
        copyProject(dir);
        makeSynthetic(dir, n);
        return build(dir, n, true);
      }).then((b) => ('error' in b ? { synthetic: true, articles: n, ...b } : b)),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }

  log('measuring pages and search in Chromium…');
  const server = await serveStatic({ root: realDist });
  const browser = await launchChromium();
  let pages, search, searchEn;
  try {
    pages = await measurePages(browser, server.url, builtPages(realDist));
    search = await attempt(() => measureSearch({ baseURL: server.url, browser }));
    searchEn = await attempt(() => measureSearch({ baseURL: server.url, browser, lang: 'en' }));
  } finally {
    await browser.close();
    await server.close();
  }

  log('generating the PDF…');
  const pdf = await attempt(() => makePdf({ dist: realDist }));
  const results = {
    date: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    runs: RUNS,
    // Load average at the start and end: timings from a shared, busy machine say so themselves.
    machine: { cpus: os.cpus().length, node: process.versions.node, loadAvg1m: { start: startLoad, end: os.loadavg()[0] } },
    gzip: 'level 9 over the decoded bodies Chromium received',
    syntheticDiffers: DIFFERENCES,
    growthLimit: GROWTH_LIMIT,
    builds,
    growth: growthOf(builds),
    pages,
    search,
    searchEn,
    pdf,
    runtimeMs: Math.round(performance.now() - started),
  };
  const md = table(results);
  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify({ ...results, table: md }, null, 2) + '\n');
  console.log(md);
  log(`written to bench/results.json. Synthetic copies differ from the real project only in:\n  - ${DIFFERENCES.join('\n  - ')}`);
  if (results.growth?.flagged) process.exitCode = 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
