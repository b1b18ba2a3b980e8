import { describe, expect, it } from 'vitest';
import type { Unit, UnitFacts } from '../../../lib/gazetteer/types';
import { EnglishPlaceIndex, findEnglishPlaces, type EnglishSources } from '../../../lib/places/en';
import type { FeatureEntry } from '../../../lib/places/world';

const rows: Array<[Unit, string]> = [
  [{ code: '370000000000', name: '山东省', level: 'province', source: 't' }, 'Shandong'],
  [{ code: '370300000000', name: '淄博市', level: 'prefecture', parent: '370000000000', source: 't' }, 'Zibo'],
  [{ code: '370302000000', name: '淄川区', level: 'county', parent: '370300000000', source: 't' }, 'Zichuan District'],
  [{ code: '370100000000', name: '济南市', level: 'prefecture', parent: '370000000000', source: 't' }, 'Jinan'],
];
const units = new Map(rows.map(([u]) => [u.code, u]));
const sources: EnglishSources = {
  unit: (code) => units.get(code),
  units: () => units.values(),
  facts: (code): UnitFacts | undefined => {
    const row = rows.find(([u]) => u.code === code);
    return row && { english: row[1], sources: {} };
  },
  children: (code) => [...units.values()].filter((u) => u.parent === code),
  pinyinOf: () => undefined,
};
const features: FeatureEntry[] = [{ id: 'country:DE', name: '德国', aliases: [], level: 'country', english: 'Germany' }];
const index = new EnglishPlaceIndex(sources, features);
const places = (text: string) => findEnglishPlaces(text, sources, index).map((a) => [a.text, a.place.level, a.place.code ?? null]);

describe('English place names', () => {
  it('links pinyin names with and without their level word, and datelines in capitals', () => {
    expect(places('ZIBO — Officials in Zichuan District of Zibo City, Shandong Province, met partners from Germany.')).toEqual([
      ['ZIBO', 'prefecture', '370300000000'],
      ['Zichuan District', 'county', '370302000000'],
      ['Zibo City', 'prefecture', '370300000000'],
      ['Shandong Province', 'province', '370000000000'],
      ['Germany', 'foreign', null],
    ]);
  });

  it('reads a bare county name only where its prefecture supports it', () => {
    expect(places('Zichuan is growing.')).toEqual([]);
    expect(places('In Zibo, Zichuan is growing.').map((p) => p[0])).toEqual(['Zibo', 'Zichuan']);
  });
});
