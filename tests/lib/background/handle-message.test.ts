// The background's answers, with the hand-made place index of the place tests and fake settings and badge: no browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeText, handleBackgroundMessage, type BackgroundDeps, type MessageSender, type PlacesInUse } from '../../../lib/background/handle-message';
import type { PlaceFacts } from '../../../lib/gazetteer/types';
import type { ExtractResponse } from '../../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { fixtureIndex } from '../places/fixture-index';

/** The test slice of the division tree, with its units as their facts and one government host's pinyin. */
function fakePlaces(): PlacesInUse {
  const index = fixtureIndex();
  const lookup = (code: string): PlaceFacts | undefined => {
    const unit = index.units.unit(code);
    return unit && { code, name: unit.name, level: unit.level, path: [], children: {}, villagesLoaded: false, sources: [] };
  };
  const all = ['370000000000', '370300000000', '370302000000'].map((code) => index.units.unit(code)!);
  const gazetteer = { lookup, units: () => all, facts: (code: string) => (code === '370300000000' ? { english: 'Zibo', sources: {} } : { sources: {} }) };
  return { index: { ...index, gazetteer }, regionsByPinyin: new Map([['zibo', '370300000000']]) };
}

interface Fakes {
  deps: BackgroundDeps;
  badges: Array<[number, string]>;
  styled: MessageSender[];
  placesFor: ReturnType<typeof vi.fn>;
  places: ReturnType<typeof vi.fn>;
}

/** `loaded`: whether the places have loaded already (what a preview gets without waiting). */
function fakes(settings: Partial<Settings> = {}, places: () => Promise<PlacesInUse> = async () => fakePlaces(), loaded = true): Fakes {
  const badges: Array<[number, string]> = [];
  const styled: MessageSender[] = [];
  const placesFn = vi.fn(places);
  const placesFor = vi.fn((_text: string) => places());
  const deps: BackgroundDeps = {
    places: placesFn,
    placesFor,
    ahead: async (answer) => answer(loaded ? await places() : undefined),
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    setBadge: async (tabId, text) => {
      badges.push([tabId, text]);
    },
    styleDocument: async (sender) => {
      styled.push(sender);
    },
    collection: { store: { save: vi.fn(), forPage: vi.fn(), all: vi.fn(), markOrphans: vi.fn() }, announce: vi.fn(), openView: vi.fn() },
  };
  return { deps, badges, styled, placesFor, places: placesFn };
}

