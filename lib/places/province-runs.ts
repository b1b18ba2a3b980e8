// Regions named by the provinces they span: two or more one-character province forms in a run
// before a word of a region (湘粤赣边区, 川陕革命根据地, 甘青两省) are that region. A character such
// as 川 or 青 alone is a word, so only the run before such a word counts. The characters and
// words are data (name-forms.json's provinceRunCharacters and provinceRunWords).
import type { PlaceAnnotation } from '../annotation';
import forms from './data/name-forms.json';
import { firstCodeTable } from '../util/code-filter';

/** A run at the position it is asked at (sticky): a regular expression searching the text for one costs more than the text's other passes together. */
const RUN = new RegExp(`[${forms.provinceRunCharacters}]{2,}(?=${[...forms.provinceRunWords].sort((a, b) => b.length - a.length).join('|')})`, 'y');
const RUN_CHARACTERS = firstCodeTable(forms.provinceRunCharacters);
const CONFIDENCE = 0.6;

/** The runs in `text`, left to right, as a global search would find them: only where two run characters stand together may one start. */
function* runsIn(text: string): Generator<{ index: number; text: string }> {
  for (let i = 0; i + 1 < text.length; i++) {
    if (!RUN_CHARACTERS[text.charCodeAt(i + 1)] || !RUN_CHARACTERS[text.charCodeAt(i)]) continue;
    RUN.lastIndex = i;
    const run = RUN.exec(text)?.[0];
    if (run === undefined) continue;
    yield { index: i, text: run };
    i += run.length - 1;
  }
}

/** The places found (sorted, non-overlapping) with the regions named by runs of province forms added where no place but a shorter region stands. */
export function withProvinceRuns(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  const found: PlaceAnnotation[] = [];
  const replaced = new Set<PlaceAnnotation>();
  let k = 0;
  for (const m of runsIn(text)) {
    const start = m.index;
    const end = start + m.text.length;
    // every character a different province's (a doubled character is a word: 青青)
    if (new Set(m.text).size !== m.text.length) continue;
    while (k < places.length && places[k].end <= start) k++;
    // a region the run holds (冀鲁豫 in 晋冀鲁豫) or a province's one-character form (湘 and 赣 of 湘赣边界) gives way to it; any other place keeps its text
    const inside: PlaceAnnotation[] = [];
    for (let j = k; j < places.length && places[j].start < end; j++) inside.push(places[j]);
    const givesWay = (p: PlaceAnnotation) => p.place.level === 'region' || (p.place.level === 'province' && p.end - p.start === 1);
    if (inside.some((p) => !givesWay(p) || p.start < start || p.end > end)) continue;
    for (const p of inside) replaced.add(p);
    found.push({ kind: 'place', start, end, text: m.text, place: { name: m.text, level: 'region', confidence: CONFIDENCE } });
  }
  if (!found.length) return places;
  return [...places.filter((p) => !replaced.has(p)), ...found].sort((a, b) => a.start - b.start);
}
