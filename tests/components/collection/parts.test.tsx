// @vitest-environment happy-dom
// The collection view's parts, each given its data and callbacks: filters, place picker, result
// list with inline editing, map (the chart: SeriesChart.test.tsx).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CollectionMap } from '../../../components/collection/CollectionMap';
import { FilterPanel } from '../../../components/collection/FilterPanel';
import { parseTags } from '../../../components/collection/ItemCard';
import { PlacePicker } from '../../../components/collection/PlacePicker';
import { ResultList } from '../../../components/collection/ResultList';
import { LanguageContext } from '../../../components/i18n';
import { collectionFacets } from '../../../lib/collection/facets';
import { collectionPlaceTree } from '../../../lib/collection/place-tree';
import { toGeoJson } from '../../../lib/export/geojson';
import type { UiLang } from '../../../lib/i18n';
import { regionShapes } from '../../../lib/map/regions';
import { TEST_OUTLINES } from '../../fixtures/collection/outlines';
import { collectionSeed } from '../../fixtures/collection/seed';

const seed = collectionSeed();
afterEach(cleanup);

const inLanguage = (lang: UiLang, children: ComponentChildren) => render(<LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>);

describe('the filters', () => {
  it('offer the collection\'s own choices and report each change', () => {
    const onChange = vi.fn();
    inLanguage('zh', <FilterPanel filter={{}} facets={collectionFacets(seed.items)} onChange={onChange} />);
    const site = screen.getByLabelText('网站') as HTMLSelectElement;
    expect([...site.options].map((o) => o.value)).toEqual(['', 'english.example.cn', 'news.qingdao.example.cn', 'paper.dzrb.example.cn', 'www.lznews.example.cn']);
    fireEvent.change(site, { target: { value: 'paper.dzrb.example.cn' } });
    expect(onChange).toHaveBeenLastCalledWith({ site: 'paper.dzrb.example.cn' });
    fireEvent.input(screen.getByRole('searchbox', { name: '搜索' }), { target: { value: '大棚' } });
    expect(onChange).toHaveBeenLastCalledWith({ text: '大棚' });
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: '2023-01-01' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2023-01-01' });
    expect((screen.getByRole('button', { name: '清除全部筛选' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('drop the figure type when another kind is chosen, and hide it for places', () => {
    const onChange = vi.fn();
    const { rerender } = inLanguage('en', <FilterPanel filter={{ kind: 'figure', figureType: 'money' }} facets={collectionFacets(seed.items)} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'place' } });
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'place', figureType: undefined });
    rerender(<LanguageContext.Provider value="en"><FilterPanel filter={{ kind: 'place' }} facets={collectionFacets(seed.items)} onChange={onChange} /></LanguageContext.Provider>);
    expect(screen.queryByLabelText('Figure type')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });
});

describe('the place picker', () => {
  it('lists the places as a tree with counts, and picks one or all', () => {
    const onPick = vi.fn();
    inLanguage('zh', <PlacePicker tree={collectionPlaceTree(seed.items)} selected="370300000000" onPick={onPick} />);
    const picker = screen.getByTestId('place-picker');
    const zibo = within(picker).getByRole('button', { name: /^显示与淄博市有关的条目/ });
    expect(zibo.getAttribute('aria-pressed')).toBe('true');
    expect(zibo.textContent).toBe('淄博市 市27');
    fireEvent.click(within(picker).getByRole('button', { name: /^显示与台头村有关的条目/ }));
    expect(onPick).toHaveBeenLastCalledWith('370302112206');
    fireEvent.click(screen.getByRole('button', { name: '全部地区' }));
    expect(onPick).toHaveBeenLastCalledWith(undefined);
  });
});

describe('the result list', () => {
  const actions = () => ({ onUpdate: vi.fn(async () => true), onRemove: vi.fn(), onOpen: vi.fn() });

  it('shows each passage with its page, site, date, what it is, note and tags', () => {
    const village = seed.items.find((i) => i.text === '台头村')!;
    const money = seed.items.find((i) => i.text === '1050.3亿元')!;
    inLanguage('zh', <ResultList items={[village, money]} lookup={seed.lookup} order="saved" {...actions()} />);
    // newest saved first: the money figure was saved after the village
    const [second, first] = screen.getAllByRole('article');
    expect(first.querySelector('mark')!.textContent).toBe('台头村');
    expect(first.querySelector('.facts')!.textContent).toBe('村 山东省 > 淄博市 > 淄川区 > 龙泉镇 > 台头村370302112206');
    expect(first.querySelector('.source')!.textContent).toBe('龙泉镇建蔬菜大棚 · www.lznews.example.cn · 2022-06-10');
    expect(first.querySelector('.note')!.textContent).toBe('村民入股');
    expect(within(first).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['农业', '大棚']);
    expect(second.querySelector('.facts')!.textContent).toContain('金额 ');
    expect(second.querySelector('.facts')!.textContent).toContain('· 淄博市');
  });

  it('edits note and tags in place, and stays open when the change was not saved', async () => {
    const a = actions();
    const village = seed.items.find((i) => i.text === '台头村')!;
    inLanguage('en', <ResultList items={[village]} lookup={seed.lookup} order="saved" {...a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit note and tags' }));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: ' 合作社 ' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: '农业，大棚、 合作社, 农业' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(a.onUpdate).toHaveBeenCalledWith(village.id, { note: '合作社', tags: ['农业', '大棚', '合作社'] });
    await screen.findByRole('button', { name: 'Edit note and tags' });

    a.onUpdate.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByRole('button', { name: 'Edit note and tags' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await new Promise((done) => setTimeout(done, 0));
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('opens and deletes an item, and lists orphans in their own section', () => {
    const a = actions();
    const [found, lost] = seed.items.slice(0, 2);
    inLanguage('en', <ResultList items={[found, { ...lost, orphan: true }]} lookup={seed.lookup} order="saved" {...a} />);
    const results = screen.getByTestId('results');
    const orphans = screen.getByTestId('orphans');
    expect(within(results).getAllByRole('article')).toHaveLength(1);
    expect(within(orphans).getAllByRole('article')).toHaveLength(1);
    expect(within(orphans).getByRole('heading').textContent).toBe('No longer found on their page');
    fireEvent.click(within(results).getByRole('button', { name: 'Open the page at this passage' }));
    expect(a.onOpen).toHaveBeenCalledWith(found);
    // an orphan's passage is gone from its page: only the page is offered
    expect(within(orphans).queryByRole('button', { name: 'Open the page at this passage' })).toBeNull();
    fireEvent.click(within(orphans).getByRole('button', { name: 'Open the page' }));
    expect(a.onOpen).toHaveBeenCalledWith({ ...lost, orphan: true });
    fireEvent.click(within(orphans).getByRole('button', { name: 'Delete' }));
    expect(a.onRemove).toHaveBeenCalledWith({ ...lost, orphan: true });
  });

  it('draws the first hundred cards, says how many of how many, and more on request', () => {
    const many = Array.from({ length: 130 }, (_, k) => ({ ...seed.items[0], id: `item-${k}` }));
    inLanguage('en', <ResultList items={many} lookup={seed.lookup} order="saved" {...actions()} />);
    expect(screen.getAllByRole('article')).toHaveLength(100);
    expect(screen.getByTestId('list-count').textContent).toBe('Showing 100 of 130');
    fireEvent.click(screen.getByRole('button', { name: 'Show 30 more' }));
    expect(screen.getAllByRole('article')).toHaveLength(130);
  });

  it('sorts as the reader chooses, and in page order groups the items under their page', () => {
    const onOrder = vi.fn();
    const items = seed.items.filter((i) => !i.orphan);
    const { rerender } = inLanguage('en', <ResultList items={items} lookup={seed.lookup} order="saved" onOrder={onOrder} {...actions()} />);
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
    fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: 'document' } });
    expect(onOrder).toHaveBeenCalledWith('document');
    rerender(
      <LanguageContext.Provider value="en">
        <ResultList items={items} lookup={seed.lookup} order="document" onOrder={onOrder} {...actions()} />
      </LanguageContext.Provider>,
    );
    const pages = new Set(items.map((i) => i.url.split('#')[0]));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(pages.size);
  });

  it('reads tags as typed, with Chinese or Western commas', () => {
    expect(parseTags(' 农业，大棚、GDP,, GDP ')).toEqual(['农业', '大棚', 'GDP']);
  });
});

describe('the map', () => {
  it('draws the outlines and one dot per place with coordinates, sized by mentions', () => {
    const zibo = seed.items.filter((i) => i.url.includes('lznews'));
    const places = toGeoJson(zibo, seed.lookup).features;
    inLanguage('en', <CollectionMap regions={regionShapes(TEST_OUTLINES)} places={places} onPick={vi.fn()} width={400} height={300} />);
    const map = screen.getByTestId('map');
    expect(map.querySelector('title')!.textContent).toBe('Map of the places in the results');
    expect([...map.querySelectorAll('path')].map((p) => p.getAttribute('data-code'))).toEqual(['370000000000', '370300000000']);
    expect(map.querySelector('path.prefecture')!.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
    const dots = screen.getAllByRole('button');
    expect(dots.map((d) => d.getAttribute('data-code'))).toEqual(places.map((p) => p.properties.code));
    const zichuan = screen.getByRole('button', { name: '淄川区: 2 mentions. Show its items' });
    const radius = (code: string) => Number(map.querySelector(`circle[data-code="${code}"]`)!.getAttribute('r'));
    expect(radius('370302000000')).toBeGreaterThan(radius('370300000000'));
    expect(zichuan.getAttribute('tabindex')).toBe('0');
  });

  it('filters by a dot (click or Enter) or a region', () => {
    const onPick = vi.fn();
    const places = toGeoJson(seed.items, seed.lookup).features;
    inLanguage('zh', <CollectionMap regions={regionShapes(TEST_OUTLINES)} places={places} onPick={onPick} width={400} height={300} />);
    fireEvent.click(screen.getByRole('button', { name: /^青岛市：/ }));
    expect(onPick).toHaveBeenLastCalledWith('370200000000');
    fireEvent.keyDown(screen.getByRole('button', { name: /^北京市：/ }), { key: 'Enter' });
    expect(onPick).toHaveBeenLastCalledWith('110000000000');
    fireEvent.click(screen.getByTestId('map').querySelector('path[data-code="370000000000"]')!);
    expect(onPick).toHaveBeenLastCalledWith('370000000000');
  });
});
