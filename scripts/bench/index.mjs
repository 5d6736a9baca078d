#!/usr/bin/env node
// Usage: npm run bench [-- --sizes=100,1000] [--runs=1] [--port=4445]
//   --runs=N  build (and index) each publication N times and keep the fastest
//
// Measures the publication and prints ONE table (Markdown, for README.md), also written as JSON to
// bench/results.json:
//   - build time, Astro build and Pagefind indexing apart, for the real content and for synthetic
//     publications of 100 and 1,000 articles (generated under os.tmpdir(), removed afterwards);
//   - first-load bytes per page type (HTML, CSS, JS, fonts; raw and gzip) from Chromium's network log;
//   - search bytes and keystroke-to-results time, via scripts/bench/search.mjs when search exists;
//   - PDF generation time and size, via scripts/pdf.mjs when it exists.
// Every build runs in a temporary copy of the project, so the bench never touches dist/ or caches.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { RELAXED, copyProject, makeSynthetic } from './synthetic.mjs';
import { KINDS, measureFirstLoad } from './weight.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SIZES = (args.sizes ?? '100,1000').split(',').filter(Boolean).map(Number);
const PORT = Number(args.port ?? process.env.BENCH_PORT ?? 4445);
const RUNS = Math.max(1, Number(args.runs ?? 1));
/** 1,000 articles may cost at most this many times per article what 100 do (issue 6). */
const GROWTH_LIMIT = 1.5;
const BIN = path.join(ROOT, 'node_modules/.bin');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${BIN}${path.delimiter}${process.env.PATH}` };

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Runs a command to completion; rejects with its last output lines on failure. */
function run(cmd, cmdArgs, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out = (out + d).slice(-4000)));
    child.stderr.on('data', (d) => (out = (out + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited ${code}:\n${out.split('\n').slice(-15).join('\n')}`)),
    );
  });
}

/** Wall-clock milliseconds of `fn`. */
async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** HTML pages in dist/ as URL paths ("/", "/trends/o2o/"). */
function builtPages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) out.push('/' + path.relative(dist, full).split(path.sep).join('/').replace(/index\.html$/, ''));
    }
  };
  walk(dist);
  return out.sort();
}

/**
 * `astro build` from cold (no caches), then Pagefind indexing of the result, timed apart with the
 * pagefind Node API into a scratch folder. When a Pagefind integration already indexes inside
 * `astro build` (dist/pagefind exists), that share is estimated as the separately timed indexing
 * and subtracted, and the result says so.
 */
async function buildAndIndex(dir, articles) {
  // Best of RUNS cold builds: on a shared machine the minimum is the least disturbed measurement.
  let build;
  for (let i = 0; i < RUNS; i++) {
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) fs.rmSync(path.join(dir, cache), { recursive: true, force: true });
    const t = await timed(() => run('astro', ['build'], dir));
    process.stderr.write(`bench:   astro build ${Math.round(t.ms)} ms\n`);
    if (!build || t.ms < build.ms) build = t;
  }
  const dist = path.join(dir, 'dist');
  const pages = builtPages(dist).length;
  const integrated = fs.existsSync(path.join(dist, 'pagefind'));
  const pagefind = await import('pagefind');
  let index;
  for (let i = 0; i < RUNS; i++) {
    const t = await timed(async () => {
    const { index: idx, errors } = await pagefind.createIndex({});
    if (!idx) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await idx.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    await idx.writeFiles({ outputPath: path.join(dir, '.bench-pagefind') });
    return added.page_count;
    });
    await pagefind.close();
    if (!index || t.ms < index.ms) index = t;
  }
  const astroMs = integrated ? Math.max(0, build.ms - index.ms) : build.ms;
  // Article pages can grow with the publication (lists of related trends do): show it beside the time.
  const articleFiles = builtPages(dist)
    .filter((p) => /^\/trends\/[^/]+\/$/.test(p))
    .map((p) => fs.statSync(path.join(dist, p, 'index.html')).size);
  const articleHtmlBytes = Math.round(articleFiles.reduce((a, b) => a + b, 0) / Math.max(1, articleFiles.length));
  return {
    articles,
    pages,
    astroBuildMs: Math.round(astroMs),
    astroBuildCommandMs: Math.round(build.ms),
    indexingMs: Math.round(index.ms),
    indexedPages: index.value,
    indexingInsideBuild: integrated,
    totalMs: Math.round(astroMs + index.ms),
    perArticleMs: Math.round((astroMs + index.ms) / articles),
    articleHtmlBytes,
  };
}

