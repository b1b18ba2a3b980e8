import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { featureEntries, zoneWords, type FeatureEntry } from '../../../lib/places/world';
import { loadWorld } from '../../../lib/places/world-node';
import { buildWorld } from '../../../scripts/build-data/world';

/** A build reads jieba's dictionary (8 MB) for the abbreviation words: allow for a busy machine. */
const BUILD_TIMEOUT = 60_000;
let dir: string;
let entries: FeatureEntry[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsfacts-world-'));
  buildWorld(dir);
  entries = featureEntries(await loadWorld(dir));
}, BUILD_TIMEOUT);

afterAll(() => rm(dir, { recursive: true, force: true }));

/** The entries a name or alias reaches, abbreviations left out unless asked for. */
function named(name: string, { abbreviations = false } = {}): FeatureEntry[] {
  return entries.filter(
    (e) => (e.name === name || e.aliases.includes(name)) && (abbreviations || !e.abbreviation),
  );
}

function one(name: string): FeatureEntry {
  const found = named(name);
  expect(found.map((e) => e.id)).toHaveLength(1);
  return found[0];
}

describe('countries and territories', () => {
  it('links press names to ISO codes', () => {
    expect(one('美国')).toMatchObject({ id: 'country:US', level: 'country', country: 'US', english: 'United States' });
    expect(one('日本')).toMatchObject({ level: 'country', country: 'JP' });
    expect(one('德国')).toMatchObject({ level: 'country', country: 'DE' });
    expect(one('澳洲').country).toBe('AU');
    expect(one('沙特').country).toBe('SA');
    expect(one('阿联酋').country).toBe('AE');
  });

  it('covers every ISO 3166-1 code once', async () => {
    const world = await loadWorld(dir);
    const codes = world.countries.map((c) => c.iso);
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(new Set(codes).size).toBe(codes.length);
    expect(world.countries.every((c) => c.name && c.english)).toBe(true);
  });

  it('makes Hong Kong, Macao and Taiwan province-level units with their division codes', () => {
    expect(one('香港')).toMatchObject({ level: 'province', code: '810000000000', country: 'HK' });
    expect(one('澳门')).toMatchObject({ level: 'province', code: '820000000000' });
    expect(one('台湾')).toMatchObject({ level: 'province', code: '710000000000' });
    expect(one('中国香港特别行政区').id).toBe('country:HK');
    expect(one('港澳台').provinces).toEqual(['81', '82', '71']);
  });

  it('knows China by both names and says 全国 is not a place', () => {
    expect(one('中华人民共和国')).toBe(one('中国'));
    expect(one('中国').note).toContain('全国');
    expect(named('全国', { abbreviations: true })).toEqual([]);
  });

  it('keeps one-character abbreviations as flagged entries of their own', () => {
    expect(named('美', { abbreviations: true })).toEqual([
      expect.objectContaining({ id: 'abbr:US:美', country: 'US', abbreviation: true }),
    ]);
    for (const a of ['日', '韩', '俄', '德', '法', '英']) expect(named(a)).toEqual([]);
    const singles = entries.filter((e) => [e.name, ...e.aliases].some((n) => [...n].length === 1));
    expect(singles.every((e) => e.abbreviation && e.aliases.length === 0)).toBe(true);
  });

  it('leaves out a form that means something else in the press', () => {
    expect(named('中非')).toEqual([]);
    expect(one('中非共和国').country).toBe('CF');
  });
});

describe('Hong Kong, Macao and Taiwan below the province level', () => {
  it('has their cities and counties with the short forms the press writes, in their province', () => {
    expect(one('台北市')).toMatchObject({ level: 'prefecture', aliases: ['台北'], provinces: ['71'] });
    expect(one('港岛')).toMatchObject({ name: '香港岛', level: 'prefecture', provinces: ['81'] });
    expect(one('新界')).toMatchObject({ level: 'prefecture', provinces: ['81'] });
    expect(one('氹仔')).toMatchObject({ name: '嘉模堂区', level: 'county', provinces: ['82'] });
    expect(one('士林区')).toMatchObject({ level: 'county', provinces: ['71'] });
  });

  it('gives no code, and leaves out what the mainland also has; a short form a city and a county share names the county', () => {
    expect(entries.filter((e) => e.id.startsWith('territory:') && e.code)).toEqual([]);
    expect(named('大安区').filter((e) => e.id.startsWith('territory:'))).toEqual([]);
    expect(named('新竹').map((e) => e.name)).toEqual(['新竹县']);
    expect(named('嘉义').map((e) => e.name)).toEqual(['嘉义县']);
  });
});

describe('the characters of transliterated names', () => {
  it('tells strong ones (mostly in foreign names) from weak ones and from ordinary characters', async () => {
    const { transliteration } = await loadWorld(dir);
    expect(transliteration!.strong).toContain('斯');
    expect(transliteration!.strong).not.toContain('马');
    expect(transliteration!.weak).toContain('马');
    for (const ordinary of '的中国人民省市') expect(transliteration!.strong).not.toContain(ordinary);
  });
});

describe('world regions', () => {
  it('has the continents and the regions the press names', () => {
    expect(one('欧洲')).toMatchObject({ id: 'region:europe', level: 'region', english: 'Europe' });
    expect(one('东南亚')).toMatchObject({ id: 'region:southeast-asia', level: 'region' });
    expect(one('拉美').id).toBe('region:latin-america');
    expect(one('中东').level).toBe('region');
    expect(one('欧盟').level).toBe('region');
    for (const name of ['非洲', '美洲', '亚洲', '大洋洲', '中亚', '东亚', '南亚', '西欧', '东欧', '北美'])
      expect(one(name).level).toBe('region');
  });
});

