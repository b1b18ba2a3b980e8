// The place of a dateline (本报波恩5月25日电, 新华社德国罗滕堡5月27日电): the words between the
// news source and the date name where the report was filed, so a name there the data does not
// hold is a place too. The Chinese gazetteer holds every city of China, so such a name is one
// abroad. The sources are data (name-forms.json's datelineSources). One pass over the text.
import type { PlaceAnnotation } from '../annotation';
import forms from './data/name-forms.json';

const NUMBER = '[0-9０-９〇零一二三四五六七八九十]{1,3}';
const DATELINE = new RegExp(`(?:${forms.datelineSources.join('|')})([\\u4e00-\\u9fff]{2,10}?)${NUMBER}月${NUMBER}日(?:专)?电`, 'g');
const MIN_NAME = 2;
const CONFIDENCE = 0.6;

/** The places found (sorted, non-overlapping) with the unknown names of datelines added, after the places the dateline names first (德国 in 德国罗滕堡). */
export function withDatelinePlaces(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  const found: PlaceAnnotation[] = [];
  let k = 0;
  for (const m of text.matchAll(DATELINE)) {
    let start = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1])).length;
    const end = start + m[1].length;
    // the places the dateline names before the new name, in order; none may stand inside what is left
    while (k < places.length && places[k].end <= start) k++;
    while (k < places.length && places[k].start === start && places[k].end < end) start = places[k++].end;
    if (end - start < MIN_NAME || (k < places.length && places[k].start < end)) continue;
    const name = text.slice(start, end);
    found.push({ kind: 'place', start, end, text: name, place: { name, level: 'foreign', confidence: CONFIDENCE } });
  }
  return found.length ? [...places, ...found].sort((a, b) => a.start - b.start) : places;
}
