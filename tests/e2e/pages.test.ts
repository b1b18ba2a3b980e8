// An English news page and a page with an iframe: the article is annotated, the rest is not.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, openInFirstTab, startTestEnvironment, type TestEnvironment } from './browser';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');
let env: TestEnvironment;

beforeAll(async () => {
  env = await startTestEnvironment();
});

afterAll(async () => {
  await env?.close();
});

/** Every highlighted text of the page's frames, all categories together. */
const allHighlighted = (byName: Record<string, string[]>) => Object.values(byName).flat();

describe('an English news page', () => {
  let page: Page;
  let highlighted: Record<string, string[]>;

  beforeAll(async () => {
    page = await openInFirstTab(env.withExtension, env.fixtureUrl('english-news.html'));
    highlighted = await highlightedTexts(page, 12);
  });

  it('highlights the figures of the article with their English forms', () => {
    const figures = highlighted['newsfacts-figure'];
    for (const f of ['2.8 billion yuan', '14.5%', '18,000 people', 'third', 'May 30', '45,000 visitors']) expect(figures).toContain(f);
  });

  it('links the places of the article by their pinyin names', () => {
    expect(highlighted['newsfacts-place-prefecture']).toEqual(expect.arrayContaining(['Zibo', 'Zibo City', 'Jinan', 'Qingdao']));
    expect(highlighted['newsfacts-place-county']).toContain('Boshan District');
  });

  it("leaves the byline out: the article's text is its headline and paragraphs", () => {
    const all = allHighlighted(highlighted);
    expect(all).not.toContain('June 2, 2023');
    expect(all).not.toContain('Shandong Province');
  });

  it('renders the highlights (screenshot for a human to look at)', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'english-news.png') });
  });

  it('leaves the menu, sidebar, comments and footer alone', () => {
    const all = allHighlighted(highlighted).join('|');
    for (const outside of ['$9.99', '12%', '40 sets', '0533', 'Subscribe']) expect(all).not.toContain(outside);
  });
});

describe('a page with an iframe', () => {
  let page: Page;
  let highlighted: Record<string, string[]>;

  beforeAll(async () => {
    page = await openInFirstTab(env.withExtension, env.fixtureUrl('iframe-news.html'));
    highlighted = await highlightedTexts(page, 6);
  });

  it('annotates the article of the page', () => {
    expect(highlighted['newsfacts-figure']).toEqual(expect.arrayContaining(['86万人次', '23.5%', '4.3亿元', '12场次', '46家']));
    expect(highlighted['newsfacts-place-county']).toContain('周村区');
  });

  it('leaves the embedded frame (an advertisement) as it is', async () => {
    const frame = page.frames().find((f) => f.url().endsWith('iframe-ad.html'))!;
    expect(frame).toBeDefined();
    const sizes = await frame.evaluate(() => [...CSS.highlights].filter(([name]) => name.startsWith('newsfacts-')).map(([, h]) => h.size));
    expect(sizes.every((n) => n === 0)).toBe(true);
    expect(await frame.evaluate(() => document.querySelectorAll('newsfacts-mark').length)).toBe(0);
  });
});
