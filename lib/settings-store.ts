// The reader's settings in extension storage, one module for every part of the extension: the
// content script and the background read and watch them, the popup and the options page change
// them. It talks to browser.storage directly (WXT's storage wrapper would cost the content script
// 8.6 KB of its 72 KB budget). Every read goes through normalizeSettings, so damaged stored data
// never reaches the UI, and every change starts from the stored value, so two pages never undo
// each other's changes.
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from './settings';

// 'local:settings' is the key 'settings' in storage.local.
const [AREA, KEY] = SETTINGS_KEY.split(':') as ['local', string];

/** The stored settings; the defaults when storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage[AREA].get(KEY);
    return normalizeSettings(stored[KEY]);
  } catch (error) {
    console.warn('[NewsFacts] could not read the settings, using the defaults:', error);
    return normalizeSettings(undefined);
  }
}

/** Calls `onChange` with the new and the previous settings whenever they are stored anew; returns a function that stops it. */
export function watchSettings(onChange: (settings: Settings, previous: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area === AREA && KEY in changes) onChange(normalizeSettings(changes[KEY].newValue), normalizeSettings(changes[KEY].oldValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Applies `change` to the settings as stored now and stores the result. */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
  /** Calls `onChange` whenever the stored settings change; returns a function that stops it. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export const extensionSettings: SettingsStore = {
  load: loadSettings,
  async update(change) {
    const next = normalizeSettings(change(await loadSettings()));
    await browser.storage[AREA].set({ [KEY]: next });
    return next;
  },
  watch: (onChange) => watchSettings((settings) => onChange(settings)),
};
