import { describe, expect, it } from 'vitest';
import type { CollectedItem } from '../../../lib/collection/item';
import { CollectionIndex } from '../../../lib/collection/query';

const base = { title: '新闻', savedAt: '2023-05-13T08:00:00.000Z', selectors: { quote: { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 0 } }, tags: [] as string[] };
const place = (id: string, code: string, name: string, extra: Partial<CollectedItem> = {}): CollectedItem => ({
  ...base, id, url: `https://a.cn/${id}`, site: 'a.cn', text: name, annotation: { kind: 'place', start: 0, end: name.length, text: name, place: { name, level: 'county', code, path: ['山东省', name] } }, ...extra,
});
const money = (id: string, value: number, published: string, placeCode?: string): CollectedItem => ({
  ...base, id, url: `https://b.cn/${id}`, site: 'b.cn', text: `${value}元`, published,
  annotation: { kind: 'figure', start: 0, end: 3, text: `${value}元`, figure: { type: 'money', value, unit: 'CNY', approx: false } },
  ...(placeCode ? { context: { placeCode, placeName: '淄川区' } } : {}),
});

const items = [
  place('zichuan', '370302000000', '淄川区', { tags: ['农业'], note: '大棚项目' }),
  place('village', '370302112206', '台头村'),
  place('jinan', '370100000000', '济南市', { savedAt: '2023-06-01T00:00:00.000Z' }),
  money('m1', 500, '2023-03-01', '370302000000'),
  money('m2', 800, '2022-03-01', '370302112000'),
  money('m3', 900, '2021-03-01'),
];
const index = new CollectionIndex(items);
const ids = (filter: Parameters<CollectionIndex['query']>[0]) => index.query(filter).map((i) => i.id).sort();

describe('querying a collection', () => {
  it('filters by place through the hierarchy, figures by the place their sentence names', () => {
    expect(ids({ placeCode: '370300000000' })).toEqual(['m1', 'm2', 'village', 'zichuan']);
    expect(ids({ placeCode: '370302112000' })).toEqual(['m2', 'village']);
    expect(ids({ placeCode: '370000000000' })).toEqual(['jinan', 'm1', 'm2', 'village', 'zichuan']);
  });

  it('filters by kind, figure type, site, date range and tag, and searches words anywhere', () => {
    expect(ids({ kind: 'figure', figureType: 'money', from: '2022-01-01', to: '2022-12-31' })).toEqual(['m2']);
    expect(ids({ site: 'a.cn', tag: '农业' })).toEqual(['zichuan']);
    expect(ids({ text: '大棚' })).toEqual(['zichuan']);
    expect(ids({ text: '山东省 台头' })).toEqual(['village']);
  });

  it('lists newest saved first', () => {
    expect(index.query({ site: 'a.cn' })[0].id).toBe('jinan');
  });
});
