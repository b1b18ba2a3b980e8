// Collecting in Chromium with the built extension, on two regional news pages served from a temp
// folder (so that a page can change between visits at the same address): a fact saved from its
// card with a note, every fact saved from the popup, a selection saved through the dialog that
// nf:save-selection opens; the collection view lists them; a reload finds them again
// (newsfacts-saved), a slightly edited passage is found fuzzily, a removed one becomes an orphan
// the collection view still lists; a place's card on the other page lists the facts saved here.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVED_HIGHLIGHT } from '../../lib/page/highlight-names';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';
import { highlightedTexts, tabWithUrl } from './browser';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');
const FIXTURES = fileURLToPath(new URL('./fixtures/collect/', import.meta.url));
const PAGE = 'zichuan-greenhouses.html';
const OTHER = 'zichuan-roads.html';
const PASSAGE = '村里采取“党支部+合作社+农户”的模式统一建棚，种植面积达1500多亩';
const EDITED = '村里采取“党支部+合作社+农户”的模式统一建棚，种植面积已达1500多亩';

let folder: string;
let server: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; extensionId: string; close(): Promise<void> };
let worker: Worker;
let page: Page;

const pageUrl = () => new URL(PAGE, server.url).href;

/** The open in-page card or dialog: its text, or null while none is shown. */
const shownCard = (tab: Page) =>
  tab.evaluate(() => {
    const cards = [...document.querySelectorAll('newsfacts-ui')].map((host) => host.shadowRoot?.querySelector('.card') as HTMLElement | null);
    return cards.find(Boolean)?.innerText ?? null;
  });

/** Points at the highlighted text `text` (its first range) and waits for its card. */
async function hover(tab: Page, text: string): Promise<void> {
  const box = await tab.evaluate((wanted) => {
    const ranges = [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('newsfacts-') ? [...h] : [])) as Range[];
    const rect = ranges.find((r) => r.toString() === wanted)!.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, text);
  await tab.mouse.move(box.x, box.y, { steps: 2 });
  await expect.poll(async () => (await shownCard(tab)) ?? '', { timeout: 5000 }).toContain(text);
}

