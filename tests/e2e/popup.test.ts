// The popup and the options page in Chromium with the built extension, over a regional news
// page: the popup lists what the content script reports, reveals it on the page, switches the
// site off and on; the options page saves; the badge counts the page's facts.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLASH_HIGHLIGHT } from '../../lib/page/highlight-names';
import type { UiLang } from '../../lib/i18n';
import type { PageSummary } from '../../lib/messaging/protocol';
import { groupFigures } from '../../lib/summary/figure-groups';
import { formatFigureValue } from '../../lib/summary/figure-value';
import { summarizePlaces, type PlaceNode } from '../../lib/summary/place-tree';
import { openInFirstTab, startTestEnvironment, tabWithUrl, type TestEnvironment } from './browser';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');
const FIXTURE = 'shouguang-vegetables.html';
const HOST = '127.0.0.1';

let env: TestEnvironment;
let worker: Worker;
let news: Page;
let tabId: number;
let summary: PageSummary;

// Functions run in the service worker get the extension API from its global `chrome`; they cannot
// close over anything in Node, so each one names it again.
const askSummary = () =>
  worker.evaluate((tab) => {
    const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
    return chrome.tabs.sendMessage(tab, { type: 'nf:summary' }) as Promise<PageSummary>;
  }, tabId);

/** The page's summary once the content script has finished: two answers a moment apart agree. */
async function settledSummary(): Promise<PageSummary> {
  let previous: PageSummary | undefined;
  for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((done) => setTimeout(done, 500))) {
    const answer = await askSummary().catch(() => undefined);
    if (answer?.items.length && answer.items.length === previous?.items.length) return answer;
    previous = answer;
  }
  throw new Error(`The page's summary did not settle: last ${JSON.stringify(previous)?.slice(0, 200)}`);
}

/** Sizes of the page's NewsFacts highlights other than the flash, by name. */
const highlightSizes = (page: Page) =>
  page.evaluate((flash) => {
    const sizes: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('newsfacts-') && name !== flash) sizes[name] = highlight.size;
    });
    return sizes;
  }, FLASH_HIGHLIGHT);

const totalSize = (sizes: Record<string, number>) => Object.values(sizes).reduce((a, b) => a + b, 0);

/** The text of the flash highlight's ranges, once there are any. */
async function flashed(page: Page): Promise<string[]> {
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, FLASH_HIGHLIGHT, { timeout: 5000 });
  return page.evaluate((name) => [...CSS.highlights.get(name)!].map((range) => range.toString()), FLASH_HIGHLIGHT);
}

