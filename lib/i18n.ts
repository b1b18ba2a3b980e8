// The extension's own UI text in Chinese and English. The strings are data (lib/i18n/*.json);
// English ones that depend on a number are written as { one, other } and chosen by `count` or
// `value` in the parameters.
//
// Two tables per language, both added at startup (see addMessages): core.*.json holds what the
// hover card and the content script's dialog need (levels, figure types, units, the card's
// labels); ui.*.json the popup's, options' and collection's strings. The pages import ./i18n/ui,
// which brings both. The content script carries neither, since its bundle must stay under 72 KB:
// it gets the core tables from the background (nf:strings) as it starts.
import type { Settings } from './settings';

export type UiLang = 'zh' | 'en';
export type MessageKey = keyof typeof import('./i18n/core.en.json') | keyof typeof import('./i18n/ui.en.json');
export type Message = string | { one: string; other: string };
export type MessageParams = Record<string, string | number>;

export type MessageTables = Record<UiLang, Partial<Record<MessageKey, Message>>>;

const MESSAGES: MessageTables = { en: {}, zh: {} };

/** Adds a surface's strings (the core ones, the popup's, options', collection's) to the tables. */
export function addMessages(tables: MessageTables): void {
  Object.assign(MESSAGES.en, tables.en);
  Object.assign(MESSAGES.zh, tables.zh);
}

/** The UI language a setting means: 'auto' follows the browser (zh, zh-CN, zh-TW... is Chinese). */
export function resolveLanguage(setting: Settings['language'], browserLanguage = globalThis.navigator?.language ?? ''): UiLang {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLanguage) ? 'zh' : 'en';
}

/** The BCP 47 tag for a UI language, for `lang` attributes and number formatting. */
export const languageTag = (lang: UiLang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** Whether `key` names a UI string (for keys made from data, such as a unit code). */
export const hasMessage = (key: string): key is MessageKey => Object.hasOwn(MESSAGES.en, key);

/** The text of `key` in `lang`, with `{name}` replaced by `params.name`. */
export function t(key: MessageKey, lang: UiLang, params: MessageParams = {}): string {
  // a surface that forgot to add its strings shows the key rather than failing
  const message = MESSAGES[lang][key] ?? key;
  const quantity = params.count ?? params.value;
  const text =
    typeof message === 'string'
      ? message
      : message[typeof quantity === 'number' && new Intl.PluralRules(languageTag(lang)).select(quantity) === 'one' ? 'one' : 'other'];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
