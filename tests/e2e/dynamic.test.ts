// Pages that change after load: paragraphs that arrive later and text that a "read more" button
// reveals get their highlights, those already shown stay, and nothing outside the article is
// read; a site switched off loses every highlight at once and is annotated again when switched on.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, openInFirstTab, startTestEnvironment, type TestEnvironment } from './browser';

// The figures of the page as it loads (headline and first paragraphs), and of the paragraphs that come later.
const FIRST = ['前三季度', '百亿元', '前三季度', '102.4亿元', '8.3%', '326家', '41家', '2.1万人'];
const LATER = ['2027年', '亿元', '15家', '150亿元', '3000万元'];

let env: TestEnvironment;
let worker: Worker;
let page: Page;

const figures = async () => (await highlightedTexts(page))['newsfacts-figure'] ?? [];
const highlightCount = () =>
  page.evaluate(() => [...CSS.highlights].reduce((n, [name, h]) => n + (name.startsWith('newsfacts-') ? h.size : 0), 0));

// Stores settings as the options page does (they are read through normalizeSettings).
const storeSettings = (settings: object) =>
  worker.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings: value });
  }, settings);

beforeAll(async () => {
  env = await startTestEnvironment();
  worker = env.withExtension.serviceWorkers()[0];
  page = await openInFirstTab(env.withExtension, env.fixtureUrl('load-more.html'));
});

afterAll(async () => {
  await env?.close();
});

describe('a page that loads more of the article later', () => {
  it('highlights the paragraphs that arrive, keeping the first ones as they were', async () => {
    await expect.poll(figures, { timeout: 10_000 }).toEqual(FIRST);
    // The very ranges shown before the paragraphs arrive are shown after: nothing is read again.
    const stashed = await page.evaluate(() => {
      const keep = window as unknown as { firstRanges: AbstractRange[] };
      keep.firstRanges = [...CSS.highlights.get('newsfacts-figure')!];
      return document.body.dataset.loaded ?? 'not yet';
    });
    expect(stashed).toBe('not yet');
    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    await expect.poll(figures, { timeout: 10_000 }).toEqual([...FIRST, ...LATER]);
    const kept = await page.evaluate(() => {
      const { firstRanges } = window as unknown as { firstRanges: AbstractRange[] };
      return firstRanges.every((range) => CSS.highlights.get('newsfacts-figure')!.has(range));
    });
    expect(kept).toBe(true);
  });

  it('leaves the comments that arrive, and the menu, alone', async () => {
    const all = Object.values(await highlightedTexts(page)).flat();
    expect(all).not.toContain('20%');
    expect(all).not.toContain('8亿元');
  });

  it('highlights what "read more" reveals', async () => {
    await page.getByRole('button', { name: '展开全文' }).click();
    await expect.poll(figures, { timeout: 10_000 }).toContain('58个');
    expect(await figures()).toEqual([...FIRST, ...LATER, '58个', '12万人次']);
  });

  it('removes every highlight when the site is switched off, and annotates again when on', async () => {
    const before = await highlightedTexts(page);
    await storeSettings({ sites: { '127.0.0.1': false } });
    await expect.poll(highlightCount, { timeout: 5000 }).toBe(0);
    await storeSettings({ sites: { '127.0.0.1': true } });
    await expect.poll(highlightCount, { timeout: 10_000 }).toBe(Object.values(before).flat().length);
    expect(await highlightedTexts(page)).toEqual(before);
  });

  it('shows only the categories switched on', async () => {
    const before = await highlightedTexts(page);
    await storeSettings({ categories: { figure: false, place: true } });
    await expect.poll(async () => Object.keys(await highlightedTexts(page).catch(() => ({}))), { timeout: 5000 }).not.toContain('newsfacts-figure');
    const places = Object.entries(before).filter(([name]) => name !== 'newsfacts-figure');
    expect(Object.entries(await highlightedTexts(page))).toEqual(places);
    await storeSettings({});
    await expect.poll(() => highlightedTexts(page), { timeout: 5000 }).toEqual(before);
  });
});
