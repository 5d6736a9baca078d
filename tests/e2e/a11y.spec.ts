import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './site';

const widths = [
  { name: '360 px', viewport: { width: 360, height: 740 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, viewport } of widths) {
    test.describe(`${name}, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      test('axe-core finds no violations on any page', async ({ page }) => {
        test.setTimeout(120_000);
        const found: string[] = [];
        for (const path of builtPages()) {
          await page.goto(path, { waitUntil: 'networkidle' });
          // Every rule axe ships (WCAG 2.x A/AA and best practices), not a chosen subset.
          const { violations } = await new AxeBuilder({ page }).analyze();
          for (const v of violations) {
            found.push(
              `${path}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n    ')}`,
            );
          }
        }
        expect(found, found.join('\n')).toEqual([]);
      });
    });
  }
}

test('every page declares its language, and has one h1 and an outline that skips no level', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', /^zh(-|$)/);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(
      levels.filter((l) => l === 1),
      `${path}: one h1`,
    ).toHaveLength(1);
    expect(levels[0], `${path}: the outline starts at h1`).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1], `${path}: h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1);
    });
  }
});

test('every figure and every image-role svg has an accessible name', async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    for (const el of await page.locator('figure, svg[role="img"], [role="img"], [role="figure"]').all()) {
      const name = await el.evaluate((e) => e.outerHTML.slice(0, 120));
      // Playwright's accessible name follows the accname spec (aria-labelledby, aria-label, figcaption, <title>).
      const role = await el.evaluate((e) => e.getAttribute('role') ?? (e.localName === 'figure' ? 'figure' : 'img'));
      const snapshot = await el.ariaSnapshot();
      expect(snapshot, `${path}: ${name}`).toMatch(new RegExp(`^- ${role} "[^"]+"`));
    }
  }
});
