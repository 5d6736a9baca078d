import { expect, test } from '@playwright/test';
import { builtPages } from './site';

test('every internal link and #anchor in the built site resolves', async ({ page, request }) => {
  const checked = new Map<string, Set<string>>(); // page path → ids on it
  const idsOf = async (path: string) => {
    if (!checked.has(path)) {
      const res = await request.get(path);
      expect(res.status(), `${path}`).toBe(200);
      const html = await res.text();
      checked.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    return checked.get(path)!;
  };
  let links = 0;
  for (const from of builtPages()) {
    await page.goto(from);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== new URL(page.url()).origin) continue;
      links++;
      const ids = await idsOf(target.pathname);
      if (target.hash) expect(ids.has(decodeURIComponent(target.hash.slice(1))), `${from} → ${href}`).toBe(true);
    }
  }
  expect(links).toBeGreaterThan(100);
});
