// What the gazetteer is built from: the data packages (their versions, checked against the
// vintages recorded in gazetteer-sources.json) and the build's own code and tables. Their hash,
// stored in the output, lets the build skip its work when nothing changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../lib/gazetteer/types';
import sourceTable from './gazetteer-sources.json';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
/** The shared code that shapes the output: the file format, how names are put together, which names are zones'. */
const libFiles = ['gazetteer/format.ts', 'gazetteer/names.ts', 'places/zones.ts', 'places/data/zone-words.json'].map((f) =>
  fileURLToPath(new URL(`../../lib/${f}`, import.meta.url)),
);

const installedVersion = (pkg: string): string =>
  JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;

/**
 * The sources, each checked against the installed package: a new version may hold data of
 * another vintage, so it stops the build until gazetteer-sources.json is checked and updated.
 */
export function readSources(): Source[] {
  const sources: Source[] = sourceTable.sources;
  for (const s of sources) {
    const installed = installedVersion(s.package);
    if (installed !== s.version) {
      throw new Error(`${s.package} is ${installed}, but scripts/build-data/gazetteer-sources.json describes ${s.version}: check the vintage of its data and update the table`);
    }
  }
  return sources;
}

/** Hash of the input package versions, the build scripts and tables, and the shared code in lib/gazetteer. */
export function inputsHash(): string {
  const hash = createHash('sha256');
  for (const pkg of [...new Set(sourceTable.sources.map((s) => s.package))].sort()) hash.update(`${pkg}@${installedVersion(pkg)}\n`);
  const files = readdirSync(here, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(here, e.name)).sort();
  for (const file of [...files, ...libFiles]) hash.update(`${basename(file)}\n`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
