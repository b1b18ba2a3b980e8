// `npm run bench` (last part): the reader's extension in real Chromium. The first highlight of a
// 20,000-character article after the page's load, with the service worker running (warm) and
// after stopping it through the DevTools protocol (cold), as MV3 does to a worker idle for 30 s;
// a visit that highlights nothing within a minute is a failure, never a time. The first highlight
// is that of the first screenful's preview (lib/page/annotator.ts); "all highlighted" is when the
// article's facts are all shown, as many as with a running worker. Then the service
// worker's heap, the main-thread tasks over 50 ms the extension causes on a 1 MB page, the page
// heap it adds and the content script's size. Needs the built extension (npm run build).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { EXTENSION_DIR, launchChromium, serveFolder } from '../scripts/chromium.mjs';
import { benchPlaces } from './corpus-node';
import { goal, median } from './measure';
import { newsPage } from './pages';

const VIEWPORT = { width: 1280, height: 900 };
const ARTICLE_BYTES = 60_000; // about 20,000 Chinese characters
const LARGE_BYTES = 1024 * 1024;
const RUNS = 5;
const KB = 1024;
/** How long a visit may wait for its first highlight before it counts as a failure. */
const FIRST_HIGHLIGHT_TIMEOUT = 60_000;
/** The highlights are complete once their count has not changed for this long. */
const QUIET_MS = 1500;

const places = await benchPlaces();
const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
writeFileSync(join(dir, 'article.html'), newsPage(ARTICLE_BYTES, places, '博山区陶琉产业报道'));
writeFileSync(join(dir, 'large.html'), newsPage(LARGE_BYTES, places));
const server = await serveFolder(dir);
const url = (file: string) => new URL(file, server.url).href;

// In the page, before its own scripts: long tasks, and when the highlights first and last changed.
// Written as a string: a function passed to Playwright would carry tsx's helpers (__name) with it.
const WATCH = `
  window.nf = { longTasks: [], first: 0, last: 0, count: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.nf.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  (function poll() {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('newsfacts-') && name !== 'newsfacts-flash') n += h.size;
    if (n !== window.nf.count) {
      window.nf.count = n;
      window.nf.last = performance.now();
      if (!window.nf.first) window.nf.first = window.nf.last;
    }
    setTimeout(poll, 1);
  })();
`;

interface Visit {
  facts: number;
  /** From the page's load event to its first highlight, in ms; null when nothing was highlighted. */
  first: number | null;
  /** From the page's load event to its last highlight, in ms. */
  all: number | null;
  /** Long tasks that started after the page's load event, in ms. */
  longTasks: number[];
  heapMb: number;
}

/**
 * One visit of `file`. With `expected`, the highlights are complete once there are that many (a
 * preview of the first screenful shows a few first, and with a stopped worker the rest may come
 * seconds later); without, once their count has not changed for QUIET_MS.
 */
async function visit(context: BrowserContext, file: string, expectHighlights: boolean, expected?: number): Promise<Visit> {
  const page = await context.newPage();
  await page.addInitScript({ content: WATCH });
  await page.goto(url(file), { waitUntil: 'load' });
  if (expectHighlights) {
    const lit = await page.waitForFunction('nf.count > 0', undefined, { timeout: FIRST_HIGHLIGHT_TIMEOUT, polling: 50 }).then(() => true, () => false);
    if (lit && expected !== undefined) await page.waitForFunction(`nf.count >= ${expected}`, undefined, { timeout: FIRST_HIGHLIGHT_TIMEOUT, polling: 50 }).catch(() => {});
    if (lit) await page.waitForFunction(`performance.now() - nf.last > ${QUIET_MS}`, undefined, { timeout: 0, polling: 100 });
  } else {
    await page.waitForFunction(`performance.now() - (nf.longTasks.at(-1)?.[0] ?? 0) > ${QUIET_MS * 2}`, undefined, { timeout: 0, polling: 100 });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const result = (await page.evaluate(`(() => {
    const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
    const since = (t) => (nf.count ? Math.max(0, t - loaded) : null);
    return { facts: nf.count, first: since(nf.first), all: since(nf.last), longTasks: nf.longTasks.filter(([s]) => s >= loaded).map(([, d]) => d) };
  })()`)) as Omit<Visit, 'heapMb'>;
  await page.close();
  return { ...result, heapMb: usedSize / KB / KB };
}

/** A session on an extension page, which can see and stop the extension's service worker. */
async function workerControl(context: BrowserContext, extensionId: string): Promise<{ cdp: CDPSession; workerTarget(): Promise<string | undefined> }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const workerTarget = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))?.targetId;
  };
  return { cdp, workerTarget };
}

