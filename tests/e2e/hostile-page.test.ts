// The hostile page (tests/e2e/hostile-scenario.ts) in Chromium with the built extension.
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { hostilePageTests } from './hostile-scenario';

hostilePageTests('a hostile page', async () => {
  const browser: { context: BrowserContext; close(): Promise<void> } = await launchChromium({ viewport: { width: 1280, height: 900 } });
  return {
    firstPage: async () => browser.context.pages()[0] ?? (await browser.context.newPage()),
    newPage: () => browser.context.newPage(),
    pressStep: (page) => (page as Page).keyboard.press('Alt+Shift+N'),
    close: () => browser.close(),
  };
});
