// The hostile-page scenario (issue 10), one for both browsers: the reader saves a fact on one page
// (A) through the real card with trusted input, then opens another page (B) that names the same
// place and whose own script (./hostile.ts) tries everything it can before and after the content
// script runs: it patches Element.prototype.attachShadow before anything loads, watches the DOM
// for our elements, dispatches synthetic keydown and mousemove events to open a card, walks the
// DOM with every open shadow root, and reads the CSS highlight registry. It must learn nothing of
// the collection: no card opens on its events, the card the reader opens is closed to it and
// holds nothing from the collection, and the highlight registry is the same whether the reader
// saved passages of B or not. tests/e2e/hostile-page.test.ts runs it in Chromium,
// tests/e2e-firefox/hostile-page.test.ts in Firefox.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../scripts/chromium.mjs';
import { highlightedTexts } from './browser';
import { cardText, expectSavedCard, hoverFact, saveFromCard, type AnyPage } from './card';
import { forge, frames, HOSTILE_SCRIPT, lasting, readAll } from './hostile';

const FIXTURES = fileURLToPath(new URL('./fixtures/collect/', import.meta.url));
const PAGE_A = 'zichuan-greenhouses.html';
const PAGE_B = 'hostile.html';
/** What the reader saves on page A: a figure, its note, and the page's title. */
const SAVED_FIGURE = '1.35亿元';
const NOTE = '比去年多三成';
const TITLE_A = '淄川区冬暖式大棚扩面增效';
/** A figure of page B the reader saves too, to see whether B can tell. */
const FIGURE_B = '287公里';

/** What the scenario needs of a browser with the extension installed. */
export interface HostileBrowser {
  /** The tab the browser opened with. */
  firstPage(): Promise<AnyPage>;
  /** A new tab, 1280 by 900. */
  newPage(): Promise<AnyPage>;
  /** The reader's Alt+Shift+N from the real keyboard. */
  pressStep(page: AnyPage): Promise<void>;
  close(): Promise<void>;
}

// The few page calls the scenario makes, which Playwright's and puppeteer's pages share.
interface PageCalls {
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
}
const calls = (page: AnyPage) => page as unknown as PageCalls;

/** Registers the scenario's tests in the calling file, in a browser `launch` starts. */
export function hostilePageTests(title: string, launch: () => Promise<HostileBrowser>): void {
  let folder: string;
  let server: { url: string; close(): Promise<void> };
  let browser: HostileBrowser;
  let b: AnyPage;
  const url = (file: string) => new URL(file, server.url).href;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'newsfacts-hostile-'));
    copyFileSync(join(FIXTURES, PAGE_A), join(folder, PAGE_A));
    writeFileSync(join(folder, PAGE_B), readFileSync(join(FIXTURES, 'zichuan-roads.html'), 'utf8').replace('<head>', `<head>${HOSTILE_SCRIPT}`));
    server = await serveFolder(folder);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  describe(title, () => {
    it('(the reader saves a fact on page A from its card, with the real mouse and keyboard)', async () => {
      const a = await browser.firstPage();
      await calls(a).goto(url(PAGE_A));
      await highlightedTexts(a, 10);
      await saveFromCard(a, SAVED_FIGURE, NOTE);
    });

    it('opens no card with synthetic events, and one with the reader’s keys', async () => {
      b = await browser.newPage();
      await calls(b).goto(url(PAGE_B));
      await highlightedTexts(b, 5);
      expect(await forge(b, '淄川区')).toBeGreaterThan(0);
      await frames(b);
      expect((await readAll(b)).hosts).toBe(0);
      expect(await cardText(b)).toBeNull();
      // the same shortcut from the real keyboard opens a card: the forged one was refused, not unheard
      await browser.pressStep(b);
      await expect.poll(async () => (await cardText(b)) ?? '', { timeout: 5000 }).not.toBe('');
      await calls(b).keyboard.press('Escape');
    });

    it('cannot read the card the reader opens, and the card holds nothing of the collection', async () => {
      await calls(b).mouse.move(1, 1);
      await hoverFact(b, '淄川区');
      // the place's facts arrive from the background after the card opens ("Looking up…" first)
      await expect.poll(async () => (await cardText(b)) ?? '', { timeout: 10_000 }).toContain('Your saved facts about this place');
      const card = (await cardText(b))!;
      for (const secret of [SAVED_FIGURE, NOTE, TITLE_A, url(PAGE_A)]) expect(card).not.toContain(secret);
      const seen = await readAll(b);
      expect(seen.hosts).toBe(1);
      expect(seen.shadow).toEqual([true]); // closed: element.shadowRoot is null to the page
      expect(seen.texts).not.toContain('Your saved facts about this place');
      for (const secret of [SAVED_FIGURE, NOTE, TITLE_A, PAGE_A]) expect(seen.texts).not.toContain(secret);
      await calls(b).keyboard.press('Escape');
    });

    it('cannot tell from the highlight registry or the DOM which of its passages the reader saved', async () => {
      const page = calls(b);
      await page.mouse.move(1, 1);
      const before = await readAll(b);
      expect(before.highlights.join('\n')).toContain(FIGURE_B);
      await saveFromCard(b, FIGURE_B, '公路');
      await page.mouse.move(1, 1);
      await frames(b);
      expect(lasting(await readAll(b))).toEqual(lasting(before));
      // and after a reload, when the page's saved items are found again
      await page.reload();
      await highlightedTexts(b, 5);
      await expectSavedCard(b, FIGURE_B);
      await page.mouse.move(1, 1);
      await frames(b);
      const reloaded = await readAll(b);
      expect(lasting(reloaded)).toEqual(lasting(before));
      expect(reloaded.highlights.join('\n')).not.toContain('saved');
    });
  });
}
