// Node only: loads the place index from the built gazetteer folder (public/gazetteer) for the
// command line, the evaluation and the tests, and loads village packs as texts need them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GAZETTEER_DIR, loadGazetteer, loadVillagePack } from '../gazetteer/node';
import { createPlaceIndex, provincesOf, type CommonWordsFile, type LoadedPlaceIndex } from './place-index';
import { loadWorld } from './world-node';

export async function loadPlaceIndex(dir = GAZETTEER_DIR): Promise<LoadedPlaceIndex> {
  try {
    const [gazetteer, world, commonWords] = await Promise.all([
      loadGazetteer(dir),
      loadWorld(dir),
      readFile(join(dir, 'common-words.json'), 'utf8').then((s) => JSON.parse(s) as CommonWordsFile),
    ]);
    return createPlaceIndex(gazetteer, world, commonWords);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`the gazetteer is not built in ${dir}: run npm run build:data`);
    throw e;
  }
}

/** Loads the village packs of the provinces `text` is about, so its villages can be found. */
export async function prepareVillages(text: string, index: LoadedPlaceIndex, dir = GAZETTEER_DIR): Promise<void> {
  for (const province of provincesOf(text, index)) {
    if (index.gazetteer.hasVillages(province)) continue;
    await loadVillagePack(index.gazetteer, province, dir);
    index.addVillagesOf(province);
  }
}
