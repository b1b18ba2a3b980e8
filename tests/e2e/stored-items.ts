// Every item of the extension's collection store, for the browser tests of both browsers. It runs
// inside the extension (Chromium's service worker, an extension page in Firefox), where the
// IndexedDB store lives: pass it to `evaluate` with the store's name (DB_NAME), self-contained.
import type { CollectedItem } from '../../lib/collection/item';

export function storedItemsIn(name: string): Promise<CollectedItem[]> {
  return new Promise<CollectedItem[]>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('items').objectStore('items').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result as CollectedItem[]);
      };
      all.onerror = () => reject(all.error);
    };
  });
}
