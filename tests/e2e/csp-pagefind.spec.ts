import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './site';

// Pagefind searches in a Web Worker where it can, and compiles its WASM in the page itself where it
// cannot: that second path is why the policy carries 'wasm-unsafe-eval'. Both must work under the
// policy. Runs once a Pagefind index is part of the build.
for (const mode of ['worker', 'in the page (no Worker)'] as const) {
  test(`Pagefind searches under the policy with no violation: ${mode}`, async ({ page }) => {
    test.skip(!fs.existsSync(path.join(DIST, 'pagefind/pagefind.js')), 'no Pagefind index in dist/ yet');
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await page.addInitScript((noWorker) => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy: ${e.effectiveDirective} ${e.blockedURI}`),
      );
      if (noWorker) Object.defineProperty(window, 'Worker', { value: undefined });
    }, mode !== 'worker');
    await page.goto('/');
    const count = await page.evaluate(async () => {
      const base =
        document
          .querySelector('link[rel="icon"]')
          ?.getAttribute('href')
          ?.replace(/favicon\.svg$/, '') ?? '/';
      const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      const search = await pagefind.search('电商');
      return search.results.length as number;
    });
    expect(violations).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });
}
