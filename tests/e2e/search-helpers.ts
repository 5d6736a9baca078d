/** What the search tests share: the seed-derived expectations and a reader's way of searching. */
import { expect, type Page } from '@playwright/test';
import { edition, source } from '../helpers/edition';

/** Trend order by URL slug, from the articles' frontmatter. */
const orderBySlug = new Map(edition.trends.map((t) => [t.slug, t.order]));

/**
 * The test's own folding, written independently of src/: Unicode NFKC (full-width → half-width)
 * and lower case. Traditional forms are not folded here: the tests generate them from the
 * simplified query and expect what the simplified query finds.
 */
export const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** What a query word counts as found by: itself, or any spelling of the company it names (alias table). */
export function spellingsOf(word: string): string[] {
  const w = fold(word);
  const company = edition.companies.find((c) => [c.name, ...c.spellings, ...c.aliases].some((n) => fold(n) === w));
  return [w, ...(company ? company.spellings.map(fold) : [])];
}

/**
 * The trends whose heading or original paragraph contain every word of the query (a company name
 * in any of its spellings), from seeds/: "exactly the pages whose text contains every word".
 */
export function expectedFromSeed(query: string): number[] {
  const words = query.split(/\s+/).filter(Boolean);
  return [...source.trends.entries()]
    .filter(([, t]) => {
      const text = fold(`${t.heading.text}\n${t.body.text}`);
      return words.every((w) => spellingsOf(w).some((s) => text.includes(s)));
    })
    .map(([order]) => order);
}

/** The trend whose heading names the query, if exactly one does: the page "about" the query. */
export function aboutFromSeed(query: string): number | undefined {
  const hits = [...source.trends.entries()].filter(([, t]) => spellingsOf(query).some((s) => fold(t.title).includes(s)));
  return hits.length === 1 ? hits[0][0] : undefined;
}

export interface ResultRow {
  order: number;
  href: string;
  marks: string[];
  excerpt: string;
}

/** Opens /search/?q=… and returns the results once this search has finished. */
export async function searchPage(page: Page, query: string, extra = ''): Promise<ResultRow[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', /done|error|idle/);
  return resultRows(page);
}

/**
 * Types a query into the open /search/ page's box and returns its results. The page marks the
 * results region busy as the input event arrives and an older search never overwrites a newer
 * one, so "done" with this query in the status is this query's answer.
 */
export async function searchIn(page: Page, query: string): Promise<ResultRow[]> {
  await page.locator('#search-page-q').fill(query);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-search-status]')).toContainText(`“${query.trim()}”`);
  return resultRows(page);
}

async function resultRows(page: Page): Promise<ResultRow[]> {
  return page
    .locator('.search-result')
    .evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
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
