import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { distinctFacts } from '../../../lib/collection/distinct-facts';

const place = (text: string, code?: string): { annotation: Annotation; where?: string } => ({
  annotation: { kind: 'place', start: 0, end: text.length, text, place: { name: text, level: 'prefecture', ...(code ? { code } : {}) } },
});
const money = (text: string, value: number, where?: string): { annotation: Annotation; where?: string } => ({
  annotation: { kind: 'figure', start: 0, end: text.length, text, figure: { type: 'money', value, unit: 'CNY', approx: false } },
  where,
});

describe('the distinct facts of a page', () => {
  it('keeps each unit once, at its first mention, whatever form names it, with its mention count', () => {
    const facts = [place('聊城市', '371500000000'), place('济南', '370100000000'), place('聊城', '371500000000'), place('聊城', '371500000000')];
    const distinct = distinctFacts(facts);
    expect(distinct.map((d) => [d.fact.annotation.text, d.mentions])).toEqual([['聊城市', 3], ['济南', 1]]);
    expect(distinct[0].fact).toBe(facts[0]);
  });

  it('keeps a place without a code once per name', () => {
    expect(distinctFacts([place('郭口村'), place('郭口村'), place('东关村')]).map((d) => d.mentions)).toEqual([2, 1]);
  });

  it('keeps a figure once per value and place, and the same value of two places twice', () => {
    const facts = [money('3亿元', 3e8, '淄博市'), money('3亿元', 3e8, '淄博市'), money('3亿元', 3e8, '济南市'), money('5亿元', 5e8, '淄博市')];
    const distinct = distinctFacts(facts, (f) => f.where);
    expect(distinct.map((d) => [d.fact.where, d.fact.annotation.text, d.mentions])).toEqual([['淄博市', '3亿元', 2], ['济南市', '3亿元', 1], ['淄博市', '5亿元', 1]]);
  });
});
