/** What the search tests share: the seed-derived expectations and a reader's way of searching. */
import { expect, type Page } from '@playwright/test';
import { source } from '../helpers/seed';
import { readTrendFiles } from '../helpers/content';

/** Trend order by URL slug, from the articles' frontmatter. */
export const orderBySlug = new Map(readTrendFiles().map((f) => [f.data.slug, f.data.order]));

const fold = (s: string) => s.toLowerCase();

/** The trends whose heading or original paragraph contain every word of the query, from seeds/. */
export function expectedFromSeed(query: string): number[] {
  const words = query.split(/\s+/).filter(Boolean).map(fold);
  return [...source.trends.entries()]
    .filter(([, t]) => words.every((w) => fold(`${t.heading.text}\n${t.body.text}`).includes(w)))
    .map(([order]) => order);
}

/** The trend whose heading names the query, if exactly one does: the page "about" the query. */
export function aboutFromSeed(query: string): number | undefined {
  const hits = [...source.trends.entries()].filter(([, t]) => fold(t.title).includes(fold(query)));
  return hits.length === 1 ? hits[0][0] : undefined;
}

export interface ResultRow {
  order: number;
  href: string;
  marks: string[];
}

/** Opens /search/?q=… and returns the results once this search has finished. */
export async function searchPage(page: Page, query: string, extra = ''): Promise<ResultRow[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', /done|error/);
  return page
    .locator('.search-result')
    .evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        order: 0,
      })),
    )
    .then((rows) => rows.map((r) => ({ ...r, order: orderOf(r.href) })));
}

/** The trend order a result URL points at ("/trends/c2b/?hl=C2B#original-h" → 5). */
export function orderOf(href: string): number {
  const slug = /\/trends\/([^/?#]+)\//.exec(href)?.[1];
  const order = slug ? orderBySlug.get(slug) : undefined;
  if (!order) throw new Error(`not a trend URL: ${href}`);
  return order;
}
