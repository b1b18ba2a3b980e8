// The installed packages the data build reads: where each is, and its version (recorded in the
// outputs' sources and in the up-to-date check). All are the project's own dependencies, so they
// sit at the top of node_modules; reading package.json there also works for a package whose
// `exports` do not list it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));

/** The folder of an installed package. */
export function packageDir(name: string): string {
  const dir = join(NODE_MODULES, name);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`the data build reads the package ${name}, which is not installed`);
  return dir;
}

/** The installed version of a package. */
export const installedVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