async function openPopup(): Promise<Page> {
  const popup = await env.withExtension.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${env.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('counts').waitFor();
  return popup;
}

async function setLanguage(language: UiLang): Promise<void> {
  const options = await env.withExtension.newPage();
  await options.goto(`chrome-extension://${env.extensionId}/options.html`);
  await options.locator('#language').selectOption(language);
  await expect.poll(() => options.getByTestId('save-status').textContent()).not.toBe('');
  await options.close();
}

/** The tree as the popup shows it: "name count" lines indented by depth. */
const shownTree = (popup: Page) =>
  popup.getByTestId('place-tree').evaluate((tree) => {
    const lines: string[] = [];
    const walk = (list: Element, depth: number) => {
      for (const li of list.querySelectorAll(':scope > li')) {
        const button = li.querySelector(':scope > button')!;
        const name = button.querySelector('.item-text')!.firstChild!.textContent!.trim();
        lines.push(`${'  '.repeat(depth)}${name} ${button.querySelector('.count')!.textContent}`);
        const children = li.querySelector(':scope > ul');
        if (children) walk(children, depth + 1);
      }
    };
    walk(tree.querySelector(':scope > ul')!, 0);
    return lines;
  });

const expectedTree = (nodes: PlaceNode[], depth = 0): string[] =>
  nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.name} ${node.count}`, ...expectedTree(node.children, depth + 1)]);

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  env = await startTestEnvironment();
  worker = env.withExtension.serviceWorkers()[0];
  news = await openInFirstTab(env.withExtension, env.fixtureUrl(FIXTURE));
  tabId = await tabWithUrl(worker, env.fixtureUrl(FIXTURE));
  summary = await settledSummary();
});

afterAll(async () => {
  await env?.close();
});

describe('the popup over a regional news page', () => {
  it('shows the site and the counts the page reports', async () => {
    await setLanguage('en');
    const popup = await openPopup();
    expect(await popup.getByTestId('host').textContent()).toBe(HOST);
    expect(await popup.getByRole('switch', { name: 'Annotate this site' }).isChecked()).toBe(true);
    const figures = summary.items.filter((item) => item.annotation.kind === 'figure').length;
    expect(await popup.getByTestId('counts').textContent()).toBe(`${figures} figures · ${summary.items.length - figures} places`);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-en.png'), fullPage: true });
    await popup.close();
  });

  it('shows a table of the page’s facts (place, period, measure, value) in document order, sortable', async () => {
    const popup = await openPopup();
    const rows = () => popup.getByTestId('facts-table').evaluate((table) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const shown = await rows();
    const growth = shown.find((row) => row[3]!.startsWith('12.3%'));
    expect(growth?.slice(0, 3)).toEqual(['纪台镇', 'Q1 2024', '蔬菜交易额同比增长']);
    // document order: as the page's figures come
    const order = summary.items.map((item) => item.annotation.text);
    const positions = shown.map((row) => order.indexOf(row[3]!.split(' · ')[0]));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    await popup.getByRole('button', { name: 'Place', exact: true }).click();
    const places = (await rows()).map((row) => row[0]).filter(Boolean);
    expect(places).toEqual([...places].sort((a, b) => a!.localeCompare(b!, 'zh')));
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-facts.png'), fullPage: true });
    await popup.close();
  });

  it('shows the places as the tree the page’s places make, down to the village', async () => {
    const popup = await openPopup();
    const tree = await shownTree(popup);
    expect(tree).toEqual(expectedTree(summarizePlaces(summary.items).tree));
    // The article is about 纪台镇 in 寿光市: the chain the gazetteer gives is all there.
    const chain = ['山东省', '潍坊市', '寿光市', '纪台镇', '王府村'];
    chain.forEach((name, depth) => expect(tree.some((line) => line.startsWith(`${'  '.repeat(depth)}${name} `)), name).toBe(true));
    await popup.close();
  });

  it('groups the figures by type with their normalised values, as the page has them', async () => {
    const popup = await openPopup();
    const shown = await popup.getByTestId('figure-groups').evaluate((groups) =>
      [...groups.querySelectorAll('.group')].map((group) => ({
        type: group.getAttribute('data-group'),
        entries: [...group.querySelectorAll('button')].map((b) => [b.querySelector('.figure-text')!.textContent, b.querySelector('.value')!.textContent]),
      })),
    );
    const expected = groupFigures(summary.items).map((group) => ({
      type: group.type,
      entries: group.entries.map((entry) => [entry.text, formatFigureValue(entry.figure, 'en')]),
    }));
    expect(shown).toEqual(expected);
    expect(shown.find((group) => group.type === 'money')?.entries).toContainEqual(['1.2亿元', '120,000,000 CNY (120 million)']);
    await popup.close();
  });

  it('flashes an item on the page when clicked, and on Enter', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: /^Show 王府村 on the page/ }).click();
    expect(await flashed(news)).toEqual(['王府村']);
    // Wait for that flash to end, then reveal a figure from the keyboard.
    await news.waitForFunction((name) => !CSS.highlights.has(name), FLASH_HIGHLIGHT, { timeout: 5000 });
    await popup.getByRole('button', { name: /^Show 1\.2亿元 on the page/ }).focus();
    await popup.keyboard.press('Enter');
    expect(await flashed(news)).toEqual(['1.2亿元']);
    await popup.close();
  });

  it('sets the badge to the number of facts on the page', async () => {
    const badge = () =>
      worker.evaluate((tab) => {
        const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
        return chrome.action.getBadgeText({ tabId: tab });
      }, tabId);
    await expect.poll(badge).toBe(String(summary.items.length));
  });

  it('clears the page’s highlights when the site is switched off, and restores them when on', async () => {
    const before = await highlightSizes(news);
    expect(totalSize(before)).toBe(summary.items.length);
    const popup = await openPopup();
    const siteSwitch = popup.getByRole('switch', { name: 'Annotate this site' });
    await siteSwitch.click();
    await expect.poll(async () => totalSize(await highlightSizes(news)), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => popup.getByTestId('site-off').isVisible()).toBe(true);
    await siteSwitch.click();
    await expect.poll(() => highlightSizes(news), { timeout: 20_000 }).toEqual(before);
    await expect.poll(() => popup.getByTestId('counts').isVisible()).toBe(true);
    await popup.close();
  });

  it('reads in Chinese when the language is set so (screenshot)', async () => {
    await setLanguage('zh');
    const popup = await openPopup();
    expect(await popup.getByRole('switch', { name: '标注此网站' }).isChecked()).toBe(true);
    expect(await popup.locator('h2').allTextContents()).toEqual(['事实', '地名', '数字']);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-zh.png'), fullPage: true });
    await popup.close();
  });

  it('says so on a page without a content script', async () => {
    // opened by the extension, which learns its id so: without the `tabs` permission it sees no about:blank address
    const blankId = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
      return (await chrome.tabs.create({ url: 'about:blank' })).id!;
    });
    const popup = await env.withExtension.newPage();
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html?tab=${blankId}`);
    await popup.getByTestId('unavailable').waitFor();
    await popup.close();
    await worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
      await chrome.tabs.remove(id);
    }, blankId);
  });
});

