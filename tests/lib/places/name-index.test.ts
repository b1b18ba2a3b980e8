// The name dictionary's lookup at a text position: renamed forms of townships merged with the
// dictionary's own, the same answer wherever the same words stand, and keys that never confuse
// two characters that share the bits a key keeps.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../lib/gazetteer/types';
import { NameIndex } from '../../../lib/places/name-index';
import type { FeatureEntry } from '../../../lib/places/world';

const township = (code: string, name: string): Unit => ({ code, name, level: 'township', parent: `${code.slice(0, 6)}000000`, source: 'test' });

/** [form, [kind, code] of each entry] of the groups at `i`. */
const groupsAt = (index: NameIndex, text: string, i: number) =>
  index.matchesAt(text, i).map((g) => [g.form, g.entries.map((e) => [e.kind, e.target.unit?.code ?? e.target.feature?.id])]);

describe('NameIndex.matchesAt', () => {
  const index = new NameIndex();
  index.addUnits([township('370302101000', '皇城镇'), township('410102102000', '皇城乡'), township('620102003000', '皇城街道')]);

  it('adds the namesakes renamed to a written form after the unit of that name', () => {
    expect(groupsAt(index, '他在皇城街道工作', 2)).toEqual([
      ['皇城街道', [['full', '620102003000'], ['renamed', '370302101000'], ['renamed', '410102102000']]],
    ]);
    expect(groupsAt(index, '皇城镇的集市', 0)).toEqual([
      ['皇城镇', [['full', '370302101000'], ['renamed', '410102102000'], ['renamed', '620102003000']]],
    ]);
  });

  it('gives the same renamed forms at every place the same words stand', () => {
    const text = '从皇城街道到皇城乡，再回皇城街道';
    expect(groupsAt(index, text, 12)).toEqual(groupsAt(index, text, 1));
    expect(groupsAt(index, text, 1)[0][0]).toBe('皇城街道');
    expect(groupsAt(index, text, 6)).toEqual([
      ['皇城乡', [['full', '410102102000'], ['renamed', '370302101000'], ['renamed', '620102003000']]],
    ]);
  });

  it('proposes a renamed form the dictionary lacks, as needing context', () => {
    const only = new NameIndex();
    only.addUnits([township('370302112000', '龙泉镇')]);
    const [group] = only.matchesAt('龙泉街道办事处', 0);
    expect(group.form).toBe('龙泉街道');
    expect(group.entries.map((e) => [e.kind, e.needsContext])).toEqual([['renamed', true]]);
    expect(only.matchesAt('龙泉村', 0)).toEqual([]);
  });

  it('does not confuse characters whose codes differ by 0x8000 (the bit a key leaves out)', () => {
    const us: FeatureEntry = { id: 'country:US', name: '美国', aliases: [], level: 'country' };
    const countries = new NameIndex();
    countries.addFeatures([us]);
    const far = String.fromCharCode('美'.charCodeAt(0) + 0x8000);
    expect(countries.matchesAt(`${far}国`, 0)).toEqual([]);
    expect(countries.matchesAt('美国', 0).map((g) => g.form)).toEqual(['美国']);
  });
});
