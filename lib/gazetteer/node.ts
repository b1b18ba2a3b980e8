// Node only: reads the built gazetteer files from disk (the command line, the tests and the
// benchmark; the extension fetches the same files from its bundle, lib/background/fetch-files.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_FILE, packFile, readGazetteer, readVillagePack, type GazetteerFiles } from './files';
import type { Gazetteer } from './gazetteer';
import type { Unit } from './types';

/** Where `npm run build:data` writes the gazetteer. */
export const GAZETTEER_DIR = fileURLToPath(new URL('../../public/gazetteer', import.meta.url));

/** The files in a gazetteer folder. */
export const corePath = (dir: string): string => join(dir, CORE_FILE);
export const packPath = (dir: string, provinceCode: string): string => join(dir, packFile(provinceCode));

/** The gazetteer folder `dir` on disk; a missing file says the data is not built. */
export function diskFiles(dir = GAZETTEER_DIR): GazetteerFiles {
  return {
    async readJson<T>(path: string): Promise<T> {
      try {
        return JSON.parse(await readFile(join(dir, path), 'utf8')) as T;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`the gazetteer is not built in ${dir}: run npm run build:data`);
        throw e;
      }
    },
  };
}

/** The gazetteer of core.json in `dir`, without villages. */
export function loadGazetteer(dir = GAZETTEER_DIR): Promise<Gazetteer> {
  return readGazetteer(diskFiles(dir));
}

/** Adds the villages of a province (2 digits) from `dir` and returns them. */
export function loadVillagePack(gazetteer: Gazetteer, provinceCode: string, dir = GAZETTEER_DIR): Promise<Unit[]> {
  return readVillagePack(gazetteer, provinceCode, diskFiles(dir));
}
