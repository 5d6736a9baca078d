/** axe-core as the specs run it: every rule axe ships (WCAG 2.x A/AA and best practices), violations only. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The violations axe finds on the page as it is now, in `include` (a selector) if given. */
export async function axeViolations(page: Page, include?: string) {
  // Legacy mode runs axe.run inside the page. The default (axe 4.3+) opens a blank page on every
  // call to merge per-frame results, which pages without frames do not need: it was two thirds of
  // axe's time (the same violations either way, on every page and with faults injected). Only
  // violations are collected: the passes are never read, and gathering them is a sixth of axe's time.
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  return (await (include ? axe.include(include) : axe).analyze()).violations;
}
