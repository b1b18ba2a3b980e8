// Numbered roads (G240国道, 312国道, 国道312线, 省道S305, G60高速): county news names its highways
// by number, and no dictionary holds them. A route number counts only with the word of its class
// after it or before it, so G20峰会 and 5G基站 are none. The words are data in
// data/landmark-words.json (numberedRoadWordsAfter, numberedRoadWordsBefore).
import type { PlaceAnnotation } from '../annotation';
import words from './data/landmark-words.json';

const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const ROUTE = '[GSXYgsxy]?\\d{1,4}';
const ROAD = new RegExp(
  `(?<![A-Za-z0-9])(?:${ROUTE}(?:${alternation(words.numberedRoadWordsAfter)})|(?:${alternation(words.numberedRoadWordsBefore)})${ROUTE}(?:线)?)(?![A-Za-z0-9])`,
  'g',
);
const CONFIDENCE = 0.6;

/** The places found (sorted, non-overlapping) with the numbered roads added where no place stands. */
export function withNumberedRoads(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  const found: PlaceAnnotation[] = [];
  let k = 0;
  for (const m of text.matchAll(ROAD)) {
    const start = m.index;
    const end = start + m[0].length;
    // 线 alone after a bare number is a line of anything (3线城市): a route letter or a class word is needed
    if (/^\d+线$/.test(m[0])) continue;
    while (k < places.length && places[k].end <= start) k++;
    if (k < places.length && places[k].start < end) continue;
    found.push({ kind: 'place', start, end, text: m[0], place: { name: m[0], level: 'landmark', confidence: CONFIDENCE } });
  }
  return found.length ? [...places, ...found].sort((a, b) => a.start - b.start) : places;
}
