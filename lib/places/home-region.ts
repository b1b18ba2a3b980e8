// The default home region of a page, from its site: a known regional outlet (data/regional-
// outlets.json) or a government site whose host names its region in pinyin (zibo.gov.cn).
// Linking uses it as the last resort for an ambiguous name; a site it cannot place gives none.
import type { Unit, UnitFacts } from '../gazetteer/types';
import outlets from './data/regional-outlets.json';

/** The gazetteer as this needs it: provinces and prefectures with their English names. */
export interface RegionSources {
  units(): Iterable<Unit>;
  facts(code: string): UnitFacts | undefined;
}

const LEVEL_WORDS = /\b(Province|City|Prefecture|Autonomous Region|Region|Municipality)\b/g;
const GOVERNMENT = /(?:^|\.)([a-z]+)\.gov\.cn$/;

/** Division codes of provinces and prefectures by their pinyin as a host writes it (zibo, shandong). */
export function regionsByPinyin(sources: RegionSources): Map<string, string> {
  const byPinyin = new Map<string, string>();
  const shared = new Set<string>();
  for (const unit of sources.units()) {
    if (unit.level !== 'province' && unit.level !== 'prefecture') continue;
    const english = sources.facts(unit.code)?.english;
    if (!english) continue;
    const key = english.replace(LEVEL_WORDS, '').replace(/[^A-Za-z]/g, '').toLowerCase();
    if (byPinyin.has(key)) shared.add(key);
    else byPinyin.set(key, unit.code);
  }
  for (const key of shared) byPinyin.delete(key); // 吉林 the province and the city: the host does not say which
  return byPinyin;
}

/** The division code a site reports on, or undefined. */
export function homeRegionForHost(host: string, byPinyin: Map<string, string>): string | undefined {
  const name = host.toLowerCase().replace(/^www\./, '');
  const outlet = outlets.outlets.find((o) => name === o.host || name.endsWith(`.${o.host}`));
  if (outlet) return outlet.region;
  const government = GOVERNMENT.exec(name);
  return government ? byPinyin.get(government[1]) : undefined;
}
