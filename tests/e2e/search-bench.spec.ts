/** Acceptance 7: the benchmark measures bytes and keystroke-to-results time on the built site. */
import { expect, test } from '@playwright/test';
import { measureSearch } from '../../scripts/bench/search.mjs';

test('measureSearch reports first/later query bytes and a median over ≥ 5 runs', async ({ browser, baseURL }) => {
  const r = await measureSearch({ baseURL: `${baseURL}/`, browser, runs: 5 });
  expect(r.runs).toBeGreaterThanOrEqual(5);
  // The first query loads Pagefind (script, WebAssembly, index); a later one at most a fragment.
  expect(r.firstQueryBytes).toBeGreaterThan(20_000);
  expect(r.laterQueryBytes).toBeLessThan(r.firstQueryBytes);
  expect(r.firstQueryMedianMs).toBeGreaterThanOrEqual(r.medianMs * 0.5);
});
