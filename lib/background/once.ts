// Loading or inserting something once for every caller that asks while it is under way or done.

/** The cached promise of `key`, else `load()`'s, kept unless it fails, so that the next call tries again. */
export function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
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
