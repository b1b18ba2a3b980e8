import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    // Name and description in the browser's language: public/_locales/{en,zh_CN}/messages.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: settings; scripting + host permissions: the highlight colours go in as a user
    // style sheet (no <style> in the page); tabs: the popup and badge follow the active tab's site;
    // contextMenus: "Save selection to NewsFacts" on selected text.
    permissions: ['storage', 'scripting', 'tabs', 'contextMenus'],
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
        // @ts-expect-error: newer Firefox key not yet in WXT's manifest types
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
