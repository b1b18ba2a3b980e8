// The hostile page of tests/e2e/hostile-page.test.ts, in Firefox ESR: the reader saves a fact on
// page A, then page B's own script (tests/e2e/hostile.ts) forges events and reads everything it
// can. In Firefox the content script sees the page through Xray wrappers, so a page's patched
// Element.prototype.attachShadow never reaches our card; the test proves the rest as in Chromium:
// no card on synthetic events, a closed root, nothing of the collection in the card, and a
// highlight registry that does not tell which passages the reader saved.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../scripts/chromium.mjs';
import { highlightedTexts } from '../e2e/browser';
import { cardText, hoverFact, saveFromCard } from '../e2e/card';
import { forge, frames, HOSTILE_SCRIPT, lasting, readAll } from '../e2e/hostile';
import { launchFirefox, pressStepShortcut, type Firefox } from './firefox';

const FIXTURES = fileURLToPath(new URL('../e2e/fixtures/collect/', import.meta.url));
const PAGE_A = 'zichuan-greenhouses.html';
const PAGE_B = 'hostile.html';
const SAVED_FIGURE = '1.35亿元';
const NOTE = '比去年多三成';
const TITLE_A = '淄川区冬暖式大棚扩面增效';
const FIGURE_B = '287公里';

let folder: string;
let server: { url: string; close(): Promise<void> };
let firefox: Firefox;
let b: Page;
const url = (file: string) => new URL(file, server.url).href;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'newsfacts-ff-hostile-'));
  copyFileSync(join(FIXTURES, PAGE_A), join(folder, PAGE_A));
  writeFileSync(join(folder, PAGE_B), readFileSync(join(FIXTURES, 'zichuan-roads.html'), 'utf8').replace('<head>', `<head>${HOSTILE_SCRIPT}`));
  server = await serveFolder(folder);
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('a hostile page in Firefox', () => {
  it('(the reader saves a fact on page A from its card, with the real mouse and keyboard)', async () => {
    const a = await firefox.firstPage();
    await a.goto(url(PAGE_A));
    await highlightedTexts(a, 10);
    await saveFromCard(a, SAVED_FIGURE, NOTE);
  });

  it('opens no card with synthetic events, and one with the reader’s keys', async () => {
    b = await firefox.browser.newPage();
    await b.setViewport({ width: 1280, height: 900 });
    await b.goto(url(PAGE_B));
    await highlightedTexts(b, 5);
    expect(await forge(b, '淄川区')).toBeGreaterThan(0);
    await frames(b);
    expect((await readAll(b)).hosts).toBe(0);
    expect(await cardText(b)).toBeNull();
    await pressStepShortcut(b);
    await expect.poll(async () => (await cardText(b)) ?? '', { timeout: 5000 }).not.toBe('');
    await b.keyboard.press('Escape');
  });

  it('cannot read the card the reader opens, and the card holds nothing of the collection', async () => {
    await b.mouse.move(1, 1);
    await hoverFact(b, '淄川区');
    await expect.poll(async () => (await cardText(b)) ?? '', { timeout: 10_000 }).toContain('Your saved facts about this place');
    const card = (await cardText(b))!;
    for (const secret of [SAVED_FIGURE, NOTE, TITLE_A, url(PAGE_A)]) expect(card).not.toContain(secret);
    const seen = await readAll(b);
    expect(seen.hosts).toBe(1);
    expect(seen.shadow).toEqual([true]);
    expect(seen.texts).not.toContain('Your saved facts about this place');
    for (const secret of [SAVED_FIGURE, NOTE, TITLE_A, PAGE_A]) expect(seen.texts).not.toContain(secret);
    await b.keyboard.press('Escape');
  });

  it('cannot tell from the highlight registry which of its passages the reader saved', async () => {
    await b.mouse.move(1, 1);
    const before = await readAll(b);
    expect(before.highlights.join('\n')).toContain(FIGURE_B);
    await saveFromCard(b, FIGURE_B, '公路');
    await b.mouse.move(1, 1);
    await frames(b);
    expect(lasting(await readAll(b))).toEqual(lasting(before));
    await b.reload();
    await highlightedTexts(b, 5);
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
