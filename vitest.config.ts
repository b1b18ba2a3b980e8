import { defineConfig } from 'vitest/config';

// Three projects: `unit` runs in Node (DOM tests opt into happy-dom with a
// `// @vitest-environment happy-dom` first line), `e2e` drives Chromium with the built
// extension from .output/chrome-mv3, one file at a time, and `e2e-firefox` drives Firefox ESR with
// .output/firefox-mv2 (its global setup builds it), one file at a time too, once the others are done. Tests mirror the source:
// tests/<path of the source file>.test.ts (tests/lib/..., tests/components/..., tests/cli/...,
// tests/scripts/...); tests over the built data as a whole (public/gazetteer) are in tests/data/,
// shared fixtures in tests/fixtures/, the browser tests and their pages in tests/e2e/.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', '**/node_modules/**'],
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
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup-i18n.ts'],
          globalSetup: ['tests/e2e-firefox/build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // after the unit and Chromium tests, not beside them: two browsers do not compete for
          // a two-core machine
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
