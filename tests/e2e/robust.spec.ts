import { expect, test } from '@playwright/test';
import { builtPages } from './site';

test('no console errors on any page with JavaScript on', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !/404 \(Not Found\)/.test(m.text()) && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const path of builtPages()) await page.goto(path);
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`360 px phone, ${colorScheme}`, () => {
    test.use({ viewport: { width: 360, height: 740 }, colorScheme });
    test('no page scrolls sideways', async ({ page }) => {
      for (const path of builtPages()) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  });
}

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('swaps to a dark background with light text', async ({ page }) => {
    await page.goto('/trends/o2o/');
    const [bg, fg] = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.backgroundColor, s.color];
    });
    const lum = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).reduce((a, b) => a + Number(b), 0);
    expect(lum(bg)).toBeLessThan(150);
    expect(lum(fg)).toBeGreaterThan(500);
  });
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/trends/o2o/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
