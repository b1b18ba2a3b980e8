import { describe, expect, it } from 'vitest';
import { hanWordAhead, isHan, isHanCode } from '../../../lib/util/han';

describe('isHan', () => {
  it('holds for ideographs of the Unified block and of Extension A', () => {
    expect(isHan('淄')).toBe(true);
    expect(isHan('一')).toBe(true);
    expect(isHan('㐀')).toBe(true); // U+3400, Extension A
    expect(isHanCode('镇'.charCodeAt(0))).toBe(true);
  });

  it('fails for letters, digits, punctuation, the hexagram symbols and past the text', () => {
    for (const c of ['a', '7', '，', '、', '·', '䷀']) expect(isHan(c)).toBe(false); // ䷀ U+4DC0 lies between the blocks
    expect(isHan(undefined)).toBe(false);
    expect(isHanCode('abc'.charCodeAt(5))).toBe(false);
  });
});

describe('hanWordAhead', () => {
  const words = ['乡镇', '交汇'];
  it('finds the first listed word within reach, over Han characters only', () => {
    expect(hanWordAhead('等山区乡镇', 1, 4, words)).toBe(3);
    expect(hanWordAhead('乡镇', 0, 0, words)).toBe(0);
    expect(hanWordAhead('等山区乡镇', 1, 1, words)).toBe(-1); // out of reach
    expect(hanWordAhead('等山区，乡镇', 1, 4, words)).toBe(-1); // a mark ends the look
    expect(hanWordAhead('等山区', 1, 9, words)).toBe(-1); // the text's end
  });

  it('wants at least minGap characters before the word', () => {
    expect(hanWordAhead('交汇处', 0, 4, words, 1)).toBe(-1);
    expect(hanWordAhead('南溪河交汇处', 0, 6, words, 2)).toBe(3);
  });
});
