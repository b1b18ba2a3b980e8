// A 1 MB news page: the content script reads it in slices, sends it in chunks and applies the
// answers chunk by chunk, and every fact ends up highlighted. Prints the timings for the record;
// the budget (no long task over 50 ms) is checked by the benchmark.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPlaces } from '../../bench/corpus-node';
import { newsPage } from '../../bench/pages';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';

const PAGE_BYTES = 1024 * 1024;
const VIEWPORT = { width: 1280, height: 900 };
/** Fewer facts than the page holds (about 30,000), more than its first 100,000 characters give. */
const MOST_FACTS = 10_000;

interface Timings {
  longTasks: number[];
  firstHighlightMs: number;
  doneMs: number;
  facts: number;
}

// Opens the page and watches it: long tasks after the page's own load, and highlights as they come.
async function measure(context: BrowserContext, url: string, withExtension: boolean): Promise<Timings> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: Array<[number, number]> };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  const count = () =>
    page.evaluate(() => [...CSS.highlights].reduce((n, [name, h]) => n + (name.startsWith('newsfacts-') ? h.size : 0), 0));
  let firstHighlightMs = 0;
  let doneMs = 0;
  if (withExtension) {
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 60_000, polling: 10 });
    firstHighlightMs = await page.evaluate(() => performance.now());
    // past its first 100,000 characters a page is read as the reader nears the rest: to the end at once
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // the page holds tens of thousands of facts: wait for most of them (a busy machine answers
    // chunks slowly, and a quiet second alone could come between two of them)
    await expect.poll(count, { timeout: 120_000 }).toBeGreaterThan(MOST_FACTS);
    // done: the count has not changed for a second
    let last = -1;
    for (let n = await count(); n !== last; n = await count()) {
      last = n;
      doneMs = await page.evaluate(() => performance.now());
      await page.waitForTimeout(1000);
    }
  } else {
    await page.waitForTimeout(3000);
  }
  const result = await page.evaluate(() => {
    const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const { longTasks } = window as unknown as { longTasks: Array<[number, number]> };
    return longTasks.filter(([start]) => start >= loaded.loadEventEnd).map(([, duration]) => Math.round(duration));
  });
  const facts = withExtension ? await count() : 0;
  await page.close();
  return { longTasks: result, firstHighlightMs: Math.round(firstHighlightMs), doneMs: Math.round(doneMs), facts };
}

let dir: string;
let server: Awaited<ReturnType<typeof serveFolder>>;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-large-'));
  writeFileSync(join(dir, 'large.html'), newsPage(PAGE_BYTES, await benchPlaces()));
  server = await serveFolder(dir);
  url = new URL('large.html', server.url).href;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a 1 MB page', () => {
  it('is annotated in full (its timings printed for the record)', async () => {
    const plain = await launchChromium({ extension: false, viewport: VIEWPORT });
    const withExtension = await launchChromium({ viewport: VIEWPORT });
    try {
      const without = await measure(plain.context, url, false);
      const timings = await measure(withExtension.context, url, true);
      console.log(
        `1 MB page: ${timings.facts} facts highlighted; first highlight ${timings.firstHighlightMs} ms, ` +
          `all ${timings.doneMs} ms after navigation; long tasks after load: ${JSON.stringify(timings.longTasks)} ` +
          `(without the extension: ${JSON.stringify(without.longTasks)})`,
      );
      // The long-task budget is measured by npm run bench (bench/extension.bench.ts), not asserted
      // here: a timing depends on the machine's load, a test must not.
      expect(timings.facts).toBeGreaterThan(MOST_FACTS);
    } finally {
      await Promise.all([plain.close(), withExtension.close()]);
    }
  }, 180_000);
});
