// The collection's region filter finds a figure through its subject, in Chromium with the built
// extension: on a page about 潍坊 whose sentence says only 全市 (全市新登记市场主体5.6万户), every
// fact is saved; filtering the collection on 潍坊市 finds that figure, filtering on 寿光市 (a city
// inside it that the page names in another sentence) does not.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../lib/collection/store';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';
import { highlightedTexts, tabWithUrl } from './browser';
import { storedItemsIn } from './stored-items';
import { waitFor } from './wait';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');
const FIXTURES = fileURLToPath(new URL('./fixtures/collect/', import.meta.url));
const PAGE = 'weifang-consumption.html';
const WEIFANG = '370700000000';
const SHOUGUANG = '370783000000';
const FIGURE = '5.6万户';

let server: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; extensionId: string; close(): Promise<void> };
let worker: Worker;
let view: Page;

/** The collection view's result texts once the place picker has `code` chosen. */
async function resultsAfter(code: string): Promise<string[]> {
  const button = view.getByTestId('place-picker').locator(`li[data-code="${code}"] > button`);
  await button.click();
  await view.getByTestId('place-picker').locator(`li[data-code="${code}"] > button[aria-pressed="true"]`).waitFor();
  return view.getByTestId('results').locator('article').allTextContents();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFolder(FIXTURES);
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = new URL(PAGE, server.url).href;
  await page.goto(url);
  await highlightedTexts(page, 5);
  const { saved } = await worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
    return (await chrome.tabs.sendMessage(id, { type: 'nf:save-page' })) as { saved: number };
  }, await tabWithUrl(worker, url));
  expect(saved).toBeGreaterThan(3);
  await waitFor(() => worker.evaluate(storedItemsIn, DB_NAME), (items) => items.length >= saved, `the ${saved} saved items in the store`);
  view = await browser.context.newPage();
  await view.goto(`chrome-extension://${browser.extensionId}/collection.html`);
  await view.getByTestId('place-picker').locator(`li[data-code="${WEIFANG}"]`).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the region filter', () => {
  it('finds a figure whose sentence names no place through the city the article is about', async () => {
    const figure = (await worker.evaluate(storedItemsIn, DB_NAME)).find((item) => item.text === FIGURE)!;
    // the sentence says only 全市: the place is the article's
    expect(figure.fact?.sentence).toContain('全市');
    expect(figure.fact?.sentence).not.toContain('潍坊');
    expect(figure.fact?.subject).toMatchObject({ code: WEIFANG, name: '潍坊市' });
    const results = await resultsAfter(WEIFANG);
    expect(results.some((text) => text.includes(FIGURE))).toBe(true);
    await view.screenshot({ path: join(SCREENSHOT_DIR, 'collection-region-filter.png') });
  });

  it('does not find it through a city inside it that another sentence names', async () => {
    const results = await resultsAfter(SHOUGUANG);
    expect(results.some((text) => text.includes('8900户'))).toBe(true);
    expect(results.some((text) => text.includes(FIGURE))).toBe(false);
  });
});
