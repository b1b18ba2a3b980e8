// The reader's settings as the content script reads them: straight from browser.storage, under
// the key WXT storage writes them to (lib/settings-store.ts, used by the popup and options). The
// WXT storage runtime would take 8.6 KB of the content script's 60 KB budget for the two calls
// needed here.
import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';

// 'local:settings' is the key 'settings' in storage.local.
const [AREA, KEY] = SETTINGS_KEY.split(':') as ['local', string];

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage[AREA].get(KEY);
  return normalizeSettings(stored[KEY]);
}

/** Calls `onChange` with the settings whenever they are stored anew; returns a function that stops it. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === AREA && KEY in changes) onChange(normalizeSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
