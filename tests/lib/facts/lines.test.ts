import { describe, expect, it } from 'vitest';
import { TextLines } from '../../../lib/facts/lines';
import { eachWordIn } from '../../../lib/facts/vocabulary';

describe('the lines of a text', () => {
  const text = '一季度全市重点项目完成投资412.6亿元\n  新开工项目86个 \n\n全市新增企业12家。其中，工业企业8家。\n今年以来，全区生产总值稳步增长，一季度完成投资和消费的各项指标均好于全省平均水平并保持了较快增长';
  const lines = new TextLines(text);
  const line = (at: number) => {
    const span = lines.at(at);
    return span && text.slice(span.start, span.end);
  };

  it('read a short line without a stop as a headline, from anywhere on it, without its blanks', () => {
    expect(line(0)).toBe('一季度全市重点项目完成投资412.6亿元');
    expect(line(text.indexOf('86'))).toBe('新开工项目86个');
    // a line break belongs to the line it ends
    expect(line(text.indexOf('\n'))).toBe('一季度全市重点项目完成投资412.6亿元');
  });

  it('read no headline in a line with a stop, a long line or a blank one', () => {
    expect(line(text.indexOf('12家'))).toBeUndefined();
    expect(line(text.indexOf('今年'))).toBeUndefined();
    expect(line(text.indexOf('\n\n') + 1)).toBeUndefined();
  });

  it('tell a deck line under a headline, not one after a blank line or under a paragraph', () => {
    expect(lines.underHeadline(text.indexOf('新开工'))).toBe(true);
    expect(lines.underHeadline(0)).toBe(false);
    expect(lines.underHeadline(text.indexOf('今年'))).toBe(false);
  });

  it('tell whether a line break lies between two places', () => {
    expect(lines.breakBetween(0, text.indexOf('新开工'))).toBe(true);
    expect(lines.breakBetween(text.indexOf('全市新增'), text.indexOf('其中'))).toBe(false);
    expect(lines.breakBetween(text.indexOf('其中'), 0)).toBe(false);
  });
});

describe('words in a span', () => {
  it('are found by where they start, overlapping ones too, the list order at one place', () => {
    const found: string[] = [];
    eachWordIn('今年以来，去年同期', 0, 9, ['今年以来', '年以来', '今年', '去年'], (word, at) => {
      found.push(`${word}@${at}`);
    });
    expect(found).toEqual(['今年以来@0', '今年@0', '年以来@1', '去年@5']);
  });

  it('only inside the span', () => {
    const found: string[] = [];
    eachWordIn('去年今年', 1, 4, ['去年', '今年'], (word, at) => {
      found.push(`${word}@${at}`);
    });
    expect(found).toEqual(['今年@2']);
  });
});
