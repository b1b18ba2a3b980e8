// Searching the real gazetteer by what a reader types (the home region's field).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../lib/gazetteer/gazetteer';
import { loadGazetteer, loadVillagePack } from '../../../lib/gazetteer/node';
import { searchUnits } from '../../../lib/gazetteer/search';

let gazetteer: Gazetteer;

beforeAll(async () => {
  gazetteer = await loadGazetteer();
  await loadVillagePack(gazetteer, '37');
}, 120_000);

const names = (query: string) => searchUnits(gazetteer, query).map((unit) => unit.name);

describe('searching units by name', () => {
  it('finds a unit by its full name, its short form or a part, the larger units first', () => {
    expect(names('淄博市')[0]).toBe('淄博市');
    expect(names('淄博')[0]).toBe('淄博市');
    expect(names('张店')).toContain('张店区');
    const found = searchUnits(gazetteer, '淄川');
    expect(found[0]).toMatchObject({ code: '370302000000', english: 'Zichuan District' });
    expect(found[0].path.map((u) => u.name)).toEqual(['山东省', '淄博市', '淄川区']);
  });

  it('finds a unit by its English name, in any case', () => {
    expect(names('Zibo')[0]).toBe('淄博市');
    expect(names('zhangdian')[0]).toBe('张店区');
  });

  it('leaves out villages and gives at most eight', () => {
    expect(searchUnits(gazetteer, '村').every((unit) => unit.level !== 'village')).toBe(true);
    expect(searchUnits(gazetteer, '县')).toHaveLength(8);
    expect(searchUnits(gazetteer, '  ')).toEqual([]);
  });
});
