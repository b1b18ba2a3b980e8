// @vitest-environment happy-dom
// The collection view as a whole, over a fake browser: it reads the collection and follows other
// pages' changes; filters; imports (counting duplicates, or listing a file's problems and changing
// nothing); exports each format as a download; deletes with an undo; opens a passage's page.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionApp } from '../../../components/collection/CollectionApp';
import type { CollectedItem } from '../../../lib/collection/item';
import { CollectionIndex } from '../../../lib/collection/query';
import { textFragmentUrl } from '../../../lib/collection/text-fragment';
import { exportFileName } from '../../../lib/export/file-name';
import { renderExport } from '../../../lib/export/render';
import { collectionSeed } from '../../fixtures/collection/seed';
import { fakeCollectionApi } from './fake-api';

afterEach(cleanup);

const ZIBO = '370300000000';

async function setup(language: 'en' | 'zh' = 'en', layout: 'page' | 'panel' = 'page') {
  const seed = collectionSeed();
  const api = fakeCollectionApi(seed, { language });
  render(<CollectionApp api={api} layout={layout} />);
  await screen.findByTestId('results');
  return { seed, api };
}

const counts = () => screen.getByTestId('counts').textContent;

function importFile(name: string, text: string) {
  fireEvent.change(screen.getByLabelText(/JSON-LD/, { selector: 'input' }), { target: { files: [new File([text], name)] } });
}

