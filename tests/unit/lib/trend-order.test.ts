import { describe, expect, it } from 'vitest';
import { MAX_RELATED, relatedByTopic } from '../../../src/lib/trend-order';

const t = (order: number, ...topics: string[]) => ({ order, topics });

describe('related trends', () => {
  it('share a topic, most shared first, then nearest, listed in order', () => {
    const trends = [t(1, 'a', 'b'), t(2, 'a'), t(3, 'c'), t(4, 'a', 'b'), t(5, 'b')];
    const related = relatedByTopic(trends);
    expect(related.get(1)!.map((r) => [r.trend.order, r.shared])).toEqual([
      [2, ['a']],
      [4, ['a', 'b']],
      [5, ['b']],
    ]);
    expect(related.get(3)).toEqual([]);
  });

  it('stay a handful however many trends share a topic, and nearest ones win', () => {
    const trends = Array.from({ length: 10_000 }, (_, i) => t(i + 1, 'all', i % 2 ? 'odd' : 'even'));
    const related = relatedByTopic(trends);
    for (const list of related.values()) expect(list.length).toBeLessThanOrEqual(MAX_RELATED);
    // Trend 500 (even) shares two topics with the even trends nearest it.
    expect(related.get(500)!.map((r) => r.trend.order)).toEqual([496, 498, 502, 504]);
  });
});
