/** The one way pages get trends: always complete, always in source order. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortByOrder } from './trend-order';
import { assertContentSound } from './validate';

export type TrendEntry = CollectionEntry<'trends'>;

/** All ten trends in the source's order (validated at load time by content.config.ts). */
export async function getTrends(): Promise<TrendEntry[]> {
  // In dev, content edited into a broken state fails the page (the build fails in the loader).
  if (import.meta.env.DEV) assertContentSound();
  return sortByOrder(await getCollection('trends'));
}

/** A trend with its rendered MDX body, for pages that show whole articles. */
export interface Chapter {
  trend: TrendEntry;
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** All ten trends in source order with their bodies rendered (the briefing prints them all). */
export async function getChapters(): Promise<Chapter[]> {
  return Promise.all((await getTrends()).map(async (trend) => ({ trend, Content: (await render(trend)).Content })));
}
