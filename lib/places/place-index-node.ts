// Node only: loads the place index from the built gazetteer folder (public/gazetteer) for the
// command line, the evaluation and the tests, and loads village packs as texts need them.
import { diskFiles, GAZETTEER_DIR } from '../gazetteer/node';
import { readPlaceIndex, readVillagesFor, type LoadedPlaceIndex } from './place-index';

export function loadPlaceIndex(dir = GAZETTEER_DIR): Promise<LoadedPlaceIndex> {
  return readPlaceIndex(diskFiles(dir));
}

/** Loads the village packs of the provinces `text` is about, so its villages can be found; returns those provinces. */
export function prepareVillages(text: string, index: LoadedPlaceIndex, dir = GAZETTEER_DIR): Promise<string[]> {
  return readVillagesFor(text, index, diskFiles(dir));
}
