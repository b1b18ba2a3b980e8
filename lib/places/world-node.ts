// Node only: reads the built world file from disk (the command line and the tests; the extension
// fetches the same file from its bundle).
import { WORLD_FILE } from '../gazetteer/files';
import { diskFiles } from '../gazetteer/node';
import type { WorldFile } from './world';

/** Reads world.json from `dir`, the gazetteer output folder (public/gazetteer). */
export function loadWorld(dir: string): Promise<WorldFile> {
  return diskFiles(dir).readJson<WorldFile>(WORLD_FILE);
}
