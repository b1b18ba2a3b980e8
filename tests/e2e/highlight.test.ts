// The content script in Chromium with the built extension: per-category highlights of exactly
// what the engine finds in the article, nothing in the page's boilerplate, and a page that is
// byte for byte and pixel for pixel the one without the extension.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, openInFirstTab, startTestEnvironment, type TestEnvironment } from './browser';
import { cardText, hoverFact } from './card';
import { expectedHighlights, readPageState, type PageState } from './page-state';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');
let env: TestEnvironment;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  env = await startTestEnvironment();
});

afterAll(async () => {
  await env?.close();
});

describe('the content script on a regional paper page', () => {
  let page: Page;
  let highlighted: Record<string, string[]>;
  let plain: PageState;

  beforeAll(async () => {
    const url = env.fixtureUrl('regional-paper.html');
    // The article: its headline and paragraphs (not the source line and byline, crumbs, share bar, ad or comments).
    plain = await readPageState(await openInFirstTab(env.plain, url), 'h1, .TRS_Editor p');
    page = await openInFirstTab(env.withExtension, url);
    highlighted = await highlightedTexts(page, 20);
  });

  it('highlights exactly what the engine finds in the article, one highlight per category and shade', async () => {
    expect(plain.blockTexts[0]).toBe('沂源县今年苹果产量预计达86.5万吨');
    expect(highlighted).toEqual(await expectedHighlights(plain.blockTexts));
    expect(highlighted['newsfacts-figure']).toContain('31.2万亩');
    expect(highlighted['newsfacts-place-county']).toContain('沂源县');
    expect(highlighted['newsfacts-place-prefecture']).toContain('淄博市');
  });

  it('highlights nothing in the masthead, menus, sidebar, ads, comments or footer', () => {
    const all = Object.values(highlighted).flat().join('|');
    for (const outside of ['12万人次', '3亿元', '3万次', '6800元', '15万元', '38条', '2元', '15亩', '6.1%', '5230人', '612公斤', '0533']) {
      expect(all).not.toContain(outside);
    }
  });

  it('leaves the DOM, the text and the layout exactly as without the extension', async () => {
    const plainPage = await readPageState(await openInFirstTab(env.plain, env.fixtureUrl('regional-paper.html')));
    const annotated = await readPageState(page);
    expect(annotated.html).toBe(plainPage.html);
    expect(annotated.innerText).toBe(plainPage.innerText);
    expect(annotated.blockRects).toEqual(plainPage.blockRects);
  });

  it('renders the highlights (screenshot for a human to look at)', async () => {
    const path = join(SCREENSHOT_DIR, 'regional-paper.png');
    await page.screenshot({ path, fullPage: true });
    console.log(`screenshot: ${path}`);
  });
});

describe('the content script on a county report', () => {
  it('leaves out hidden text, form fields and scripts, and joins a figure split over markup', async () => {
    const page = await env.withExtension.newPage();
    await page.goto(env.fixtureUrl('county-report.html'));
    const figures = (await highlightedTexts(page, 10))['newsfacts-figure'];
    expect(figures).toContain('3642.40亿元');
    for (const decoy of ['999亿元', '888万元', '666人', '777元', '555万元']) expect(figures.join('|')).not.toContain(decoy);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'county-report.png'), fullPage: true });
    await page.close();
  });

  it('highlights the demo page too', async () => {
    const demo = await env.withExtension.newPage();
    await demo.goto(env.demoUrl('zibo-news.html'));
    expect((await highlightedTexts(demo, 10))['newsfacts-figure']).toContain('412.6亿元');
    // the page states no date in its markup: 一季度 takes its year from the byline under the headline (2023-05-12 08:30)
    await hoverFact(demo, '一季度');
    expect(await cardText(demo)).toContain('2023-Q1');
    await demo.screenshot({ path: join(SCREENSHOT_DIR, 'zibo-news.png'), fullPage: true });
    await demo.close();
  });
});
