/** The numbers collection, resolved for components (which never read files themselves). */
import { getCollection } from 'astro:content';
import type { Datum } from './schema';

/** All data in file order. */
export async function getNumbers(): Promise<Datum[]> {
  return (await getCollection('numbers')).map((e) => e.data);
}

/** One datum by id; a missing id is a content error, so it throws with the id named. */
export async function getDatum(id: string): Promise<Datum> {
  const datum = (await getNumbers()).find((d) => d.id === id);
  if (!datum) throw new Error(`content/data/numbers.yaml: no datum with id "${id}"`);
  return datum;
}
