import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { highlightedTexts, openInFirstTab, startTestEnvironment, type TestEnvironment } from './browser';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');
// Every visible text of the fixture sits in one of these blocks, with inline content only.
const TEXT_BLOCKS = 'h1, p, li, td';

interface PageState {
  html: string;
  innerText: string;
  blockTexts: string[];
  blockRects: number[][];
}

function readPageState(page: Page): Promise<PageState> {
  return page.evaluate((selector) => {
    const blocks = [...document.querySelectorAll(selector)];
    return {
      html: document.documentElement.outerHTML,
      innerText: document.body.innerText,
      blockTexts: blocks.map((block) => block.textContent ?? ''),
      blockRects: blocks.map((block) => {
        const rect = block.getBoundingClientRect();
        return [rect.x, rect.y, rect.width, rect.height];
      }),
    };
  }, TEXT_BLOCKS);
}

let env: TestEnvironment;
let page: Page;
let highlighted: string[];
let plain: PageState;

beforeAll(async () => {
  env = await startTestEnvironment();
  const url = env.fixtureUrl('county-report.html');
  page = await openInFirstTab(env.withExtension, url);
  highlighted = await highlightedTexts(page);
  plain = await readPageState(await openInFirstTab(env.plain, url));
});

afterAll(async () => {
  await env?.close();
});

describe('the content script on a news page', () => {
  it('highlights exactly the figures the engine finds in the visible text', () => {
    // the content script searches the visible blocks as one text, one block a line
    const expected = extract(plain.blockTexts.join('\n')).flatMap((annotation) =>
      annotation.kind === 'figure' && !annotation.text.includes('\n') ? [annotation.text] : [],
    );
    expect(highlighted).toEqual(expected);
    // A figure split over <strong>3642.40</strong>亿元 is one range; hidden or non-prose text is not used.
    expect(highlighted).toContain('3642.40亿元');
    for (const decoy of ['999亿元', '888万元', '666人', '777元', '555万元']) {
      expect(highlighted.join('|')).not.toContain(decoy);
    }
  });

  it('leaves the DOM, the text and the layout exactly as without the extension', async () => {
    const annotated = await readPageState(page);
    expect(annotated.html).toBe(plain.html);
    expect(annotated.innerText).toBe(plain.innerText);
    expect(annotated.blockRects).toEqual(plain.blockRects);
  });

  it('renders the highlights (screenshot for a human to look at)', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, 'county-report.png');
    await page.screenshot({ path, fullPage: true });
    console.log(`screenshot: ${path}`);
  });

  it('highlights the demo page too', async () => {
    const demo = await env.withExtension.newPage();
    await demo.goto(env.demoUrl('zibo-news.html'));
    expect(await highlightedTexts(demo)).toContain('412.6亿元');
    await demo.screenshot({ path: join(SCREENSHOT_DIR, 'zibo-news.png'), fullPage: true });
    await demo.close();
  });
});
