// The collection as the view shows it: read from the store, and read again whenever another page
// announces a change or this one calls `reload` after its own. Every stored value is checked
// against the item schema first: one of the wrong shape is set apart, and the rest still show.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CollectedItem } from '../../lib/collection/item';
import { sortOutItems, type BrokenItem } from '../../lib/collection/item-schema';
import type { CollectionApi } from './collection-api';

export interface CollectionState {
  /** undefined until the first read completes; only the stored values that fit the item schema. */
  items?: CollectedItem[];
  /** The stored values that do not (an old or foreign shape): listed apart, so they break no view. */
  broken: BrokenItem[];
  error?: string;
  reload(): Promise<void>;
}

export function useCollection(api: CollectionApi): CollectionState {
  const [items, setItems] = useState<CollectedItem[]>();
  const [broken, setBroken] = useState<BrokenItem[]>([]);
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    try {
      const sorted = sortOutItems(await api.store.all());
      setItems(sorted.items);
      setBroken(sorted.broken);
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api]);
  useEffect(() => {
    reload();
    return api.watch(reload);
  }, [api, reload]);
  return { items, broken, error, reload };
}