/** Starts `astro preview` for `dir` on PORT and resolves when it answers. */
async function serve(dir) {
  const child = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: dir, env, stdio: 'ignore' });
  const baseURL = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited ${child.exitCode} (port ${PORT} in use?)`);
    try {
      if ((await fetch(baseURL + '/')).ok) return { baseURL, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill();
  throw new Error(`astro preview did not answer on ${baseURL}`);
}

/** The page that stands for each page type, where it exists. */
function pageTypes(pages) {
  const find = (p) => (pages.includes(p) ? p : undefined);
  return {
    front: find('/'),
    article: pages.find((p) => /^\/trends\/[^/]+\/$/.test(p)),
    source: find('/source/'),
    briefing: find('/briefing/'),
    search: find('/search/'),
  };
}

async function measurePages(browser, baseURL, pages) {
  const out = {};
  for (const [type, p] of Object.entries(pageTypes(pages))) {
    if (!p) {
      out[type] = null;
      continue;
    }
    const context = await browser.newContext({ baseURL });
    const weight = await measureFirstLoad(await context.newPage(), p);
    await context.close();
    out[type] = { path: p, ...Object.fromEntries(KINDS.map((k) => [k, { raw: weight[k].raw, gzip: weight[k].gzip, files: weight[k].files.length }])) };
  }
  return out;
}

async function measureSearchIfBuilt(browser, baseURL) {
  const file = path.join(ROOT, 'scripts/bench/search.mjs');
  if (!fs.existsSync(file)) return null;
  try {
    const { measureSearch } = await import(pathToFileURL(file).href);
    return await measureSearch({ baseURL, browser });
  } catch (e) {
    // One broken measurement should not cost the rest of the table.
    return { error: String(e?.message ?? e) };
  }
}

async function measurePdfIfBuilt(dir) {
  if (!fs.existsSync(path.join(dir, 'scripts/pdf.mjs'))) return null;
  const { ms } = await timed(() => run('node', ['scripts/pdf.mjs'], dir));
  const pdf = path.join(dir, 'dist/briefing.pdf');
  return { ms: Math.round(ms), bytes: fs.existsSync(pdf) ? fs.statSync(pdf).size : null };
}

/** Markdown table, one row per measure. */
function table(r) {
  const rows = [['Measure', 'Result', 'Detail']];
  for (const b of r.builds) {
    const label = b.synthetic ? `build, synthetic ${b.articles} articles` : `build, real content (${b.articles} articles)`;
    if (b.error) rows.push([label, 'failed', b.error.split('\n')[0]]);
    else
      rows.push([
        label,
        `Astro ${seconds(b.astroBuildMs)} + indexing ${seconds(b.indexingMs)}`,
        `${b.perArticleMs} ms/article; ${b.pages} pages, ${b.indexedPages} indexed; article HTML ${kb(b.articleHtmlBytes)} KB` +
          (b.indexingInsideBuild ? '; Astro = build − indexing' : ''),
      ]);
  }
  if (r.growth)
    rows.push([
      `build growth, ${r.growth.large} vs ${r.growth.small} articles`,
      `${r.growth.ratio.toFixed(2)}× per article`,
      (r.growth.flagged ? `**FLAG: over ${GROWTH_LIMIT}×**, the build is not linear` : `within ${GROWTH_LIMIT}×`) +
        `; marginal ${r.growth.marginalMs} ms per added article; per article, ` +
        [
          ['Astro', r.growth.phases.astro],
          ['indexing', r.growth.phases.indexing],
        ]
          .map(([phase, x]) => `${phase} ${x.toFixed(2)}×${x > GROWTH_LIMIT ? ' (**FLAG**)' : ''}`)
          .join(', '),
    ]);
  for (const [type, w] of Object.entries(r.pages)) {
    if (!w) {
      rows.push([`first load, ${type}`, 'n/a (page not built)', '']);
      continue;
    }
    const noFonts = w.html.gzip + w.css.gzip + w.js.gzip;
    rows.push([
      `first load, ${type} \`${w.path}\``,
      `${kb(noFonts)} KB gzip (HTML+CSS+JS)`,
      KINDS.filter((k) => k !== 'other' || w.other.raw > 0)
        .map((k) => `${k.toUpperCase()} ${kb(w[k].raw)}/${kb(w[k].gzip)}`)
        .join(' · ') + ' KB raw/gzip',
    ]);
  }
  const s = r.search;
  rows.push(
    s?.error
      ? ['search', 'failed', s.error.split('\n')[0]]
      : s
      ? ['search', `median ${Math.round(s.medianMs)} ms keystroke→results`, `first query ${kb(s.firstQueryBytes)} KB, later query ${kb(s.laterQueryBytes)} KB; ${s.runs} runs`]
      : ['search', 'n/a (search not built)', ''],
  );
  const p = r.pdf;
  rows.push(
    p ? (p.error ? ['PDF', 'failed', p.error.split('\n')[0]] : ['PDF', `${seconds(p.ms)}`, p.bytes === null ? 'no dist/briefing.pdf' : `${kb(p.bytes)} KB`]) : ['PDF', 'n/a (scripts/pdf.mjs not built)', ''],
  );
  const load = r.machine.loadAvg1m;
  rows.push([
    'bench runtime',
    seconds(r.runtimeMs),
    `${r.machine.cpus} CPUs, Node ${r.machine.node}, best of ${r.runs} build(s); load average ${load.start.toFixed(1)} → ${load.end.toFixed(1)}`,
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  const started = performance.now();
  const startLoad = os.loadavg()[0];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ecommerce-bench-'));
  const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
  try {
    const builds = [];
    const realDir = path.join(tmp, 'real');
    copyProject(ROOT, realDir);
    log('building the real content…');
    builds.push({ synthetic: false, ...(await buildAndIndex(realDir, fs.readdirSync(path.join(realDir, 'content/trends')).filter((f) => f.endsWith('.mdx')).length)) });

    for (const n of SIZES) {
      const dir = path.join(tmp, `synthetic-${n}`);
      log(`building a synthetic publication of ${n} articles…`);
      try {
        copyProject(ROOT, dir);
        makeSynthetic(dir, n);
        builds.push({ synthetic: true, ...(await buildAndIndex(dir, n)) });
      } catch (e) {
        builds.push({ synthetic: true, articles: n, error: String(e.message ?? e) });
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const ok = builds.filter((b) => b.synthetic && !b.error).sort((a, b) => a.articles - b.articles);
    const growth =
      ok.length >= 2
        ? (() => {
            const [small, large] = [ok[0], ok[ok.length - 1]];
            const per = (b, key) => b[key] / b.articles;
            const ratio = per(large, 'totalMs') / per(small, 'totalMs');
            // Each phase apart too: a fixed start-up cost in one can hide superlinear growth in the other.
            const phases = { astro: per(large, 'astroBuildMs') / per(small, 'astroBuildMs'), indexing: per(large, 'indexingMs') / per(small, 'indexingMs') };
            // The fixed cost (starting Node, Vite, the Pagefind binary) is paid once at either size; the
            // marginal cost per extra article shows what each article adds once that is paid.
            const marginalMs = Math.round((large.totalMs - small.totalMs) / (large.articles - small.articles));
            return { small: small.articles, large: large.articles, ratio, flagged: ratio > GROWTH_LIMIT, marginalMs, phases };
          })()
        : null;

    log('measuring pages and search in Chromium…');
    const server = await serve(realDir);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    let pages, search;
    try {
      pages = await measurePages(browser, server.baseURL, builtPages(path.join(realDir, 'dist')));
      search = await measureSearchIfBuilt(browser, server.baseURL);
    } finally {
      await browser.close();
      server.stop();
    }

    log('generating the PDF…');
    let pdf;
    try {
      pdf = await measurePdfIfBuilt(realDir);
    } catch (e) {
      pdf = { error: String(e.message ?? e) };
    }

    const results = {
      date: new Date().toISOString(),
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
      runs: RUNS,
      // Load average at the start and end: timings from a shared, busy machine say so themselves.
      machine: {
        cpus: os.cpus().length,
        node: process.versions.node,
        platform: `${os.platform()} ${os.arch()}`,
        loadAvg1m: { start: startLoad, end: os.loadavg()[0] },
      },
      gzip: 'level 9 over the decoded bodies Chromium received',
      syntheticDiffers: RELAXED,
      growthLimit: GROWTH_LIMIT,
      builds,
      growth,
      pages,
      search,
      pdf,
      runtimeMs: Math.round(performance.now() - started),
    };
    const md = table(results);
    fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify({ ...results, table: md }, null, 2) + '\n');
    console.log(md);
    log(`written to bench/results.json. Synthetic copies differ from the real project only in:\n  - ${RELAXED.join('\n  - ')}`);
    if (growth?.flagged) process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
