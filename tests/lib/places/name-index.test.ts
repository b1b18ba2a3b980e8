// The name dictionary's lookup at a text position: renamed forms of townships merged with the
// dictionary's own, the same answer wherever the same words stand, and keys that never confuse
// two characters that share the bits a key keeps; a text scanned again with the same index.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../lib/gazetteer/types';
import { NameIndex } from '../../../lib/places/name-index';
import { scanNames } from '../../../lib/places/recognize';
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

describe('NameIndex.matchesAt for the corps units', () => {
  it('finds a regiment by its own name, without the corps and division the data writes first', () => {
    const index = new NameIndex();
    index.addUnits([township('652324522000', '兵团一四八团'), township('652324520000', '兵团农六师新湖农场')], true);
    const at = (text: string, i: number) => index.matchesAt(text, i).map((g) => [g.form, g.entries.map((e) => [e.target.unit?.code, !!e.needsContext])]);
    expect(at('第八师一四八团棉花丰收', 3)).toEqual([['一四八团', [['652324522000', false]]]]);
    expect(at('六师新湖农场', 2)).toEqual([['新湖农场', [['652324520000', true]]]]);
    expect(at('兵团一四八团', 0)).toEqual([['兵团一四八团', [['652324522000', true]]]]);
  });
});

describe('NameIndex.matchesAt with many names of one key', () => {
  // 王家 starts hundreds of villages' names: the key's names branch on the characters after it
  const village = (k: number, name: string): Unit => ({ code: `3703021010${String(k).padStart(2, '0')}`, name, level: 'village', parent: '370302101000', source: 'test' });
  const feature = (name: string): FeatureEntry => ({ id: `natural:${name}`, name, aliases: [], level: 'natural' });
  const villages = ['王家庄村', '王家庄子村', '王家村', '王家河村', '王家岭村', '王家沟村', '王家楼村', '王家店村', '王家坡村', '王家桥村', '王家营村', '王家湾村'];
  const index = new NameIndex();
  index.addUnits(villages.map((name, k) => village(k + 1, name)));
  index.addFeatures([feature('王家河'), feature('王家岭')]);
  const formsAt = (text: string) => index.matchesAt(text, 0).map((g) => g.form);

  it('finds every name written at a position, longest first', () => {
    expect(formsAt('王家河村东头')).toEqual(['王家河村', '王家河']);
    expect(formsAt('王家岭村民')).toEqual(['王家岭村', '王家岭']);
    expect(formsAt('王家河水')).toEqual(['王家河']);
    expect(formsAt('王家庄子村委会')).toEqual(['王家庄子村']);
    expect(formsAt('王家村口')).toEqual(['王家村']);
  });

  it('finds none where the characters after the key start no name', () => {
    expect(formsAt('王家人')).toEqual([]);
    expect(formsAt('王家庄子')).toEqual([]);
    expect(formsAt('王家')).toEqual([]);
  });
});

describe('NameIndex names made when a text first holds their key', () => {
  const village = (code: string, name: string): Unit => ({ code, name, level: 'village', parent: `${code.slice(0, 9)}000`, source: 'test' });
  const lake: FeatureEntry = { id: 'natural:杨家庄村', name: '杨家庄村', aliases: [], level: 'natural' };

  it('keeps the entries of a form in the order they were given, before and after a lookup', () => {
    const index = new NameIndex();
    index.addUnits([village('370302101001', '杨家庄村')], true);
    index.addFeatures([lake]);
    expect(index.get('杨家庄村')?.entries.map((e) => e.target.unit?.code ?? e.target.feature?.id)).toEqual(['370302101001', 'natural:杨家庄村']);
    index.addUnits([village('410102102003', '杨家庄村')], true);
    expect(groupsAt(index, '在杨家庄村', 1)).toEqual([['杨家庄村', [['full', '370302101001'], ['full', 'natural:杨家庄村'], ['full', '410102102003']]]]);
  });

  it('adds a unit given again once', () => {
    const index = new NameIndex();
    const unit = village('370302101001', '杨家庄村');
    index.addUnits([unit], true);
    expect(groupsAt(index, '杨家庄村', 0)).toEqual([['杨家庄村', [['full', '370302101001']]]]);
    index.addUnits([unit]);
    expect(groupsAt(index, '杨家庄村', 0)).toEqual([['杨家庄村', [['full', '370302101001']]]]);
  });
});

describe('scanNames of the same text again', () => {
  it('answers as a first scan would, after units were added and with another index', () => {
    const text = '他在龙泉镇工作';
    const index = new NameIndex();
    expect(scanNames(text, index)).toEqual([]);
    index.addUnits([township('370302112000', '龙泉镇')]);
    const found = scanNames(text, index);
    expect(found.map((m) => [m.start, m.end, m.entries[0].target.unit?.code])).toEqual([[2, 5, '370302112000']]);
    expect(scanNames(text, new NameIndex())).toEqual([]);
  });

  it('gives each caller its own mentions, which a change by an earlier caller leaves as found', () => {
    const index = new NameIndex();
    index.addUnits([township('370302112000', '龙泉镇')]);
    const first = scanNames('龙泉镇的集市', index);
    first[0].marked = true;
    first[0].end = 2;
    expect(scanNames('龙泉镇的集市', index)[0]).toEqual({ start: 0, end: 3, entries: first[0].entries });
  });
});
