// The collection view in Chromium with the built extension: a JSON-LD file imported through the
// page's file input fills the extension's IndexedDB; filtering by place takes in the units below
// it, search finds words, each export format downloads and holds what it should; the JSON-LD
// export imported into a fresh profile gives the same collection; a broken file, and each bad
// shape of bad-imports.ts, changes nothing; a Hypothesis-style annotation comes in.
// The side panel shows the same collection and follows changes made in the page.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureAnnotation } from '../../lib/annotation';
import { itemId, type CollectedItem } from '../../lib/collection/item';
import { CollectionIndex } from '../../lib/collection/query';
import { CSV_COLUMNS } from '../../lib/export/csv';
import type { PlaceFeatureCollection } from '../../lib/export/geojson';
import type { AnnotationCollection } from '../../lib/export/jsonld';
import { renderExport, type ExportFormat } from '../../lib/export/render';
import { CHINA_BOUNDS } from '../../lib/map/projection';
import { launchChromium } from '../../scripts/chromium.mjs';
import { collectionSeed, seriesSeed } from '../fixtures/collection/seed';
import { hypothesisAnnotation, writeBadImports } from './bad-imports';

const SCREENSHOT_DIR = join(tmpdir(), 'newsfacts-e2e');
const VIEWPORT = { width: 1280, height: 900 };
const ZIBO = '370300000000';

interface Browser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

const seed = collectionSeed();
let files: string;
let browser: Browser;
let page: Page;

/** Opens the collection page in the browser's first tab, in the UI language given. */
async function openCollection(b: Browser, language: 'en' | 'zh' = 'en'): Promise<Page> {
  const tab = b.context.pages()[0] ?? (await b.context.newPage());
  await tab.goto(`chrome-extension://${b.extensionId}/collection.html`);
  await setLanguage(tab, language);
  await tab.getByTestId('counts').waitFor();
  return tab;
}

async function setLanguage(tab: Page, language: 'en' | 'zh'): Promise<void> {
  await tab.evaluate(async (lang) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings: { language: lang } });
  }, language);
  await tab.waitForFunction((lang) => document.documentElement.lang.startsWith(lang), language);
}

/** Imports a file through the page's file input and returns the status it then shows. */
async function importFile(tab: Page, path: string): Promise<string> {
  const status = tab.getByTestId('status');
  const before = await status.textContent();
  await tab.locator('#import-file').setInputFiles(path);
  await tab.waitForFunction((old) => { const text = document.querySelector('[data-testid="status"]')?.textContent; return !!text && text !== old; }, before);
  return (await status.textContent()) ?? '';
}

const counts = (tab: Page) => tab.getByTestId('counts').textContent();