const fromTab = { tab: { id: 7 } };
const placeCodes = (response: unknown) =>
  (response as { annotations: Array<{ kind: string; text: string; place?: { code?: string } }> }).annotations
    .filter((a) => a.kind === 'place')
    .map((a) => `${a.text}/${a.place?.code ?? '?'}`);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('nf:extract', () => {
  it('finds figures and places, with the villages of the text loaded first', async () => {
    const { deps, placesFor } = fakes();
    const response = await handleBackgroundMessage({ type: 'nf:extract', text: '淄博市淄川区龙泉镇完成投资3642.40亿元。', host: 'example.com' }, fromTab, deps);
    expect(placesFor).toHaveBeenCalledWith('淄博市淄川区龙泉镇完成投资3642.40亿元。');
    expect(response).toMatchObject({ lang: 'zh', annotations: expect.arrayContaining([expect.objectContaining({ kind: 'figure', text: '3642.40亿元' })]) });
    expect(placeCodes(response)).toEqual(['淄博市/370300000000', '淄川区/370302000000', '龙泉镇/370302112000']);
  });

  it("links an ambiguous name through the site's region, and the reader's own region before it", async () => {
    const request = { type: 'nf:extract', text: '龙泉镇召开会议。', host: 'www.zibo.gov.cn' };
    expect(placeCodes(await handleBackgroundMessage(request, fromTab, fakes().deps))).toEqual(['龙泉镇/370302112000']);
    expect(placeCodes(await handleBackgroundMessage({ ...request, host: 'example.com' }, fromTab, fakes().deps))).toEqual(['龙泉镇/?']);
    const reader = fakes({ homeRegion: '330100000000' }).deps;
    expect(placeCodes(await handleBackgroundMessage(request, fromTab, reader))).toEqual(['龙泉镇/330110100000']);
  });

  it('reads each paragraph in its own language', async () => {
    const text = 'Sales rose 5% to $3 million in the first quarter.\n一季度销售额增长5%，达到300万元。\nThe company hired 40 people.';
    const response = (await handleBackgroundMessage({ type: 'nf:extract', text, host: 'x' }, fromTab, fakes().deps)) as ExtractResponse;
    const figures = response.annotations.filter((a) => a.kind === 'figure').map((a) => a.text);
    expect(figures).toEqual(['5%', '$3 million', 'first quarter', '一季度', '5%', '300万元', '40 people']);
  });

  it('answers a preview with the places loaded, and with figures alone rather than waiting for them', async () => {
    const text = '淄博市淄川区完成投资3642.40亿元。';
    const preview = { type: 'nf:extract', text, host: 'x', preview: true };
    const figures = (response: unknown) => (response as ExtractResponse).annotations.filter((a) => a.kind === 'figure').map((a) => a.text);
    const loading = fakes({}, () => new Promise(() => {}), false);
    const early = await handleBackgroundMessage(preview, fromTab, loading.deps);
    expect(figures(early)).toEqual(['3642.40亿元']);
    expect(placeCodes(early)).toEqual([]);
    expect(loading.placesFor).not.toHaveBeenCalled();
    expect(placeCodes(await handleBackgroundMessage(preview, fromTab, fakes().deps))).toEqual(['淄博市/370300000000', '淄川区/370302000000']);
  });

  it('loads no villages for English', async () => {
    const { deps, placesFor, places } = fakes();
    const response = await handleBackgroundMessage({ type: 'nf:extract', text: 'Sales rose 5% to $3 million.', host: 'x' }, fromTab, deps);
    expect(response).toMatchObject({ lang: 'en' });
    expect(placesFor).not.toHaveBeenCalled();
    expect(places).toHaveBeenCalled();
  });

  it("settles yearless dates with the page's publication date", async () => {
    const dated = (date?: unknown) =>
      handleBackgroundMessage({ type: 'nf:extract', text: '4月8日，镇里召开春耕会。', host: 'x', ...(date === undefined ? {} : { date }) } as any, fromTab, fakes().deps);
    expect(await dated('2022-04-09')).toMatchObject({ annotations: [{ text: '4月8日', figure: { value: '2022-04-08' } }] });
    expect(await dated()).toMatchObject({ annotations: [{ text: '4月8日', figure: { value: '--04-08' } }] });
    expect(await dated(20220409)).toMatchObject({ annotations: [{ text: '4月8日', figure: { value: '--04-08' } }] });
  });

  it('still finds the figures when the places cannot be loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { deps } = fakes({}, () => Promise.reject(new Error('no gazetteer')));
    const response = await handleBackgroundMessage({ type: 'nf:extract', text: '淄博市投资3642.40亿元。', host: 'x' }, fromTab, deps);
    expect(response).toMatchObject({ lang: 'zh', annotations: [expect.objectContaining({ kind: 'figure', text: '3642.40亿元' })] });
    expect(warn).toHaveBeenCalled();
  });

  it("styles a page's document ahead of its first extraction, only where its site is switched on", async () => {
    const on = fakes({ sites: { 'off.example': false } });
    expect(await handleBackgroundMessage({ type: 'nf:style', host: 'news.example' }, fromTab, on.deps)).toBeNull();
    expect(on.styled).toEqual([fromTab]);
    expect(await handleBackgroundMessage({ type: 'nf:style', host: 'off.example' }, fromTab, on.deps)).toBeNull();
    expect(on.styled).toEqual([fromTab]);
    const off = fakes({ enabledByDefault: false });
    await handleBackgroundMessage({ type: 'nf:style', host: 'news.example' }, fromTab, off.deps);
    expect(off.styled).toEqual([]);
    expect(await handleBackgroundMessage({ type: 'nf:style' }, fromTab, on.deps)).toEqual({ error: 'nf:style: the request has no host' });
  });

  it("styles the sender's document before it answers, and answers when it cannot style it", async () => {
    const { deps, styled } = fakes();
    let styling = () => {};
    deps.styleDocument = (sender) => new Promise((done) => (styling = () => (styled.push(sender), done())));
    let answered = false;
    const answer = handleBackgroundMessage({ type: 'nf:extract', text: '投资5亿元', host: 'x' }, fromTab, deps)!.then(() => (answered = true));
    await new Promise((done) => setTimeout(done, 10));
    expect(answered).toBe(false);
    styling();
    await answer;
    expect(styled).toEqual([fromTab]);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    deps.styleDocument = () => Promise.reject(new Error('no access'));
    expect(await handleBackgroundMessage({ type: 'nf:extract', text: '投资5亿元', host: 'x' }, fromTab, deps)).toMatchObject({ lang: 'zh' });
    expect(warn).toHaveBeenCalled();
  });

  it('answers a request without text with an error, logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const response = await handleBackgroundMessage({ type: 'nf:extract', host: 'x' }, fromTab, fakes().deps);
    expect(response).toEqual({ error: 'nf:extract: the request has no text' });
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('nf:lookup', () => {
  it("answers a place's facts, or null for an unknown code", async () => {
    const { deps } = fakes();
    expect(await handleBackgroundMessage({ type: 'nf:lookup', code: '370302000000' }, {}, deps)).toMatchObject({ name: '淄川区', level: 'county' });
    expect(await handleBackgroundMessage({ type: 'nf:lookup', code: '999999999999' }, {}, deps)).toBeNull();
  });
});

describe('nf:search-places', () => {
  it('answers the units whose name holds the query, larger units first', async () => {
    const { deps } = fakes();
    const found = (await handleBackgroundMessage({ type: 'nf:search-places', query: '淄' }, {}, deps)) as PlaceFacts[];
    expect(found.map((unit) => unit.name)).toEqual(['淄博市', '淄川区']);
    expect(((await handleBackgroundMessage({ type: 'nf:search-places', query: 'zibo' }, {}, deps)) as PlaceFacts[]).map((u) => u.code)).toEqual(['370300000000']);
  });
});

describe('nf:count', () => {
  it("sets the sender tab's badge, empty for none", async () => {
    const { deps, badges } = fakes();
    expect(await handleBackgroundMessage({ type: 'nf:count', count: 12 }, fromTab, deps)).toBeNull();
    await handleBackgroundMessage({ type: 'nf:count', count: 0 }, fromTab, deps);
    expect(badges).toEqual([[7, '12'], [7, '']]);
  });

  it('answers a count from outside a tab with an error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await handleBackgroundMessage({ type: 'nf:count', count: 3 }, {}, fakes().deps)).toEqual({ error: 'nf:count: only a page can report its count' });
  });

  it('fits the count in the badge', () => {
    expect([0, -1, Number.NaN, 1, 999, 1000, 25000].map(badgeText)).toEqual(['', '', '', '1', '999', '999+', '999+']);
  });
});

describe('other messages', () => {
  it("leaves other extensions' messages and the content script's own to their listeners", () => {
    const { deps } = fakes();
    for (const message of [undefined, 'nf:extract', { type: 'other' }, { type: 'nf:summary' }, { type: 'nf:reveal', id: 1 }]) {
      expect(handleBackgroundMessage(message, fromTab, deps)).toBeUndefined();
    }
  });
});
