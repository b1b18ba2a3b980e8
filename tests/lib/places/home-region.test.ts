import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../lib/gazetteer/types';
import { homeRegionForHost, regionsByPinyin } from '../../../lib/places/home-region';

const units: Array<[Unit, string]> = [
  [{ code: '370000000000', name: '山东省', level: 'province', source: 't' }, 'Shandong'],
  [{ code: '370300000000', name: '淄博市', level: 'prefecture', parent: '370000000000', source: 't' }, 'Zibo'],
  [{ code: '220000000000', name: '吉林省', level: 'province', source: 't' }, 'Jilin'],
  [{ code: '220200000000', name: '吉林市', level: 'prefecture', parent: '220000000000', source: 't' }, 'Jilin'],
];
const byPinyin = regionsByPinyin({
  units: () => units.map(([u]) => u),
  facts: (code) => ({ english: units.find(([u]) => u.code === code)?.[1], sources: {} }),
});

describe('home region of a site', () => {
  it('knows regional outlets, subdomains included', () => {
    expect(homeRegionForHost('www.zbnews.net', byPinyin)).toBe('370300000000');
    expect(homeRegionForHost('paper.dzwww.com', byPinyin)).toBe('370000000000');
  });

  it('reads a government host\'s pinyin', () => {
    expect(homeRegionForHost('www.zibo.gov.cn', byPinyin)).toBe('370300000000');
    expect(homeRegionForHost('shandong.gov.cn', byPinyin)).toBe('370000000000');
  });

  it('gives none for other sites and for a pinyin two regions share', () => {
    expect(homeRegionForHost('example.com', byPinyin)).toBeUndefined();
    expect(homeRegionForHost('jilin.gov.cn', byPinyin)).toBeUndefined();
  });
});
