import { describe, expect, it } from 'vitest';
import { isHan, isHanCode } from '../../../lib/util/han';

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
