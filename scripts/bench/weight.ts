/**
 * First-load bytes of one page, from Chromium's own network log: what a reader's browser fetches
 * before they interact (HTML, CSS, JS, fonts, anything else), raw and gzip. Shared by the bench
 * (scripts/bench/index.ts) and the budget tests (tests/e2e/budgets.spec.ts) so both count alike.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
interface Bytes {
  raw: number;
  gzip: number;
  files: string[];
}
export type Weight = Record<Kind, Bytes>;

export const KINDS: Kind[] = ['html', 'css', 'js', 'font', 'other'];

/** The bench column for one of Playwright's request.resourceType() values. */
export function kindOf(resourceType: string): Kind {
  const kinds: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font' };
  return kinds[resourceType] ?? 'other';
}

/**
 * Loads `path` in `page` (a new page: nothing cached yet) and sums every response until the
 * network is idle. gzip is computed from the decoded body (level 9, as a static host would
 * pre-compress) so the figure does not depend on whether the local server compresses.
 */
export async function measureFirstLoad(page: Page, path: string): Promise<Weight> {
  const pending: Promise<void>[] = [];
  const weight = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, files: [] }])) as unknown as Weight;
  const onResponse = (response: Response) => {
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
