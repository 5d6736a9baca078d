import { describe, expect, it } from 'vitest';
import { neighbours, relatedTrends, sortByOrder } from '../../../src/lib/trend-order';
import { readTrendFiles } from '../../helpers/content';
import { source } from '../../helpers/seed';

const files = readTrendFiles();

describe('trend order helpers', () => {
  const sorted = sortByOrder(files.toReversed());
  it('sort by source order', () => expect(sorted.map((f) => f.data.order)).toEqual([...source.trends.keys()]));
  it('give neighbours at the edges', () => {
    expect(neighbours(sorted, 1).prev).toBeUndefined();
    expect(neighbours(sorted, 1).next?.data.order).toBe(2);
    expect(neighbours(sorted, source.trends.size).next).toBeUndefined();
  });
  it('relate trends by shared topics, with the reason', () => {
    const o2o = sorted[0];
    expect(relatedTrends(sorted, o2o).map((r) => [r.entry.data.order, r.shared])).toEqual([
      [2, ['O2O']],
      [7, ['双十一']],
    ]);
  });
});
