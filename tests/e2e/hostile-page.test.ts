// A hostile page, in Chromium with the built extension (issue 10): the reader saves a fact on one
// page (A) through the real card with trusted input, then opens another page (B) that names the
// same place and whose own script tries everything it can before and after the content script
// runs: it patches Element.prototype.attachShadow before anything loads, watches the DOM for our
// elements, dispatches synthetic keydown and mousemove events to open a card, walks the DOM with
// every open shadow root, and reads the CSS highlight registry. It must learn nothing of the
// collection: no card opens on its events, the card the reader opens is closed to it and holds
// nothing from the collection, and the highlight registry is the same whether the reader saved
// passages of B or not.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../../scripts/chromium.mjs';
import { highlightedTexts } from './browser';
import { cardState, cardText, clickInCard, hoverFact } from './card';

const FIXTURES = fileURLToPath(new URL('./fixtures/collect/', import.meta.url));
const PAGE_A = 'zichuan-greenhouses.html';
const PAGE_B = 'hostile.html';
/** What the reader saves on page A: a figure, its note, and the page's title. */
const SAVED_FIGURE = '1.35亿元';
const NOTE = '比去年多三成';
const TITLE_A = '淄川区冬暖式大棚扩面增效';
/** A figure of page B the reader saves too, to see whether B can tell. */
const FIGURE_B = '287公里';

// The hostile page's script, first in its <head>: it runs before the content script (document_idle).
const HOSTILE_SCRIPT = `<script>
(() => {
  const stolen = (window.__stolen = { roots: [], seen: [] });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    stolen.roots.push(root);
    return root;
  };
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('newsfacts-ui')) stolen.seen.push(el.shadowRoot ? el.shadowRoot.textContent : null);
  }).observe(document.documentElement, { childList: true, subtree: true });
  // Everything the page can read: its DOM with every open shadow root (its own included), the
  // roots its patched attachShadow caught, and the highlight registry.
  window.__readAll = () => {
    const texts = [];
    const walk = (root) => {
      texts.push(root.textContent || '');
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document.documentElement);
    for (const root of stolen.roots) walk(root);
    const highlights = [...CSS.highlights].map(([name, h]) => name + ':' + [...h].map(String).sort().join('|')).sort();
    return { texts: texts.join('\\n') + stolen.seen.join('\\n'), highlights, hosts: document.querySelectorAll('newsfacts-ui').length, shadow: [...document.querySelectorAll('newsfacts-ui')].map((el) => el.shadowRoot === null) };
  };
  // Opens a card the way a script can: synthetic events at a place's text and the step shortcut.
  window.__forge = (wanted) => {
    const ranges = [...CSS.highlights].flatMap(([, h]) => [...h]).filter((r) => r.toString() === wanted);
    for (const range of ranges) {
      const rect = range.getClientRects()[0];
      const x = rect.x + rect.width / 2, y = rect.y + rect.height / 2;
      const target = document.elementFromPoint(x, y) || document.body;
      target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }));
    }
    for (const target of [window, document, document.body]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    }
    return ranges.length;
  };
})();
</script>`;

let folder: string;
let server: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; extensionId: string; close(): Promise<void> };

const url = (file: string) => new URL(file, server.url).href;


/** Saves the fact `text` from its card, with the real mouse and keyboard. */
async function saveFromCard(tab: Page, text: string, note: string): Promise<void> {
  await hoverFact(tab, text);
  await clickInCard(tab, 'Save');
  await expect.poll(async () => (await cardState(tab))?.focusedField, { timeout: 5000 }).toBe('Note');
  await tab.keyboard.type(note);
  await tab.keyboard.press('Enter');
  await expect.poll(async () => (await cardText(tab)) ?? '', { timeout: 5000 }).toContain('Saved');
  await tab.keyboard.press('Escape');
}

interface PageView {
  texts: string;
  highlights: string[];
  hosts: number;
  shadow: boolean[];
}
const readAll = (tab: Page) => tab.evaluate(() => (window as unknown as { __readAll(): PageView }).__readAll());
/** The registry without the flash of a fact the reader stepped to (it fades after FLASH_MS). */
const lasting = (view: PageView) => view.highlights.filter((h) => !h.startsWith('newsfacts-flash:'));
/** Two animation frames: the card controller hit-tests once per frame and steps at once, so a card a forged event opened is there by then. */
const frames = (tab: Page) => tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'newsfacts-hostile-'));
  copyFileSync(join(FIXTURES, PAGE_A), join(folder, PAGE_A));
  writeFileSync(join(folder, PAGE_B), readFileSync(join(FIXTURES, 'zichuan-roads.html'), 'utf8').replace('<head>', `<head>${HOSTILE_SCRIPT}`));
  server = await serveFolder(folder);
  browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('a hostile page', () => {
  let b: Page;

  it('(the reader saves a fact on page A from its card, with the real mouse and keyboard)', async () => {
    const a = browser.context.pages()[0] ?? (await browser.context.newPage());
    await a.goto(url(PAGE_A));
    await highlightedTexts(a, 10);
    await saveFromCard(a, SAVED_FIGURE, NOTE);
  });

  it('opens no card with synthetic events', async () => {
    b = await browser.context.newPage();
    await b.goto(url(PAGE_B));
    await highlightedTexts(b, 5);
    expect(await b.evaluate(() => (window as unknown as { __forge(text: string): number }).__forge('淄川区'))).toBeGreaterThan(0);
    await frames(b);
    expect((await readAll(b)).hosts).toBe(0);
    expect(await cardText(b)).toBeNull();
    // the same shortcut from the real keyboard opens a card: the forged one was refused, not unheard
    await b.keyboard.press('Alt+Shift+N');
    await expect.poll(async () => (await cardText(b)) ?? '', { timeout: 5000 }).not.toBe('');
    await b.keyboard.press('Escape');
  });

  it('cannot read the card the reader opens, and the card holds nothing of the collection', async () => {
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
    await b.keyboard.press('Escape');
  });

  it('cannot tell from the highlight registry or the DOM which of its passages the reader saved', async () => {
    await b.mouse.move(1, 1);
    const before = await readAll(b);
    expect(before.highlights.join('\n')).toContain(FIGURE_B);
    await saveFromCard(b, FIGURE_B, '公路');
    await b.mouse.move(1, 1);
    await frames(b);
    const after = await readAll(b);
    expect(lasting(after)).toEqual(lasting(before));
    // and after a reload, when the page's saved items are found again
    await b.reload();
    await highlightedTexts(b, 5);
    // the card says Saved once the page's items were found again (a card opened before says nothing)
    const card = async () => {
      await b.keyboard.press('Escape');
      await b.mouse.move(1, 1);
      return hoverFact(b, FIGURE_B).then(() => cardText(b), () => '');
    };
    await expect.poll(card, { timeout: 15_000 }).toContain('Saved');
    await b.keyboard.press('Escape');
    await b.mouse.move(1, 1);
    await frames(b);
    const reloaded = await readAll(b);
    expect(lasting(reloaded)).toEqual(lasting(before));
    expect(reloaded.highlights.join('\n')).not.toContain('saved');
  });
});
