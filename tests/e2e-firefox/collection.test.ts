// The collection page in Firefox ESR, as tests/e2e/collection.test.ts does in Chromium: a JSON-LD
// file imported through the page's file input fills the extension's IndexedDB, the JSON-LD export
// downloads (into the profile's download folder, with no dialog) and holds the collection; each
// bad file of tests/e2e/bad-imports.ts is refused with where and why and changes nothing (the
// export is the same afterwards, and the collection and sidebar pages still open on every item);
// a Hypothesis-style annotation (its target an array) comes in.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationCollection } from '../../lib/export/jsonld';
import { renderExport } from '../../lib/export/render';
import { writeBadImports, hypothesisAnnotation } from '../e2e/bad-imports';
import { waitFor } from '../e2e/wait';
import { collectionSeed } from '../fixtures/collection/seed';
import { launchFirefox, navigateToExtensionPage, openExtensionPage, SCREENSHOT_DIR, type Firefox } from './firefox';

const seed = collectionSeed();
const HYPOTHESIS_PAGE = 'https://news.example.cn/zichuan/greenhouses.html';
let files: string;
let firefox: Firefox;
let page: Page;

const textOf = (tab: Page, selector: string) => tab.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
const counts = (tab: Page) => textOf(tab, '[data-testid="counts"]');
const shown = (n: number, total = n) => `${n} of ${total} shown`;

/** Imports a file through the page's file input and returns the status it then shows. */
async function importFile(tab: Page, path: string): Promise<string> {
  const before = await textOf(tab, '[data-testid="status"]');
  const input = (await tab.$('#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await input.dispose();
  return waitFor(() => textOf(tab, '[data-testid="status"]'), (text) => text !== '' && text !== before, `the status after importing ${path}`, 60_000);
}

/** Clicks the JSON-LD export and reads the file Firefox saves, once it is whole. */
async function exportJsonLd(tab: Page): Promise<AnnotationCollection> {
  const before = new Set(readdirSync(firefox.downloads));
  await tab.click('button[data-format="jsonld"]');
  const fresh = () => readdirSync(firefox.downloads).filter((name) => !before.has(name) && !name.endsWith('.part'));
  const [name] = await waitFor(async () => fresh(), (names) => names.length === 1 && !existsSync(join(firefox.downloads, `${names[0]}.part`)) && statSync(join(firefox.downloads, names[0])).size > 0, 'the JSON-LD download');
  const text = await waitFor(async () => readFileSync(join(firefox.downloads, name), 'utf8'), (t) => t.trimEnd().endsWith('}'), 'the whole download');
  return JSON.parse(text) as AnnotationCollection;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'newsfacts-ff-collection-'));
  writeFileSync(join(files, 'seed.jsonld'), renderExport('jsonld', seed.items, seed.lookup));
  firefox = await launchFirefox();
  page = await openExtensionPage(firefox, 'collection.html');
});

afterAll(async () => {
  await firefox?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

describe('the collection page in Firefox', () => {
  let exported: AnnotationCollection;

  it('imports a JSON-LD file through its file input', async () => {
    expect(await importFile(page, join(files, 'seed.jsonld'))).toContain(`Imported seed.jsonld: ${seed.items.length} new, 0 already in the collection.`);
    await expect.poll(() => counts(page)).toBe(shown(seed.items.length));
    // the map's dots and outlines, drawn from the bundled outlines
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-testid="map"] path').length), { timeout: 10_000 }).toBeGreaterThan(3);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collection-seed.png') });
  });

  it('exports JSON-LD as a download that holds the collection', async () => {
    exported = await exportJsonLd(page);
    expect(exported).toMatchObject({ type: 'AnnotationCollection', total: seed.items.length });
    writeFileSync(join(files, 'export.jsonld'), JSON.stringify(exported));
  });

  it('refuses each bad file with where and why, and the collection stays as it was', async () => {
    const bad = writeBadImports(JSON.stringify(exported), files);
    for (const { file, path, problem } of bad) {
      const status = await importFile(page, path);
      expect(status, file).toContain(`${file} was not imported; the collection is unchanged.`);
      expect(await textOf(page, '[data-testid="status"] .problems li'), file).toMatch(problem);
      expect(await counts(page), file).toBe(shown(seed.items.length));
    }
    expect(await exportJsonLd(page)).toEqual(exported);
  });

  it('still opens on every item afterwards, in its own page and in the sidebar’s', async () => {
    await navigateToExtensionPage(page, 'collection.html');
    await expect.poll(() => counts(page)).toBe(shown(seed.items.length));
    expect(await page.$('[data-testid="broken"]')).toBeNull();
    const sidebar = await openExtensionPage(firefox, 'sidepanel.html', { width: 360, height: 800 });
    await expect.poll(() => counts(sidebar)).toBe(shown(seed.items.length));
    expect(await sidebar.$('[data-testid="broken"]')).toBeNull();
    await sidebar.close();
  });

  it('takes a Hypothesis-style annotation whose target is an array', async () => {
    writeFileSync(join(files, 'hypothesis.jsonld'), hypothesisAnnotation(HYPOTHESIS_PAGE));
    expect(await importFile(page, join(files, 'hypothesis.jsonld'))).toContain('Imported hypothesis.jsonld: 1 new, 0 already in the collection.');
    await expect.poll(() => counts(page)).toBe(shown(seed.items.length + 1));
    expect(await textOf(page, '[data-testid="results"]')).toContain('记下这个数');
  });
});
