import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs in Node (DOM tests opt into happy-dom with a
// `// @vitest-environment happy-dom` first line), `e2e` drives Chromium with the built
// extension from .output/chrome-mv3, one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          setupFiles: ['tests/setup-i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // the tests word what the extension shows with its own strings
          setupFiles: ['tests/setup-i18n.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
