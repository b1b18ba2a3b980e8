// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../../components/options/options-api';
import { Options } from '../../../components/options/Options';
import type { PlaceFacts } from '../../../lib/gazetteer/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { fakeSettingsStore } from '../fakes';

const ZHANGDIAN: PlaceFacts = {
  code: '370303000000',
  name: '张店区',
  level: 'county',
  path: [
    { code: '370000000000', name: '山东省', level: 'province' },
    { code: '370300000000', name: '淄博市', level: 'prefecture' },
    { code: '370303000000', name: '张店区', level: 'county' },
  ],
  english: 'Zhangdian District',
  children: { township: 12 },
  villagesLoaded: false,
  sources: [],
};

const CHENGQU = (code: string): PlaceFacts => ({ ...ZHANGDIAN, code, name: '城区', english: 'Chengqu', path: [{ code, name: '城区', level: 'county' }] });

function setup(settings: Partial<Settings> = { language: 'en' }, lookup: OptionsApi['lookup'] = async (code) => (code === ZHANGDIAN.code ? ZHANGDIAN : null)) {
  // the gazetteer's answer to a name: 张店 is one unit, 城区 several (their names are fake but their shape is not)
  const search = async (query: string) => (ZHANGDIAN.name.includes(query) || 'zhangdian'.startsWith(query.toLowerCase()) ? [ZHANGDIAN] : query === '城区' ? [CHENGQU('140302000000'), CHENGQU('140402000000')] : []);
  const api = { settings: fakeSettingsStore(settings), lookup: vi.fn(lookup), search: vi.fn(search) };
  render(<Options api={api} colourDelayMs={20} />);
  return api;
}

const status = () => screen.getByRole('status').textContent;

afterEach(cleanup);

