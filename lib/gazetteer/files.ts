// The files of the built gazetteer folder (public/gazetteer/, copied to the extension's root as
// /gazetteer/) and the one interface through which everything reads them. Node reads them from
// disk (node.ts), the extension's background fetches them from its bundle
// (lib/background/fetch-files.ts); what is built from them is the same code for both.
import type { CoreFile, VillagePack } from './format';
import { Gazetteer } from './gazetteer';
import type { Unit } from './types';

/** Paths of the files inside the gazetteer folder. */
export const CORE_FILE = 'core.json';
export const WORLD_FILE = 'world.json';
export const COMMON_WORDS_FILE = 'common-words.json';
export const packFile = (provinceCode: string): string => `villages/${provinceCode}.json`;

/** Reads the gazetteer folder, wherever it lives. */
export interface GazetteerFiles {
  /** The parsed JSON of a file, by its path in the folder (CORE_FILE, packFile('37')). */
  readJson<T>(path: string): Promise<T>;
}

/** The gazetteer of core.json, without villages. */
export async function readGazetteer(files: GazetteerFiles): Promise<Gazetteer> {
  return Gazetteer.fromCore(await files.readJson<CoreFile>(CORE_FILE));
}

/** Adds the villages of a province (2 digits), unless already there or it has none, and returns them. */
export async function readVillagePack(gazetteer: Gazetteer, provinceCode: string, files: GazetteerFiles): Promise<Unit[]> {
  if (gazetteer.offersVillages(provinceCode) && !gazetteer.hasVillages(provinceCode)) {
    gazetteer.addVillagePack(await files.readJson<VillagePack>(packFile(provinceCode)));
  }
  return gazetteer.unitsOfPack(provinceCode);
}
