import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'NewsFacts',
    description: 'Highlights the figures and places in regional news and links them to facts.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'newsfacts@newsfacts.local',
        // @ts-expect-error: newer Firefox key not yet in WXT's manifest types
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