/** Waits until the page shows `shown` of `total` items. */
async function expectCounts(tab: Page, shown: number, total = seed.items.length): Promise<void> {
  const text = `${shown} of ${total} shown`;
  await tab.waitForFunction((wanted) => document.querySelector('[data-testid="counts"]')?.textContent === wanted, text, { timeout: 5000 }).catch(() => undefined);
  expect(await counts(tab)).toBe(text);
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function exportAs(tab: Page, format: ExportFormat): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator(`button[data-format="${format}"]`).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'newsfacts-collection-'));
  writeFileSync(join(files, 'seed.jsonld'), renderExport('jsonld', seed.items, seed.lookup));
  browser = await launchChromium({ viewport: VIEWPORT });
  page = await openCollection(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('the collection page', () => {
  it('starts empty and imports a JSON-LD file through its file input', async () => {
    await expectCounts(page, 0, 0);
    expect(await importFile(page, join(files, 'seed.jsonld'))).toContain(`Imported seed.jsonld: ${seed.items.length} new, 0 already in the collection.`);
    await expectCounts(page, seed.items.length);
    expect(await importFile(page, join(files, 'seed.jsonld'))).toContain(`0 new, ${seed.items.length} already in the collection.`);
  });

  it('filters by a place with the units inside it, and draws its map and chart', async () => {
    const expected = new CollectionIndex(seed.items).query({ placeCode: ZIBO });
    await page.getByTestId('place-picker').locator(`li[data-code="${ZIBO}"] > button`).click();
    await expectCounts(page, expected.length);
    const texts = await page.getByTestId('results').locator('mark').allTextContents();
    expect(texts).toEqual(expect.arrayContaining(['淄川区', '龙泉镇', '台头村', '张店区', 'Zibo']));
    expect(texts).not.toContain('青岛市');
    // Dots for the places with coordinates, outlines around them, a line of 淄博's money figures.
    await page.locator('[data-testid="map"] circle[data-code="370302000000"]').waitFor();
    expect(await page.locator('[data-testid="map"] path.prefecture').count()).toBeGreaterThan(3);
    // the chart turns to 淄博市's own facts
    await page.waitForFunction(() => (document.querySelector('#chart-place') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent === '淄博市');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collection-en.png') });
    await setLanguage(page, 'zh');
    await page.getByText('数字随时间的变化').waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'collection-zh.png') });
    await setLanguage(page, 'en');
  });

  it('narrows to a place by its dot on the map, by keyboard', async () => {
    await page.locator('[data-testid="map"] circle[data-code="370302000000"]').focus();
    await page.keyboard.press('Enter');
    await expectCounts(page, new CollectionIndex(seed.items).query({ placeCode: '370302000000' }).length);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expectCounts(page, seed.items.length);
  });

  it('searches words in passages, notes and tags', async () => {
    await page.getByRole('searchbox').fill('村民入股');
    await expectCounts(page, 1);
    expect(await page.getByTestId('results').locator('mark').allTextContents()).toEqual(['台头村']);
    await page.getByRole('searchbox').fill('');
  });

  it('edits a note and tags in place', async () => {
    const card = page.locator('article.card', { has: page.locator('mark', { hasText: /^1050\.3亿元$/ }) });
    await card.getByRole('button', { name: 'Edit note and tags' }).click();
    await card.getByLabel('Note').fill('一季度');
    await card.getByLabel('Tags').fill('GDP，统计');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.locator('.note').waitFor();
    expect(await card.locator('.note').textContent()).toBe('一季度');
    expect(await card.locator('.tags li').allTextContents()).toEqual(['GDP', '统计']);
  });

  it('exports each format, named by the date, with what the collection holds', async () => {
    const today = new Date();
    const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

    const jsonld = await exportAs(page, 'jsonld');
    expect(jsonld.name).toBe(`newsfacts-${day}.jsonld`);
    const collection: AnnotationCollection = JSON.parse(jsonld.text);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: seed.items.length });
    for (const a of collection.first.items) expect(a.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: expect.any(String) });
    expect(collection.first.items.some((a) => a.body.some((b) => 'value' in b && b.purpose === 'commenting' && b.value === '一季度'))).toBe(true);
    writeFileSync(join(files, 'export.jsonld'), jsonld.text);

    const csv = await exportAs(page, 'csv');
    expect(csv.name).toBe(`newsfacts-${day}.csv`);
    const table = Papa.parse<string[]>(csv.text.replace(/^\ufeff/, '').trim());
    expect(table.errors).toEqual([]);
    expect(table.data[0]).toEqual([...CSV_COLUMNS]);
    expect(table.data).toHaveLength(seed.items.length + 1);
    // a figure's row has its fact: sentence, measure, subject code and path, period
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const gdp = table.data.find((row) => row[column('text')] === '1050.3亿元')!;
    expect(gdp[column('sentence')]).toContain('1050.3亿元');
    expect([gdp[column('measure')], gdp[column('subject_code')], gdp[column('subject_path')], gdp[column('period')]]).toEqual(['地区生产总值', ZIBO, '山东省 > 淄博市', '2023-Q1']);

    const geojson = await exportAs(page, 'geojson');
    const features: PlaceFeatureCollection = JSON.parse(geojson.text);
    expect(features.type).toBe('FeatureCollection');
    expect(features.features.map((f) => f.properties.code)).toEqual(expect.arrayContaining([ZIBO, '370302000000', '370200000000', '110000000000']));
    for (const f of features.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(CHINA_BOUNDS.west);
      expect(lon).toBeLessThan(CHINA_BOUNDS.east);
      expect(lat).toBeGreaterThan(CHINA_BOUNDS.south);
      expect(lat).toBeLessThan(CHINA_BOUNDS.north);
    }

    const md = await exportAs(page, 'md');
    expect(md.name).toBe(`newsfacts-${day}.md`);
    expect(md.text.startsWith('# NewsFacts collection\n')).toBe(true);
    expect(md.text.match(/^## /gm)).toHaveLength(4);
    expect(md.text).toContain('## 龙泉镇建蔬菜大棚');
  });

  it('exports only the results shown when asked', async () => {
    await page.getByRole('searchbox').fill('淄川');
    const shown = new CollectionIndex(seed.items).query({ text: '淄川' }).length;
    await page.getByLabel(/the results shown/).check();
    const collection: AnnotationCollection = JSON.parse((await exportAs(page, 'jsonld')).text);
    expect(collection.total).toBe(shown);
    await page.getByLabel(/the whole collection/).check();
    await page.getByRole('searchbox').fill('');
  });

  it('refuses a broken file with where and what is wrong, and keeps the collection', async () => {
    const broken = JSON.parse(readFileSync(join(files, 'export.jsonld'), 'utf8')) as AnnotationCollection;
    delete (broken.first.items[2].target as { source?: string }).source;
    writeFileSync(join(files, 'broken.jsonld'), JSON.stringify(broken));
    const before = await counts(page);
    const status = await importFile(page, join(files, 'broken.jsonld'));
    expect(status).toContain('broken.jsonld was not imported; the collection is unchanged.');
    expect(await page.getByTestId('status').locator('.problems li').first().textContent()).toBe("first.items[2].target needs a source (the page's URL)");
    expect(await counts(page)).toBe(before);
  });

  it('refuses each bad file of bad-imports.ts with where and why, keeps the collection as it was, and every view still opens', async () => {
    const before = (await exportAs(page, 'jsonld')).text;
    for (const { file, path, problem } of writeBadImports(before, files)) {
      expect(await importFile(page, path), file).toContain(`${file} was not imported; the collection is unchanged.`);
      expect(await page.getByTestId('status').locator('.problems li').first().textContent(), file).toMatch(problem);
      expect(await counts(page), file).toBe(`${seed.items.length} of ${seed.items.length} shown`);
    }
    expect(JSON.parse((await exportAs(page, 'jsonld')).text)).toEqual(JSON.parse(before));
    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/collection.html`);
    await expectCounts(again, seed.items.length);
    await again.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expectCounts(again, seed.items.length);
    expect(await again.getByTestId('broken').count()).toBe(0);
    await again.close();
  });

  it('shows the same collection in the side panel, which follows deletions made in the page', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expectCounts(panel, seed.items.length);
    await panel.getByText('Map · Figures over time').click();
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'collection-sidepanel-en.png') });
    const first = page.locator('article.card').first();
    await first.getByRole('button', { name: 'Delete' }).click();
    await expectCounts(panel, seed.items.length - 1, seed.items.length - 1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectCounts(panel, seed.items.length);
    await panel.close();
  });
});

describe('a fresh profile', () => {
  it('takes a Hypothesis-style annotation whose target is an array', async () => {
    const fresh = await launchChromium({ viewport: VIEWPORT });
    try {
      const tab = await openCollection(fresh);
      writeFileSync(join(files, 'hypothesis.jsonld'), hypothesisAnnotation('https://news.example.cn/zichuan/greenhouses.html'));
      expect(await importFile(tab, join(files, 'hypothesis.jsonld'))).toContain('Imported hypothesis.jsonld: 1 new, 0 already in the collection.');
      expect(await tab.getByTestId('results').textContent()).toContain('记下这个数');
    } finally {
      await fresh.close();
    }
  });

  it('gets the same collection from the JSON-LD export', async () => {
    const fresh = await launchChromium({ viewport: VIEWPORT });
    try {
      const tab = await openCollection(fresh);
      expect(await importFile(tab, join(files, 'export.jsonld'))).toContain(`${seed.items.length} new`);
      const again: AnnotationCollection = JSON.parse((await exportAs(tab, 'jsonld')).text);
      const original: AnnotationCollection = JSON.parse(readFileSync(join(files, 'export.jsonld'), 'utf8'));
      expect(again).toEqual(original);
    } finally {
      await fresh.close();
    }
  });

  it('charts one measure of one place over its periods, in order, both values of a period two papers disagree on marked', async () => {
    const fresh = await launchChromium({ viewport: VIEWPORT });
    try {
      const tab = await openCollection(fresh, 'zh');
      const series = seriesSeed();
      writeFileSync(join(files, 'series.jsonld'), renderExport('jsonld', series.items, series.lookup));
      expect(await importFile(tab, join(files, 'series.jsonld'))).toContain(`${series.items.length}`);
      const chart = tab.getByTestId('chart');
      await chart.waitFor();
      expect(await tab.locator('#chart-place option:checked').textContent()).toBe('潍坊市');
      expect(await tab.locator('#chart-measure option:checked').textContent()).toBe('地区生产总值 (CNY) · 4 个时期');
      expect(await chart.locator('.axis.x text').allTextContents()).toEqual(['2022', '2023年第1季度', '2023年上半年', '2023']);
      const dots = await chart.locator('circle.point').evaluateAll((circles) => circles.map((c) => ({ period: c.getAttribute('data-period'), x: Number(c.getAttribute('cx')), conflict: c.classList.contains('conflict') })));
      expect(dots.map((d) => d.period)).toEqual(['2022', '2023-Q1', '2023-H1', '2023-H1', '2023']);
      expect(dots.map((d) => d.x)).toEqual(dots.map((d) => d.x).sort((a, b) => a - b));
      expect(dots.filter((d) => d.conflict).map((d) => d.period)).toEqual(['2023-H1', '2023-H1']);
      const listed = (await tab.getByTestId('chart-conflicts').textContent()) ?? '';
      for (const part of ['3650亿元', '3605亿元', '潍坊上半年经济数据', '晚报：潍坊上半年GDP']) expect(listed).toContain(part);
      await tab.getByTestId('chart-section').screenshot({ path: join(SCREENSHOT_DIR, 'collection-chart.png') });
    } finally {
      await fresh.close();
    }
  });

  it('flags two pages that report the same measure of the same place and period with different values, side by side with their sources', async () => {
    const fresh = await launchChromium({ viewport: VIEWPORT });
    try {
      const tab = await openCollection(fresh);
      // the seed's GDP of 淄博市 in 2023-Q1, and the same figure as another paper printed it
      const gdp = seed.items.find((item) => item.fact?.measure === '地区生产总值' && item.fact.period === '2023-Q1')!;
      const figureOf = (item: CollectedItem) => item.annotation as FigureAnnotation;
      const url = 'https://www.zbnews.example.cn/2023/0521/gdp.html';
      const text = '1048.6亿元';
      const { start, end } = gdp.selectors.position;
      const other: CollectedItem = {
        ...gdp,
        id: itemId(url, start, end, text),
        url,
        site: 'www.zbnews.example.cn',
        title: '淄博一季度GDP',
        text,
        selectors: { ...gdp.selectors, quote: { ...gdp.selectors.quote, exact: text } },
        annotation: { ...figureOf(gdp), text, figure: { ...figureOf(gdp).figure, value: 104_860_000_000 } },
      };
      writeFileSync(join(files, 'two-papers.jsonld'), renderExport('jsonld', [gdp, other], seed.lookup));
      expect(await importFile(tab, join(files, 'two-papers.jsonld'))).toContain('2 new');
      const conflicts = tab.getByTestId('conflicts');
      await conflicts.waitFor();
      const shown = (await conflicts.textContent()) ?? '';
      for (const part of ['淄博市', '地区生产总值', gdp.text, text, gdp.title, '淄博一季度GDP']) expect(shown).toContain(part);
      await tab.screenshot({ path: join(SCREENSHOT_DIR, 'collection-conflict.png') });
    } finally {
      await fresh.close();
    }
  });
});
