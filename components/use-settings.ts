// The reader's settings for a page of the extension, kept current while the page is open, with
// the document's language following the UI language (for screen readers and fonts).
import { useEffect, useState } from 'preact/hooks';
import { languageTag, resolveLanguage } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import type { SettingsStore } from '../lib/settings-store';

export function useSettings(store: SettingsStore): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    store.load().then(setSettings);
    return store.watch(setSettings);
  }, [store]);
  const language = settings && resolveLanguage(settings.language);
  useEffect(() => {
    if (language) document.documentElement.lang = languageTag(language);
  }, [language]);
  return settings;
}
