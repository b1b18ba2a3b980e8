// The reader's settings in extension storage, as the popup and the options page read and change
// them. Every read goes through normalizeSettings, so damaged stored data never reaches the UI,
// and every change starts from the stored value, so two pages never undo each other's changes.
import { storage } from 'wxt/utils/storage';
import { normalizeSettings, SETTINGS_KEY, type Settings } from './settings';

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Applies `change` to the settings as stored now and stores the result. */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
  /** Calls `onChange` whenever the stored settings change; returns a function that stops it. */
  watch(onChange: (settings: Settings) => void): () => void;
}

const load = async (): Promise<Settings> => normalizeSettings(await storage.getItem(SETTINGS_KEY));

export const extensionSettings: SettingsStore = {
  load,
  async update(change) {
    const next = normalizeSettings(change(await load()));
    await storage.setItem(SETTINGS_KEY, next);
    return next;
  },
  watch: (onChange) => storage.watch(SETTINGS_KEY, (stored) => onChange(normalizeSettings(stored))),
};
