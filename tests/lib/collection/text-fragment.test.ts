import { describe, expect, it } from 'vitest';
import type { TextQuoteSelector } from '../../../lib/anchoring/selectors';
import { textFragmentUrl } from '../../../lib/collection/text-fragment';

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

describe('textFragmentUrl', () => {
  it('gives the passage with a little context on each side, percent-encoded', () => {
    const url = textFragmentUrl('https://news.example.cn/a.html', quote('1.2亿元', '淄川区龙泉镇今年计划投资', '建设蔬菜大棚，台头村已有86户'));
    expect(url).toBe(`https://news.example.cn/a.html#:~:text=${encodeURIComponent('区龙泉镇今年计划投资')}-,${encodeURIComponent('1.2亿元')},-${encodeURIComponent('建设蔬菜大棚，台头村')}`);
    expect(decodeURIComponent(url.split('#:~:text=')[1])).toBe('区龙泉镇今年计划投资-,1.2亿元,-建设蔬菜大棚，台头村');
  });

  it("escapes the directive's own syntax in the text: dash, comma, ampersand", () => {
    const url = textFragmentUrl('https://a.cn/', quote('Q1-Q2, R&D', 'spend on ', ' rose'));
    expect(url).toBe('https://a.cn/#:~:text=spend%20on-,Q1%2DQ2%2C%20R%26D,-rose');
  });

  it('keeps context within the passage\'s own block and whole English words', () => {
    const url = textFragmentUrl('https://a.cn/', quote('Zibo', 'Headline\nExports from the city of ', ' rose 8.2 percent in 2023.'));
    expect(decodeURIComponent(url.split('#:~:text=')[1])).toBe('city of-,Zibo,-rose 8.2');
  });

  it('gives a long or multi-block passage by its start and end', () => {
    const exact = `${'淄博市地区生产总值完成1050.3亿元，'.repeat(3)}\n同比增长5.1%。其中，张店区完成312亿元。`;
    const url = textFragmentUrl('https://a.cn/', quote(exact));
    const [start, end] = decodeURIComponent(url.split('#:~:text=')[1]).split(',');
    expect(exact.startsWith(start)).toBe(true);
    expect(exact.endsWith(end)).toBe(true);
    expect(start.length).toBeLessThanOrEqual(24);
  });

  it("keeps the page's own fragment and replaces an earlier text directive", () => {
    expect(textFragmentUrl('https://a.cn/#/article/7', quote('淄博'))).toBe(`https://a.cn/#/article/7:~:text=${encodeURIComponent('淄博')}`);
    expect(textFragmentUrl('https://a.cn/#:~:text=old', quote('淄博'))).toBe(`https://a.cn/#:~:text=${encodeURIComponent('淄博')}`);
  });
});
