// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../../components/popup/popup-api';
import { Popup } from '../../../components/popup/Popup';
import type { PageSummary } from '../../../lib/messaging/protocol';
import type { Settings } from '../../../lib/settings';
import { ZIBO_PAGE } from '../../lib/summary/items';
import { fakeSettingsStore } from '../fakes';

const HOST = 'www.zbnews.net';

function setup(summary: PageSummary | null, settings: Partial<Settings> = { language: 'zh' }, savePage = async () => 15) {
  const api = {
    settings: fakeSettingsStore(settings),
    summary: vi.fn(async () => summary),
    reveal: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    savePage: vi.fn(savePage),
    openCollection: vi.fn(),
    copy: vi.fn(async (_text: string) => undefined),
    // the gazetteer knows Zibo's English name only
    lookup: vi.fn(async (code: string) => (code === '370300000000' ? { code, name: '淄博市', english: 'Zibo', level: 'prefecture' as const, path: [], children: {}, villagesLoaded: false, sources: [] } : null)),
  } satisfies PopupApi;
  render(<Popup api={api} refreshMs={60_000} />);
  return api;
}

afterEach(cleanup);

describe('the popup on an annotated page', () => {
  const summary: PageSummary = { host: HOST, enabled: true, items: ZIBO_PAGE };

  it('shows the site, its switch on, and the counts', async () => {
    setup(summary);
    expect(await screen.findByTestId('host')).toHaveProperty('textContent', HOST);
    expect(screen.getByRole('switch', { name: '标注此网站' })).toHaveProperty('checked', true);
    expect(screen.getByTestId('counts').textContent).toBe('4 个数字 · 11 处地名');
  });

  it('shows the places as a tree with mentions per subtree', async () => {
    setup(summary);
    const tree = await screen.findByTestId('place-tree');
    const zibo = tree.querySelector('[data-code="370300000000"]')!;
    expect(within(zibo as HTMLElement).getByRole('button', { name: /^在页面上显示“淄博市”/ }).textContent).toBe('淄博市 市7');
    const counties = [...zibo.querySelectorAll(':scope > ul > li')].map((li) => li.getAttribute('data-code'));
    expect(counties).toEqual(['370302000000', '370303000000']);
    expect(tree.querySelector('[data-code="370302104201"]')?.textContent).toBe('台头村 村1');
  });

  it('lists the places without a code by level, marking what could not be linked', async () => {
    setup(summary);
    const other = await screen.findByTestId('other-places');
    expect([...other.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['国外地名', '自然地理', '区县']);
    expect(within(other).getByRole('button', { name: /“黄河”/ }).textContent).toBe('黄河2');
    expect(within(other).getByRole('button', { name: /“城区”/ }).textContent).toContain('无法确定是哪个地方');
  });

  it('groups the figures by type with their normalised values', async () => {
    setup(summary);
    const figures = await screen.findByTestId('figure-groups');
    expect([...figures.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['金额', '百分比', '日期']);
    expect(within(figures).getByRole('button', { name: '在页面上显示“3642.40亿元”, 提及 2 次' }).textContent).toBe('3642.40亿元364,240,000,000 CNY（3642.4亿）2');
  });

  it('reveals an item on click, a tree node by its first mention (Enter is tested in the browser)', async () => {
    const api = setup(summary);
    fireEvent.click(await screen.findByRole('button', { name: /^在页面上显示“山东省”/ }));
    expect(api.reveal).toHaveBeenLastCalledWith(1);
    fireEvent.click(screen.getByRole('button', { name: /^在页面上显示“龙泉镇”/ }));
    expect(api.reveal).toHaveBeenLastCalledWith(4);
    fireEvent.click(screen.getByRole('button', { name: /^在页面上显示“12.5%”/ }));
    expect(api.reveal).toHaveBeenLastCalledWith(9);
  });

  it('switches the site off in the settings, keeping the other sites', async () => {
    const api = setup(summary, { language: 'en', sites: { 'other.example.cn': false } });
    fireEvent.click(await screen.findByRole('switch', { name: 'Annotate this site' }));
    await waitFor(() => expect(api.settings.stored.sites).toEqual({ 'other.example.cn': false, [HOST]: false }));
    expect(screen.getByTestId('site-off').textContent).toContain(`off for ${HOST}`);
  });

  it('saves every fact of the page and says how many', async () => {
    const api = setup(summary);
    fireEvent.click(await screen.findByRole('button', { name: '收藏本页全部数字和地名' }));
    expect(api.savePage).toHaveBeenCalledTimes(1);
    expect((await screen.findByTestId('saved')).textContent).toBe('已将 15 项收入收藏。');
  });

  it('shows why the page could not be saved (a full disk is never hidden)', async () => {
    const full = 'Could not save 15 items: the browser has no room left for the collection (storage quota exceeded). Nothing was changed.';
    setup(summary, { language: 'en' }, async () => Promise.reject(new Error(full)));
    fireEvent.click(await screen.findByRole('button', { name: 'Save every fact on this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe(full);
  });

  it('opens the collection', async () => {
    const api = setup(summary, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Open collection' }));
    expect(api.openCollection).toHaveBeenCalledTimes(1);
  });

  it('opens the options page', async () => {
    const api = setup(summary, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(api.openOptions).toHaveBeenCalled();
  });

  it('speaks English when the settings say so, with the units’ English names beside their Chinese ones', async () => {
    const api = setup(summary, { language: 'en' });
    expect((await screen.findByTestId('counts')).textContent).toBe('4 figures · 11 places');
    expect(document.documentElement.lang).toBe('en');
    const zibo = within(screen.getByTestId('place-tree')).getByText('淄博市', { exact: false });
    await waitFor(() => expect(zibo.textContent).toContain('淄博市 Zibo'));
    expect(api.lookup).toHaveBeenCalledWith('370300000000');
  });

  it('asks for no English names in the Chinese interface', async () => {
    const api = setup(summary, { language: 'zh' });
    await screen.findByTestId('place-tree');
    expect(api.lookup).not.toHaveBeenCalled();
  });
});

describe('the popup where it cannot work', () => {
  it('says when the page has no content script', async () => {
    setup(null, { language: 'en' });
    expect((await screen.findByTestId('unavailable')).textContent).toMatch(/cannot read this page/);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('says when the site is off, and offers the switch to turn it on', async () => {
    const api = setup({ host: HOST, enabled: false, items: [] }, { language: 'zh', sites: { [HOST]: false } });
    expect((await screen.findByTestId('site-off')).textContent).toBe(`NewsFacts 已在 ${HOST} 上关闭。打开开关即可标注该网站的数字和地名。`);
    fireEvent.click(screen.getByRole('switch', { name: '标注此网站' }));
    await waitFor(() => expect(api.settings.stored.sites[HOST]).toBe(true));
  });

  it('says when the page has nothing to show', async () => {
    setup({ host: HOST, enabled: true, items: [] }, { language: 'en' });
    expect(await screen.findByText('No figures or places found on this page.')).toBeTruthy();
  });
});
