// The files of the bundled gazetteer (public/gazetteer/), as scripts/build-data/gazetteer.ts
// writes them and Gazetteer reads them. Both are columnar JSON: one array per field instead of
// one object per unit, codes stored as the digits a unit adds to its parent's code, and unit
// positions as gaps from the previous one, so that gzip (the extension's and the web server's)
// finds long runs of the same bytes.
import type { Source } from './types';

export const CORE_FORMAT = 'newsfacts-gazetteer-core@1';
export const VILLAGE_PACK_FORMAT = 'newsfacts-gazetteer-villages@1';

export type FactName = 'coordinates' | 'telephoneCode';

export interface FactValue {
  coordinates: [number, number];
  telephoneCode: string;
}

/** One fact from one source for some units: `values[i]` belongs to the unit at position `at[i]`. */
export interface FactColumn<K extends FactName = FactName> {
  source: string;
  /** Unit positions, each as the gap from the previous one (the first counts from -1). */
  at: number[];
  values: Array<FactValue[K]>;
}

/**
 * Pinyin and English names, stored as what they are made of. A unit's pinyin is the reading of
 * each character of its name (the character's usual reading unless an exception says otherwise)
 * grouped into words by its form: 淄川区 reads zī chuān qū, its form [[1], 'District'] splits off
 * the last character, giving Zīchuān Qū and Zichuan District. See names.ts.
 */
export interface NamesTable {
  source: string;
  /**
   * The usual reading of each character: the i-th character of `chars` reads `syllables[i]`; after
   * the characters of the units' names, those only villages' names hold, read alone (碓 duì).
   */
  chars: string;
  syllables: string[];
  /** Readings that differ from the usual one: unit positions (gap-coded), character index, reading. */
  exceptions: { at: number[]; char: number[]; syllable: string[] };
  /**
   * Forms of names: the lengths in characters of the words after the core (ethnic groups, level
   * word), and the English after the core ('' when the English is the core alone: Shandong, Zibo).
   */
  forms: Array<[number[], string]>;
  /** For every unit, 1 + its index in `forms`, or 0 when it has no pinyin (开发区, 农场, groupings). */
  form: number[];
  /** English that is not made from the pinyin (Inner Mongolia), at unit positions (gap-coded). */
  english: { at: number[]; values: string[] };
}

/** All China down to townships (core.json). */
export interface CoreFile {
  format: typeof CORE_FORMAT;
  /** Hash of the inputs the build read (scripts/build-data/pipeline.ts): which build made the file. */
  inputs: string;
  sources: Source[];
  /** Provinces (2 digits) that have a village pack, villages/<code>.json. */
  villagePacks: string[];
  units: {
    /**
     * The units in code order, which is pre-order (every unit before its children): each code as
     * its level's own digits (codeStart to CODE_END of ../division-code), all concatenated. A unit's parent is the nearest unit
     * before it of a higher level; levels can be skipped (东莞市's towns are under the prefecture).
     */
    code: string;
    /** Level of each unit as its index in LEVELS (../division-code), one digit per unit. */
    level: string;
    name: string[];
    /** Source id of the units, `default` unless the unit's position is listed under another id. */
    source: { default: string; other: Record<string, number[]> };
    /** Positions (gap-coded) of statistical groupings such as 市辖区 (see Unit.grouping). */
    grouping: number[];
    /** The official names of the units whose `name` leaves out their county's (濮阳县柳屯镇 for 柳屯镇), at their positions (gap-coded). */
    official?: { at: number[]; name: string[] };
  };
  names: NamesTable;
  facts: { [K in FactName]: Array<FactColumn<K>> };
}

/** The villages of one province (villages/<2-digit code>.json). */
export interface VillagePack {
  format: typeof VILLAGE_PACK_FORMAT;
  /** The same as its core file's. */
  inputs: string;
  province: string;
  sources: Source[];
  /** Source id of every village. */
  source: string;
  /**
   * How official committee names were shortened, as [suffix, added]: the official name is the
   * name without its last `added` characters, plus `suffix` (and after `prefix`, where one is given) (台头村, [村民委员会, 村] → 台头村民委员会).
   * Entry 0 is ['', '']: the name is the official name.
   */
  committees: Array<[string, string]>;
  /** Townships that have villages, in code order: each code's 7 digits after the province's 2, concatenated. */
  townships: string;
  /** Number of villages of each of those townships. */
  villages: number[];
  /** Village codes in order: the 3 digits each adds to its township's code, concatenated. */
  code: string;
  name: string[];
  /** Index into `committees` of each village, one base-36 digit per village. */
  committee: string;
  /**
   * The villages whose official name opens with the names of the units they lie in
   * (栾川县潭头镇汤营村村民委员会 is 汤营村): their positions (gap-coded) and those names, which
   * go before the official name the committee rebuilds.
   */
  prefix?: { at: number[]; text: string[] };
}

/** Turns gap-coded positions back into positions. */
export function positions(gaps: readonly number[]): number[] {
  const out = new Array<number>(gaps.length);
  let at = -1;
  for (let i = 0; i < gaps.length; i++) out[i] = at += gaps[i];
  return out;
}

/** Gap-codes increasing positions. */
export function gaps(positions: readonly number[]): number[] {
  return positions.map((p, i) => p - (i === 0 ? -1 : positions[i - 1]));
}
