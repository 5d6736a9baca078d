/** Ordering and relations between trends: pure functions over entries, so they unit-test. */

interface Ordered {
  data: { order: number; topics: string[] };
}

/** Source order (一…十). */
export function sortByOrder<T extends Ordered>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The trends before and after `order` in a sorted list. */
export function neighbours<T extends Ordered>(sorted: readonly T[], order: number): { prev?: T; next?: T } {
  const i = sorted.findIndex((e) => e.data.order === order);
  return { prev: i > 0 ? sorted[i - 1] : undefined, next: i >= 0 ? sorted[i + 1] : undefined };
}

/** A trend sharing topics with another, and the topics it shares (the reason it is linked). */
export interface Related<T> {
  entry: T;
  shared: string[];
}

/** Other trends sharing at least one topic with `entry`, with the shared topics as the reason. */
export function relatedTrends<T extends Ordered>(sorted: readonly T[], entry: T): Related<T>[] {
  return sorted
    .filter((other) => other.data.order !== entry.data.order)
    .map((other) => ({ entry: other, shared: other.data.topics.filter((t) => entry.data.topics.includes(t)) }))
    .filter((r) => r.shared.length > 0);
}
