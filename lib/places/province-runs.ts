// Regions named by the provinces they span: two or more one-character province forms in a run
// before a word of a region (湘粤赣边区, 川陕革命根据地, 甘青两省) are that region. A character such
// as 川 or 青 alone is a word, so only the run before such a word counts. The characters and
// words are data (name-forms.json's provinceRunCharacters and provinceRunWords).
import type { PlaceAnnotation } from '../annotation';
import forms from './data/name-forms.json';

const RUN = new RegExp(`[${forms.provinceRunCharacters}]{2,}(?=${[...forms.provinceRunWords].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const CONFIDENCE = 0.6;

/** The places found (sorted, non-overlapping) with the regions named by runs of province forms added where no place but a shorter region stands. */
export function withProvinceRuns(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  const found: PlaceAnnotation[] = [];
  const replaced = new Set<PlaceAnnotation>();
  let k = 0;
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    // every character a different province's (a doubled character is a word: 青青)
    if (new Set(m[0]).size !== m[0].length) continue;
    while (k < places.length && places[k].end <= start) k++;
    // a region the run holds (冀鲁豫 in 晋冀鲁豫) gives way to it; any other place keeps its text
    const inside: PlaceAnnotation[] = [];
    for (let j = k; j < places.length && places[j].start < end; j++) inside.push(places[j]);
    if (inside.some((p) => p.place.level !== 'region' || p.start < start || p.end > end)) continue;
    for (const p of inside) replaced.add(p);
    found.push({ kind: 'place', start, end, text: m[0], place: { name: m[0], level: 'region', confidence: CONFIDENCE } });
  }
  if (!found.length) return places;
  return [...places.filter((p) => !replaced.has(p)), ...found].sort((a, b) => a.start - b.start);
}
