// In-memory stand-ins for the browser APIs the popup and the options page use.
import { vi } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../lib/settings';
import type { SettingsStore } from '../../lib/settings-store';

export interface FakeSettingsStore extends SettingsStore {
  /** What is stored now. */
  stored: Settings;
}

export function fakeSettingsStore(initial: Partial<Settings> = {}): FakeSettingsStore {
  const listeners = new Set<(settings: Settings) => void>();
  const store: FakeSettingsStore = {
    stored: normalizeSettings({ ...DEFAULT_SETTINGS, ...initial }),
    load: vi.fn(async () => store.stored),
    update: vi.fn(async (change: (settings: Settings) => Settings) => {
      store.stored = normalizeSettings(change(store.stored));
      for (const listener of listeners) listener(store.stored);
      return store.stored;
    }),
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return store;
}
