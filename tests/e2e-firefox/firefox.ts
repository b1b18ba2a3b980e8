// Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the built Firefox
// extension (.output/firefox-mv2) installed as a temporary add-on: the Firefox counterpart of
// scripts/chromium.mjs for the browser tests in tests/e2e-firefox/.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from '../e2e/wait';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
const VIEWPORT = { width: 1280, height: 900 };
/** Where the Firefox tests leave their screenshots for a human to look at. */
export const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e-firefox');

// An add-on's moz-extension:// host is random per profile unless the profile names it by the
// add-on's id, which launchFirefox does, so the tests know the extension's pages' addresses.
const EXTENSION_UUID = '6e0b5a3c-2f1d-4c8e-9a7b-3d5f1e2c4b6a';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The add-on's id, as the built manifest gives it. */
const addonId = (): string =>
  (JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;

export interface Firefox {
  browser: Browser;
  /** Where the downloads of this profile land, without a dialog. */
  downloads: string;
  /** The tab Firefox opened with. */
  firstPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Firefox ESR headless in a fresh profile, with the built extension unless `extension`
 * is false. Fails with what to do when Firefox or the build is missing.
 */
export async function launchFirefox({ extension = true } = {}): Promise<Firefox> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`${FIREFOX_PATH} is missing: apt-get install -y firefox-esr fonts-wqy-microhei`);
  if (extension && !existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox extension in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  const downloads = mkdtempSync(join(tmpdir(), 'newsfacts-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages (the popup, the collection)
    // unless the remote agent may reach privileged pages; only the test runner holds this session.
    args: ['--remote-allow-system-access'],
    // No page has more than the busy test machine can give: the tests wait for conditions.
    protocolTimeout: 120_000,
    extraPrefsFirefox: {
      ...(extension ? { 'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: EXTENSION_UUID }) } : {}),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  if (extension) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    downloads,
    firstPage: async () => {
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      await page.setViewport(VIEWPORT);
      return page;
    },
    close: async () => {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

/** The BiDi session and browsing context behind a puppeteer page (puppeteer keeps them internal). */
export function bidiOf(page: Page): { send(method: string, params: object): Promise<{ result: unknown }>; context: string } {
  const context = (page.mainFrame() as unknown as { browsingContext: { id: string; userContext: { browser: { session: { send(method: string, params: object): Promise<{ result: unknown }> } } } } }).browsingContext;
  const session = context.userContext.browser.session;
  return { send: (method, params) => session.send(method, params), context: context.id };
}

/**
 * Opens the extension's page `path` (popup.html?tab=3, collection.html...) in a new tab, or a
 * window of its own when `window` (as the real popup, it then leaves the page it is over in
 * front, where Firefox does not slow its timers and frames), and waits until it has loaded. puppeteer's goto waits for a load event BiDi never reports for
 * moz-extension:// documents, so the navigation is started without waiting and the document
 * itself is asked.
 */
export async function openExtensionPage(firefox: Firefox, path: string, viewport = VIEWPORT, { window = false } = {}): Promise<Page> {
  const page = await firefox.browser.newPage(window ? { type: 'window' } : undefined);
  await page.setViewport(viewport);
  await navigateToExtensionPage(page, path);
  return page;
}

/** Navigates `page` to the extension's page `path` and waits until that document is complete. */
export async function navigateToExtensionPage(page: Page, path: string): Promise<void> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const { send, context } = bidiOf(page);
  await send('browsingContext.navigate', { context, url, wait: 'none' });
  const loaded = () => page.evaluate(() => (document.readyState === 'complete' ? location.href : ''));
  await waitFor(loaded, (href) => href === new URL(url).href, `${url} to load`);
}

/** The reader's Alt+Shift+N (step to the next fact): puppeteer presses one key at a time, where Playwright takes the chord. */
export async function pressStepShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyN');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}
