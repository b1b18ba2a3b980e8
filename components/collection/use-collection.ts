// The collection as the view shows it: read from the store, and read again whenever another page
// announces a change or this one calls `reload` after its own.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CollectedItem } from '../../lib/collection/item';
import type { CollectionApi } from './collection-api';

export interface CollectionState {
  /** undefined until the first read completes. */
  items?: CollectedItem[];
  error?: string;
  reload(): Promise<void>;
}

export function useCollection(api: CollectionApi): CollectionState {
  const [items, setItems] = useState<CollectedItem[]>();
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    try {
      setItems(await api.store.all());
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [api]);
  useEffect(() => {
    reload();
    return api.watch(reload);
  }, [api, reload]);
  return { items, error, reload };
}
