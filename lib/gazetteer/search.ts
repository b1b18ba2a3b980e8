// Finding a unit by what a reader types: a Chinese name or part of one (淄博, 张店), or an English
// name (Zibo, zhangdian). For choosing a home region, so villages are left out and the larger
// units come first.
import type { Gazetteer } from './gazetteer';
import type { PlaceFacts, UnitLevel } from './types';

/** Matches offered at most. */
export const SEARCH_LIMIT = 8;

const RANK_OF_LEVEL: Record<UnitLevel, number> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4 };
/** Levels whose English names are searched: the names of townships are rarely typed in English. */
const ENGLISH_LEVELS: ReadonlySet<UnitLevel> = new Set(['province', 'prefecture', 'county']);

const LATIN = /^[a-z\s'-]+$/i;

/** What searching needs of the gazetteer. */
export type SearchableGazetteer = Pick<Gazetteer, 'units' | 'facts' | 'lookup'>;

/** 0 for the whole name, 1 for its start, 2 for a part; undefined when it does not match. */
function matchRank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  return name.includes(query) ? 2 : undefined;
}

/** The units whose Chinese (or, for a Latin query, English) name holds `query`, best first. */
export function searchUnits(gazetteer: SearchableGazetteer, typed: string, limit = SEARCH_LIMIT): PlaceFacts[] {
  const query = typed.trim();
  if (!query) return [];
  const latin = LATIN.test(query);
  const wanted = query.toLowerCase();
  const found: Array<{ code: string; rank: number }> = [];
  for (const unit of gazetteer.units()) {
    if (unit.level === 'village' || unit.grouping) continue;
    let rank: number | undefined;
    if (latin) {
      if (!ENGLISH_LEVELS.has(unit.level)) continue;
      const english = gazetteer.facts(unit.code)?.english?.toLowerCase();
      rank = english === undefined ? undefined : matchRank(english.replace(/ (province|city|district|county|autonomous.*)$/, ''), wanted) ?? matchRank(english, wanted);
    } else {
      rank = matchRank(unit.name, query);
    }
    if (rank !== undefined) found.push({ code: unit.code, rank: rank * 10 + RANK_OF_LEVEL[unit.level] });
  }
  found.sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
  return found.slice(0, limit).flatMap(({ code }) => gazetteer.lookup(code) ?? []);
}