/** The saved passages highlighted on the page, in document order. */
async function savedTexts(tab: Page, least = 1): Promise<string[]> {
  await tab.waitForFunction(([name, n]) => (CSS.highlights.get(name as string)?.size ?? 0) >= (n as number), [SAVED_HIGHLIGHT, least] as const, { timeout: 10_000 });
  return tab.evaluate((name) => {
    const ranges = [...CSS.highlights.get(name)!] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, SAVED_HIGHLIGHT);
}

/** The page, reloaded (after its file changed) and annotated again. */
async function reload(): Promise<void> {
  await page.reload();
  await highlightedTexts(page, 10);
}

async function openCollection(): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(`chrome-extension://${browser.extensionId}/collection.html`);
  await tab.getByTestId('counts').waitFor();
  return tab;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  folder = mkdtempSync(join(tmpdir(), 'newsfacts-collect-'));
  for (const file of [PAGE, OTHER]) copyFileSync(join(FIXTURES, file), join(folder, file));
  server = await serveFolder(folder);
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(pageUrl());
  await highlightedTexts(page, 10);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('collecting', () => {
  it('saves a fact from its card, with a note and tags', async () => {
    await hover(page, '1.35亿元');
    const card = page.locator('newsfacts-ui');
    await card.getByRole('button', { name: 'Save', exact: true }).click();
    await card.getByRole('textbox', { name: 'Note' }).fill('比去年多三成');
    await card.getByRole('textbox', { name: /Tags/ }).fill('农业, 大棚');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collect-card-form.png') });
    await card.getByRole('textbox', { name: /Tags/ }).press('Enter');
    await expect.poll(async () => (await shownCard(page)) ?? '', { timeout: 5000 }).toContain('Saved');
    expect(await savedTexts(page)).toEqual(['1.35亿元']);
    await page.keyboard.press('Escape');
  });

  it('saves every fact of the page from the popup, and says how many', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabWithUrl(worker, pageUrl())}`);
    await popup.getByRole('button', { name: 'Save every fact on this page' }).click();
    const saved = await popup.getByTestId('saved').textContent();
    const count = Number(/(\d+)/.exec(saved!)![1]);
    expect(count).toBeGreaterThan(10);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'collect-popup.png') });
    await popup.close();
    expect((await savedTexts(page, count)).length).toBe(count);
  });

  it('saves a selection through the dialog nf:save-selection opens', async () => {
    await page.evaluate((passage) => {
      const paragraph = [...document.querySelectorAll('.content p')].find((p) => p.textContent!.includes(passage))!;
      const text = paragraph.firstChild as Text;
      const start = text.data.indexOf(passage);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + passage.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, PASSAGE);
    await worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
      await chrome.tabs.sendMessage(id, { type: 'nf:save-selection' });
    }, await tabWithUrl(worker, pageUrl()));
    await expect.poll(async () => (await shownCard(page)) ?? '', { timeout: 5000 }).toContain(PASSAGE);
    const dialog = page.locator('newsfacts-ui').getByRole('dialog', { name: 'Save selection' });
    // the note field gets the focus: the reader types at once
    const note = dialog.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => note.evaluate((input) => input.getRootNode() instanceof ShadowRoot && (input.getRootNode() as ShadowRoot).activeElement === input)).toBe(true);
    await page.keyboard.type('合作社统一建棚');
    await dialog.getByRole('textbox', { name: /Tags/ }).fill('台头村');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collect-selection-dialog.png') });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shownCard(page)) ?? '', { timeout: 5000 }).toContain('Saved');
    await page.keyboard.press('Escape');
    expect(await savedTexts(page)).toContain(PASSAGE);
  });

  it('lists the saved items in the collection view, with the note', async () => {
    const view = await openCollection();
    const results = view.getByTestId('results');
    await expect.poll(() => results.textContent(), { timeout: 5000 }).toContain(PASSAGE);
    const text = (await results.textContent())!;
    expect(text).toContain('比去年多三成');
    expect(text).toContain('合作社统一建棚');
    expect(text).toContain('淄川区冬暖式大棚扩面增效');
    expect(text).toContain('2024-11-06');
    await view.screenshot({ path: join(SCREENSHOT_DIR, 'collect-collection.png'), fullPage: true });
    await view.close();
  });

  it('finds the saved items again when the page is reloaded', async () => {
    await reload();
    const saved = await savedTexts(page, 10);
    expect(saved).toContain(PASSAGE);
    expect(saved).toContain('1.35亿元');
    expect(saved).toContain('淄川区');
    // the card of a fact found saved says so
    await page.evaluate(() => window.scrollTo(0, 0));
    await hover(page, '1.35亿元');
    expect(await shownCard(page)).toContain('Saved');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collect-saved-highlights.png') });
    await page.keyboard.press('Escape');
  });

  it('finds a slightly edited passage again, fuzzily', async () => {
    const file = join(folder, PAGE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('种植面积达1500多亩', '种植面积已达1500多亩'));
    await reload();
    const saved = await savedTexts(page, 10);
    expect(saved).toContain(EDITED);
    expect(saved).not.toContain(PASSAGE);
  });

  it('keeps a passage the page lost as an orphan, listed apart in the collection view', async () => {
    const file = join(folder, PAGE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<p>在龙泉镇台头村[^]*?<\/p>/, ''));
    await reload();
    const saved = await savedTexts(page, 5);
    expect(saved).not.toContain(EDITED);
    expect(saved).toContain('1.35亿元');
    const view = await openCollection();
    const orphans = view.getByTestId('orphans');
    await expect.poll(() => orphans.textContent(), { timeout: 10_000 }).toContain(PASSAGE);
    expect(await orphans.textContent()).toContain('合作社统一建棚');
    expect(await view.getByTestId('results').textContent()).toContain('比去年多三成');
    await orphans.scrollIntoViewIfNeeded();
    await view.screenshot({ path: join(SCREENSHOT_DIR, 'collect-orphans.png') });
    await view.close();
  });

  it('lists the facts saved on the first page on a place’s card on another page', async () => {
    const other = await browser.context.newPage();
    await other.goto(new URL(OTHER, server.url).href);
    await highlightedTexts(other, 5);
    await hover(other, '淄川区');
    await expect.poll(async () => (await shownCard(other)) ?? '', { timeout: 5000 }).toContain('Linked facts from your reading');
    const card = (await shownCard(other))!;
    expect(card).toContain('1.35亿元');
    expect(card).toContain('淄川区冬暖式大棚扩面增效');
    const href = await other.locator('newsfacts-ui').getByRole('link').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${pageUrl().replace(/[.?]/g, '\\$&')}#:~:text=`));
    await other.screenshot({ path: join(SCREENSHOT_DIR, 'collect-linked-facts.png') });
    await other.close();
  });
});
