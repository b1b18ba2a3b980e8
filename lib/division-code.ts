// China's 12-digit statistical division codes and the levels they encode: the one home of the
// code's layout. The digits are 2 for the province, 2 for the prefecture, 2 for the county, 3 for
// the township and 3 for the village (37 03 02 112 206 is the village 370302112206); a unit of a
// higher level fills the digits below its own with zeros (370302000000 is a county). A unit's
// ancestors are its code's prefixes, padded, so they are read without the gazetteer.
import type { UnitLevel } from './gazetteer/types';

/** The levels from the largest down; a level's index is its rank (province 0 … village 4). */
export const LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];

/** Rank of each level, larger units first: sorting by it puts provinces before their counties. */
export const LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4 };

/** The number of digits of a full code. */
export const CODE_LENGTH = 12;

/** Where each level's digits end in a code: 37 03 02 112 206 is village 370302112206. */
export const CODE_END: Readonly<Record<UnitLevel, number>> = { province: 2, prefecture: 4, county: 6, township: 9, village: 12 };

/** Where each level's digits start: the end of the level above. */
export const codeStart = (level: UnitLevel): number => (level === 'province' ? 0 : CODE_END[LEVELS[LEVEL_RANK[level] - 1]]);

/** A code's leading digits made a full code: 3703 → 370300000000. */
export const padCode = (digits: string): string => digits.padEnd(CODE_LENGTH, '0');

/** The digits of `code` down to `level`'s: the prefix every unit of that level below it shares (370302112206, county → 370302). */
export const codePrefix = (code: string, level: UnitLevel): string => code.slice(0, CODE_END[level]);

/** The code of the unit of `level` that contains `code` (370302112206, county → 370302000000). */
export const containingCode = (code: string, level: UnitLevel): string => padCode(codePrefix(code, level));

/** Per level, the zeros a full code has after that level's digits. */
const ZEROS_AFTER = Object.fromEntries(LEVELS.map((level) => [level, '0'.repeat(CODE_LENGTH - CODE_END[level])])) as Record<UnitLevel, string>;

/**
 * Whether `code` is its own unit of `level` or of a level above (containingCode(code, level) ===
 * code: 370300000000 for the county level), asked without making that code: linking and finding
 * ask it of every code a text votes for.
 */
export const endsAtLevel = (code: string, level: UnitLevel): boolean => code.length === CODE_LENGTH && code.endsWith(ZEROS_AFTER[level]);

/** The codes of the units above `code`, from the province down (a unit never lists itself). */
export function ancestorCodes(code: string): Array<{ code: string; level: UnitLevel }> {
  const ancestors: Array<{ code: string; level: UnitLevel }> = [];
  for (const level of LEVELS.slice(0, -1)) {
    const ancestor = containingCode(code, level);
    // A unit whose code ends in zeros has no units of the levels those zeros stand for above it.
    if (ancestor === code) break;
    if (ancestors.at(-1)?.code !== ancestor) ancestors.push({ code: ancestor, level });
  }
  return ancestors;
}

/**
 * The level of the unit a code stands for: the lowest level whose own digits are not all zeros
 * (370302000000 is a county; 441900003000, a town right below 东莞市, a township).
 */
export const codeLevel = (code: string): UnitLevel =>
  LEVELS.findLast((level) => level === 'province' || /[1-9]/.test(code.slice(codeStart(level), CODE_END[level])))!;

/**
 * The digits that every unit inside `code`'s unit shares: its code cut at its own level (37 for a
 * province, 3703 for a prefecture, 370302112 for a township). Cut by level, not by trailing zeros:
 * the county 130110 and the town 370302100 end in zeros that are their own digits.
 */
export const significantPrefix = (code: string): string => codePrefix(code, codeLevel(code));

/** Whether the unit of `code` is the unit of `owner` or lies inside it. */
export const liesWithin = (code: string, owner: string): boolean => code.startsWith(significantPrefix(owner));

/**
 * Whether a code is one of the statistical groupings the gazetteer leaves out of paths: 市辖区 and
 * 县 under the municipalities, 省直辖县级行政区划 (xx90), and the 直辖村级区划 townships (…198).
 * Needed to pair an annotation's path names with the ancestors its code implies.
 */
export function isGroupingCode(code: string): boolean {
  const province = codePrefix(code, 'province');
  const prefecture = code.slice(codeStart('prefecture'), CODE_END.prefecture);
  if (endsAtLevel(code, 'prefecture')) {
    return prefecture === '90' || (['11', '12', '31', '50'].includes(province) && (prefecture === '01' || prefecture === '02'));
  }
  return code.slice(codeStart('township'), CODE_END.township) === '198' && endsAtLevel(code, 'township');
}

/**
 * The 12-digit code a reader means by `input`: 12 digits as given, or a 6-digit county code (as
 * on an ID card) padded with zeros; undefined for anything else. Spaces are ignored. The options
 * page and the command line's --home-region both read codes with it.
 */
export function parseDivisionCode(input: string): string | undefined {
  const digits = input.replace(/\s+/g, '');
  if (/^\d{12}$/.test(digits)) return digits;
  if (/^\d{6}$/.test(digits)) return padCode(digits);
  return undefined;
}
