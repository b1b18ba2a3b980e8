// The background's collecting answers over an in-memory store: saving (and a full disk's message
// reaching the reader), a page's items, orphans, and the items about a place.
import { describe, expect, it, vi } from 'vitest';
import { describe as describePassage } from '../../../lib/anchoring/selectors';
import type { CollectedItem } from '../../../lib/collection/item';
import { StoreError } from '../../../lib/collection/store';
import type { CollectionDeps } from '../../../lib/background/collect-messages';
import { handleBackgroundMessage, type BackgroundDeps } from '../../../lib/background/handle-message';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const PAGE = 'https://news.example.cn/a/1.html';

function item(id: string, extra: Partial<CollectedItem> = {}): CollectedItem {
  return {
    id, url: PAGE, title: '淄川新闻', site: 'news.example.cn', savedAt: '2024-05-01T08:00:00.000Z', text: id,
    selectors: { quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: id.length } },
    tags: [], ...extra,
  };
}

// An in-memory CollectionStore: enough of one for the handlers.
function fakeCollection(initial: CollectedItem[] = []) {
  const items = new Map(initial.map((i) => [i.id, i]));
  const collection: CollectionDeps = {
    store: {
      save: vi.fn(async (saved: CollectedItem[]) => void saved.forEach((i) => items.set(i.id, i))),
      forPage: async (url) => [...items.values()].filter((i) => i.url === url),
      all: async () => [...items.values()],
      markOrphans: vi.fn(async (orphans: string[], anchored: string[]) => {
        let changed = 0;
        for (const [ids, orphan] of [[orphans, true], [anchored, false]] as const) {
          for (const id of ids) {
            const found = items.get(id);
            if (found && !!found.orphan !== orphan) {
              items.set(id, { ...found, orphan });
              changed++;
            }
          }
        }
        return changed;
      }),
    },
    announce: vi.fn(),
    openView: vi.fn(async () => undefined),
  };
  return { items, collection };
}

function ask(message: unknown, collection: CollectionDeps) {
  const deps: BackgroundDeps = {
    places: async () => Promise.reject(new Error('not used')),
    placesFor: async () => Promise.reject(new Error('not used')),
    ahead: async () => Promise.reject(new Error('not used')),
    settings: async () => DEFAULT_SETTINGS,
    setBadge: async () => undefined,
    styleDocument: async () => undefined,
    collection,
  };
  return handleBackgroundMessage(message, { tab: { id: 3 } }, deps);
}

describe('nf:save', () => {
  it('saves the items, announces the change and says how many', async () => {
    const { items, collection } = fakeCollection();
    expect(await ask({ type: 'nf:save', items: [item('a'), item('b')] }, collection)).toEqual({ saved: 2 });
    expect([...items.keys()]).toEqual(['a', 'b']);
    expect(collection.announce).toHaveBeenCalledTimes(1);
  });

  it('keeps the note and tags of an item saved again without new ones', async () => {
    const { items, collection } = fakeCollection([item('a', { note: '比去年多', tags: ['农业'] })]);
    await ask({ type: 'nf:save', items: [item('a'), item('b')] }, collection);
    expect(items.get('a')).toMatchObject({ note: '比去年多', tags: ['农业'] });
    await ask({ type: 'nf:save', items: [item('a', { note: '新的', tags: [] })] }, collection);
    expect(items.get('a')).toMatchObject({ note: '新的', tags: [] });
  });

  it('gives the store’s own message back when it fails (a full disk is never swallowed)', async () => {
    const { collection } = fakeCollection();
    const full = 'Could not save the item: the browser has no room left for the collection (storage quota exceeded). Nothing was changed.';
    collection.store.save = async () => Promise.reject(new StoreError(full));
    expect(await ask({ type: 'nf:save', items: [item('a')] }, collection)).toEqual({ error: full });
    expect(collection.announce).not.toHaveBeenCalled();
  });

  it('refuses a request without items', async () => {
    const { collection } = fakeCollection();
    expect(await ask({ type: 'nf:save', items: [{ id: 1 }] }, collection)).toEqual({ error: 'nf:save: the request has no items' });
  });
});

describe('nf:page-items and nf:mark-orphans', () => {
  it('gives the items of a page, whatever fragment its address has', async () => {
    const { collection } = fakeCollection([item('a'), item('b', { url: 'https://news.example.cn/a/2.html' })]);
    const found = (await ask({ type: 'nf:page-items', url: `${PAGE}#:~:text=淄川` }, collection)) as CollectedItem[];
    expect(found.map((i) => i.id)).toEqual(['a']);
  });

  it('finds each item again in the page’s text now: where it was, after a small edit, or not at all (an orphan)', async () => {
    const text = '淄川区新建冬暖式大棚120个。\n龙泉镇台头村种植面积达1500多亩，带动农户增收1.35亿元。';
    const passage = (id: string, exact: string, extra: Partial<CollectedItem> = {}) => {
      const start = text.indexOf(exact);
      return item(id, { text: exact, selectors: describePassage(text, start, start + exact.length), ...extra });
    };
    const { collection } = fakeCollection([
      passage('same', '1.35亿元', { orphan: true }),
      passage('edited', '龙泉镇台头村种植面积达1500多亩'),
      passage('gone', '新建冬暖式大棚120个'),
    ]);
    const now = '据悉，龙泉镇台头村的种植面积已达1500多亩，带动农户增收1.35亿元。';
    const found = (await ask({ type: 'nf:page-items', url: PAGE, text: now }, collection)) as CollectedItem[];
    const where = Object.fromEntries(found.map((i) => [i.id, i.orphan ? 'orphan' : now.slice(i.selectors.position.start, i.selectors.position.end)]));
    expect(where).toEqual({ same: '1.35亿元', edited: '龙泉镇台头村的种植面积已达1500多亩', gone: 'orphan' });
    expect(found.find((i) => i.id === 'same')).not.toHaveProperty('orphan');
  });

  it('flags orphans, clears items found again, and announces only a change', async () => {
    const { items, collection } = fakeCollection([item('a'), item('b', { orphan: true })]);
    expect(await ask({ type: 'nf:mark-orphans', orphans: ['a'], anchored: ['b'] }, collection)).toBeNull();
    expect(items.get('a')!.orphan).toBe(true);
    expect(items.get('b')!.orphan).toBe(false);
    expect(collection.announce).toHaveBeenCalledTimes(1);
    await ask({ type: 'nf:mark-orphans', orphans: ['a'], anchored: ['b'] }, collection);
    expect(collection.announce).toHaveBeenCalledTimes(1);
  });
});

describe('nf:open-collection', () => {
  it('opens the collection view on a place, and gives the page nothing of the collection', async () => {
    const { collection } = fakeCollection([item('a')]);
    expect(await ask({ type: 'nf:open-collection', code: '370302000000' }, collection)).toBeNull();
    expect(collection.openView).toHaveBeenCalledWith('370302000000');
  });

  it('refuses a code that is not a division code', async () => {
    const { collection } = fakeCollection();
    expect(await ask({ type: 'nf:open-collection', code: 'javascript:alert(1)' }, collection)).toHaveProperty('error');
    expect(collection.openView).not.toHaveBeenCalled();
  });
});

describe('nf:strings', () => {
  it('gives the core UI strings, which the content script does not carry', async () => {
    const tables = (await ask({ type: 'nf:strings' }, fakeCollection().collection)) as Record<string, Record<string, unknown>>;
    expect(tables.zh['save.save']).toBe('收藏');
    expect(tables.en['card.linked']).toBe('Your saved facts about this place');
  });
});
