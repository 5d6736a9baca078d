// Usage: imported by scripts/bench/search.ts (`npm run bench:search -- --pagefind`); not run alone
//   (it imports src/lib/search.ts, whose imports omit `.ts`: search.ts registers a resolve hook first).
//   Pagefind, the measured peer of our own search engine: indexes the very texts our index holds
//   (read back from a built dist/search/), in two ways, into a temporary folder with a small search
//   page beside them, so search.ts can serve it and measure it as it measures ours:
//   - "pagefind": Pagefind as it comes, its Chinese word segmentation (zh-cn), the query as typed;
//   - "pagefind-exact": every character of the normalised text written as a word (its code point
//     in base 36), and each query word searched as a quoted phrase of such words, one search per
//     spelling of a company named, unioned: the only way we found to make Pagefind find a string
//     inside a Chinese word (13年 in 2013年).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { queryWords } from '../../src/lib/search.ts';
import { makeNormalizer, type IndexMeta, type PageRecord } from '../../src/lib/search-index.ts';
import type { SearchTarget } from './search.ts';

/** The installed Pagefind's version, for the table (its package.json is not exported: found beside its entry point). */
export const PAGEFIND_VERSION = (
  JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

/** The two ways Pagefind is indexed and queried (see the usage lines above). */
export const PAGEFIND_VARIANTS = ['pagefind', 'pagefind-exact'] as const;
export type PagefindVariant = (typeof PAGEFIND_VARIANTS)[number];

/** Results a search shows, with their excerpts, as the header box does (MAX_OPTIONS in combobox.ts). */
export const SHOWN_RESULTS = 6;

/**
 * Stands for whitespace between encoded characters: a query word has none, so no match crosses it.
 * Base 36 "zzzz" is 1,679,615, past the last code point (0x10FFFF), so no character encodes to it.
 */
const GAP = 'zzzz';

/** A character as a Pagefind word: its code point in base 36 (电 → "n5h"), whitespace as GAP. */
export const encodeText = (text: string) => [...text].map((c) => (/\s/.test(c) ? GAP : c.codePointAt(0)!.toString(36))).join(' ');

/** The pages of a built dist/ exactly as our index holds them (search/p<n>.json), and its character table. */
export function indexedRecords(dist: string): { meta: IndexMeta; pages: PageRecord[] } {
  const dir = path.join(dist, 'search');
  const read = (name: string) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) throw new Error(`${file}: missing; run \`npm run build\` first.`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  };
  const meta = read('meta.json') as IndexMeta;
  const pages: PageRecord[] = [];
  for (let i = 0; i * meta.chunk < meta.pages; i++) pages.push(...(read(`p${i}.json`) as PageRecord[]));
  if (pages.length !== meta.pages) throw new Error(`${dir}: meta.json says ${meta.pages} pages, the p<n>.json files hold ${pages.length}`);
  return { meta, pages };
}

/**
 * What the exact variant searches for a query: for each query word, the encoded phrases any of
 * which finds it, all quoted. The words are our engine's own (queryWords: normalised as the index
 * is, a company name bringing every spelling the source uses, from the index's meta.json), so the
 * two differ only in the index behind them.
 */
export function exactPlan(query: string, meta: IndexMeta): string[][] {
  return queryWords(query, makeNormalizer(meta.variants), meta.companies).map((w) => w.alternatives.map((a) => `"${encodeText(a)}"`));
}

