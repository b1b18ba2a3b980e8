// The hostile page (tests/e2e/hostile-scenario.ts) in Firefox ESR. In Firefox the content script
// sees the page through Xray wrappers, so a page's patched Element.prototype.attachShadow never
// reaches our card; the scenario proves the rest as in Chromium: no card on synthetic events, a
// closed root, nothing of the collection in the card, and a highlight registry that does not tell
// which passages the reader saved.
import type { Page } from 'puppeteer-core';
import { hostilePageTests } from '../e2e/hostile-scenario';
import { launchFirefox, pressStepShortcut } from './firefox';

hostilePageTests('a hostile page in Firefox', async () => {
  const firefox = await launchFirefox();
  return {
    firstPage: () => firefox.firstPage(),
    newPage: async () => {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return page;
    },
    pressStep: (page) => pressStepShortcut(page as Page),
    close: () => firefox.close(),
  };
});
