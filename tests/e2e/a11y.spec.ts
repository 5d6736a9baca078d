import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { builtPages } from './site';

/**
 * One visit per page (a page load is most of a check's time): at the default 1280 px, light, the
 * page's language (en under /en/, Chinese elsewhere), headings and figure names are checked (soft,
 * so a failure there still lets axe report); then axe runs in light and dark at each of the two
 * widths (a phone's and a desktop's layout), and in print. The schemes are applied in turn to the loaded page
 * (a new viewport and media re-lay it out as a fresh load would; the pages are static). Every
 * <details> is opened before axe, so the figures' data tables are checked too.
 */
const schemes = [
  { name: 'light, 360 px', colorScheme: 'light', media: 'screen', viewport: { width: 360, height: 740 } },
  { name: 'dark, 360 px', colorScheme: 'dark', media: 'screen', viewport: { width: 360, height: 740 } },
  { name: 'light, 1280 px', colorScheme: 'light', media: 'screen', viewport: { width: 1280, height: 900 } },
  { name: 'dark, 1280 px', colorScheme: 'dark', media: 'screen', viewport: { width: 1280, height: 900 } },
  { name: 'print', colorScheme: 'light', media: 'print', viewport: { width: 1280, height: 900 } },
] as const;

for (const path of builtPages()) {
  test(`${path}: declares its language, one h1, an outline that skips no level, named figures; axe-core finds no violations (${schemes.map((s) => s.name).join('; ')})`, async ({
    page,
  }) => {
    await page.goto(path);
    // Read, not awaited as an expectation: the page is loaded, a wrong value will not change.
    const lang = await page.locator('html').getAttribute('lang');
    expect.soft(lang, path).toMatch(path.startsWith('/en/') ? /^en$/ : /^zh-CN$/);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect.soft(levels.filter((l) => l === 1).length, `${path}: one h1`).toBe(1);
    expect.soft(levels[0], `${path}: the outline starts at h1`).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect.soft(level - levels[i - 1], `${path}: h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1);
    });
    // Visible ones: a chart is drawn at two widths and the one that does not fit is display:none.
    for (const el of await page.locator('figure, svg[role="img"], [role="img"], [role="figure"]').filter({ visible: true }).all()) {
      const what = await el.evaluate((e) => e.outerHTML.slice(0, 120));
      // Computed the accname way: aria-labelledby, aria-label, <figcaption>, <title>.
      await expect.soft(el, `${path}: ${what}`).toHaveAccessibleName(/\S/);
    }

    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const found: string[] = [];
    for (const { name, colorScheme, media, viewport } of schemes) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ media, colorScheme });
      found.push(
        ...(await axeViolations(page)).map(
          (v) =>
            `${name}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n    ')}`,
        ),
      );
    }
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('the accessible-name check tells a named figure from an unnamed one (a control)', async ({ page }) => {
  await page.setContent(
    '<svg id="bare" role="img" viewBox="0 0 1 1"></svg><svg id="named" role="img" aria-labelledby="t"><title id="t">移动电商交易额</title></svg><figure id="fig"><svg></svg><figcaption>图一</figcaption></figure>',
  );
  await expect(page.locator('#bare')).not.toHaveAccessibleName(/\S/);
  await expect(page.locator('#named')).toHaveAccessibleName('移动电商交易额');
  await expect(page.locator('#fig')).toHaveAccessibleName('图一');
});
