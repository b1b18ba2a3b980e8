// Collecting in Firefox ESR, as tests/e2e/collect.test.ts does in Chromium: a fact saved from its
// card with the real mouse and keyboard lands in the extension's IndexedDB (behind the MV2
// background page, not a service worker), a reload finds it again (its card says Saved), a
// slightly edited passage is found fuzzily, and the collection shows it in its own page and in
// the sidebar's page. The sidebar itself is browser chrome that only the reader opens (Firefox
// has no API for a test to open sidebar_action), so its page is opened in a tab at sidebar width.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_NAME } from '../../lib/collection/store';
import { selectPassageInArticle } from '../e2e/select-passage';
import { storedItemsIn } from '../e2e/stored-items';
import { serveFolder } from '../../scripts/chromium.mjs';
import { highlightedTexts } from '../e2e/browser';
import { cardState, cardText, expectSavedCard, saveFromCard } from '../e2e/card';
import { launchFirefox, openExtensionPage, SCREENSHOT_DIR, type Firefox } from './firefox';

const FIXTURES = fileURLToPath(new URL('../e2e/fixtures/collect/', import.meta.url));
const PAGE = 'zichuan-greenhouses.html';
const FIGURE = '1.35亿元';
const NOTE = '比去年多三成';
const PASSAGE = '村里采取“党支部+合作社+农户”的模式统一建棚，种植面积达1500多亩';

let folder: string;
let server: { url: string; close(): Promise<void> };
let firefox: Firefox;
let page: Page;
/** An extension page kept open to read the store, as the Chromium tests read it in the service worker. */
let extensionPage: Page;

const pageUrl = () => new URL(PAGE, server.url).href;

/** The collection as the extension's store holds it (same origin as the background page). */
const storedItems = () => extensionPage.evaluate(storedItemsIn, DB_NAME);

/** The visible text of an extension page's element `selector`, once it has some. */
const textOf = (tab: Page, selector: string) => tab.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  folder = mkdtempSync(join(tmpdir(), 'newsfacts-ff-collect-'));
  copyFileSync(join(FIXTURES, PAGE), join(folder, PAGE));
  server = await serveFolder(folder);
  firefox = await launchFirefox();
  page = await firefox.firstPage();
  await page.goto(pageUrl());
  await highlightedTexts(page, 10);
  extensionPage = await openExtensionPage(firefox, 'options.html');
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('collecting in Firefox', () => {
  it('saves a fact from its card with a note, into the extension’s IndexedDB', async () => {
    await saveFromCard(page, FIGURE, NOTE);
    const stored = await storedItems();
    expect(stored.map((item) => item.text)).toEqual([FIGURE]);
    expect(stored[0]).toMatchObject({ note: NOTE, url: pageUrl() });
  });

  it('saves a selection through the dialog nf:save-selection opens', async () => {
    await page.evaluate(selectPassageInArticle, PASSAGE);
    // what the Alt+Shift+S command does in the background page (a driver's keys reach the page, not the browser's shortcuts)
    await extensionPage.evaluate(async (wanted) => {
      const api = (globalThis as unknown as { browser: WxtBrowser }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === wanted)!;
      await api.tabs.sendMessage(tab.id!, { type: 'nf:save-selection' });
    }, pageUrl());
    await expect.poll(async () => (await cardState(page))?.focusedField, { timeout: 5000 }).toBe('Note');
    expect(await cardText(page)).toContain(PASSAGE);
    await page.keyboard.type('合作社统一建棚');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await cardText(page)) ?? '', { timeout: 5000 }).toContain('Saved');
    await page.keyboard.press('Escape');
    expect((await storedItems()).map((item) => item.text)).toContain(PASSAGE);
  });

  it('finds the saved items again when the page is reloaded, and an edited passage fuzzily', async () => {
    await page.reload();
    await highlightedTexts(page, 10);
    await expectSavedCard(page, FIGURE);
    const file = join(folder, PAGE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('种植面积达1500多亩', '种植面积已达1500多亩'));
    await page.reload();
    await highlightedTexts(page, 10);
    await expectSavedCard(page, FIGURE);
    expect((await storedItems()).filter((item) => item.orphan)).toEqual([]);
    expect((await storedItems()).map((item) => item.text)).toContain(PASSAGE);
  });

  it('keeps a passage the page lost as an orphan', async () => {
    const file = join(folder, PAGE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<p>在龙泉镇台头村[^]*?<\/p>/, ''));
    await page.reload();
    await highlightedTexts(page, 10);
    const orphans = async () => (await storedItems()).filter((item) => item.orphan).map((item) => item.text);
    await expect.poll(orphans, { timeout: 10_000 }).toEqual([PASSAGE]);
  });

  it('lists the saved fact in the collection page and the sidebar’s page', async () => {
    const view = await openExtensionPage(firefox, 'collection.html');
    await expect.poll(() => textOf(view, '[data-testid="results"]'), { timeout: 10_000 }).toContain(NOTE);
    expect(await textOf(view, '[data-testid="results"]')).toContain(FIGURE);
    await view.screenshot({ path: join(SCREENSHOT_DIR, 'collection.png') });
    await view.close();
    const sidebar = await openExtensionPage(firefox, 'sidepanel.html', { width: 360, height: 800 });
    await expect.poll(() => textOf(sidebar, '[data-testid="results"]'), { timeout: 10_000 }).toContain(NOTE);
    expect(await textOf(sidebar, '[data-testid="counts"]')).toBe('2 of 2 shown');
    await sidebar.screenshot({ path: join(SCREENSHOT_DIR, 'sidebar.png') });
    await sidebar.close();
  });
});
