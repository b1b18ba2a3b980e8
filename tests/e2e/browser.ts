// The end-to-end test environment: the fixture pages and the demo served on 127.0.0.1, Chromium
// with the built extension, and the same Chromium without it for comparison, both at one viewport.

import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { isPlaywright, type AnyPage } from './card';
import { waitFor } from './wait';
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

/** Runs `fn(arg)` in the page, in either browser (their evaluate signatures differ). */
export const evaluateIn = <R, A>(page: AnyPage, fn: (arg: A) => R, arg: A): Promise<R> =>
  (isPlaywright(page) ? page.evaluate(fn as (arg: unknown) => R, arg) : page.evaluate(fn as (arg: unknown) => R, arg)) as Promise<R>;

/**
 * Waits until the content script has highlighted `count` facts or more (any, by default), then
 * returns the highlighted text by highlight name (newsfacts-figure, newsfacts-place-county...),
 * each list in document order. Chromium and Firefox alike.
 */
export async function highlightedTexts(page: AnyPage, count = 1): Promise<Record<string, string[]>> {
  const size = () => evaluateIn(page, () => [...CSS.highlights].reduce((n, [name, h]) => n + (name.startsWith('newsfacts-') ? h.size : 0), 0), null);
  // the first page of a browser also waits for the background to load the gazetteer
  await waitFor(size, (n) => n >= count, `${count} highlighted facts`);
  return evaluateIn(page, () => {
    const byName: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('newsfacts-') || name === 'newsfacts-flash') continue;
      const ranges = [...highlight] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      byName[name] = ranges.map((range) => range.toString());
    }
    return byName;
  }, null);
}

/** The id of the first tab whose URL is `url`, asked in the extension's service worker. */
export const tabWithUrl = (worker: Worker, url: string): Promise<number> =>
  worker.evaluate(async (wanted) => {
    const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
    return (await chrome.tabs.query({})).find((tab) => tab.url === wanted)!.id!;
  }, url);
