// An in-memory CollectionApi for the collection view's tests: a store over a Map, place facts
// from the seed, the test outlines, and spies for what reaches the browser.
import { vi } from 'vitest';
import type { CollectionApi } from '../../../components/collection/collection-api';
import { mergeNew } from '../../../lib/collection/item';
import type { CollectedItem } from '../../../lib/collection/item';
import { lookupCache } from '../../../lib/collection/lookup-cache';
import type { Settings } from '../../../lib/settings';
import { TEST_OUTLINES } from '../../fixtures/collection/outlines';
import type { CollectionSeed } from '../../fixtures/collection/seed';
import { fakeSettingsStore } from '../fakes';

export interface FakeCollectionApi extends CollectionApi {
  stored: Map<string, CollectedItem>;
  /** Calls the listener the view registered with watch, as another page's announcement would. */
  announceFromElsewhere(): void;
}

export function fakeCollectionApi(seed: CollectionSeed, settings: Partial<Settings> = { language: 'en' }): FakeCollectionApi {
  const stored = new Map(seed.items.map((item) => [item.id, item]));
  let listener = () => {};
  const api: FakeCollectionApi = {
    stored,
    announceFromElsewhere: () => listener(),
    settings: fakeSettingsStore(settings),
    store: {
      all: vi.fn(async () => [...stored.values()]),
      save: vi.fn(async (items: CollectedItem[]) => {
        for (const item of items) stored.set(item.id, item);
      }),
      update: vi.fn(async (id: string, patch: Partial<CollectedItem>) => {
        stored.set(id, { ...stored.get(id)!, ...patch });
      }),
      remove: vi.fn(async (ids: string[]) => {
        for (const id of ids) stored.delete(id);
      }),
      addNew: vi.fn(async (items: CollectedItem[]) => {
        const { added } = mergeNew(new Set(stored.keys()), items);
        for (const item of added) stored.set(item.id, item);
        return added.length;
      }),
    },
    watch: vi.fn((onChange: () => void) => {
      listener = onChange;
      return () => {
        listener = () => {};
      };
    }),
    announce: vi.fn(),
    places: lookupCache(async (code) => seed.lookup(code) ?? null),
    outlines: vi.fn(async () => TEST_OUTLINES),
    open: vi.fn(),
    openFullView: vi.fn(),
    download: vi.fn(),
  };
  return api;
}
