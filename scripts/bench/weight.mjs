/**
 * First-load bytes of one page, from Chromium's own network log: what a reader's browser fetches
 * before they interact (HTML, CSS, JS, fonts, anything else), raw and gzip. Shared by the bench
 * (scripts/bench/index.mjs) and the budget tests (tests/e2e/budgets.spec.ts) so both count alike.
 */
import { gzipSync } from 'node:zlib';

/** @typedef {'html' | 'css' | 'js' | 'font' | 'other'} Kind */
/** @typedef {{ raw: number; gzip: number; files: string[] }} Bytes */
/** @typedef {Record<Kind, Bytes>} Weight */

/** @type {Kind[]} */
export const KINDS = ['html', 'css', 'js', 'font', 'other'];

/** @param {string} resourceType Playwright's request.resourceType() */
export function kindOf(resourceType) {
  /** @type {Record<string, Kind>} */
  const kinds = { document: 'html', stylesheet: 'css', script: 'js', font: 'font' };
  return kinds[resourceType] ?? 'other';
}

/**
 * Loads `path` in a fresh page and sums every response until the network is idle. gzip is
 * computed from the decoded body (level 9, as a static host would pre-compress) so the figure
 * does not depend on whether the local preview server compresses.
 * @param {import('@playwright/test').Page} page a new page (nothing cached yet)
 * @param {string} path
 * @returns {Promise<Weight>}
 */
export async function measureFirstLoad(page, path) {
  /** @type {Promise<void>[]} */
  const pending = [];
  /** @type {Weight} */
  const weight = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, files: [] }]));
  /** @param {import('@playwright/test').Response} response */
  const onResponse = (response) => {
    const status = response.status();
    if (status < 200 || status >= 300) return;
    pending.push(
      response.body().then(
        (body) => {
          const bytes = weight[kindOf(response.request().resourceType())];
          bytes.raw += body.length;
          bytes.gzip += gzipSync(body, { level: 9 }).length;
          bytes.files.push(new URL(response.url()).pathname);
        },
        () => undefined, // a body Chromium discarded (e.g. a navigation away): nothing was read
      ),
    );
  };
  page.on('response', onResponse);
  try {
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
  } finally {
    page.off('response', onResponse);
  }
  return weight;
}
