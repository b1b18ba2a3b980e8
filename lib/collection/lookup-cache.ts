// Place facts for the collection view and its exports, asked of the background (nf:lookup) once
// per division code and kept: exports and the map need them synchronously (PlaceLookup), so the
// codes of a collection are fetched first, then read from the cache.
import type { PlaceLookup } from '../export/fields';
import type { PlaceFacts } from '../gazetteer/types';
import { once } from '../util/once';
import type { CollectedItem } from './item';
import { itemPlaceCode } from './query';

/** Asks the background; a failed question (an error reply included, as lib/messaging/client.ts makes it) rejects. */
export type AskFacts = (code: string) => Promise<PlaceFacts | null>;

export interface LookupCache {
  /** A lookup that knows the facts of every place the items name (unknown codes give undefined). */
  forItems(items: CollectedItem[]): Promise<PlaceLookup>;
}

export function lookupCache(ask: AskFacts): LookupCache {
  const answers = new Map<string, Promise<PlaceFacts | null>>();
  const known = new Map<string, PlaceFacts | null>();
  // A failed question is asked again next time rather than remembered as "no such place".
  const fetchFacts = (code: string) =>
    once(answers, code, () => ask(code).then((facts) => (known.set(code, facts), facts))).catch(() => null);
  return {
    async forItems(items) {
      const codes = new Set(items.map(itemPlaceCode).filter((c): c is string => !!c));
      await Promise.all([...codes].map(fetchFacts));
      return (code) => known.get(code) ?? undefined;
    },
  };
}
