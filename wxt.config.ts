import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { lazyCompromiseVite } from './scripts/lazy-compromise.mjs';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // compromise evaluated when English text first needs it, not at every start of the service worker
  vite: () => ({ plugins: [preact(), lazyCompromiseVite()] }),
  manifest: {
    // Name and description in the browser's language: public/_locales/{en,zh_CN}/messages.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Why each permission is there (README, "Permissions"): storage for the settings;
    // scripting for the highlight colours, which go in as a style sheet the browser adds (no
    // <style> in the page); contextMenus for "Save selection to NewsFacts"; <all_urls> for the content script on
    // any news page, and it also shows the background a page's address (tab.url) where it
    // restyles open pages. No `tabs`: it would only add the addresses of pages the extension
    // cannot run on, and an install warning that it reads the browsing history.
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    commands: {
      'next-fact': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Move to the next highlighted fact and open its card',
      },
      'previous-fact': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Move to the previous highlighted fact and open its card',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected text to your NewsFacts collection',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'newsfacts@newsfacts.local',
        // Firefox 140 (an ESR) is the first with the CSS Custom Highlight API, which highlights
        // without touching the page's DOM, and with the data_collection_permissions key below.
        strict_min_version: '140.0',
        // @ts-expect-error: newer Firefox key not yet in WXT's manifest types
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
