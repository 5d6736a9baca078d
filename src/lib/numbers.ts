/** The numbers collection, resolved for components (which never read files themselves). */
import { getCollection } from 'astro:content';
import type { Datum } from './schema';

/** All data in file order. */
export async function getNumbers(): Promise<Datum[]> {
  return (await getCollection('numbers')).map((e) => e.data);
}
