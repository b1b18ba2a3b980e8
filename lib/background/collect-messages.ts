// The background's side of collecting: content scripts cannot reach the extension's IndexedDB, so
// they save, find their page's items again, report which ones their page no longer holds, and open
// the collection view on a place through these messages (lib/messaging/protocol.ts). Finding again
// (approx-string-match) is worked out here, which keeps the content script within its budget.
// The store is passed in, so the tests pass a fake one.
import { anchor } from '../anchoring/selectors';
import type { CollectedItem } from '../collection/item';
import { sortOutItems } from '../collection/item-schema';
import type { CollectionStore } from '../collection/store';
import { withoutFragment } from '../util/url';
import type {
  ItemsResponse, MarkOrphansRequest, OpenCollectionRequest, PageItemsRequest, SaveRequest, SaveResponse,
} from '../messaging/protocol';

export interface CollectionDeps {
  store: Pick<CollectionStore, 'save' | 'forPage' | 'all' | 'markOrphans'>;
  /** Tells the open collection views that the collection changed. */
  announce(): void;
  /** Opens the collection view in a new tab, filtered to a place. */
  openView(placeCode: string): Promise<void>;
}

const isItem = (item: unknown): item is CollectedItem =>
  typeof item === 'object' && item !== null && typeof (item as CollectedItem).id === 'string' && typeof (item as CollectedItem).url === 'string';

const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);

// Saving an item again (every fact of a page, after one was saved from its card) keeps the note
// and tags the reader gave it unless new ones come. A StoreError (quota included) rejects with the
// store's own message, which reaches the reader.
export async function handleSave(request: SaveRequest, deps: CollectionDeps): Promise<SaveResponse> {
  const { items } = request;
  if (!Array.isArray(items) || !items.every(isItem)) throw new Error('the request has no items');
  if (items.length === 0) return { saved: 0 };
  const pages = [...new Set(items.map((item) => item.url))];
  const saved = new Map((await Promise.all(pages.map((url) => deps.store.forPage(url)))).flat().map((item) => [item.id, item]));
  await deps.store.save(
    items.map((item) => {
      const before = saved.get(item.id);
      return before && !item.note && item.tags.length === 0 ? { ...item, ...(before.note ? { note: before.note } : {}), tags: before.tags } : item;
    }),
  );
  deps.announce();
  return { saved: items.length };
}

/** An item found again in `text` (its position selector where it is now), or flagged an orphan. */
export function findAgain(item: CollectedItem, text: string): CollectedItem {
  const at = anchor(text, item.selectors);
  if (!at) return { ...item, orphan: true };
  const { orphan: _orphan, ...found } = item;
  return { ...found, selectors: { ...item.selectors, position: { type: 'TextPositionSelector', start: at.start, end: at.end } } };
}

export async function handlePageItems(request: PageItemsRequest, deps: CollectionDeps): Promise<ItemsResponse> {
  if (typeof request.url !== 'string') throw new Error('the request has no url');
  // a stored value of the wrong shape (lib/collection/item-schema.ts) is left out, not anchored
  const { items } = sortOutItems(await deps.store.forPage(withoutFragment(request.url)));
  const { text } = request;
  return typeof text === 'string' ? items.map((item) => findAgain(item, text)) : items;
}

export async function handleMarkOrphans(request: MarkOrphansRequest, deps: CollectionDeps): Promise<null> {
  if ((await deps.store.markOrphans(strings(request.orphans), strings(request.anchored))) > 0) deps.announce();
  return null;
}

export async function handleOpenCollection(request: OpenCollectionRequest, deps: CollectionDeps): Promise<null> {
  if (typeof request.code !== 'string' || !/^\d{1,12}$/.test(request.code)) throw new Error('the request has no place code');
  await deps.openView(request.code);
  return null;
}

