import { expect, test } from '@playwright/test';
import { builtPages } from './site';

/**
 * One visit per page for both checks, at 360 px (no script here depends on the width): console
 * errors are collected as it loads, then the phone layout is measured in light and in dark (a new
 * scheme restyles the loaded page as a fresh load would; the pages are static).
 */
test('no console errors on any page with JavaScript on; on a 360 px phone, light and dark, no page scrolls sideways', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !/404 \(Not Found\)/.test(m.text()) && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of builtPages()) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${path}, 360 px ${colorScheme}: scrolls sideways`).toBeLessThanOrEqual(0);
    }
  }
  expect(errors).toEqual([]);
});

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