describe('the options page: sites', () => {
  it('lists the sites with their switches, and saves a change at once', async () => {
    const api = setup({ language: 'en', sites: { 'www.zbnews.net': true, 'news.example.cn': false } });
    const off = await screen.findByRole('switch', { name: 'Annotate news.example.cn' });
    expect(off).toHaveProperty('checked', false);
    expect(screen.getByRole('switch', { name: 'Annotate www.zbnews.net' })).toHaveProperty('checked', true);
    fireEvent.click(off);
    await waitFor(() => expect(api.settings.stored.sites['news.example.cn']).toBe(true));
    expect(status()).toBe('Saved');
  });

  it('removes a site', async () => {
    const api = setup({ language: 'en', sites: { 'www.zbnews.net': true, 'news.example.cn': false } });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove news.example.cn from the list' }));
    await waitFor(() => expect(api.settings.stored.sites).toEqual({ 'www.zbnews.net': true }));
  });

  it('adds a site from a pasted address, as the default has it', async () => {
    const api = setup({ language: 'en', enabledByDefault: false });
    fireEvent.input(await screen.findByLabelText('Site address'), { target: { value: 'https://WWW.DZWWW.com/xinwen/1.htm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(api.settings.stored.sites).toEqual({ 'www.dzwww.com': false }));
    expect(screen.getByLabelText('Site address')).toHaveProperty('value', '');
  });

  it('refuses what is not a host, saying why, and saves nothing', async () => {
    const api = setup();
    const input = await screen.findByLabelText('Site address');
    fireEvent.click(screen.getByLabelText('Places'));
    await waitFor(() => expect(status()).toBe('Saved'));
    vi.mocked(api.settings.update).mockClear();
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('“not a site” is not a site address. Write a host name such as news.example.cn.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(api.settings.update).not.toHaveBeenCalled();
    // the earlier "Saved" would mislead now
    expect(status()).toBe('');
  });

  it('saves the default for sites not in the list', async () => {
    const api = setup();
    fireEvent.click(await screen.findByLabelText('Annotate sites that are not in the list'));
    await waitFor(() => expect(api.settings.stored.enabledByDefault).toBe(false));
  });
});

describe('the options page: what, how and in which language', () => {
  it('switches a category off', async () => {
    const api = setup();
    fireEvent.click(await screen.findByLabelText('Places'));
    await waitFor(() => expect(api.settings.stored.categories).toEqual({ figure: true, place: false }));
  });

  it('chooses the whole page', async () => {
    const api = setup();
    fireEvent.click(await screen.findByLabelText('The whole page'));
    await waitFor(() => expect(api.settings.stored.scope).toBe('page'));
  });

  it('changes the UI language at once', async () => {
    const api = setup();
    const select = await screen.findByLabelText('Language of NewsFacts');
    fireEvent.change(select, { target: { value: 'zh' } });
    await waitFor(() => expect(api.settings.stored.language).toBe('zh'));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', 'NewsFacts 设置');
    expect(screen.getByLabelText('界面语言')).toBeTruthy();
    expect(status()).toBe('已保存');
  });
});

describe('the options page: colours', () => {
  it('labels each colour and saves a picked colour once the picker rests', async () => {
    const api = setup();
    const county = await screen.findByLabelText('County');
    expect(county).toHaveProperty('value', DEFAULT_SETTINGS.colours.place.county);
    fireEvent.input(county, { target: { value: '#112233' } });
    fireEvent.input(county, { target: { value: '#445566' } });
    expect(api.settings.update).not.toHaveBeenCalled();
    await waitFor(() => expect(api.settings.stored.colours.place.county).toBe('#445566'));
    expect(api.settings.update).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Figures')).toHaveProperty('value', DEFAULT_SETTINGS.colours.figure);
  });

  it('restores the default colours', async () => {
    const api = setup({ language: 'en', colours: { ...DEFAULT_SETTINGS.colours, figure: '#000000' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Restore the default colours' }));
    await waitFor(() => expect(api.settings.stored.colours).toEqual(DEFAULT_SETTINGS.colours));
  });
});

describe('the options page: home region', () => {
  it('saves a 6-digit code as 12 digits and shows the region it names', async () => {
    const api = setup();
    const input = await screen.findByLabelText('Place name or division code');
    fireEvent.change(input, { target: { value: '370303' } });
    await waitFor(() => expect(api.settings.stored.homeRegion).toBe('370303000000'));
    expect(api.lookup).toHaveBeenCalledWith('370303000000');
    await waitFor(() => expect(screen.getByTestId('home-note').textContent).toBe('山东省 › 淄博市 › 张店区 (Zhangdian District)'));
  });

  it('shows the stored region by name when the page opens', async () => {
    setup({ language: 'zh', homeRegion: '370303000000' });
    await waitFor(() => expect(screen.getByTestId('home-note').textContent).toBe('山东省 › 淄博市 › 张店区'));
    expect(screen.getByLabelText('地名或区划代码')).toHaveProperty('value', '370303000000');
  });

  it('refuses a malformed code and a code no region has, and saves neither', async () => {
    const api = setup({ language: 'en', homeRegion: '370303000000' });
    await waitFor(() => expect(screen.getByTestId('home-note').textContent).toContain('张店区'));
    const input = screen.getByLabelText('Place name or division code');
    fireEvent.change(input, { target: { value: '3703' } });
    expect((await screen.findByRole('alert')).textContent).toBe('“3703” is not a division code. Write 6 or 12 digits, such as 370303.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: '999999' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('No region has the code 999999000000.'));
    expect(api.settings.update).not.toHaveBeenCalled();
  });

  it('empties the home region so the site decides', async () => {
    const api = setup({ language: 'en', homeRegion: '370303000000' });
    fireEvent.change(await screen.findByLabelText('Place name or division code'), { target: { value: '' } });
    await waitFor(() => expect(api.settings.stored.homeRegion).toBe(''));
    await waitFor(() => expect(screen.getByTestId('home-note').textContent).toBe('Taken from the site when it is a regional outlet.'));
  });

  it('finds a place by its Chinese or English name and saves the code of the one picked', async () => {
    const api = setup();
    const input = await screen.findByLabelText('Place name or division code');
    fireEvent.input(input, { target: { value: '张店' } });
    const matches = await screen.findByTestId('home-matches');
    fireEvent.click(within(matches).getByRole('button', { name: '山东省 › 淄博市 › 张店区 (Zhangdian District)' }));
    await waitFor(() => expect(api.settings.stored.homeRegion).toBe('370303000000'));
    expect(screen.getByTestId('home-note').textContent).toBe('山东省 › 淄博市 › 张店区 (Zhangdian District)');
    expect(screen.queryByTestId('home-matches')).toBeNull();
    expect(api.search).toHaveBeenCalledWith('张店');
  });

  it('takes a name with one match on Enter, asks to pick among several, and says when none has it', async () => {
    const api = setup();
    const input = await screen.findByLabelText('Place name or division code');
    fireEvent.change(input, { target: { value: 'Zhangdian' } });
    await waitFor(() => expect(api.settings.stored.homeRegion).toBe('370303000000'));
    await waitFor(() => expect(screen.getByTestId('home-note').textContent).toContain('Zhangdian District'));
    fireEvent.change(input, { target: { value: '城区' } });
    await waitFor(() => expect(screen.getByTestId('home-note').textContent).toBe('Several places have this name: pick one from the list.'));
    expect(within(screen.getByTestId('home-matches')).getAllByRole('button')).toHaveLength(2);
    fireEvent.change(input, { target: { value: '无此地' } });
    expect((await screen.findByRole('alert')).textContent).toBe('No place is called “无此地”.');
    expect(api.settings.stored.homeRegion).toBe('370303000000');
  });

  it('keeps a well-formed code when the background cannot answer', async () => {
    const api = setup({ language: 'en' }, async () => {
      throw new Error('no background');
    });
    fireEvent.change(await screen.findByLabelText('Place name or division code'), { target: { value: '370303000000' } });
    await waitFor(() => expect(api.settings.stored.homeRegion).toBe('370303000000'));
    await waitFor(() => expect(screen.getByTestId('home-note').textContent).toBe('Saved, but the region’s name could not be looked up now.'));
  });
});
