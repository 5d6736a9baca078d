import { expect, test } from '@playwright/test';
import { builtPages } from './site';

/**
 * In the page: each place where a line breaks between a digit and the Chinese unit after it, within
 * one text node ("20|亿"). Every text keeps a number on one line with its unit, the original
 * paragraphs too (their text unchanged, the numbers in .nowrap spans).
 */
function numbersSplitFromUnits(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!n.parentElement!.checkVisibility() || n.parentElement!.closest('svg')) continue;
    for (const m of n.data.matchAll(/\d(?=[万亿元人年月日段])/g)) {
      const range = document.createRange();
      const box = (i: number) => (range.setStart(n, i), range.setEnd(n, i + 1), range.getBoundingClientRect());
      const [digit, unit] = [box(m.index), box(m.index + 1)];
      if (unit.top > digit.top + digit.height / 2) out.push(`…${n.data.slice(Math.max(0, m.index - 6), m.index + 4)}…`);
    }
  }
  return out;
}

test('the number-and-unit check catches a break (a control), and .nowrap prevents it', async ({ page }) => {
  // A box exactly as wide as "金额从20": the line is full after the digits, so 亿 goes to the next.
  const fit = async (html: string) => {
    await page.setContent(`<span id="m" style="font-size: 16px">金额从20</span><p style="font-size: 16px">${html}</p>`);
    await page.evaluate(() => {
      document.querySelector('p')!.style.width = `${document.querySelector('#m')!.getBoundingClientRect().width + 1}px`;
    });
    return page.evaluate(numbersSplitFromUnits);
  };
  expect(await fit('金额从20亿到')).toHaveLength(1);
  expect(await fit('金额从<span style="white-space: nowrap">20亿</span>到')).toEqual([]);
});

/**
 * One visit per page for these checks, at 360 px (no script here depends on the width): console
 * errors are collected as it loads, then the phone layout is measured in light and in dark (a new
 * scheme restyles the loaded page as a fresh load would; the pages are static).
 */
test('no console errors on any page with JavaScript on; on a 360 px phone, light and dark, no page scrolls sideways and no number breaks from its unit', async ({
  page,
}) => {
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
    const split = await page.evaluate(numbersSplitFromUnits);
    expect.soft(split, `${path}, 360 px: a number breaks from its unit`).toEqual([]);
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
