// What the gazetteer is built from: the data packages, whose versions are checked against the
// vintages recorded in gazetteer-sources.json (a new version may hold data of another vintage).
import type { Source } from '../../lib/gazetteer/types';
import sourceTable from './gazetteer-sources.json';
import { installedVersion } from './packages';

/** The packages the sources come from, for the build's up-to-date check (pipeline.ts). */
export const SOURCE_PACKAGES: readonly string[] = [...new Set(sourceTable.sources.map((s) => s.package))].sort();

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
