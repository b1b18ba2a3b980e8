// A text's villages come from the provinces it is about, not from whatever village packs earlier
// texts happened to load: the command line's workers each read documents in a different order
// and must give the same places.
import { describe, expect, it } from 'vitest';
import type { PlaceAnnotation } from '../../lib/annotation';
import { realPlaces } from './real-places';

const places = realPlaces();
const VILLAGE = '台头村 370302112206';
const TEXT = '记者来到淄川区龙泉镇台头村，村里的果园今年扩大到300亩。';
// each place with its code, or the name alone when it is unlinked
const names = (list: PlaceAnnotation[]) => list.map((p) => (p.place.code ? `${p.text} ${p.place.code}` : p.text));

describe('villages and the provinces a text is about', () => {
  it('finds a village of the province the text is about', async () => {
    expect(names(await places.findWithVillages(TEXT, 'zh'))).toContain(VILLAGE);
  });

  it('leaves out the villages of a loaded pack whose province the text is not about', async () => {
    await places.findWithVillages(TEXT, 'zh'); // Shandong's pack is loaded now
    expect(names(places.find(TEXT, 'zh', ['37']))).toContain(VILLAGE);
    // read as a village the data does not list: named, not linked to Shandong's 台头村
    expect(names(places.find(TEXT, 'zh', ['41']))).not.toContain(VILLAGE);
    expect(names(places.find(TEXT, 'zh', ['41']))).toContain('龙泉镇 370302112000');
  });
});
