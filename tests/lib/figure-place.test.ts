import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { placesBySentence } from '../../lib/figure-place';

const place = (start: number, text: string): Annotation => ({ kind: 'place', start, end: start + text.length, text, place: { name: text, level: 'county' } });
const figure = (start: number, text: string): Annotation => ({ kind: 'figure', start, end: start + text.length, text, figure: { type: 'count', value: 1, approx: false } });

describe('the place a figure belongs to', () => {
  it('is the nearest place its sentence names, before it first, else after it', () => {
    const text = '淄川区新建大棚120个。全市新增3家，张店区最多。没有地名的5户。';
    const annotations = [place(0, '淄川区'), figure(7, '120个'), figure(16, '3家'), place(19, '张店区'), figure(30, '5户')];
    for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
    const found = placesBySentence(text, annotations);
    expect(annotations[found.get(1)!].text).toBe('淄川区');
    expect(annotations[found.get(2)!].text).toBe('张店区');
    expect(found.has(4)).toBe(false);
  });
});

describe('placesBySentence', () => {
  const place = (text: string, start: number): Annotation => ({ kind: 'place', start, end: start + text.length, text, place: { name: text, level: 'county' } });
  const figure = (text: string, start: number): Annotation => ({ kind: 'figure', start, end: start + text.length, text, figure: { type: 'money', value: 1, approx: false } });
  function links(text: string, ...names: string[]): Record<string, string> {
    const annotations = names
      .map((name) => ({ name, start: text.indexOf(name) }))
      .sort((a, b) => a.start - b.start)
      .map(({ name, start }) => (/\d/.test(name) ? figure(name, start) : place(name, start)));
    const found: Record<string, string> = {};
    for (const [f, p] of placesBySentence(text, annotations)) found[annotations[f].text] = annotations[p].text;
    return found;
  }

  it('links each figure to the nearest place of its own sentence', () => {
    const text = '淄川区全年投资12亿元，博山区完成8亿元。周村区未公布数字，新增3000户。\n张店区\n增长5%';
    expect(links(text, '淄川区', '12亿元', '博山区', '8亿元', '周村区', '3000户', '张店区', '5%')).toEqual({
      '12亿元': '淄川区',
      '8亿元': '博山区',
      '3000户': '周村区',
    });
  });

  it('prefers the place before a figure when two are as near', () => {
    expect(links('淄川区12亿元沂源县', '淄川区', '12亿元', '沂源县')).toEqual({ '12亿元': '淄川区' });
    expect(links('Zibo spent 5.2 billion yuan. Linzi grew', 'Zibo', '5.2 billion yuan', 'Linzi')).toEqual({ '5.2 billion yuan': 'Zibo' });
  });
});
