// The UI language for a tree of components: set once by the page, read by each component with useT.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, type MessageKey, type MessageParams, type UiLang } from '../lib/i18n';

export const LanguageContext = createContext<UiLang>('en');

/** The current UI language and a `t` bound to it. */
export function useT(): { lang: UiLang; t: (key: MessageKey, params?: MessageParams) => string } {
  const lang = useContext(LanguageContext);
  return { lang, t: (key, params) => t(key, lang, params) };
}
