// A very long article is annotated from its start, and the rest as the reader scrolls to it; a
// ticker that replaces its text all the time inside the article costs no error or warning.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';

/** Paragraphs of about 450 characters: 1,000 of them are about 450,000 characters, far past what is read at once. */
const PARAGRAPHS = 1000;

// Each paragraph names its own number in a figure (第N个项目), so where reading stopped can be told.
function paragraph(n: number): string {
  const filler = '项目建成后将带动周边村庄发展特色种植和乡村旅游，为当地群众提供更多就近就业岗位，同时改善道路、供水和电网等基础设施条件。'.repeat(6);
  return `<p>全县第${n}个重点项目完成投资${n}万元。${filler}</p>`;
}

const LONG_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>全县重点项目建设进展一览_县融媒体中心</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/xw">新闻</a></div>
<div class="article"><h1>全县重点项目建设进展一览</h1>${Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1)).join('\n')}</div>
<div class="footer">版权所有</div></body></html>`;

// A market ticker inside the article replaces its text node every few milliseconds.
const TICKER_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>今日行情_财经频道</title></head>
<body><div class="nav"><a href="/">首页</a></div>
<div class="article"><h1>今日行情</h1>
<p>今年前三季度，全市规模以上工业增加值增长6.2%，固定资产投资增长5.1%，社会消费品零售总额达到812亿元。</p>
<p id="ticker">沪指报3051点，上涨0.8%</p>
<p>全市外贸进出口总额完成1560亿元，同比增长7.4%，其中出口980亿元。</p></div>
<script>
  window.tickerChanges = 0;
  setInterval(() => {
    const points = 3000 + Math.round(Math.random() * 100);
    document.getElementById('ticker').textContent = '沪指报' + points + '点，上涨' + (Math.random() * 2).toFixed(1) + '%';
    window.tickerChanges++;
  }, 5);
</script></body></html>`;

let dir: string;
let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-long-'));
  writeFileSync(join(dir, 'long.html'), LONG_PAGE);
  writeFileSync(join(dir, 'ticker.html'), TICKER_PAGE);
  server = await serveFolder(dir);
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const shows = (figure: string) =>
  [...CSS.highlights].some(([name, h]) => name.startsWith('newsfacts-') && [...(h as unknown as Iterable<Range>)].some((r) => r.toString() === figure));
// Waits until `figure` is highlighted.
const highlighted = (page: Page, figure: string) => page.waitForFunction(shows, figure, { timeout: 60_000 });
const isHighlighted = (page: Page, figure: string) => page.evaluate(shows, figure);
// The figure of paragraph `n`.
const investment = (n: number) => `${n}万元`;

describe('a very long article', () => {
  it('is annotated from its start, and to its end as the reader scrolls there', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL('long.html', server.url).href);
    // paragraph 150 lies within the first 100,000 characters
    await highlighted(page, investment(150));
    expect(await isHighlighted(page, investment(PARAGRAPHS))).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await highlighted(page, investment(PARAGRAPHS));
    await page.close();
  });
});

describe('a ticker inside the article', () => {
  it('costs no error or warning while the rest is annotated', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.text().includes('[NewsFacts]') || message.location().url.startsWith('chrome-extension:')) problems.push(message.text());
    });
    await page.goto(new URL('ticker.html', server.url).href);
    await highlighted(page, '1560亿元');
    // the page watcher reads the ticker again at least once a second: let it do so a few times
    await page.waitForFunction(() => (window as unknown as { tickerChanges: number }).tickerChanges >= 600, undefined, { timeout: 60_000 });
    expect(problems).toEqual([]);
    await page.close();
  });
});
