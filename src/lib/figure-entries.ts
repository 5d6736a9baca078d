/** The figures collection (content/data/figures.yaml), resolved for components and endpoints. */
import { getCollection } from 'astro:content';
import type { FigureEntry } from './figures';

/** All figure entries in file order. */
export async function getFigures(): Promise<FigureEntry[]> {
  return (await getCollection('figures')).map((e) => e.data);
}
