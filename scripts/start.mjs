// `npm start`: serves demo/ and opens its news page in Chromium with the freshly built extension.
// Runs until the browser is closed or Ctrl-C.

import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from './chromium.mjs';

const DEMO_DIR = fileURLToPath(new URL('../demo', import.meta.url));
const DEMO_PAGE = 'zibo-news.html';

const headless = !process.env.DISPLAY;
const server = await serveFolder(DEMO_DIR);
const pageUrl = new URL(DEMO_PAGE, server.url).href;
const { context, close } = await launchChromium({ headless });

const [page] = context.pages();
await (page ?? (await context.newPage())).goto(pageUrl);

console.log(`Demo page: ${pageUrl}`);
if (headless) {
  console.log('No $DISPLAY, so Chromium runs headless and shows nothing: run under a desktop');
  console.log('session or `xvfb-run npm start` to see it. The demo server stays up meanwhile.');
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
