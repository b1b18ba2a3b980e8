import { describe, expect, it } from 'vitest';
import { anyCovered, coverage } from '../../../lib/util/coverage';

describe('coverage', () => {
  it('marks the characters the spans cover, overlapping or not, and leaves the rest and the end slot free', () => {
    expect([...coverage(8, [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 6, end: 7 }])]).toEqual([0, 1, 1, 1, 0, 0, 1, 0, 0]);
  });
  it('covers nothing without spans, and nothing for an empty span', () => {
    expect([...coverage(3, [{ start: 1, end: 1 }])]).toEqual([0, 0, 0, 0]);
  });
});

describe('anyCovered', () => {
  const covered = coverage(8, [{ start: 2, end: 4 }]);
  it('is true for a stretch that holds a covered character, at either edge or inside', () => {
    expect(anyCovered(covered, 0, 3)).toBe(true);
    expect(anyCovered(covered, 3, 6)).toBe(true);
    expect(anyCovered(covered, 1, 7)).toBe(true);
  });
  it('is false for a stretch that ends where a span starts or starts where one ends, and for an empty stretch', () => {
    expect(anyCovered(covered, 0, 2)).toBe(false);
    expect(anyCovered(covered, 4, 8)).toBe(false);
    expect(anyCovered(covered, 3, 3)).toBe(false);
  });
});
