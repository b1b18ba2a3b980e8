// What a built gazetteer holds: units by level, facts by level, file sizes against the budget.
// The build reports it, the tests and the benchmark check it.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LEVELS, codePrefix } from '../../lib/division-code';
import type { CoreFile, VillagePack } from '../../lib/gazetteer/format';
import { Gazetteer } from '../../lib/gazetteer/gazetteer';
import { GAZETTEER_DIR, corePath, packPath } from '../../lib/gazetteer/node';
import type { UnitFacts, UnitLevel } from '../../lib/gazetteer/types';

/** Gzipped size limits, in bytes: what the extension can afford to load. */
export const BUDGET = { core: 400 * 1024, villagePack: 450 * 1024 };

export interface FileSize {
  file: string;
  bytes: number;
  gzipped: number;
}

export interface GazetteerSummary {
  counts: Record<UnitLevel, number>;
  /** Units added from @vant/area-data, newer than the 2023 codes ("653228 和康县"). */
  vantCounties: string[];
  /** How many units of each level (groupings left out) have each fact. */
  facts: Record<keyof UnitFacts['sources'], Partial<Record<UnitLevel, number>>>;
  /** How many units of each level are not groupings. */
  places: Partial<Record<UnitLevel, number>>;
  /** core.json, then the village packs. */
  files: FileSize[];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function sizeOf(path: string, file: string): FileSize {
  const data = readFileSync(path);
  return { file, bytes: data.length, gzipped: gzipSync(data, { level: 9 }).length };
}

/** Counts, facts and file sizes of the gazetteer built in `outDir`, read back through Gazetteer. */
export function summarize(outDir = GAZETTEER_DIR): GazetteerSummary {
  const core = readJson<CoreFile>(corePath(outDir));
  const gazetteer = Gazetteer.fromCore(core);
  const files = [sizeOf(corePath(outDir), 'core.json')];
  for (const p of core.villagePacks.filter((p) => existsSync(packPath(outDir, p)))) {
    files.push(sizeOf(packPath(outDir, p), `villages/${p}.json`));
    gazetteer.addVillagePack(readJson<VillagePack>(packPath(outDir, p)));
  }
  const counts: Record<UnitLevel, number> = { province: 0, prefecture: 0, county: 0, township: 0, village: 0 };
  const places: GazetteerSummary['places'] = {};
  const facts: GazetteerSummary['facts'] = { pinyin: {}, english: {}, coordinates: {}, telephoneCode: {} };
  const vantCounties: string[] = [];
  for (const unit of gazetteer.units()) {
    counts[unit.level]++;
    if (unit.source === 'vant-area-data') vantCounties.push(`${codePrefix(unit.code, 'county')} ${unit.name}`);
    if (unit.grouping) continue;
    places[unit.level] = (places[unit.level] ?? 0) + 1;
    for (const fact of Object.keys(gazetteer.facts(unit.code)!.sources) as Array<keyof typeof facts>) {
      facts[fact][unit.level] = (facts[fact][unit.level] ?? 0) + 1;
    }
  }
  return { counts, vantCounties, facts, places, files };
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const number = (n: number) => n.toLocaleString('en');

/** The summary as the build reports it, one line each. */
export function summaryLines({ counts, vantCounties, facts, places, files }: GazetteerSummary): string[] {
  const lines: string[] = [];
  lines.push(`units: ${Object.entries(counts).map(([level, n]) => `${number(n)} ${level}`).join(', ')}`);
  lines.push(`counties added from @vant/area-data: ${vantCounties.length} (${vantCounties.join(', ')})`);
  for (const [fact, byLevel] of Object.entries(facts)) {
    const levels = LEVELS.filter((l) => byLevel[l]).map((l) => `${number(byLevel[l]!)}/${number(places[l]!)} ${l}`);
    lines.push(`${fact}: ${levels.join(', ')} (groupings left out)`);
  }
  const [core, ...packs] = files;
  const sum = (key: 'bytes' | 'gzipped') => packs.reduce((n, f) => n + f[key], 0);
  const largest = packs.reduce((a, b) => (b.gzipped > a.gzipped ? b : a));
  lines.push(`core.json: ${kb(core.bytes)}, gzipped ${kb(core.gzipped)} (budget ${kb(BUDGET.core)})`);
  lines.push(`village packs: ${packs.length}, ${kb(sum('bytes'))}, gzipped ${kb(sum('gzipped'))}; largest ${largest.file}: ${kb(largest.bytes)}, gzipped ${kb(largest.gzipped)} (budget ${kb(BUDGET.villagePack)} each)`);
  lines.push(`  gzipped: ${packs.map((f) => `${f.file.slice(9, 11)} ${kb(f.gzipped)}`).join(', ')}`);
  const over = [...(core.gzipped > BUDGET.core ? [core] : []), ...packs.filter((f) => f.gzipped > BUDGET.villagePack)];
  if (over.length) lines.push(`OVER BUDGET: ${over.map((f) => f.file).join(', ')}`);
  return lines;
}