describe('curated features', () => {
  it('has natural features and informal regions of China', () => {
    expect(one('黄河')).toMatchObject({ id: 'natural:huanghe', level: 'natural', english: 'Yellow River' });
    expect(one('大运河').id).toBe('natural:grand-canal');
    expect(one('鲁中')).toMatchObject({ id: 'region:luzhong', level: 'region', provinces: ['37'] });
    expect(one('齐鲁').provinces).toEqual(['37']);
    expect(one('雄安新区').level).toBe('devzone');
  });

  it('marks names that are also common words or administrative units', () => {
    for (const name of ['崂山', '半岛', '东北', '西南', '中原', '江南', '华山'])
      expect(one(name).needsContext, name).toBe(true);
    expect(one('崂山').note).toContain('崂山区');
    expect(one('泰山').needsContext).toBeUndefined();
  });

  it('places foreign cities in their country', () => {
    expect(one('东京')).toMatchObject({ id: 'foreign:tokyo', level: 'foreign', country: 'JP', coordinates: [139.69, 35.69] });
    expect(one('海参崴')).toBe(one('符拉迪沃斯托克'));
    const countries = new Set(entries.filter((e) => e.level === 'country').map((e) => e.country));
    const curated = entries.filter((e) => e.level === 'foreign' && !e.id.startsWith('foreign:cldr:') && !e.id.startsWith('foreign:historical-') && !e.id.match(/^foreign:[a-z]{2}-/));
    expect(curated.length).toBeGreaterThanOrEqual(600);
    expect(curated.filter((c) => !countries.has(c.country))).toEqual([]);
    // the capitals and large centres with their curated coordinates, the towns and ports of the news with GeoNames',
    // where the match is sure (Long Beach), and without where none is
    expect(curated.filter((c) => c.coordinates).length).toBeGreaterThanOrEqual(600);
    expect(one('长滩').coordinates).toEqual([-118.19, 33.77]);
    expect(one('帕萨迪纳').coordinates).toBeUndefined();
  });

  it('has places of history abroad, those that are common words needing context', () => {
    expect(one('满剌加')).toMatchObject({ id: 'foreign:historical-malacca-historical', level: 'foreign', country: 'MY' });
    for (const name of ['安息', '西洋', '大食', '条支']) expect(one(name).needsContext, name).toBe(true);
  });

  it("adds CLDR's exemplar cities the curated list lacks, outside China and Antarctica", () => {
    expect(one('温得和克')).toMatchObject({ id: 'foreign:cldr:Africa/Windhoek', level: 'foreign' });
    // their English names (Easter, Christmas, Midway) are ordinary words too often for English text
    expect(one('复活节岛').english).toBeUndefined();
    expect(one('东京').id).toBe('foreign:tokyo');
    expect(named('上海')).toEqual([]);
    expect(named('昭和')).toEqual([]);
    expect(named('未知地点')).toEqual([]);
    expect(one('达尔文').needsContext).toBe(true);
  });

  it('places divisions, landmarks and natural features of the world in their country', () => {
    expect(one('加州')).toMatchObject({ id: 'foreign:us-california', level: 'foreign', country: 'US' });
    expect(one('得州')).toBe(one('得克萨斯州'));
    expect(one('克里姆林宫')).toMatchObject({ level: 'landmark', country: 'RU' });
    expect(one('人民大会堂')).toMatchObject({ level: 'landmark', country: 'CN' });
    // China's named sites carry the province they lie in, for the card and for linking; a name of many cities none
    expect(one('檀干园')).toMatchObject({ level: 'landmark', country: 'CN', provinces: ['34'] });
    expect(one('天后宫').provinces).toBeUndefined();
    expect(one('密西西比河').level).toBe('natural');
    expect(one('苏联')).toMatchObject({ level: 'country', country: 'SUHH' });
  });
});

describe('the whole vocabulary', () => {
  it('gives every entry a unique id', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets two entries share a name unless both are flagged', () => {
    const byName = new Map<string, FeatureEntry[]>();
    for (const e of entries)
      for (const n of new Set([e.name, ...e.aliases])) byName.set(n, [...(byName.get(n) ?? []), e]);
    const unflagged = [...byName].filter(
      ([, es]) => es.length > 1 && es.some((e) => !e.needsContext && !e.abbreviation),
    );
    expect(unflagged.map(([n, es]) => `${n}: ${es.map((e) => e.id).join(', ')}`)).toEqual([]);
  });

  it('has well-formed provinces and coordinates', () => {
    for (const e of entries) {
      for (const p of e.provinces ?? []) expect(p, e.id).toMatch(/^\d{2}$/);
      if (e.coordinates) {
        const [lng, lat] = e.coordinates;
        expect(Math.abs(lng) <= 180 && Math.abs(lat) <= 90, e.id).toBe(true);
      }
      if (e.code) expect(e.code, e.id).toMatch(/^\d{12}$/);
    }
  });

  it('lists the generic zone words, longest first where one ends another', () => {
    expect(zoneWords.find((z) => z.word === '高新区')).toMatchObject({ level: 'devzone', english: 'high-tech zone' });
    const words = zoneWords.map((z) => z.word);
    for (const [i, w] of words.entries())
      for (const later of words.slice(i + 1)) expect(later.endsWith(w), `${later} after ${w}`).toBe(false);
  });
});

describe('buildWorld', () => {
  it('writes the same bytes on every run', async () => {
    const again = await mkdtemp(join(tmpdir(), 'newsfacts-world-'));
    try {
      buildWorld(again);
      const [first, second] = await Promise.all(
        [dir, again].map((d) => readFile(join(d, 'world.json'))),
      );
      expect(second.equals(first)).toBe(true);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, BUILD_TIMEOUT);
});
