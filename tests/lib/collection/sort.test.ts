import { describe, expect, it } from 'vitest';
import type { CollectedItem } from '../../../lib/collection/item';
import { sortItems, type ItemOrder } from '../../../lib/collection/sort';

const item = (id: string, url: string, start: number, extra: Partial<CollectedItem> = {}): CollectedItem => ({
  id, url, title: '新闻', site: 'a.cn', text: id, tags: [], savedAt: '2024-05-01T08:00:00.000Z',
  selectors: { quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 2 } },
  ...extra,
});
const money = (value: number) => ({ annotation: { kind: 'figure' as const, start: 0, end: 2, text: '', figure: { type: 'money' as const, value, unit: 'CNY', approx: false } } });

// One page saved at once (same time, stored in no particular order) and an older page.
const items = [
  item('a-later', 'https://a.cn/1', 300, money(5)),
  item('b-first', 'https://b.cn/2#top', 10, { savedAt: '2024-04-01T08:00:00.000Z', published: '2024-03-30', ...money(900) }),
  item('a-first', 'https://a.cn/1', 12, { published: '2024-04-30' }),
  item('a-middle', 'https://a.cn/1#:~:text=x', 120, { published: '2024-04-30', ...money(70) }),
];
const order = (o: ItemOrder) => sortItems(items, o).map((i) => i.id);

describe('sorting the collection', () => {
  it('reads page by page, each page as its text has the items (the fragment is the same page)', () => {
    expect(order('document')).toEqual(['a-first', 'a-middle', 'a-later', 'b-first']);
  });

  it('puts the newest saved first, items saved together in their page order', () => {
    expect(order('saved')).toEqual(['a-first', 'a-middle', 'a-later', 'b-first']);
    expect(sortItems([items[1], items[0]], 'saved').map((i) => i.id)).toEqual(['a-later', 'b-first']);
  });

  it('puts the newest published first and items without a date last', () => {
    expect(order('published')).toEqual(['a-first', 'a-middle', 'b-first', 'a-later']);
  });

  it('puts the largest figure first, then what has no number', () => {
    expect(order('value')).toEqual(['b-first', 'a-middle', 'a-later', 'a-first']);
  });

  it('leaves the input as it was', () => {
    sortItems(items, 'value');
    expect(items.map((i) => i.id)).toEqual(['a-later', 'b-first', 'a-first', 'a-middle']);
  });
});
