// Article finding on pages of many shapes (tests/e2e/fixtures/articles/: news with hero banners,
// blogs, documentation, nested tables, custom elements, forms that shadow element properties,
// comments and related rails, boilerplate words on <body>, Chinese regional papers, a page mixing
// English and Chinese). Each page marks its own article text; in real Chromium, the scope NewsFacts
// annotates is measured against it, and so is what @mozilla/readability extracts, for the record.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';
import type { PageMeasure } from './article-probe';

const PAGES_DIR = fileURLToPath(new URL('./fixtures/articles', import.meta.url));
const PAGES = readdirSync(PAGES_DIR).filter((file) => file.endsWith('.html')).sort();
/** The goal: on every page at least this share of the article in scope, and at most that share of the scope outside it. */
const LEAST_ARTICLE_IN_SCOPE = 0.95;
const MOST_SCOPE_NOT_ARTICLE = 0.1;

let browser: { context: BrowserContext; close(): Promise<void> };
let server: Awaited<ReturnType<typeof serveFolder>>;
let probe: string;
const measures = new Map<string, PageMeasure>();

async function measurePage(context: BrowserContext, file: string): Promise<PageMeasure> {
  const page = await context.newPage();
  try {
    await page.goto(new URL(file, server.url).href);
    await page.addScriptTag({ content: probe });
    return await page.evaluate(() => (window as unknown as { articleProbe: { measure(): PageMeasure } }).articleProbe.measure());
  } finally {
    await page.close();
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(7);

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./article-probe.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'articleProbe',
    write: false,
  });
  probe = bundle.outputFiles[0].text;
  server = await serveFolder(PAGES_DIR);
  browser = await launchChromium({ extension: false });
  for (const file of PAGES) measures.set(file, await measurePage(browser.context, file));
  const rows = PAGES.map((file) => {
    const { newsfacts: n, readability: r, readerable } = measures.get(file)!;
    return `${file.padEnd(30)} ${percent(n.articleInScope)} ${percent(n.scopeNotArticle)}   ${percent(r.articleInScope)} ${percent(r.scopeNotArticle)}  ${readerable ? 'yes' : 'no '}`;
  });
  console.log(
    [`${PAGES.length} pages: article in scope, scope not article — NewsFacts | Readability, readerable`, ...rows].join('\n'),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the article scope', () => {
  it('is measured on at least 20 page shapes', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PAGES)('holds the article of %s and little else', (file) => {
    const { newsfacts } = measures.get(file)!;
    expect(newsfacts.error).toBeUndefined();
    expect(newsfacts.articleInScope, `article text out of scope: ${newsfacts.missed.join(' | ')}`).toBeGreaterThanOrEqual(LEAST_ARTICLE_IN_SCOPE);
    expect(newsfacts.scopeNotArticle, `text in scope outside the article: ${newsfacts.strays.join(' | ')}`).toBeLessThanOrEqual(MOST_SCOPE_NOT_ARTICLE);
  });
});
