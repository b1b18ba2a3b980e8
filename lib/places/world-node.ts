// Node only: reads the built world file from disk (the command line and the tests; the extension
// fetches the same file from its bundle).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorldFile } from './world';

/** Reads world.json from `dir`, the gazetteer output folder (public/gazetteer). */
export async function loadWorld(dir: string): Promise<WorldFile> {
  return JSON.parse(await readFile(join(dir, 'world.json'), 'utf8')) as WorldFile;
}
