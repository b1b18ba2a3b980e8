// The real gazetteer for the tests over built data: loaded once per test file, before its tests
// (the English index, built on first use, is built here too, outside any test's time limit).
import { beforeAll } from 'vitest';
import type { Lang, PlaceAnnotation } from '../../lib/annotation';
import { extract } from '../../lib/extract';
import type { LoadedPlaceIndex } from '../../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../../lib/places/place-index-node';

export interface RealPlaces {
  /** The places extract() finds in `text` with the national core (and the villages of `villageProvinces`, of those loaded). */
  find(text: string, lang: Lang, villageProvinces?: string[]): PlaceAnnotation[];
  /** The same after loading the village packs of the provinces `text` names. */
  findWithVillages(text: string, lang: Lang): Promise<PlaceAnnotation[]>;
}

/** Registers the loading in the calling test file and returns its finders. */
export function realPlaces(): RealPlaces {
  let places: LoadedPlaceIndex;
  beforeAll(async () => {
    places = await loadPlaceIndex();
    places.english?.index.get('Zibo');
  }, 60_000);
  const find = (text: string, lang: Lang, villageProvinces?: string[]) =>
    extract(text, { lang, places, villageProvinces }).filter((a): a is PlaceAnnotation => a.kind === 'place');
  return {
    find,
    async findWithVillages(text, lang) {
      // as the command line does: the villages of the provinces the text is about, whatever else is loaded
      return find(text, lang, await prepareVillages(text, places));
    },
  };
}
