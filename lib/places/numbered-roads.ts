// Numbered roads (G240国道, 312国道, 国道312线, 省道S305, G60高速) and routes named by the places
// they join (兰海高速, 沪昆高铁, 合武铁路): county news names its highways and railways so, and no
// dictionary holds them. A route number counts only with the word of its class after it or before
// it, so G20峰会 and 5G基站 are none; a named route only with each of its two characters opening a
// unit's name, so 经济高速 is none. The words are data in data/landmark-words.json
// (numberedRoadWordsAfter, numberedRoadWordsBefore, namedRouteWords).
import type { PlaceAnnotation } from '../annotation';
import words from './data/landmark-words.json';

const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const ROUTE = '[GSXYgsxy]?\\d{1,4}';
const ROAD = new RegExp(
  `(?<![A-Za-z0-9])(?:${ROUTE}(?:${alternation(words.numberedRoadWordsAfter)})|(?:${alternation(words.numberedRoadWordsBefore)})${ROUTE}(?:线)?)(?![A-Za-z0-9])`,
  'g',
);
// G2京沪高速, G1511日兰高速: an expressway's national number may stand before its name, inside the span (group 1)
const NAMED_ROUTE = new RegExp(`(?<![A-Za-z0-9])([GSgs]\\d{1,4})?[\\u3400-\\u9fff]{2}(?:${alternation(words.namedRouteWords)})`, 'g');
/** 太焦四条铁路线: the last of a list of routes before their count and their word, the name alone. */
const COUNTED_ROUTE = new RegExp(`(?<![A-Za-z0-9])[\\u3400-\\u9fff]{2}(?=[${words.routeCounts}]条(?:${alternation(words.namedRouteWords)}))`, 'g');
const LIST_MARK = '、';
const ROUTE_CHARACTERS = words.routeCharacters;
const NOT_ROUTE_NAMES = new Set(words.notRouteNames);
const NOT_IN_NAME = words.notInName;
const CONFIDENCE = 0.6;

/**
 * The places found (sorted, non-overlapping) with the numbered roads added where no place stands,
 * and the named routes whose characters each open a unit's name (`opensUnitName`; none without it).
 */
export function withNumberedRoads(text: string, places: PlaceAnnotation[], opensUnitName?: (c: string, major?: boolean) => boolean): PlaceAnnotation[] {
  const found: PlaceAnnotation[] = [];
  const spans = [...text.matchAll(ROAD)].filter((m) => !/^\d+线$/.test(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length })); // 线 after a bare number is a line of anything (3线城市)
  if (opensUnitName) {
    const opens = (c: string, major?: boolean) => ROUTE_CHARACTERS.includes(c) || opensUnitName(c, major);
    // 道路和铁路两侧: a character of function words joins words, it names no end of a route
    const isRouteName = (at: number) =>
      opens(text[at]) && opens(text[at + 1]) && !NOT_ROUTE_NAMES.has(text.slice(at, at + 2)) && !words.notRouteSecond.includes(text[at + 1]) && !NOT_IN_NAME.includes(text[at]) && !NOT_IN_NAME.includes(text[at + 1]);
    for (const m of text.matchAll(NAMED_ROUTE)) {
      const at = m.index + (m[1]?.length ?? 0);
      if (!isRouteName(at)) continue;
      const end = m.index + m[0].length;
      // 宁宿徐高速: a third place before the two, where no word of function stands (修建沪昆高铁, 和沪昆高铁)
      const third = !m[1] && at > 0 && !NOT_IN_NAME.includes(text[at - 1]) && opens(text[at - 1], true);
      if (third) spans.push({ start: at - 1, end });
      else spans.push({ start: m.index, end }, ...listedRoutes(text, at, isRouteName));
    }
    for (const m of text.matchAll(COUNTED_ROUTE)) if (isRouteName(m.index)) spans.push({ start: m.index, end: m.index + 2 }, ...listedRoutes(text, m.index, isRouteName));
  }
  let k = 0;
  const yielded = new Set<PlaceAnnotation>();
  for (const { start, end } of spans.sort((a, b) => a.start - b.start)) {
    while (k < places.length && places[k].end <= start) k++;
    let j = k;
    while (j < places.length && places[j].start < end) j++;
    const inside = places.slice(k, j);
    if (j > k && !inside.every((p) => yieldsToRoute(p, start, end, inside))) continue;
    if (found.length && found[found.length - 1].end > start) continue;
    for (const p of inside) yielded.add(p);
    const name = text.slice(start, end);
    found.push({ kind: 'place', start, end, text: name, place: { name, level: 'landmark', confidence: CONFIDENCE } });
  }
  if (!found.length) return places;
  return [...places.filter((p) => !yielded.has(p)), ...found].sort((a, b) => a.start - b.start);
}

// 焦枝、侯月、新焦、太焦四条铁路线, 焦柳、京九铁路: the routes listed before the last one, two
// characters each, that share its word.
function listedRoutes(text: string, at: number, isRouteName: (at: number) => boolean): Array<{ start: number; end: number }> {
  const listed: Array<{ start: number; end: number }> = [];
  for (let s = at; s >= 3 && text[s - 1] === LIST_MARK && isRouteName(s - 3); s -= 3) listed.push({ start: s - 3, end: s - 1 });
  return listed;
}

// A region of two one-character forms (京沪, 深港) inside a route's name is the route's ends, not a
// region named there: 京沪高铁 and 广深港高铁 are one line each, as 沪昆高铁, where no pair is a region.
// A longer region keeps its name (京津冀城际铁路 names 京津冀). So does a country's one-character form read
// after a verb where it is the route's one country (对日兰高速实行管制 holds no 日 of Japan after 对: 日兰高速
// joins 日照 and 兰考); a route between countries keeps them (中老铁路 is 中 and 老). A province's one-character
// form read with the other end's as a pair is a route's end too (湘黔、浙赣铁路, 滇越铁路: the lines, not Hunan
// and Guizhou); one read alone is kept (沪 of 沪昆高铁, read so by its context). `found` are the places in the span.
function yieldsToRoute(p: PlaceAnnotation, start: number, end: number, found: readonly PlaceAnnotation[]): boolean {
  if (p.start < start || p.end > end) return false;
  return (p.place.level === 'region' && p.end - p.start === 2) || (isProvinceForm(p) && found.length === 2 && found.every(isOneCharacter)) || (isCountryForm(p) && found.filter(isCountryForm).length === 1);
}
const isOneCharacter = (p: PlaceAnnotation) => p.end - p.start === 1;
const isProvinceForm = (p: PlaceAnnotation) => isOneCharacter(p) && p.place.level === 'province';
const isCountryForm = (p: PlaceAnnotation) => isOneCharacter(p) && WORLD_LEVELS.has(p.place.level);
const WORLD_LEVELS = new Set(['foreign', 'country']);
