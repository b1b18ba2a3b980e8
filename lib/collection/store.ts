// The researcher's collection in IndexedDB (through Dexie), in the extension's own origin.
// Every write is one transaction: it completes or leaves the store as it was. A full disk or
// quota is reported as a StoreError the UI shows, never swallowed. The schema is versioned;
// each version's upgrade brings older stores forward, so no saved item is ever lost.
import Dexie, { type Table } from 'dexie';
import { mergeNew, type CollectedItem } from './item';
import { itemDate, itemKind, itemPlaceCode } from './query';

/** An item as stored: with the fields the store indexes derived from it. */
export interface StoredItem extends CollectedItem {
  kind: 'figure' | 'place' | 'passage';
  placeCode: string;
  date: string;
}

export const DB_NAME = 'newsfacts-collection';

/**
 * The BroadcastChannel on which every writer of the collection posts a message after a change
 * (a save, an import, an edit, a delete), so the open collection views (the page and the side
 * panel) read it again. It reaches the extension's own origin only, like the store itself: the
 * background and the extension's pages, never a content script.
 */
export const COLLECTION_CHANNEL = 'newsfacts-collection';

/** Tells the other open pages of the extension that the collection changed. */
export function announceCollectionChange(): void {
  const channel = new BroadcastChannel(COLLECTION_CHANNEL);
  channel.postMessage({ type: 'changed' });
  channel.close();
}

/** Calls `onChange` whenever another page announces a change; returns a function that stops it. */
export function watchCollection(onChange: () => void): () => void {
  const channel = new BroadcastChannel(COLLECTION_CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}

/** A write that failed, with a message for the reader; the store is unchanged. */
export class StoreError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = 'StoreError';
  }
}

const toStored = (item: CollectedItem): StoredItem => ({ ...item, kind: itemKind(item), placeCode: itemPlaceCode(item) ?? '', date: itemDate(item) });

function toItem(stored: StoredItem): CollectedItem {
  const { kind: _kind, placeCode: _placeCode, date: _date, ...item } = stored;
  return item;
}

/** Turns what IndexedDB threw into a message a reader can act on. */
function storeError(action: string, e: unknown): StoreError {
  const name = (e as { name?: string; inner?: { name?: string } })?.inner?.name ?? (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return new StoreError(`Could not ${action}: the browser has no room left for the collection (storage quota exceeded). Nothing was changed.`, e);
  return new StoreError(`Could not ${action}: ${(e as Error)?.message ?? String(e)}. Nothing was changed.`, e);
}

export class CollectionDb extends Dexie {
  items!: Table<StoredItem, string>;

  constructor(name = DB_NAME) {
    super(name);
    // 1: the first release; 2: kind, place and date indexed for the collection view's filters.
    this.version(1).stores({ items: 'id, url, site, savedAt, *tags' });
    this.version(2)
      .stores({ items: 'id, url, site, savedAt, *tags, kind, placeCode, date' })
      .upgrade((tx) =>
        tx
          .table('items')
          .toCollection()
          .modify((item: StoredItem) => Object.assign(item, toStored(item))),
      );
  }
}

export class CollectionStore {
  constructor(private db = new CollectionDb()) {}

  async all(): Promise<CollectedItem[]> {
    return (await this.db.items.toArray()).map(toItem);
  }

  async forPage(url: string): Promise<CollectedItem[]> {
    return (await this.db.items.where('url').equals(url).toArray()).map(toItem);
  }

  async ids(): Promise<Set<string>> {
    return new Set(await this.db.items.toCollection().primaryKeys());
  }

  /** Saves items (replacing ones with the same id) in one transaction. */
  async save(items: CollectedItem[]): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.items, () => this.db.items.bulkPut(items.map(toStored)));
    } catch (e) {
      throw storeError(`save ${items.length === 1 ? 'the item' : `${items.length} items`}`, e);
    }
  }

  /** Adds the items whose ids are new, in one transaction; returns how many were added. */
  async addNew(items: CollectedItem[]): Promise<number> {
    try {
      return await this.db.transaction('rw', this.db.items, async () => {
        const { added } = mergeNew(new Set(await this.db.items.where('id').anyOf(items.map((i) => i.id)).primaryKeys()), items);
        await this.db.items.bulkAdd(added.map(toStored));
        return added.length;
      });
    } catch (e) {
      throw storeError(`import ${items.length} items`, e);
    }
  }

  async update(id: string, patch: Partial<Pick<CollectedItem, 'note' | 'tags' | 'selectors'>>): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.items, async () => {
        const stored = await this.db.items.get(id);
        if (!stored) throw new Error('the item is no longer in the collection');
        await this.db.items.put(toStored({ ...toItem(stored), ...patch }));
      });
    } catch (e) {
      throw storeError('update the item', e);
    }
  }

  /**
   * Flags `orphans` as no longer found on their page and clears the flag of `anchored`, in one
   * transaction; returns how many items changed (most visits change none, and announce nothing).
   */
  async markOrphans(orphans: string[], anchored: string[]): Promise<number> {
    try {
      return await this.db.transaction('rw', this.db.items, async () => {
        const wanted = new Map([...anchored.map((id) => [id, false] as const), ...orphans.map((id) => [id, true] as const)]);
        const changed = (await this.db.items.bulkGet([...wanted.keys()])).filter(
          (stored): stored is StoredItem => stored !== undefined && (stored.orphan ?? false) !== wanted.get(stored.id),
        );
        await this.db.items.bulkPut(changed.map(({ orphan: _orphan, ...rest }) => (wanted.get(rest.id) ? { ...rest, orphan: true } : rest)));
        return changed.length;
      });
    } catch (e) {
      throw storeError('record which items were found again', e);
    }
  }

  async remove(ids: string[]): Promise<void> {
    try {
      await this.db.transaction('rw', this.db.items, () => this.db.items.bulkDelete(ids));
    } catch (e) {
      throw storeError(`remove ${ids.length} items`, e);
    }
  }
}
