/** Relations between trends: pure functions over anything with an order and topics, so they unit-test. */

interface Topical {
  order: number;
  topics: readonly string[];
}

/** A trend sharing topics with another, and the topics it shares (the reason it is linked). */
export interface Related<T> {
  trend: T;
  shared: string[];
}

/** At most this many related trends per trend: a page links its closest relations, not every one. */
export const MAX_RELATED = 4;

/**
 * For every trend (by order), the trends sharing a topic with it: those sharing the most topics
 * first, then the nearest in the source. Each topic offers only its `limit` nearest trends on
 * either side, so a topic shared by thousands of trends costs each page a handful of links and
 * the whole computation stays linear in the number of trends.
 */
export function relatedByTopic<T extends Topical>(trends: readonly T[], limit = MAX_RELATED): Map<number, Related<T>[]> {
  const byTopic = new Map<string, T[]>();
  for (const t of [...trends].sort((a, b) => a.order - b.order))
    for (const topic of new Set(t.topics)) {
      const list = byTopic.get(topic);
      if (list) list.push(t);
      else byTopic.set(topic, [t]);
    }
  const out = new Map<number, Related<T>[]>();
  for (const trend of trends) {
    const candidates = new Map<T, string[]>();
    for (const topic of new Set(trend.topics)) {
      const list = byTopic.get(topic)!;
      // Binary search for the trend's place in the topic's list, then walk out on both sides.
      let lo = 0;
      for (let hi = list.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (list[mid].order < trend.order) lo = mid + 1;
        else hi = mid;
      }
      for (const other of [...list.slice(Math.max(0, lo - limit), lo), ...list.slice(lo + 1, lo + 1 + limit)])
        candidates.set(other, [...(candidates.get(other) ?? []), topic]);
    }
    const ranked = [...candidates]
      .map(([t, shared]) => ({ trend: t, shared }))
      .sort((a, b) => b.shared.length - a.shared.length || Math.abs(a.trend.order - trend.order) - Math.abs(b.trend.order - trend.order))
      .slice(0, limit)
      .sort((a, b) => a.trend.order - b.trend.order);
    out.set(trend.order, ranked);
  }
  return out;
}
