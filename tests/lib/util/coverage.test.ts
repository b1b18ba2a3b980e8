import { describe, expect, it } from 'vitest';
import { coverage } from '../../../lib/util/coverage';

describe('coverage', () => {
  it('marks the characters the spans cover, overlapping or not, and leaves the rest and the end slot free', () => {
    expect([...coverage(8, [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 6, end: 7 }])]).toEqual([0, 1, 1, 1, 0, 0, 1, 0, 0]);
  });
  it('covers nothing without spans, and nothing for an empty span', () => {
    expect([...coverage(3, [{ start: 1, end: 1 }])]).toEqual([0, 0, 0, 0]);
  });
});