describe('the options page', () => {
  it('saves a colour, which is still there after a reload (screenshots in both languages)', async () => {
    const options = await env.withExtension.newPage();
    await options.setViewportSize({ width: 800, height: 1300 });
    await options.goto(`chrome-extension://${env.extensionId}/options.html`);
    await options.getByLabel('数字', { exact: true }).fill('#ff8800');
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('已保存');
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-zh.png'), fullPage: true });
    await options.reload();
    expect(await options.getByLabel('数字', { exact: true }).inputValue()).toBe('#ff8800');
    const stored = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
      return (await chrome.storage.local.get('settings')).settings as { colours: { figure: string } };
    });
    expect(stored.colours.figure).toBe('#ff8800');

    await options.locator('#language').selectOption('en');
    await options.getByLabel('Place name or division code').fill('370783');
    await options.getByLabel('Place name or division code').press('Enter');
    await expect.poll(() => options.getByTestId('home-note').textContent()).toContain('寿光市');
    await options.getByLabel('Site address').fill('not a site');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.getByRole('alert').waitFor();
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-en.png'), fullPage: true });
    await options.close();
  });

  it('finds the home region by its name, in Chinese or English, from the gazetteer', async () => {
    const options = await env.withExtension.newPage();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.goto(`chrome-extension://${env.extensionId}/options.html`);
    const field = options.getByLabel('Place name or division code');
    await field.fill('Zhangdian');
    const matches = options.getByTestId('home-matches');
    await matches.getByRole('button').first().waitFor();
    expect(await matches.getByRole('button').first().textContent()).toBe('山东省 › 淄博市 › 张店区 (Zhangdian District)');
    await field.fill('张店');
    await expect.poll(() => matches.getByRole('button').first().textContent()).toContain('张店区');
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-home-search.png') });
    await matches.getByRole('button').first().click();
    await expect.poll(() => options.getByTestId('home-note').textContent()).toBe('山东省 › 淄博市 › 张店区 (Zhangdian District)');
    const stored = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: WxtBrowser };
      return (await chrome.storage.local.get('settings')).settings as { homeRegion: string };
    });
    expect(stored.homeRegion).toBe('370303000000');
    await options.close();
  });
});