/** Throws naming the Pagefind call and its errors, if it reported any. */
function ok<T extends { errors: string[] }>(what: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind ${what}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Writes both Pagefind bundles of `dist`'s search records into `out` (<out>/<variant>/pagefind/),
 * and the search page that loads them. Returns the seconds each index took to build.
 */
export async function buildPagefind(dist: string, out: string): Promise<Record<PagefindVariant, number>> {
  const { meta, pages } = indexedRecords(dist);
  const normalize = makeNormalizer(meta.variants);
  const seconds = {} as Record<PagefindVariant, number>;
  try {
    for (const variant of PAGEFIND_VARIANTS) {
      const started = performance.now();
      // One index, one language: the site's pages are all zh-CN, and the search page says so too.
      const { index } = ok('createIndex', await pagefind.createIndex({ forceLanguage: 'zh-cn' }));
      if (!index) throw new Error('Pagefind createIndex: no index');
      for (const page of pages) {
        // The sections as separate lines (the heading, the paragraph, the 要点), as our index keeps them apart.
        const text = page.sections.map((s) => s.text).join('\n');
        ok(
          `addCustomRecord ${page.url}`,
          await index.addCustomRecord({
            url: page.url,
            content: variant === 'pagefind' ? text : encodeText(normalize(text)),
            language: 'zh-cn',
            meta: { title: page.title },
          }),
        );
      }
      ok('writeFiles', await index.writeFiles({ outputPath: path.join(out, variant, 'pagefind') }));
      seconds[variant] = (performance.now() - started) / 1000;
    }
  } finally {
    await pagefind.close();
  }
  writeSearchPage(out, sitePolicy(dist));
  return seconds;
}

/** The search page's script: what a reader's search box would do with Pagefind. */
const SEARCH_SCRIPT = String.raw`
// ?v=pagefind|pagefind-exact picks the bundle; &worker=0 keeps Pagefind on the main thread (its
// fallback where a Worker cannot start). The bench sets window.plans (query → encoded phrases) for the exact one.
const params = new URLSearchParams(location.search);
const variant = params.get('v');
const input = document.querySelector('#q');
const list = document.querySelector('#results');
let loading;
// Like our search box: the search code and its index load on first focus, not with the page.
const load = () =>
  (loading ??= import('./' + variant + '/pagefind/pagefind.js').then(async (pf) => {
    // baseUrl '/': result URLs as the site's own, not under the bundle's folder.
    await pf.options({ baseUrl: '/', excerptLength: 30, noWorker: params.get('worker') === '0' });
    await pf.init();
    return pf;
  }));
input.addEventListener('focus', () => load().catch(() => {}), { once: true });

const GAP = '${GAP}';
const decode = (text) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w === GAP ? ' ' : String.fromCodePoint(parseInt(w, 36))))
    .join('');

/** Every result of a query, best first: Pagefind's own, or the exact variant's intersection of unions. */
async function results(query) {
  if (!query.trim()) return [];
  const pf = await load();
  if (variant === 'pagefind') return (await pf.search(query)).results;
  const plan = window.plans?.[query];
  if (!plan) throw new Error('no plan for ' + query);
  let kept;
  for (const phrases of plan) {
    const found = new Map();
    for (const r of (await Promise.all(phrases.map((p) => pf.search(p)))).flatMap((s) => s.results)) if (!found.has(r.id)) found.set(r.id, r);
    kept = kept ? kept.filter((r) => found.has(r.id)) : [...found.values()];
  }
  return kept ?? [];
}

/** All result URLs of a query (loads every result's record): for scoring exactness. */
window.allUrls = async (query) => Promise.all((await results(query)).map(async (r) => (await r.data()).url));

let latest = 0;
input.addEventListener('input', async () => {
  const started = performance.now();
  const query = input.value;
  const mine = ++latest;
  list.dataset.state = 'busy';
  try {
    const shown = await Promise.all((await results(query)).slice(0, ${SHOWN_RESULTS}).map((r) => r.data()));
    if (mine !== latest) return;
    list.replaceChildren(
      ...shown.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta.title;
        const p = document.createElement('p');
        const excerpt = d.excerpt.replace(/<[^>]*>/g, '');
        p.textContent = variant === 'pagefind' ? excerpt : decode(excerpt);
        li.append(a, p);
        return li;
      }),
    );
    list.dataset.query = query;
    list.dataset.state = 'done';
    delete list.dataset.error;
    performance.measure('pagefind:keystroke-to-results', { start: started });
    performance.mark('pagefind:results');
  } catch (e) {
    if (mine !== latest) return;
    list.dataset.query = query;
    list.dataset.state = 'error';
    list.dataset.error = String(e?.message ?? e);
  }
});
`;

/** The Content-Security-Policy every page of a built dist/ carries (its <meta>), read from the front page. */
export function sitePolicy(dist: string): string {
  const file = path.join(dist, 'index.html');
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(fs.readFileSync(file, 'utf8'))?.[1];
  if (!policy) throw new Error(`${file}: no Content-Security-Policy <meta>`);
  return policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
}

/** The policy with 'wasm-unsafe-eval' added to script-src: what Pagefind's WebAssembly needs. */
export const withWasm = (policy: string) => policy.replace(/script-src ([^;]*)/, "script-src $1 'wasm-unsafe-eval'");

/**
 * The search page twice: under the site's own policy (search-site.html) and with WebAssembly
 * allowed (search-wasm.html), so the bench measures which one Pagefind needs; the script they
 * share is a file, which 'self' allows.
 */
function writeSearchPage(out: string, policy: string) {
  fs.writeFileSync(path.join(out, 'search.js'), SEARCH_SCRIPT);
  for (const [name, csp] of Object.entries({ site: policy, wasm: withWasm(policy) }))
    fs.writeFileSync(
      path.join(out, `search-${name}.html`),
      `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp.replaceAll('"', '&quot;')}"><title>Pagefind</title></head>
<body><input id="q" type="text" aria-label="搜索"><ul id="results"></ul><script type="module" src="search.js"></script></body>
</html>
`,
    );
}

/** Which search page: the bundle, and whether Pagefind may use its Worker (its default). */
export const pagefindPage = (root: string, variant: PagefindVariant, { policy = 'site', worker = true } = {}) =>
  `${root}search-${policy}.html?v=${variant}${worker ? '' : '&worker=0'}`;

/** Hands the exact variant's search page its plans (query → encoded phrases); the default one needs none. */
const givePlans = (page: Page, plans: Record<string, string[][]>) =>
  page.evaluate((p) => {
    (window as unknown as { plans: Record<string, string[][]> }).plans = p;
  }, plans);

/** Resolves when the search page shows `query`'s results; throws with the page's error if it failed. */
async function pagefindReady(page: Page, query: string) {
  await page.waitForFunction((q) => {
    const list = document.querySelector<HTMLElement>('#results');
    return list?.dataset.query === q && (list.dataset.state === 'done' || list.dataset.state === 'error');
  }, query);
  const error = await page.locator('#results').getAttribute('data-error');
  if (error) throw new Error(`Pagefind (${page.url()}): ${error}`);
}

/** A Pagefind search page as something search.ts measures like our box (same runs, same bytes, same marks). */
export const pagefindTarget = (root: string, variant: PagefindVariant, plans: Record<string, string[][]>): SearchTarget => ({
  url: pagefindPage(root, variant),
  input: '#q',
  ready: pagefindReady,
  marks: { results: 'pagefind:results', keystroke: 'pagefind:keystroke-to-results' },
  prepare: (page) => givePlans(page, plans),
});

/** Every result URL Pagefind gives each query (all results, not only those shown), in one page. */
export async function pagefindResults(
  browser: Browser,
  root: string,
  variant: PagefindVariant,
  queries: string[],
  plans: Record<string, string[][]>,
) {
  const page = await browser.newPage();
  try {
    await page.goto(pagefindPage(root, variant));
    await givePlans(page, plans);
    const found = new Map<string, string[]>();
    for (const q of queries)
      found.set(q, await page.evaluate((query) => (window as unknown as { allUrls: (q: string) => Promise<string[]> }).allUrls(query), q));
    return found;
  } finally {
    await page.close();
  }
}

/** The outcome of one search under a policy: it worked, or what the browser refused. */
export type PolicyOutcome = { works: true } | { works: false; why: string };

/**
 * Runs `search` on `url` in a fresh context, the page's policy also sent as an HTTP header on every
 * response when `header` is given (as a host that sets CSP headers would: a Worker is then under
 * it too, while a <meta> policy reaches only the document).
 */
export async function underPolicy(
  browser: Browser,
  url: string,
  search: (page: Page) => Promise<unknown>,
  header?: string,
): Promise<PolicyOutcome> {
  const context = await browser.newContext();
  try {
    if (header)
      await context.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': header } });
      });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(url);
    try {
      await search(page);
    } catch (e) {
      return { works: false, why: blockedBy((e as Error).message) };
    }
    return violations.length ? { works: false, why: blockedBy(violations[0]) } : { works: true };
  } finally {
    await context.close();
  }
}

/** The gist of a CSP refusal ("WebAssembly refused: 'unsafe-eval' is not an allowed source of script"), else the message's first line. */
function blockedBy(message: string): string {
  const wasm = /WebAssembly.*?because ('[^']+' is not an allowed source of [a-z]+)/s.exec(message);
  return wasm ? `WebAssembly refused: ${wasm[1]}` : message.split('\n')[0].slice(0, 160);
}

/** One query typed into a Pagefind search page (its plans given first), for underPolicy: it must show results. */
export const pagefindSearch = (query: string, plans: Record<string, string[][]>) => async (page: Page) => {
  await givePlans(page, plans);
  await page.locator('#q').fill(query);
  await pagefindReady(page, query);
  if (!(await page.locator('#results li').count())) throw new Error(`Pagefind found nothing for ${query}`);
};
