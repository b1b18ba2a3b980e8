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
  /** What findWithVillages finds, as the category tests write it (placeLabel). */
  labelsWithVillages(text: string, codeDigits: number, lang?: Lang): Promise<string[]>;
}

/** A place as the category tests write it: text/level, then the first `codeDigits` digits of its code where it has one. */
export function placeLabel(a: PlaceAnnotation, codeDigits: number): string {
  return `${a.text}/${a.place.level}${a.place.code ? '/' + a.place.code.slice(0, codeDigits) : ''}`;
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
  // as the command line does: the villages of the provinces the text is about, whatever else is loaded
  const findWithVillages = async (text: string, lang: Lang) => find(text, lang, await prepareVillages(text, places));
  return {
    find,
    findWithVillages,
    async labelsWithVillages(text, codeDigits, lang = 'zh') {
      return (await findWithVillages(text, lang)).map((a) => placeLabel(a, codeDigits));
    },
  };
}
