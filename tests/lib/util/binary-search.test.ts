import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex } from '../../../lib/util/binary-search';

describe('firstIndex', () => {
  const starts = [0, 4, 9, 9, 15];

  it('finds the first index where the condition starts to hold', () => {
    expect(firstIndex(starts.length, (i) => starts[i] >= 9)).toBe(2);
    expect(firstIndex(starts.length, (i) => starts[i] > 9)).toBe(4);
    expect(firstIndex(starts.length, (i) => starts[i] >= 0)).toBe(0);
  });

  it('gives n when the condition never holds, and 0 for nothing to search', () => {
    expect(firstIndex(starts.length, (i) => starts[i] > 100)).toBe(5);
    expect(firstIndex(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan over any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v > x);
        expect(firstIndex(sorted.length, (i) => sorted[i] > x)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });

  it('asks about few indexes: a million items take about twenty questions', () => {
    let asked = 0;
    firstIndex(1_000_000, (i) => (asked++, i >= 123_456));
    expect(asked).toBeLessThanOrEqual(21);
  });
});