/** Stops the extension's service worker, as MV3 does after 30 s idle, and waits until it is gone. */
async function stopWorker(control: Awaited<ReturnType<typeof workerControl>>): Promise<void> {
  await control.cdp.send('ServiceWorker.stopAllWorkers');
  for (let k = 0; k < 200 && (await control.workerTarget()); k++) await new Promise((r) => setTimeout(r, 50));
  if (await control.workerTarget()) throw new Error('the service worker did not stop');
}

/** The service worker's JavaScript heap in MB, read through a session attached to it. */
async function workerHeapMb(control: Awaited<ReturnType<typeof workerControl>>): Promise<number> {
  const targetId = await control.workerTarget();
  if (!targetId) throw new Error('no service worker running');
  const { sessionId } = (await control.cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  const reply = new Promise<number>((resolve) => {
    control.cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      const message = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
      if (e.sessionId === sessionId && message.id === 2 && message.result) resolve(message.result.usedSize / KB / KB);
    });
  });
  await control.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }) });
  await control.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }) });
  const mb = await reply;
  await control.cdp.send('Target.detachFromTarget', { sessionId });
  return mb;
}

const ms = (x: number | null) => (x === null ? 'nothing highlighted' : `${x.toFixed(0)} ms`);
/** The median of the visits' times, a failed visit counting as infinitely slow. */
const medianOf = (visits: Visit[], key: 'first' | 'all') => median(visits.map((v) => v[key] ?? Infinity));
const failures = (visits: Visit[]) => visits.filter((v) => v.first === null).length;

const bundle = statSync(join(EXTENSION_DIR, 'content-scripts/content.js')).size;
console.log(`extension   content script bundle ${(bundle / KB).toFixed(1)} KB (budget 72 KB: ${bundle <= 72 * KB ? 'met' : 'NOT met'})`);

const plain = await launchChromium({ extension: false, viewport: VIEWPORT });
const withExtension = await launchChromium({ viewport: VIEWPORT });
try {
  const { context, extensionId } = withExtension;
  const control = await workerControl(context, extensionId);
  // The browser's first page also waits for the worker's first load; it is neither warm nor stopped.
  const start = await visit(context, 'article.html', true);
  const warm: Visit[] = [];
  for (let k = 0; k < RUNS; k++) warm.push(await visit(context, 'article.html', true));
  const workerMb = await workerHeapMb(control);
  const cold: Visit[] = [];
  for (let k = 0; k < RUNS; k++) {
    await stopWorker(control);
    cold.push(await visit(context, 'article.html', true, warm[0].facts));
  }
  const line = (label: string, visits: Visit[]) =>
    console.log(`extension   20,000-character article, ${label}: ${visits.map((v) => v.facts).join(', ')} facts; first highlight ${visits.map((v) => ms(v.first)).join(', ')} after load; all highlighted ${ms(medianOf(visits, 'all'))} (median of ${RUNS})`);
  console.log(`extension   first page after the browser starts: first highlight ${ms(start.first)} after load, ${start.facts} facts by ${ms(start.all)}`);
  line('worker running', warm);
  line('worker stopped before each visit', cold);
  const warmFirst = medianOf(warm, 'first');
  const coldFirst = medianOf(cold, 'first');
  goal('first highlight of a 20,000-character article <= 150 ms after load, worker running', `median ${ms(warmFirst)}, ${failures(warm)} of ${RUNS} visits highlighted nothing`, warmFirst <= 150 && !failures(warm));
  goal('first highlight of a 20,000-character article <= 400 ms after load, worker stopped', `median ${ms(coldFirst)}, ${failures(cold)} of ${RUNS} visits highlighted nothing`, coldFirst <= 400 && !failures(cold));
  console.log(`extension   service worker heap after the article visits: ${workerMb.toFixed(1)} MB (stated, no budget)`);

  const base = await visit(plain.context, 'article.html', false);
  const pageMb = median(warm.map((v) => v.heapMb));
  console.log(`extension   page heap on the article: ${pageMb.toFixed(1)} MB with the extension, ${base.heapMb.toFixed(1)} MB without (+${(pageMb - base.heapMb).toFixed(1)} MB)`);

  const large = await visit(context, 'large.html', true);
  const largePlain = await visit(plain.context, 'large.html', false);
  const longest = Math.max(0, ...large.longTasks);
  const caused = large.longTasks.length - largePlain.longTasks.length;
  console.log(`extension   1 MB page: ${large.facts.toLocaleString('en')} facts, first highlight ${ms(large.first)}, all ${ms(large.all)} after load; tasks over 50 ms after load: ${large.longTasks.length} with the extension (longest ${ms(longest)}: ${large.longTasks.map((d) => d.toFixed(0)).join(', ')}), ${largePlain.longTasks.length} without`);
  goal('no main-thread task over 50 ms caused by the extension on a 1 MB page', `${Math.max(0, caused)} more than without it, longest ${ms(longest)}`, caused <= 0 && large.first !== null);
} finally {
  await Promise.all([plain.close(), withExtension.close(), server.close()]);
  rmSync(dir, { recursive: true, force: true });
}
