// China's 12-digit statistical division codes read by their structure alone, without the
// gazetteer: a unit's ancestors are its code's prefixes (2 digits province, 4 prefecture,
// 6 county, 9 township, 12 village), padded with zeros.
import type { UnitLevel } from './gazetteer/types';

const PREFIX_LENGTHS: ReadonlyArray<[UnitLevel, number]> = [
  ['province', 2],
  ['prefecture', 4],
  ['county', 6],
  ['township', 9],
];

/** The codes of the units above `code`, from the province down (a unit never lists itself). */
export function ancestorCodes(code: string): Array<{ code: string; level: UnitLevel }> {
  const ancestors: Array<{ code: string; level: UnitLevel }> = [];
  for (const [level, length] of PREFIX_LENGTHS) {
    const ancestor = code.slice(0, length).padEnd(12, '0');
    // A unit whose code ends in zeros has no units of the levels those zeros stand for above it.
    if (ancestor === code) break;
    if (ancestors.at(-1)?.code !== ancestor) ancestors.push({ code: ancestor, level });
  }
  return ancestors;
}

/**
 * Whether a code is one of the statistical groupings the gazetteer leaves out of paths: 市辖区 and
 * 县 under the municipalities, 省直辖县级行政区划 (xx90), and the 直辖村级区划 townships (…198).
 * Needed to pair an annotation's path names with the ancestors its code implies.
 */
export function isGroupingCode(code: string): boolean {
  const province = code.slice(0, 2);
  const prefecture = code.slice(2, 4);
  const below = code.slice(4);
  if (below === '00000000') return prefecture === '90' || (['11', '12', '31', '50'].includes(province) && (prefecture === '01' || prefecture === '02'));
  return code.slice(6, 9) === '198' && code.slice(9) === '000';
}

/**
 * The 12-digit code a reader means by `input`: 12 digits as given, or a 6-digit county code (as
 * on an ID card) padded with zeros; undefined for anything else. Spaces are ignored.
 */
export function parseDivisionCode(input: string): string | undefined {
  const digits = input.replace(/\s+/g, '');
  if (/^\d{12}$/.test(digits)) return digits;
  if (/^\d{6}$/.test(digits)) return digits.padEnd(12, '0');
  return undefined;
}

const LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];

/** The level of the unit a code stands for, read from its structure (370302000000 is a county). */
export const codeLevel = (code: string): UnitLevel => LEVELS[ancestorCodes(code).length];
