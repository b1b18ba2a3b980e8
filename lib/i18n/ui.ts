// The popup's, options' and collection's strings, with the core ones: imported for its effect by
// those pages' entry points, never by the content script (see lib/i18n.ts).
import { addMessages } from '../i18n';
import './core';
import en from './ui.en.json';
import zh from './ui.zh.json';

addMessages({ en, zh });
