// The core strings (the hover card's and the content script's dialog's): added for the pages that
// import this (through ./ui), and handed by the background to the content script (nf:strings), so
// that the content script's bundle does not carry them.
import { addMessages, type MessageTables } from '../i18n';
import en from './core.en.json';
import zh from './core.zh.json';

export const CORE_MESSAGES: MessageTables = { en, zh };

addMessages(CORE_MESSAGES);
