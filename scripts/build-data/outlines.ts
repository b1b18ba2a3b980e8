// Builds outlines.json: the outlines of China's provinces and prefectures for the collection
// view's map, from echarts 4's China map (map/json/china.json) and its province maps
// (map/json/province/*.json), decoded by echarts' own parser and simplified with simplify-js.
// The maps date from about 2016: a unit renamed or recoded since is found through the rename
// tables, a merged one joins the unit that took it in (outline-mergers.json), and a feature with
// no current division code (Hong Kong's and Macao's districts, Taiwan's counties) is left out.
// The same inputs always give the same bytes. A stage of `npm run build:data` (index.ts); it
// names units from core.json, so it comes after the gazetteer stage.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import simplify from 'simplify-js';
import { containingCode, padCode } from '../../lib/division-code';
import type { Gazetteer } from '../../lib/gazetteer/gazetteer';
import { CORE_FILE } from '../../lib/gazetteer/files';
import { GAZETTEER_DIR, loadGazetteer } from '../../lib/gazetteer/node';
import { OUTLINES_FILE, encodeRing, type LonLat, type Outline, type OutlinesFile } from '../../lib/map/outlines';
import countyRenames from './county-renames.json';
import { readSources } from './gazetteer-inputs';
import outlineMergers from './outline-mergers.json';
import { packageDir } from './packages';
import prefectureRenames from './prefecture-renames.json';
import { runStage, type Stage, type StageResult } from './pipeline';
import type { RenameTable } from './renames';

const require = createRequire(import.meta.url);
const mapDir = join(packageDir('echarts'), 'map/json');
/** echarts' decoder of its UTF-8 encoded maps (zigzag and delta coded, quantised to 1/1024 degree). */
const parseGeoJson: (json: EchartsMap) => EchartsRegion[] = require('echarts/lib/coord/geo/parseGeoJson.js');

/** Units per degree in the file: 0.01 degree is about 1 km, finer than the simplification. */
const SCALE = 100;
/**
 * Simplification tolerance in degrees. Provinces are drawn at the scale of all China, where
 * 0.02 degree is under a pixel; prefectures at the scale of one or a few provinces.
 */
const TOLERANCE = { provinces: 0.02, prefectures: 0.01 };

interface EchartsFeature {
  id?: string;
  properties: { name: string };
}
interface EchartsMap {
  features: EchartsFeature[];
}
interface EchartsRegion {
  name: string;
  properties: EchartsFeature['properties'];
  geometries: Array<{ exterior: LonLat[]; interiors: LonLat[][] }>;
}

interface MapUnit {
  /** The map's own code (6 digits) and name, when it has them. */
  id?: string;
  name: string;
  rings: LonLat[][];
}

/** The features of an echarts map with their rings in degrees. */
function readMap(path: string): MapUnit[] {
  const json: EchartsMap = JSON.parse(readFileSync(path, 'utf8'));
  // echarts' regions keep the feature's properties object, which leads back to the feature's id.
  const idOf = new Map(json.features.map((f) => [f.properties, f.id]));
  return parseGeoJson(json).map((region) => ({
    id: idOf.get(region.properties),
    name: region.name,
    rings: region.geometries.flatMap((g) => [g.exterior, ...g.interiors]),
  }));
}

/** Former 6-digit code + name -> the current 6-digit code, from both rename tables. */
function formerCodes(): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of [countyRenames.renames, prefectureRenames.renames] as RenameTable[]) {
    for (const [current, { former }] of Object.entries(table)) for (const [code, name] of former) out.set(code + name, current);
  }
  return out;
}

/** A unit named `name` within two levels below `code` (a municipality's districts sit under a grouping). */
function namedBelow(gazetteer: Gazetteer, code: string, name: string): string | undefined {
  const children = gazetteer.children(code);
  const grandchildren = children.flatMap((c) => gazetteer.children(c.code));
  return [...children, ...grandchildren].find((u) => u.name === name)?.code;
}

// The current 12-digit code of a map feature: its own, a rename's, the unit a merged one went
// into, or a unit of the same name in its province for a feature without a code.
function currentCode(unit: MapUnit, provinceCode: string, gazetteer: Gazetteer, former: Map<string, string>): string | undefined {
  const mergers: Record<string, { into: string }> = outlineMergers.mergers;
  if (!unit.id) return namedBelow(gazetteer, provinceCode, unit.name);
  const code = padCode(former.get(unit.id + unit.name) ?? mergers[unit.id]?.into ?? unit.id);
  return gazetteer.unit(code) ? code : undefined;
}

/** Outlines being gathered, by current code: a unit's rings from every map feature that is part of it. */
type Gathering = Map<string, { name: string; rings: LonLat[][] }>;

