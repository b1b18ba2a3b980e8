import { describe, expect, it } from 'vitest';
import { CodeFilter, firstCodeTable } from '../../../lib/util/code-filter';

describe('CodeFilter', () => {
  it('passes every code added, and no code that shares no low bits with one', () => {
    const filter = new CodeFilter();
    const added = [...'淄川龙泉台头'].map((c) => c.charCodeAt(0));
    for (const code of added) filter.add(code);
    for (const code of added) expect(filter.mayHave(code)).toBe(true);
    const others = [...'的了是在和与村镇'].map((c) => c.charCodeAt(0)).filter((code) => !added.some((a) => (a & 0xfff) === (code & 0xfff)));
    expect(others.length).toBeGreaterThan(0);
    for (const code of others) expect(filter.mayHave(code)).toBe(false);
  });

  it('passes a code that shares its low twelve bits with one added (the caller then looks it up)', () => {
    const filter = new CodeFilter();
    filter.add(0x6dc4); // 淄
    expect(filter.mayHave(0x6dc4 ^ 0x1000)).toBe(true);
    expect(filter.mayHave(0x6dc5)).toBe(false);
  });
});

describe('firstCodeTable', () => {
  it('marks the first code of each string, characters or words, and no other code, not even one that shares low bits', () => {
    const table = firstCodeTable(['汇入', '沿着', '登']);
    expect([...'汇沿登'].map((c) => table[c.charCodeAt(0)])).toEqual([1, 1, 1]);
    expect([...'入着的'].map((c) => table[c.charCodeAt(0)])).toEqual([0, 0, 0]);
    expect(table['汇'.charCodeAt(0) ^ 0x1000]).toBe(0);
    expect(firstCodeTable('和与')['与'.charCodeAt(0)]).toBe(1);
  });
});
