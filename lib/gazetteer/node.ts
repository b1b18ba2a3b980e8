// Node only: reads the built gazetteer files from disk (the command line, the tests and the
// benchmark; the extension fetches the same files from its bundle).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreFile, VillagePack } from './format';
import { Gazetteer } from './gazetteer';
import type { Unit } from './types';

/** Where `npm run build:data` writes the gazetteer. */
export const GAZETTEER_DIR = fileURLToPath(new URL('../../public/gazetteer', import.meta.url));

/** The files in a gazetteer folder. */
export const corePath = (dir: string): string => join(dir, 'core.json');
export const packPath = (dir: string, provinceCode: string): string => join(dir, 'villages', `${provinceCode}.json`);

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

/** The gazetteer of core.json in `dir`, without villages. */
export async function loadGazetteer(dir = GAZETTEER_DIR): Promise<Gazetteer> {
  return Gazetteer.fromCore(await readJson<CoreFile>(corePath(dir)));
}

/** Adds the villages of a province (2 digits) from `dir` and returns them. */
export async function loadVillagePack(gazetteer: Gazetteer, provinceCode: string, dir = GAZETTEER_DIR): Promise<Unit[]> {
  if (!gazetteer.hasVillages(provinceCode)) {
    gazetteer.addVillagePack(await readJson<VillagePack>(packPath(dir, provinceCode)));
  }
  return gazetteer.unitsOfPack(provinceCode);
}
