// Loading, asking or inserting something once for every caller that asks while it is under way
// or done: the background's place index and village packs, the styles of a document, the place
// facts the hover card and the collection ask of the background.

/** The cached promise of `key`, else `load()`'s, kept unless it fails, so that the next call tries again. */
export function once<K, T>(cache: Map<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = load().catch((error: unknown) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, loading);
  }
  return loading;
}
