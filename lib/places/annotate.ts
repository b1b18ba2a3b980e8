// Turns a settled place mention into the contract's annotation: the unit's name, level, code and
// path, or the feature's, or the bare text with its candidates. Chinese (./find.ts) and English
// (./en.ts) place finding share it, so both write the same fields the same way.
import type { PlaceAnnotation, PlaceLevel } from '../annotation';
import type { Unit } from '../gazetteer/types';
import type { Resolution, UnitLookup } from './link';
import type { FeatureEntry } from './world';
import { isZoneName } from './zones';
import { padCode } from '../division-code';

/** A unit named as a zone (威海经济技术开发区, a township-level 新材料产业园) is a devzone. */
export function levelOf(unit: Unit): PlaceLevel {
  if (unit.level !== 'county' && unit.level !== 'township') return unit.level;
  let zone = namedAsZone.get(unit);
  if (zone === undefined) namedAsZone.set(unit, (zone = isZoneName(unit.name)));
  return zone ? 'devzone' : unit.level;
}
/** By unit, whether its name is a zone's: every mention of a county or township asks, and the test compares the name with each zone word. */
const namedAsZone = new WeakMap<Unit, boolean>();

/**
 * Names from the province down to the unit (山东省, 淄博市, 淄川区). Walked once per unit and
 * lookup (units never change; every mention of a unit asks again), each caller getting its own copy.
 */
export function pathOf(unit: Unit, units: UnitLookup): string[] {
  let byUnit = paths.get(units);
  if (!byUnit) paths.set(units, (byUnit = new WeakMap()));
  let path = byUnit.get(unit);
  if (!path) byUnit.set(unit, (path = walkPath(unit, units)));
  return path.slice();
}
const paths = new WeakMap<UnitLookup, WeakMap<Unit, string[]>>();

function walkPath(unit: Unit, units: UnitLookup): string[] {
  const names = [unit.name];
  for (let parent = unit.parent; parent; ) {
    const p = units.unit(parent);
    if (!p) break;
    names.unshift(p.name);
    parent = p.parent;
  }
  return names;
}

/**
 * GUIDELINES' levels: China is `country` and every place outside it is `foreign`, a country as much
 * as a city. The world data keeps its own `country` level (rules ask whether a feature is a
 * country: 中美, 访华), so the contract's level is settled here, where the annotation is written.
 */
function featureLevel(feature: FeatureEntry): PlaceLevel {
  return feature.level === 'country' && feature.country !== 'CN' ? 'foreign' : (feature.level as PlaceLevel);
}

/** The annotation of `unit` written as text[start, end) (`written`): the unit's name, level, code and path. */
export function unitAnnotation(start: number, end: number, written: string, unit: Unit, units: UnitLookup, confidence: number | undefined): PlaceAnnotation {
  return { kind: 'place', start, end, text: written, place: { name: unit.name, level: levelOf(unit), code: unit.code, path: pathOf(unit, units), confidence } };
}

/** A named site of one province (檀干园: 安徽省 › 檀干园), so the card says where it is; none for a site of many places or abroad. */
function sitePath(feature: FeatureEntry, units: UnitLookup): string[] | undefined {
  if (feature.level !== 'landmark' || feature.provinces?.length !== 1) return undefined;
  const province = units.unit(padCode(feature.provinces[0]));
  return province && [province.name, feature.name];
}

/** The annotation of a resolution; `unitOverride` replaces the unit (a city's zone with its own code). */
export function toAnnotation(text: string, r: Resolution, units: UnitLookup, unitOverride?: Unit): PlaceAnnotation {
  const { start, end } = r.mention;
  // fields written out rather than spread from a base object: this runs for every place of a text
  const written = text.slice(start, end);
  const unit = unitOverride ?? r.entry?.target.unit;
  if (unit) return unitAnnotation(start, end, written, unit, units, r.confidence);
  const feature = r.entry?.target.feature;
  if (feature) {
    const place: PlaceAnnotation['place'] = { name: feature.name, level: featureLevel(feature), confidence: r.confidence };
    if (feature.code) place.code = feature.code;
    const path = sitePath(feature, units);
    if (path) place.path = path;
    return { kind: 'place', start, end, text: written, place };
  }
  const first = r.mention.entries[0];
  const level: PlaceLevel = r.mention.level ?? (first?.target.unit ? levelOf(first.target.unit) : 'landmark');
  const place: PlaceAnnotation['place'] = { name: written, level, confidence: r.confidence };
  if (r.candidates?.length) place.candidates = r.candidates;
  return { kind: 'place', start, end, text: written, place };
}
