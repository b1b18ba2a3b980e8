// `npm start`: serves demo/ and opens its news page in Chromium with the freshly built extension.
// With a display it runs until the browser is closed or Ctrl-C. Without one there is nothing to
// look at, so it writes screenshots of the demo page, a hover card and the popup to
// .output/screenshots/, prints their paths and the number of facts found, and stops.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from './chromium.mjs';

const DEMO_DIR = fileURLToPath(new URL('../demo', import.meta.url));
const DEMO_PAGE = 'zibo-news.html';
const SHOTS_DIR = fileURLToPath(new URL('../.output/screenshots/', import.meta.url));
/** How long the headless run waits for the page's facts, the card and the popup. */
const WAIT_MS = 60_000;

const headless = !process.env.DISPLAY;
const server = await serveFolder(DEMO_DIR);
const pageUrl = new URL(DEMO_PAGE, server.url).href;
const { context, extensionId, close } = await launchChromium({ headless, viewport: headless ? { width: 1280, height: 900 } : null });

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(pageUrl);
console.log(`Demo page: ${pageUrl}`);

if (headless) {
  try {
    await screenshots();
  } finally {
    await close();
    await server.close();
  }
  process.exit(0);
}
console.log('Press Ctrl-C to stop.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await close().catch((error) => console.warn('Could not close Chromium cleanly:', error));
  await server.close();
  process.exit(0);
}
context.on('close', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** Whether `xvfb-run` (Debian's package xvfb) is on the PATH. */
function hasXvfb() {
  try {
    execFileSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The headless run: the page once its facts are highlighted, the card of its first figure, and
// the popup over the page.
async function screenshots() {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const facts = await page.waitForFunction(
    () => {
      const ranges = [...CSS.highlights].filter(([name]) => name.startsWith('newsfacts-') && !name.includes('flash'));
      const count = ranges.reduce((sum, [, highlight]) => sum + highlight.size, 0);
      return count > 0 && count;
    },
    null,
    { timeout: WAIT_MS },
  );
  const count = await facts.jsonValue();
  const shots = { page: `${SHOTS_DIR}demo-page.png`, card: `${SHOTS_DIR}demo-card.png`, popup: `${SHOTS_DIR}demo-popup.png` };
  await page.screenshot({ path: shots.page });

  const figure = await page.evaluate(() => {
    const [first] = CSS.highlights.get('newsfacts-figure') ?? [];
    const rect = first.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.move(figure.x, figure.y, { steps: 2 });
  await page.waitForSelector('newsfacts-ui', { state: 'attached', timeout: WAIT_MS });
  await page.screenshot({ path: shots.card });

  const worker = context.serviceWorkers()[0];
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url).id, pageUrl);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('counts').waitFor({ timeout: WAIT_MS });
  // in the English interface the place tree gives English names too, once the background answered
  if ((await popup.evaluate(() => document.documentElement.lang)).startsWith('en')) {
    await popup.locator('[data-testid="place-tree"] [lang="en"]').first().waitFor({ timeout: WAIT_MS });
  }
  await popup.screenshot({ path: shots.popup });

  console.log(`NewsFacts found ${count} facts on the demo page.`);
  console.log('No $DISPLAY, so Chromium ran headless. Screenshots:');
  for (const [what, path] of Object.entries(shots)) console.log(`  ${what.padEnd(5)} ${path}`);
  console.log(
    hasXvfb()
      ? 'xvfb-run is here: `xvfb-run npm start` runs Chromium headed on a virtual display (for a VNC viewer or a screen recorder).'
      : 'To use the browser yourself, run it with a display, or install Debian\'s xvfb (apt-get install xvfb) and run `xvfb-run npm start`.',
  );
}
