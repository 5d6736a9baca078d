/** The shared uncertainty markers: which way each points, and that they clear a dot. */
import { describe, expect, it } from 'vitest';
import { MARKER } from '../../../src/charts/defaults';
import { endMarker } from '../../../src/charts/marks';
import { xs } from '../../helpers/charts';

describe('uncertainty markers', () => {
  it('exact has none; a lower bound points right of the value, an upper bound left, approximate straddles it', () => {
    expect(endMarker('exact', 100, 50, 10).d).toBeUndefined();
    expect(Math.min(...xs(endMarker('lower', 100, 50, 10).d!))).toBeGreaterThanOrEqual(100);
    expect(Math.max(...xs(endMarker('lower', 100, 50, 10).d!))).toBe(100 + MARKER.arrow);
    expect(Math.max(...xs(endMarker('upper', 100, 50, 10).d!))).toBeLessThanOrEqual(100);
    expect(Math.min(...xs(endMarker('upper', 100, 50, 10).d!))).toBe(100 - MARKER.arrow);
    const approx = xs(endMarker('approx', 100, 50, 10).d!);
    expect(Math.min(...approx)).toBeLessThan(100);
    expect(Math.max(...approx)).toBeGreaterThan(100);
  });
});
