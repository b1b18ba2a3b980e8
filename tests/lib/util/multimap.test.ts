import { describe, expect, it } from 'vitest';
import { appendTo } from '../../../lib/util/multimap';

describe('appendTo', () => {
  it('starts a list for a new key and grows the same list for a known one', () => {
    const map = new Map<string, number[]>();
    const first = appendTo(map, 'a', 1);
    appendTo(map, 'b', 9);
    expect(appendTo(map, 'a', 2)).toBe(first);
    expect([...map]).toEqual([['a', [1, 2]], ['b', [9]]]);
  });
});
