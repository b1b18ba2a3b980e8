// The extension on the pages of many shapes in tests/e2e/fixtures/articles (see article-scope.test.ts):
// every page gets highlights, all of them inside the text the page marks as its article, and the
// extension never raises an error or warning there, whatever the markup (forms whose controls
// shadow element properties, boilerplate words on <body>, custom elements).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, startTestEnvironment, type TestEnvironment } from './browser';

const PAGES = readdirSync(fileURLToPath(new URL('./fixtures/articles', import.meta.url)))
  .filter((file) => file.endsWith('.html'))
  .sort();

let env: TestEnvironment;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  env = await startTestEnvironment();
  page = await env.withExtension.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // the extension's own messages (the pages' missing pictures are the server's 404s, not ours)
  page.on('console', (message) => {
    if (message.text().includes('[NewsFacts]') || message.location().url.startsWith('chrome-extension:')) problems.push(`${message.type()}: ${message.text()}`);
  });
});

afterAll(async () => {
  await env?.close();
});

// The highlighted texts outside the page's marked article text.
const highlightsOutsideArticle = () =>
  page.evaluate(() => {
    const outside: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('newsfacts-')) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const holder = range.startContainer.parentElement?.closest('[data-truth]');
        if (holder?.getAttribute('data-truth') !== 'article') outside.push(range.toString());
      }
    }
    return outside;
  });

describe('the extension on pages of many shapes', () => {
  it.each(PAGES)('highlights only the article of %s, without an error', async (file) => {
    problems.length = 0;
    await page.goto(env.fixtureUrl(`articles/${file}`));
    await highlightedTexts(page);
    expect(await highlightsOutsideArticle()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('reads English and Chinese paragraphs of one page each in its own language', async () => {
    await page.goto(env.fixtureUrl('articles/mixed-language.html'));
    const figures = (await highlightedTexts(page, 8))['newsfacts-figure'];
    expect(figures).toEqual(expect.arrayContaining(['18 foreign companies', '3.6 billion yuan', '36亿元', '21.5%', '426家', '10 billion yuan', '100亿元']));
  });

  it('leaves out the photo captions, source line and byline of a regional paper', async () => {
    await page.goto(env.fixtureUrl('articles/zh-regional-paper.html'));
    const all = Object.values(await highlightedTexts(page, 5)).flat();
    expect(all).toEqual(expect.arrayContaining(['3600头', '6.8万头', '20.6亿元']));
    for (const outside of ['2024年4月26日', '5月7日，高青县青城镇黑牛养殖基地', '2024-05-08']) expect(all).not.toContain(outside);
  });
});
