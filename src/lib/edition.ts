/**
 * This edition of the site: the date of the last commit, set at build time by astro.config.mjs
 * (so rebuilding the same commit gives the same date), or the build day outside a git checkout.
 */
export const EDITION_DATE: string = import.meta.env.EDITION_DATE;

/** "2026-11-24" → "2026年11月24日". */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
