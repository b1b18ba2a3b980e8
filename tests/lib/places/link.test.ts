import { describe, expect, it } from 'vitest';
import { linkMentions, type Resolution } from '../../../lib/places/link';
import { scanNames } from '../../../lib/places/recognize';
import { fixtureIndex } from './fixture-index';

const index = fixtureIndex();
const linked = (text: string, villagesUnread = false) => linkMentions(scanNames(text, index.names), index.units, {}, villagesUnread);
const codes = (resolutions: Resolution[]) => resolutions.map((r) => `${r.mention.start}:${r.entry?.target.unit?.code ?? r.method}`);
const aboveVillages = (resolutions: Resolution[]) => resolutions.filter((r) => r.entry?.target.unit && r.entry.target.unit.level !== 'village').map((r) => r.entry!.target.unit!.code);

describe('linking for the units above villages only', () => {
  it('leaves a name of several villages undecided and links every other name as a full link does', () => {
    const text = '台头村的果农来到马尚街道，淄川区龙泉镇的台头村也来了，台头村今年丰收。';
    const full = linked(text);
    const partial = linked(text, true);
    expect(aboveVillages(partial)).toEqual(aboveVillages(full));
    expect(codes(full)).toContain('20:370302112206');
    expect(codes(partial)).toContain('20:unresolved');
  });

  it('reads every name when a name that may mean a village follows one right after (a chain may read it)', () => {
    const text = '淄川区龙泉镇台头村台头村';
    expect(codes(linked(text, true))).toEqual(codes(linked(text)));
  });
});
