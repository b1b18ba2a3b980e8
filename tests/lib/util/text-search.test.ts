import { describe, expect, it } from 'vitest';
import { firstAt, lastAt } from '../../../lib/util/text-search';

describe('firstAt', () => {
  it('finds a word that begins within the range, the first of several', () => {
    expect(firstAt('日照港、龙拱港货物吞吐量', '港', 0, 11)).toBe(2);
    expect(firstAt('日照港、龙拱港货物吞吐量', '港', 3, 11)).toBe(6);
  });

  it('counts both ends of the range and nothing beyond them', () => {
    expect(firstAt('abcdef', 'cd', 2, 2)).toBe(2);
    expect(firstAt('abcdef', 'cd', 0, 1)).toBe(-1);
    expect(firstAt('abcdef', 'cd', 3, 5)).toBe(-1);
    expect(firstAt('abc', 'bc', 0, 10)).toBe(1);
  });
});

describe('lastAt', () => {
  it('finds the last start from its offset back to its bound, both included', () => {
    expect(lastAt('日照港、龙拱港货物吞吐量', '港', 0, 11)).toBe(6);
    expect(lastAt('日照港、龙拱港货物吞吐量', '港', 0, 5)).toBe(2);
    expect(lastAt('日照港、龙拱港货物吞吐量', '港', 3, 5)).toBe(-1);
    expect(lastAt('日照港', '港', 0, -1)).toBe(-1);
  });
});
