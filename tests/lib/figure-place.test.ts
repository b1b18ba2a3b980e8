import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { figurePlaces } from '../../lib/figure-place';

const place = (start: number, text: string): Annotation => ({ kind: 'place', start, end: start + text.length, text, place: { name: text, level: 'county' } });
const figure = (start: number, text: string): Annotation => ({ kind: 'figure', start, end: start + text.length, text, figure: { type: 'count', value: 1, approx: false } });

describe('the place a figure belongs to', () => {
  it('is the nearest place its sentence names, before it first, else after it', () => {
    const text = '淄川区新建大棚120个。全市新增3家，张店区最多。没有地名的5户。';
    const annotations = [place(0, '淄川区'), figure(7, '120个'), figure(16, '3家'), place(19, '张店区'), figure(30, '5户')];
    for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.text);
    const found = figurePlaces(text, annotations);
    expect(found.get(1)?.text).toBe('淄川区');
    expect(found.get(2)?.text).toBe('张店区');
    expect(found.has(4)).toBe(false);
  });
});
