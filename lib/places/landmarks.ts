// Named sites and zones the gazetteer does not hold: roads (松岭路), parks and project areas
// (聊斋文化园), zones without a statistical code (金家岭金融聚集区). Their names are open-ended,
// so they are read only where the text shows what they are: right after the place they lie in
// (淄川区松岭路), or quoted before an ending word (“红叶柿岩”乡村振兴示范区); every other mention
// of a name so found then counts too. The words come from data/landmark-words.json.
import type { PlaceAnnotation, PlaceLevel } from '../annotation';
import words from './data/landmark-words.json';

const ENDINGS: Array<{ word: string; level: PlaceLevel }> = [
  ...words.landmark.map((word) => ({ word, level: 'landmark' as PlaceLevel })),
  ...words.devzone.map((word) => ({ word, level: 'devzone' as PlaceLevel })),
].sort((a, b) => b.word.length - a.word.length);
const NOT_IN_NAME = new Set(words.notInName);
const NOT_NAMES = new Set(words.notNames);
const isHan = (c: string | undefined) => !!c && /[\u3400-\u9fff]/.test(c);

/** The name-with-ending that starts at `start`, if the characters there make one. */
function nameAt(text: string, start: number): { end: number; level: PlaceLevel } | undefined {
  for (let length = 1; length <= words.maxNameLength; length++) {
    const c = text[start + length - 1];
    if (!isHan(c) || NOT_IN_NAME.has(c)) return undefined;
    const ending = length >= words.minNameLength && ENDINGS.find((e) => text.startsWith(e.word, start + length));
    if (ending) return { end: start + length + ending.word.length, level: ending.level };
  }
  return undefined;
}

const QUOTED = /“([\u3400-\u9fff]{2,6})”/g;
/** Most characters between a quoted name and the ending word of what it names (乡村振兴 in “红叶柿岩”乡村振兴示范区). */
const MAX_QUALIFIER = 6;

/** Whether an ending word follows `at` within a few characters of one phrase. */
function endsInSiteWord(text: string, at: number): boolean {
  for (let k = 0; k <= MAX_QUALIFIER; k++) {
    if (ENDINGS.some((e) => text.startsWith(e.word, at + k))) return true;
    if (!isHan(text[at + k]) || NOT_IN_NAME.has(text[at + k])) return false;
  }
  return false;
}

/** Landmarks and zones in `text`, given the places already found (sorted); none overlaps them. */
export function findLandmarks(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  const found = new Map<string, PlaceLevel>();
  for (const place of places) {
    const site = nameAt(text, place.end);
    const name = site && text.slice(place.end, site.end);
    if (site && name && !NOT_NAMES.has(name)) found.set(name, site.level);
  }
  for (const m of text.matchAll(QUOTED)) {
    if (endsInSiteWord(text, m.index + m[0].length)) found.set(m[1], 'landmark');
  }
  const out: PlaceAnnotation[] = [];
  for (const [name, level] of found) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (places.some((p) => p.start < end && at < p.end)) continue;
      out.push({ kind: 'place', start: at, end, text: name, place: { name, level, confidence: 0.6 } });
    }
  }
  return out.sort((a, b) => a.start - b.start).filter((a, k, all) => k === 0 || a.start >= all[k - 1].end);
}
