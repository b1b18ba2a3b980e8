import { describe, expect, it } from 'vitest';
import { clauseSpans, sentenceSpans } from '../../../lib/facts/sentence';
import { factsOf } from './facts-of';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('sentences and clauses', () => {
  it('end at Chinese stops with their closing quotes, line breaks, and after a dateline', () => {
    const text = '本报淄博5月3日讯 他说：“完成了。”全市增长3.5%！\n下一段';
    expect(texts(text, sentenceSpans(text, 'zh'))).toEqual(['本报淄博5月3日讯 ', '他说：“完成了。”', '全市增长3.5%！', '\n', '下一段']);
  });

  it('split clauses at commas but not inside numbers', () => {
    const text = '投资1,200万元，增长5%。';
    expect(texts(text, clauseSpans(text, 'zh'))).toEqual(['投资1,200万元，', '增长5%。']);
  });

  it('in English end at a stop before a capital', () => {
    const text = 'Sales rose 3.5% in May. Output fell, however.';
    expect(texts(text, sentenceSpans(text, 'en'))).toEqual(['Sales rose 3.5% in May. ', 'Output fell, however.']);
  });

  it('give each figure its sentence, without the blanks around it', () => {
    expect(factsOf('第一句。 全市新增企业12家。')['12家'].sentence).toBe('全市新增企业12家。');
  });
});
