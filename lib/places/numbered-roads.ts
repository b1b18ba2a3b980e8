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
const NAMED_ROUTE = new RegExp(`(?<![A-Za-z0-9])[\\u3400-\\u9fff]{2}(?:${alternation(words.namedRouteWords)})`, 'g');
const CONFIDENCE = 0.6;

/**
 * The places found (sorted, non-overlapping) with the numbered roads added where no place stands,
 * and the named routes whose characters each open a unit's name (`opensUnitName`; none without it).
 */
export function withNumberedRoads(text: string, places: PlaceAnnotation[], opensUnitName?: (c: string) => boolean): PlaceAnnotation[] {
  const found: PlaceAnnotation[] = [];
  const matches = [...text.matchAll(ROAD)].filter((m) => !/^\d+线$/.test(m[0])); // 线 after a bare number is a line of anything (3线城市)
  if (opensUnitName) for (const m of text.matchAll(NAMED_ROUTE)) if (opensUnitName(m[0][0]) && opensUnitName(m[0][1])) matches.push(m);
  let k = 0;
  for (const m of matches.sort((a, b) => a.index - b.index)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < places.length && places[k].end <= start) k++;
    if (k < places.length && places[k].start < end) continue;
    if (found.length && found[found.length - 1].end > start) continue;
    found.push({ kind: 'place', start, end, text: m[0], place: { name: m[0], level: 'landmark', confidence: CONFIDENCE } });
  }
  return found.length ? [...places, ...found].sort((a, b) => a.start - b.start) : places;
}
