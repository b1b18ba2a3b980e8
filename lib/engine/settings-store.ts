// The reader's settings as the background reads them from extension storage (lib/settings.ts
// defines them and repairs whatever is stored).
import { storage } from 'wxt/utils/storage';
import { normalizeSettings, SETTINGS_KEY, type Settings } from '../settings';

/** The stored settings; the defaults when storage cannot be read. */
export async function readSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await storage.getItem(SETTINGS_KEY));
  } catch (error) {
    console.warn('[NewsFacts] could not read the settings, using the defaults:', error);
    return normalizeSettings(undefined);
  }
}

/** Calls `onChange` with the new and the previous settings whenever they change. */
export function watchSettings(onChange: (settings: Settings, previous: Settings) => void): void {
  storage.watch(SETTINGS_KEY, (next, previous) => onChange(normalizeSettings(next), normalizeSettings(previous)));
}
