// The end-to-end test environment: the fixture pages and the demo served on 127.0.0.1, Chromium
// with the built extension, and the same Chromium without it for comparison, both at one viewport.

import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { HIGHLIGHT_NAME } from '../../lib/page/highlight-style';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';

const FIXTURES_DIR = fileURLToPath(new URL('./fixtures', import.meta.url));
const DEMO_DIR = fileURLToPath(new URL('../../demo', import.meta.url));
const VIEWPORT = { width: 1280, height: 900 };

export interface TestEnvironment {
  withExtension: BrowserContext;
  extensionId: string;
  plain: BrowserContext;
  fixtureUrl(file: string): string;
  demoUrl(file: string): string;
  close(): Promise<void>;
}

/** Starts servers and both browsers; fails with a clear message if the extension is not built. */
export async function startTestEnvironment(): Promise<TestEnvironment> {
  const fixtures = await serveFolder(FIXTURES_DIR);
  const demo = await serveFolder(DEMO_DIR);
  const extended = await launchChromium({ viewport: VIEWPORT });
  const plain = await launchChromium({ extension: false, viewport: VIEWPORT });
  return {
    withExtension: extended.context,
    extensionId: extended.extensionId,
    plain: plain.context,
    fixtureUrl: (file) => new URL(file, fixtures.url).href,
    demoUrl: (file) => new URL(file, demo.url).href,
    close: async () => {
      await Promise.all([extended.close(), plain.close(), fixtures.close(), demo.close()]);
    },
  };
}

/** Opens `url` in the context's first tab (a fresh profile starts with one blank tab). */
export async function openInFirstTab(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return page;
}

/** Waits for the content script to register its highlight, then returns the highlighted text. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME);
  return page.evaluate((name) => [...CSS.highlights.get(name)!].map((range) => range.toString()), HIGHLIGHT_NAME);
}