describe('the collection view', () => {
  it('shows the collection, filters by place with the units inside, and charts the place', async () => {
    const { seed } = await setup('zh');
    expect(counts()).toBe(`显示 ${seed.items.length} 条，共 ${seed.items.length} 条`);
    fireEvent.click(within(screen.getByTestId('place-picker')).getByRole('button', { name: /^显示与淄博市有关的条目/ }));
    const expected = new CollectionIndex(seed.items).query({ placeCode: ZIBO });
    expect(counts()).toBe(`显示 ${expected.length} 条，共 ${seed.items.length} 条`);
    expect(screen.getAllByRole('article')).toHaveLength(expected.length);
    // the chart turns to the chosen place's own facts
    expect((screen.getByLabelText('图中地区') as HTMLSelectElement).selectedOptions[0].textContent).toBe('淄博市');
    await waitFor(() => expect(screen.getByTestId('map').querySelectorAll('circle').length).toBeGreaterThan(1));
    expect(screen.getByText('轮廓：echarts 4.9.0（c. 2016），已简化。')).toBeTruthy();
  });

  it('reads the collection again when another page announces a change', async () => {
    const { seed, api } = await setup();
    api.stored.delete(seed.items[0].id);
    api.announceFromElsewhere();
    await waitFor(() => expect(counts()).toBe(`${seed.items.length - 1} of ${seed.items.length - 1} shown`));
  });

  it('imports a file, counting what was new and what was there already, and tells the other pages', async () => {
    const { seed, api } = await setup();
    const extra = { ...seed.items[0], id: 'nf-00000000-00000001', text: '淄川区', note: '新的' };
    importFile('more.jsonld', renderExport('jsonld', [seed.items[1], extra], seed.lookup));
    expect(await screen.findByText('Imported more.jsonld: 1 new, 1 already in the collection.')).toBeTruthy();
    expect(api.stored.get(extra.id)?.note).toBe('新的');
    expect(counts()).toBe(`${seed.items.length + 1} of ${seed.items.length + 1} shown`);
    expect(api.announce).toHaveBeenCalled();
  });

  it('keeps the collection’s item when an import gives its id other content, and says which', async () => {
    const { seed, api } = await setup();
    const edited = { ...seed.items[1], note: '文件里的另一条备注' };
    const before = api.stored.get(edited.id)?.note;
    importFile('edited.jsonld', renderExport('jsonld', [edited, seed.items[2]], seed.lookup));
    expect(await screen.findByText(/^Imported edited\.jsonld: 0 new, 2 already in the collection\. 1 of those differ from the collection's/)).toBeTruthy();
    const problems = screen.getByTestId('status').querySelectorAll('.problems li');
    expect([...problems].map((li) => li.textContent)).toEqual([`${edited.id} ${edited.text}`]);
    expect(api.stored.get(edited.id)?.note).toBe(before);
  });

  it('drops a message in the old language when the language changes', async () => {
    const { seed, api } = await setup();
    importFile('more.jsonld', renderExport('jsonld', [seed.items[1]], seed.lookup));
    await screen.findByText('Imported more.jsonld: 0 new, 1 already in the collection.');
    await api.settings.update((s) => ({ ...s, language: 'zh' }));
    await waitFor(() => expect(counts()).toContain('显示'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe(''));
  });

  it('lists where and what is wrong in a broken file, and changes nothing', async () => {
    const { seed, api } = await setup('zh');
    const broken = JSON.parse(renderExport('jsonld', seed.items.slice(0, 3), seed.lookup));
    broken.first.items[1].target.selector = [];
    importFile('broken.jsonld', JSON.stringify(broken));
    expect(await screen.findByText('未导入 broken.jsonld，收藏没有改动。问题如下：')).toBeTruthy();
    const problems = screen.getByTestId('status').querySelectorAll('.problems li');
    expect([...problems].map((li) => li.textContent)).toEqual(['first.items[1].target.selector needs a TextQuoteSelector with a non-empty exact']);
    importFile('nonsense.json', '{ not json');
    expect(await screen.findByText(/is not valid JSON/)).toBeTruthy();
    expect(api.store.addNew).not.toHaveBeenCalled();
    expect(api.stored.size).toBe(seed.items.length);
  });

  it('exports the whole collection or the results shown, in each format, as a dated download', async () => {
    const { seed, api } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => expect(api.download).toHaveBeenCalledTimes(1));
    const [name, type, text] = vi.mocked(api.download).mock.calls[0];
    expect([name, type]).toEqual([exportFileName('csv'), 'text/csv']);
    expect(text.trim().split('\n')).toHaveLength(seed.items.length + 1);
    expect(screen.getByText(`Saved ${exportFileName('csv')} (${seed.items.length} items).`)).toBeTruthy();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '台头村' } });
    fireEvent.click(screen.getByLabelText(/the results shown/));
    for (const format of ['JSON-LD', 'GeoJSON', 'Markdown']) fireEvent.click(screen.getByRole('button', { name: `Export as ${format}` }));
    await waitFor(() => expect(api.download).toHaveBeenCalledTimes(4));
    const calls = vi.mocked(api.download).mock.calls.slice(1);
    expect(calls.map(([file, mediaType]) => [file, mediaType])).toEqual([
      [exportFileName('jsonld'), 'application/ld+json'],
      [exportFileName('geojson'), 'application/geo+json'],
      [exportFileName('md'), 'text/markdown'],
    ]);
    const shown = new CollectionIndex(seed.items).query({ text: '台头村' });
    expect(JSON.parse(calls[0][2]).total).toBe(shown.length);
    // Towns and villages have no coordinates in the gazetteer: the GeoJSON says so rather than guessing
    // (the town, 龙泉镇, is there as the subject of figures whose sentences name 台头村).
    expect(JSON.parse(calls[1][2]).withoutCoordinates).toEqual(['370302112000', '370302112206']);
  });

  it('saves an edit, deletes with an undo, and opens a page at its passage', async () => {
    const { seed, api } = await setup();
    const card = screen.getAllByRole('article')[0];
    const id = card.getAttribute('data-id')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Edit note and tags' }));
    fireEvent.input(within(card).getByLabelText('Tags'), { target: { value: '复核' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.stored.get(id)?.tags).toEqual(['复核']));

    fireEvent.click(await within(screen.getAllByRole('article')[0]).findByRole('button', { name: 'Open the page at this passage' }));
    const item = seed.items.find((i) => i.id === id)!;
    expect(api.open).toHaveBeenCalledWith(textFragmentUrl(item.url, item.selectors.quote));

    fireEvent.click(within(screen.getAllByRole('article')[0]).getByRole('button', { name: 'Delete' }));
    await screen.findByText(`Deleted “${item.text}”.`);
    expect(api.stored.has(id)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.stored.get(id)?.tags).toEqual(['复核']));
    await waitFor(() => expect(counts()).toBe(`${seed.items.length} of ${seed.items.length} shown`));
  });

  it('shows a failed write as an error and keeps the editor open', async () => {
    const { api } = await setup();
    vi.mocked(api.store.update).mockRejectedValueOnce(new Error('Could not update the item: the browser has no room left. Nothing was changed.'));
    const card = screen.getAllByRole('article')[0];
    fireEvent.click(within(card).getByRole('button', { name: 'Edit note and tags' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/no room left/)).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('survives a stored item of the wrong shape: lists it apart with why, shows the rest, and can delete it', async () => {
    for (const layout of ['page', 'panel'] as const) {
      cleanup();
      const seed = collectionSeed();
      const place = seed.items.find((item) => item.annotation?.kind === 'place')!;
      const bad = { ...place, id: 'nf-bad', annotation: { ...place.annotation!, place: { name: '淄川区', level: 'county', path: '山东省 淄博市 淄川区' } } };
      const api = fakeCollectionApi({ ...seed, items: [...seed.items, bad as unknown as CollectedItem] });
      render(<CollectionApp api={api} layout={layout} />);
      await screen.findByTestId('results');
      const broken = screen.getByTestId('broken');
      expect(broken.textContent).toContain('nf-bad');
      expect(broken.textContent).toContain('annotation.place.path');
      expect(counts()).toBe(`${seed.items.length} of ${seed.items.length} shown`);
      // the place tree, the map and the chart still work over the rest
      fireEvent.click(within(screen.getByTestId('place-picker')).getAllByRole('button')[0]);
      expect(screen.getByTestId('results')).toBeTruthy();
      fireEvent.click(within(broken).getByRole('button', { name: 'Delete' }));
      await waitFor(() => expect(screen.queryByTestId('broken')).toBeNull());
      expect(api.stored.has('nf-bad')).toBe(false);
    }
  });

  it('offers the full page from the side panel', async () => {
    const { api } = await setup('zh', 'panel');
    fireEvent.click(screen.getByRole('button', { name: '在新标签页中打开全部收藏' }));
    expect(api.openFullView).toHaveBeenCalled();
  });

  it('shows in the side panel the items of the page beside it, in its order; a click scrolls that page, the whole collection is one click away', async () => {
    const seed = collectionSeed();
    const pageUrl = seed.items.find((i) => !i.orphan)!.url.split('#')[0];
    const onPage = seed.items.filter((i) => i.url.split('#')[0] === pageUrl && !i.orphan);
    const api = fakeCollectionApi(seed);
    api.tab = { url: vi.fn(async () => pageUrl), watch: vi.fn(() => () => {}), reveal: vi.fn(async () => true) };
    render(<CollectionApp api={api} layout="panel" />);
    await screen.findByRole('heading', { level: 1, name: 'This page' });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(onPage.length));
    const starts = onPage.map((i) => i.selectors.position.start).sort((a, b) => a - b);
    const shown = screen.getAllByRole('article').map((a) => seed.items.find((i) => i.id === a.dataset.id)!.selectors.position.start);
    expect(shown).toEqual(starts);
    fireEvent.click(screen.getAllByRole('button', { name: 'Open the page at this passage' })[0]);
    await waitFor(() => expect(api.tab!.reveal).toHaveBeenCalled());
    expect(api.open).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: `Whole collection (${seed.items.length})` }));
    expect(await screen.findByRole('heading', { level: 1, name: 'NewsFacts collection' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'This page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This page' })).toBeTruthy();
  });

  it('opens a new tab when the page beside the side panel did not find the item', async () => {
    const seed = collectionSeed();
    const item = seed.items.find((i) => !i.orphan)!;
    const api = fakeCollectionApi(seed);
    api.tab = { url: vi.fn(async () => item.url.split('#')[0]), watch: vi.fn(() => () => {}), reveal: vi.fn(async () => false) };
    render(<CollectionApp api={api} layout="panel" />);
    fireEvent.click((await screen.findAllByRole('button', { name: 'Open the page at this passage' }))[0]);
    await waitFor(() => expect(api.open).toHaveBeenCalled());
  });
});
