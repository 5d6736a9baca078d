/** The one way pages get trends: always complete, always in source order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByOrder } from './trend-order';

export type TrendEntry = CollectionEntry<'trends'>;

/** All ten trends in the source's order (validated at load time by content.config.ts). */
export async function getTrends(): Promise<TrendEntry[]> {
  return sortByOrder(await getCollection('trends'));
}
