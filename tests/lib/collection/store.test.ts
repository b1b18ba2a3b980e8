import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CollectedItem } from '../../../lib/collection/item';
import { CollectionDb, CollectionStore, StoreError } from '../../../lib/collection/store';

let dbCount = 0;
const freshName = () => `test-collection-${++dbCount}`;

function item(id: string, extra: Partial<CollectedItem> = {}): CollectedItem {
  return {
    id, url: 'https://news.example.cn/1.html', title: '新闻', site: 'news.example.cn', savedAt: '2023-05-13T08:00:00.000Z', text: '淄川区',
    selectors: { quote: { type: 'TextQuoteSelector', exact: '淄川区', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 3 } },
    tags: [], annotation: { kind: 'place', start: 0, end: 3, text: '淄川区', place: { name: '淄川区', level: 'county', code: '370302000000' } },
    ...extra,
  };
}

describe('the collection store', () => {
  it('flags orphans and clears the flag of items found again, counting only the items it changed', async () => {
    const store = new CollectionStore(new CollectionDb(freshName()));
    await store.save([item('a'), item('b', { orphan: true }), item('c')]);
    expect(await store.markOrphans(['a', 'gone'], ['b', 'c'])).toBe(2);
    const byId = Object.fromEntries((await store.all()).map((i) => [i.id, i]));
    expect(byId.a.orphan).toBe(true);
    expect(byId.b).toEqual(item('b'));
    expect(byId.c).toEqual(item('c'));
    expect(await store.markOrphans(['a'], ['b', 'c'])).toBe(0);
  });

  it('saves, reads, updates and removes items', async () => {
    const store = new CollectionStore(new CollectionDb(freshName()));
    await store.save([item('a'), item('b', { url: 'https://news.example.cn/2.html' })]);
    expect((await store.all()).map((i) => i.id).sort()).toEqual(['a', 'b']);
    expect((await store.forPage('https://news.example.cn/2.html')).map((i) => i.id)).toEqual(['b']);
    await store.update('a', { note: '重要', tags: ['农业'] });
    expect((await store.all()).find((i) => i.id === 'a')).toEqual(item('a', { note: '重要', tags: ['农业'] }));
    await store.remove(['a']);
    expect([...(await store.ids())]).toEqual(['b']);
  });

  it('adds only new items on import', async () => {
    const store = new CollectionStore(new CollectionDb(freshName()));
    await store.save([item('a')]);
    expect(await store.addNew([item('a'), item('b'), item('b')])).toBe(1);
    expect([...(await store.ids())].sort()).toEqual(['a', 'b']);
  });

  it('either completes a write or leaves the store as it was', async () => {
    const store = new CollectionStore(new CollectionDb(freshName()));
    await store.save([item('a')]);
    const broken = { ...item('c'), id: undefined } as unknown as CollectedItem;
    await expect(store.save([item('b'), broken])).rejects.toBeInstanceOf(StoreError);
    expect([...(await store.ids())]).toEqual(['a']);
  });

  it('reports a full quota clearly and changes nothing', async () => {
    const db = new CollectionDb(freshName());
    const store = new CollectionStore(db);
    await store.save([item('a')]);
    const original = db.items.bulkPut.bind(db.items);
    db.items.bulkPut = (() => Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof db.items.bulkPut;
    await expect(store.save([item('b')])).rejects.toThrow(/storage quota exceeded\). Nothing was changed/);
    db.items.bulkPut = original;
    expect([...(await store.ids())]).toEqual(['a']);
  });

  it('brings a store of schema version 1 forward without losing items', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ items: 'id, url, site, savedAt, *tags' });
    await v1.table('items').put(item('old', { published: '2022-01-02' }));
    v1.close();
    const db = new CollectionDb(name);
    expect(await db.items.where('kind').equals('place').primaryKeys()).toEqual(['old']);
    expect(await db.items.where('date').equals('2022-01-02').primaryKeys()).toEqual(['old']);
    expect(await new CollectionStore(db).all()).toEqual([item('old', { published: '2022-01-02' })]);
  });
});
