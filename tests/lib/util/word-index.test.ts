import { describe, expect, it } from 'vitest';
import { toWords, WordIndex } from '../../../lib/util/word-index';

describe('WordIndex', () => {
  it('finds the longest word at a position, and nothing where no word opens', () => {
    const index = new WordIndex(toWords(['平方', '平方公里', '平', '个', '个百分点']));
    expect(index.wordAt('3平方公里', 1)).toBe('平方公里');
    expect(index.wordAt('3平方米', 1)).toBe('平方');
    expect(index.wordAt('3平米', 1)).toBe('平');
    expect(index.wordAt('2个百分点', 1)).toBe('个百分点');
    expect(index.wordAt('2个百分', 1)).toBe('个');
    expect(index.wordAt('3平方公里', 0)).toBeUndefined();
    expect(index.startsAt('平方', 2)).toBe(false); // past the end
  });

  it('finds the same word through the table by second character as by trying each word', () => {
    const words = ['一', '一千', '一百', '一百万', '一万', '一亿', '一十'];
    const index = new WordIndex(toWords(words));
    for (const text of ['一百万元', '一百元', '一千', '一个', '一亿', '一']) {
      const tried = [...words].sort((a, b) => b.length - a.length).find((w) => text.startsWith(w));
      expect(index.wordAt(text, 0)).toBe(tried);
    }
  });

  it('keeps the entries with their words', () => {
    const index = new WordIndex([{ word: '亿元', unit: 'CNY', scale: 1e8 }, { word: '元', unit: 'CNY', scale: 1 }]);
    expect(index.match('5亿元', 1)).toEqual({ word: '亿元', unit: 'CNY', scale: 1e8 });
    expect(index.match('5元', 1)?.scale).toBe(1);
  });

  it('in the list order, visits every word at a position in that order and matches the first', () => {
    const index = new WordIndex([{ word: '今', n: 0 }, { word: '今年', n: 1 }, { word: '今年以来', n: 2 }, { word: '年', n: 3 }, { word: '今天', n: 4 }], { listed: true });
    const seen: number[] = [];
    index.eachAt('今年以来', 0, (e) => {
      seen.push(e.n);
    });
    expect(seen).toEqual([0, 1, 2]);
    expect(index.match('今年以来', 0)?.n).toBe(0);
  });

  it('tells the first characters and lists its words', () => {
    const index = new WordIndex(toWords(['境内', '籍', '站']));
    expect(index.opens('境'.charCodeAt(0))).toBe(true);
    expect(index.opens('内'.charCodeAt(0))).toBe(false);
    expect(index.words().sort()).toEqual(['境内', '站', '籍']);
  });
});

describe('WordIndex by last character', () => {
  it('finds the word that ends at a position and starts after the bound, the longest first', () => {
    const index = new WordIndex(toWords(['去年', '年', '前年', '大前年']), { edge: 'end' });
    expect(index.wordBefore('大前年同期', 3)).toBe('大前年');
    expect(index.wordBefore('大前年同期', 3, 1)).toBe('前年');
    expect(index.wordBefore('前年', 2, 1)).toBe('年');
    expect(index.wordBefore('年', 1)).toBe('年');
    expect(index.wordBefore('今天', 2)).toBeUndefined();
  });

  it('in the list order, gives the first word of the list that fits', () => {
    const index = new WordIndex(toWords(['年', '去年']), { listed: true, edge: 'end' });
    expect(index.wordBefore('去年', 2)).toBe('年');
  });
});

describe('WordIndex within a span', () => {
  it('finds only a word that ends by the end given, and visits until told to stop', () => {
    const index = new WordIndex(toWords(['今年', '今']), { listed: true });
    expect(index.wordAt('今年', 0)).toBe('今年');
    expect(index.match('今年', 0, 1)?.word).toBe('今');
    const seen: string[] = [];
    expect(index.eachAt('今年', 0, (e) => (seen.push(e.word), true))).toBe(true);
    expect(seen).toEqual(['今年']);
  });
});
