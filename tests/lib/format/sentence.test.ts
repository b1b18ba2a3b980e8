import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../lib/format/sentence';

describe('a passage in its sentence', () => {
  it('keeps the context from the last sentence end to the next one', () => {
    expect(sentenceAround('去年全市粮食增产。今年新建冷库', '座，库容1200吨。明年再建三座')).toEqual({ before: '今年新建冷库', after: '座，库容1200吨。' });
  });

  it('marks with an ellipsis a sentence that goes on beyond the context kept', () => {
    expect(sentenceAround('改造老旧果园', '万亩，电商销售苹果占比由')).toEqual({ before: '…改造老旧果园', after: '万亩，电商销售苹果占比由…' });
  });

  it('keeps a closing quote with the stop before it, as the facts\' sentences do', () => {
    expect(sentenceAround('他说：“产量翻番。”今年新建', '座冷库。')).toEqual({ before: '今年新建', after: '座冷库。' });
  });

  it('reads English sentence ends too, and gives nothing at a text’s very start and end', () => {
    expect(sentenceAround('Output rose. About ', ' tonnes were sold! Then')).toEqual({ before: 'About ', after: ' tonnes were sold!' });
    expect(sentenceAround('', '')).toEqual({ before: '', after: '' });
    // a decimal point is no sentence end
    expect(sentenceAround('Output grew 3.', '5% in May. Then')).toEqual({ before: '…Output grew 3.', after: '5% in May.' });
  });
});
