/** The benchmark measures bytes and keystroke-to-results time on the built site. */
import { expect, test } from '@playwright/test';
import { measureSearch } from '../../scripts/bench/search.ts';

test('measureSearch reports first/later query bytes and times over ≥ 5 runs', async ({ browser, baseURL }) => {
  const r = await measureSearch({ baseURL: `${baseURL}/`, browser, runs: 5 });
  expect(r.runs).toBeGreaterThanOrEqual(5);
  // The first query loads the search code and the index's meta, shards and a page chunk; a later
  // one at most a few shards and a chunk. Both stay far under the 87 KB the Pagefind search cost.
  expect(r.firstQueryBytes).toBeGreaterThan(5_000);
  expect(r.firstQueryBytes).toBeLessThan(87 * 1024);
  expect(r.laterQueryBytes).toBeLessThan(r.firstQueryBytes);
  expect(r.medianMs).toBeGreaterThan(0);
  expect(r.engineMedianMs).toBeGreaterThan(0);
  expect(r.engineMedianMs).toBeLessThanOrEqual(r.medianMs);
  expect(r.firstQueryMedianMs).toBeGreaterThan(r.engineMedianMs);
});
