import { describe, expect, it } from 'vitest';
import { itemsFromAnnotations } from '../../../lib/collection/from-document';
import { CollectionIndex } from '../../../lib/collection/query';
import { extract } from '../../../lib/extract';
import { fixtureIndex } from '../places/fixture-index';

// An article about 淄博 whose figures say only 全市, and one sentence about 淄川区.
const text = '本报淄博6月3日讯 今年前5个月，全市新登记市场主体2.1万户，同比增长11.2%。淄川区新增1800户。';
const items = itemsFromAnnotations(text, extract(text, { places: fixtureIndex(), date: '2024-06-03' }), {
  url: 'https://news.example.cn/b/7.html', title: '经济快讯', site: 'news.example.cn', savedAt: '2024-06-04T08:00:00.000Z',
});
const item = (quote: string) => items.find((i) => i.text === quote)!;

describe('a figure saved as an item', () => {
  it('keeps its whole sentence, the figure’s place in it, its measure, subject and period', () => {
    expect(item('2.1万户').fact).toEqual({
      sentence: '今年前5个月，全市新登记市场主体2.1万户，同比增长11.2%。',
      at: 16,
      measure: '新登记市场主体',
      period: '2024-01/2024-05',
      subject: { code: '370300000000', name: '淄博市', path: ['山东省', '淄博市'], via: 'title' },
      rates: [{ text: '11.2%', relation: 'change', measure: '同比增长' }],
    });
  });

  it('is found by the region filter through its subject, and by the words of its measure', () => {
    const index = new CollectionIndex(items);
    const figures = (filter: Parameters<CollectionIndex['query']>[0]) => index.query({ ...filter, kind: 'figure' }).map((i) => i.text).sort();
    expect(figures({ placeCode: '370300000000' })).toEqual(['11.2%', '1800户', '2.1万户']);
    expect(figures({ placeCode: '370302000000' })).toEqual(['1800户']);
    expect(figures({ text: '市场主体' })).toEqual(['11.2%', '2.1万户', '前5个月']);
  });
});