/** Simplified, encoded rings; rings that shrink to nothing go, but an outline keeps its largest. */
function outlineRings(rings: LonLat[][], tolerance: number): number[][] {
  const encoded = rings.map((ring) => {
    const points = simplify(ring.map(([x, y]) => ({ x, y })), tolerance, true);
    return encodeRing(points.map((p) => [p.x, p.y]), SCALE);
  });
  const kept = encoded.filter((ring) => ring.length >= 8);
  if (kept.length) return kept;
  return [encoded.reduce((a, b) => (b.length > a.length ? b : a))];
}

/** Adds `unit`'s rings to the outline of `code`, creating it under the gazetteer's name. */
function addTo(outlines: Gathering, code: string, name: string, rings: LonLat[][]): void {
  const outline = outlines.get(code) ?? { name, rings: [] };
  outline.rings.push(...rings);
  outlines.set(code, outline);
}

function finish(outlines: Gathering, tolerance: number): Record<string, Outline> {
  return Object.fromEntries(
    [...outlines].sort(([a], [b]) => a.localeCompare(b)).map(([code, { name, rings }]) => [code, { name, rings: outlineRings(rings, tolerance) }]),
  );
}

export interface OutlinesBuild {
  file: OutlinesFile;
  /** Map features with no current division code, as "file: name". */
  omitted: string[];
}

async function readOutlines(outDir: string, inputs: string): Promise<OutlinesBuild> {
  const gazetteer = await loadGazetteer(outDir);
  const former = formerCodes();
  const omitted: string[] = [];
  const provinces: Gathering = new Map();
  for (const unit of readMap(join(mapDir, 'china.json'))) {
    const code = currentCode(unit, '', gazetteer, former);
    if (code) addTo(provinces, code, gazetteer.unit(code)!.name, unit.rings);
    else omitted.push(`china.json: ${unit.name}`);
  }
  const prefectures: Gathering = new Map();
  const provinceDir = join(mapDir, 'province');
  for (const file of readdirSync(provinceDir).sort()) {
    const units = readMap(join(provinceDir, file));
    // A province map's codes start with its province's two digits; one without codes (Taiwan's) names no unit the gazetteer has.
    const firstCode = units.find((u) => u.id)?.id;
    const provinceCode = firstCode && containingCode(firstCode, 'province');
    for (const unit of units) {
      const code = provinceCode && currentCode(unit, provinceCode, gazetteer, former);
      if (code) addTo(prefectures, code, gazetteer.unit(code)!.name, unit.rings);
      else omitted.push(`${file}: ${unit.name}`);
    }
  }
  const echarts = readSources().find((s) => s.id === 'echarts')!;
  const file: OutlinesFile = {
    source: {
      package: echarts.package,
      version: echarts.version,
      vintage: echarts.vintage,
      note: `Outlines of map/json/china.json (provinces) and map/json/province/*.json (prefectures; districts for the municipalities), simplified with simplify-js (tolerance ${TOLERANCE.provinces} and ${TOLERANCE.prefectures} degree); units renamed since through the rename tables, 莱芜市 inside 济南市`,
    },
    inputs,
    scale: SCALE,
    provinces: finish(provinces, TOLERANCE.provinces),
    prefectures: finish(prefectures, TOLERANCE.prefectures),
  };
  return { file, omitted };
}

/** Writes outlines.json into `outDir`, with `inputs` (the hash of its inputs) recorded in it. */
async function writeOutlines(outDir: string, inputs: string): Promise<StageResult<OutlinesBuild>> {
  const build = await readOutlines(outDir, inputs);
  const bytes = Buffer.from(JSON.stringify(build.file));
  writeFileSync(join(outDir, OUTLINES_FILE), bytes);
  const { provinces, prefectures } = build.file;
  return {
    outputs: [OUTLINES_FILE],
    report: [
      `${Object.keys(provinces).length} provinces, ${Object.keys(prefectures).length} prefectures; ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped`,
      `left out (no current division code): ${build.omitted.length} features, ${build.omitted.slice(0, 3).join('; ')}...`,
    ],
    detail: build,
  };
}

export const outlinesStage: Stage<OutlinesBuild> = {
  name: 'outlines',
  summary: "outlines.json: the outlines of provinces and prefectures for the collection's map",
  // echarts' maps are read as files; the units are named from the gazetteer stage's core.json
  inputs: { module: fileURLToPath(import.meta.url), packages: ['echarts'], built: [CORE_FILE] },
  build: writeOutlines,
};

/** Builds outlines.json into `outDir` unless it is up to date (or `force`); its build, or undefined when skipped. */
export async function buildOutlines(outDir = GAZETTEER_DIR, { force = false } = {}): Promise<OutlinesBuild | undefined> {
  return (await runStage(outlinesStage, outDir, { force }))?.detail;
}
