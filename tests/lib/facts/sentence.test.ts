import { describe, expect, it } from 'vitest';
import { sentenceSpans, sentencesAndClauses } from '../../../lib/facts/sentence';
import { factsOf } from './facts-of';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('sentences and clauses', () => {
  it('end at Chinese stops with their closing quotes, line breaks, and after a dateline', () => {
    const text = '本报淄博5月3日讯 他说：“完成了。”全市增长3.5%！\n下一段';
    expect(texts(text, sentenceSpans(text, 'zh'))).toEqual(['本报淄博5月3日讯 ', '他说：“完成了。”', '全市增长3.5%！', '\n', '下一段']);
  });

  it('end after a paper\'s dated dateline and its blank, not at 讯 inside a word', () => {
    const text = '潍坊日报2023年10月25日讯 全市出口986.7亿元。\n通讯员说，电讯业务增长3%。';
    expect(texts(text, sentenceSpans(text, 'zh'))).toEqual(['潍坊日报2023年10月25日讯 ', '全市出口986.7亿元。', '\n', '通讯员说，电讯业务增长3%。']);
  });

  it('split clauses at commas but not inside numbers', () => {
    const text = '投资1,200万元，增长5%。';
    expect(texts(text, sentencesAndClauses(text, 'zh').clauses)).toEqual(['投资1,200万元，', '增长5%。']);
  });

  it('read in one pass with the clauses, end where the sentences alone end', () => {
    const zh = '新华社济南6月1日电：记者从省统计局获悉，1—5月，全省完成投资1,200亿元；增长5.1%。\n本报淄博讯 全市新增企业12家，其中：工业8家。';
    const en = 'Exports rose 3.5% to $1,200 million, the bureau said. Imports fell — again; slightly.\nNew line: more.';
    for (const [text, lang] of [[zh, 'zh'], [en, 'en']] as const) {
      const { sentences, clauses } = sentencesAndClauses(text, lang);
      expect(sentences).toEqual(sentenceSpans(text, lang));
      expect(clauses.length).toBeGreaterThan(sentences.length);
      for (const s of sentences) expect(clauses.some((c) => c.start === s.start) && clauses.some((c) => c.end === s.end)).toBe(true);
    }
  });

  it('in English end at a stop before a capital', () => {
    const text = 'Sales rose 3.5% in May. Output fell, however.';
    expect(texts(text, sentenceSpans(text, 'en'))).toEqual(['Sales rose 3.5% in May. ', 'Output fell, however.']);
  });

  it('give each figure its sentence, without the blanks around it', () => {
    expect(factsOf('第一句。 全市新增企业12家。')['12家'].sentence).toBe('全市新增企业12家。');
  });
});
