// Page items for the summary tests, written as the content script would report them.
import type { Figure, Place } from '../../../lib/annotation';
import type { PageItem } from '../../../lib/messaging/protocol';

let nextStart = 0;

export function place(id: number, text: string, place: Partial<Place> & Pick<Place, 'level'>): PageItem {
  const start = (nextStart += 10);
  return { id, annotation: { kind: 'place', start, end: start + text.length, text, place: { name: text, ...place } } };
}

export function figure(id: number, text: string, figure: Partial<Figure> & Pick<Figure, 'type' | 'value'>): PageItem {
  const start = (nextStart += 10);
  return { id, annotation: { kind: 'figure', start, end: start + text.length, text, figure: { approx: false, ...figure } } };
}

const ZIBO = ['山东省', '淄博市'];

/** A page about 淄博: the city, two of its districts, a town and a village in one of them, and places without a code. */
export const ZIBO_PAGE: PageItem[] = [
  place(1, '淄博市', { level: 'prefecture', code: '370300000000', path: ZIBO }),
  place(2, '淄川区', { level: 'county', code: '370302000000', path: [...ZIBO, '淄川区'] }),
  figure(3, '3642.40亿元', { type: 'money', value: 364240000000, unit: 'CNY' }),
  place(4, '龙泉镇', { level: 'township', code: '370302104000', path: [...ZIBO, '淄川区', '龙泉镇'] }),
  place(5, '台头村', { level: 'village', code: '370302104201', path: [...ZIBO, '淄川区', '龙泉镇', '台头村'] }),
  place(6, '张店', { level: 'county', code: '370303000000', path: [...ZIBO, '张店区'] }),
  place(7, '张店区', { level: 'county', code: '370303000000', path: [...ZIBO, '张店区'] }),
  place(8, '黄河', { level: 'natural' }),
  figure(9, '12.5%', { type: 'percent', value: 12.5, unit: '%' }),
  place(10, '张店区', { level: 'county', code: '370303000000', path: [...ZIBO, '张店区'] }),
  place(11, '日本', { level: 'foreign' }),
  place(12, '黄河', { level: 'natural' }),
  place(13, '城区', { level: 'county', candidates: ['370102000000', '370303000000'] }),
  figure(14, '3642.4亿元', { type: 'money', value: 364240000000, unit: 'CNY' }),
  figure(15, '2019年9月5日', { type: 'date', value: '2019-09-05' }),
];
