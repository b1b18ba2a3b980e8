// The extension in Firefox ESR on a regional paper page: the same highlights as the engine finds,
// a page byte for byte and box for box the one Firefox shows without the extension, the hover
// card beside the text, the reader's keyboard stepping from fact to fact, and the popup over the
// page (opened by its moz-extension:// address: the toolbar button is browser chrome no driver
// clicks). The helpers are the Chromium tests' (tests/e2e/browser.ts, card.ts, page-state.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messaging/protocol';
import { FLASH_HIGHLIGHT } from '../../lib/page/highlight-names';
import { summarizePlaces, type PlaceNode } from '../../lib/summary/place-tree';
import { serveFolder } from '../../scripts/chromium.mjs';
import { highlightedTexts } from '../e2e/browser';
import { cardState, hoverFact } from '../e2e/card';
import { expectedHighlights, readPageState } from '../e2e/page-state';
import { launchFirefox, navigateToExtensionPage, openExtensionPage, pressStepShortcut, SCREENSHOT_DIR, type Firefox } from './firefox';

const FIXTURES = new URL('../e2e/fixtures/', import.meta.url).pathname;

let server: { url: string; close(): Promise<void> };
let firefox: Firefox;
let plainFirefox: Firefox;
let page: Page;
let highlighted: Record<string, string[]>;
const url = (file: string) => new URL(file, server.url).href;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveFolder(FIXTURES);
  [firefox, plainFirefox] = await Promise.all([launchFirefox(), launchFirefox({ extension: false })]);
  page = await firefox.firstPage();
  await page.goto(url('regional-paper.html'));
  highlighted = await highlightedTexts(page, 20);
});

afterAll(async () => {
  await Promise.all([firefox?.close(), plainFirefox?.close()]);
  await server?.close();
});

describe('Firefox on a regional paper page', () => {
  it('highlights exactly what the engine finds in the article', async () => {
    const plain = await plainFirefox.firstPage();
    await plain.goto(url('regional-paper.html'));
    const article = await readPageState(plain, 'h1, .TRS_Editor p');
    expect(highlighted).toEqual(await expectedHighlights(article.blockTexts));
    expect(highlighted['newsfacts-place-county']).toContain('沂源县');
  });

  it('leaves the DOM, the text and the layout exactly as without the extension', async () => {
    const plain = await plainFirefox.firstPage();
    await plain.goto(url('regional-paper.html'));
    const without = await readPageState(plain);
    const withExtension = await readPageState(page);
    expect(withExtension.html).toBe(without.html);
    expect(withExtension.innerText).toBe(without.innerText);
    expect(withExtension.blockRects).toEqual(without.blockRects);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'regional-paper.png') });
  });

  it('opens the hover card of a figure and of a place, beside the text', async () => {
    await hoverFact(page, '1.35亿元');
    const figure = (await cardState(page))!;
    expect(figure.text).toContain('135,000,000 CNY (135 million)');
    expect(figure.text).toMatch(/沂源县\s*·\s*累计投入财政资金\s*·\s*1\.35亿元/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    await page.mouse.move(1, 1);
    await hoverFact(page, '沂源县');
    // the place's facts come from the background page after the card opens
    await expect.poll(async () => (await cardState(page))?.text ?? '', { timeout: 10_000 }).toContain('370323000000');
    expect((await cardState(page))!.text).toContain('Yiyuan County');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'hover-card.png') });
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
  });

  it('steps to the next fact and opens its card on the reader’s Alt+Shift+N', async () => {
    await pressStepShortcut(page);
    await expect.poll(async () => (await cardState(page))?.text ?? '', { timeout: 5000 }).not.toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
  });
});

describe('the popup in Firefox', () => {
  let popup: Page;
  let summary: PageSummary;

  beforeAll(async () => {
    popup = await openExtensionPage(firefox, 'popup.html', { width: 360, height: 600 }, { window: true });
    const found = await popup.evaluate(async (wanted) => {
      const api = (globalThis as unknown as { browser: WxtBrowser }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === wanted)!;
      return { id: tab.id!, summary: (await api.tabs.sendMessage(tab.id!, { type: 'nf:summary' })) as PageSummary };
    }, url('regional-paper.html'));
    summary = found.summary;
    await navigateToExtensionPage(popup, `popup.html?tab=${found.id}`);
  });

  it('shows the counts and the place tree the page reports', async () => {
    const figures = summary.items.filter((item) => item.annotation.kind === 'figure').length;
    await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="counts"]')?.textContent ?? '')).toBe(`${figures} figures · ${summary.items.length - figures} places`);
    const names = (nodes: PlaceNode[]): string[] => nodes.flatMap((node) => [node.name, ...names(node.children)]);
    const shown = await popup.evaluate(() => [...document.querySelectorAll('[data-testid="place-tree"] .item-text')].map((el) => el.firstChild!.textContent!.trim()));
    expect(shown).toEqual(names(summarizePlaces(summary.items).tree));
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup.png') });
  });

  it('has the browser’s keyboard commands registered with their shortcuts', async () => {
    // A driver's keys reach the page, never the browser's own shortcuts, so the commands are read
    // from the API; the step keys themselves are tested on the page above.
    const commands = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: WxtBrowser }).browser;
      return (await api.commands.getAll()).map((c) => [c.name, c.shortcut]).sort();
    });
    expect(commands).toEqual([['next-fact', 'Alt+Shift+N'], ['previous-fact', 'Alt+Shift+P'], ['save-selection', 'Alt+Shift+S']]);
  });

  it('flashes a place on the page when its entry is clicked', async () => {
    const box = await popup.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? '').startsWith('Show 沂源县 on the page'))!;
      // the popup scrolls (the facts table comes first): a real pointer clicks what it can see
      button.scrollIntoView({ block: 'center' });
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    // The flash lasts FLASH_MS: the page itself watches for it from before the click, as asking
    // it from here, one round trip at a time on a busy machine, could fall between two looks.
    const flashed = page.evaluate(
      (name) =>
        new Promise<string[]>((resolve) => {
          const look = setInterval(() => {
            const flash = CSS.highlights.get(name);
            if (!flash?.size) return;
            clearInterval(look);
            resolve([...flash].map(String));
          }, 10);
        }),
      FLASH_HIGHLIGHT,
    );
    await popup.mouse.click(box.x, box.y);
    expect(await flashed).toEqual(['沂源县']);
  });
});
