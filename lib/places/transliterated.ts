// Foreign places the data does not list, known by their spelling: the press writes a foreign
// name in a small set of transliterating characters (斯, 尔, 茨, 帕), so such a run right before a
// word of division or of a natural feature (恰帕斯州, 拉贾斯坦邦, 肯特郡, 阿尔萨斯大区,
// 克马德克海沟) is a place abroad. The
// characters come from world.json (built from jieba's transliterated names), the division words
// and limits from data/transliterated-names.json. One pass over the division words of the text.
import type { PlaceAnnotation } from '../annotation';
import rules from './data/transliterated-names.json';
import { isHan } from '../util/han';

const SUFFIXES = new RegExp([...rules.suffixes].sort((a, b) => b.length - a.length).join('|'), 'g');
const NOT_SUFFIX_WORDS = rules.notSuffixWords;
const CONFIDENCE = 0.6;

export class TransliterationTable {
  private strong: Set<string>;
  private any: Set<string>;

  /** @param characters world.json's transliteration */
  constructor(characters: { strong: string; weak: string }) {
    this.strong = new Set(characters.strong);
    this.any = new Set([...characters.strong, ...characters.weak]);
  }

  /**
   * Where the name ending at `end` starts, if the characters before make one: a run of
   * transliterating characters, two at least and one strong, that may take in one character of
   * another kind (贾 in 拉贾斯坦, 恰 in 的恰帕斯) with two of them after it, where a
   * transliterating character or the start of the name's phrase stands before it (加上特区 is
   * no name). `boundary(i)` says whether a name may start at i.
   */
  nameStart(text: string, end: number, boundary: (i: number) => boolean): number | undefined {
    let start = end;
    let counted = 0;
    let strong = false;
    let gap = false;
    while (!boundary(start) && end - start < rules.maxRun) {
      const c = text[start - 1];
      if (this.any.has(c)) {
        counted++;
        strong ||= this.strong.has(c);
      } else if (gap || counted < rules.minRun || !(this.any.has(text[start - 2]) || boundary(start - 1))) return undefined;
      else gap = true;
      start--;
    }
    return counted >= rules.minRun && strong && boundary(start) ? start : undefined;
  }
}

const BOUNDARY = new Set(rules.boundaries);
/** 南极-艾特肯盆地: the run after a hyphen joined to a word is the end of a compound name, not a name of its own. */
const hyphenTail = (text: string, start: number) => /[-－—–]/.test(text[start - 1] ?? '') && isHan(text[start - 2] ?? '');

/**
 * The places found (sorted, non-overlapping) with the transliterated names before a division word
 * added where no place stands: 在恰帕斯州发现 gives 恰帕斯州 (foreign, without a code). A Chinese
 * unit's name that a longer transliterated name ends in gives way to it (德州 in 贾拉拉巴德州,
 * 南里奥格朗德州): only the end of a foreign name is read as the unit there.
 */
export function withTransliterated(text: string, places: PlaceAnnotation[], table: TransliterationTable): PlaceAnnotation[] {
  const covered = new Uint8Array(text.length + 1);
  for (const p of places) covered.fill(1, p.start, p.end);
  // the units that end where a division word ends, by that end
  const endingAt = new Map(places.filter((p) => p.place.code !== undefined).map((p) => [p.end, p]));
  const found: PlaceAnnotation[] = [];
  const replaced = new Set<PlaceAnnotation>();
  let last = 0;
  const boundary = (i: number) => i <= 0 || covered[i - 1] === 1 || !isHan(text[i - 1]) || BOUNDARY.has(text[i - 1]);
  for (const m of text.matchAll(SUFFIXES)) {
    if (NOT_SUFFIX_WORDS.some((w) => text.startsWith(w, m.index))) continue;
    const end = m.index + m[0].length;
    const unit = endingAt.get(end);
    let start: number | undefined;
    if (unit && unit.start < m.index && unit.start > 0 && covered[unit.start - 1] === 0) {
      // read the name again as if the unit were not there: it must start before the unit
      covered.fill(0, unit.start, unit.end);
      start = table.nameStart(text, m.index, boundary);
      if (start === undefined || start >= unit.start) {
        covered.fill(1, unit.start, unit.end);
        continue;
      }
      replaced.add(unit);
    } else start = table.nameStart(text, m.index, boundary);
    if (start === undefined || start < last || covered.subarray(start, end).includes(1) || hyphenTail(text, start)) continue;
    const name = text.slice(start, end);
    found.push({ kind: 'place', start, end, text: name, place: { name, level: 'foreign', confidence: CONFIDENCE } });
    covered.fill(1, start, end);
    last = end;
  }
  if (!found.length) return places;
  return [...places.filter((p) => !replaced.has(p)), ...found].sort((a, b) => a.start - b.start);
}
