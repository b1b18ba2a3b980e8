// Foreign places the data does not list, known by their spelling: the press writes a foreign
// name in a small set of transliterating characters (斯, 尔, 茨, 帕), so such a run right before a
// word of division or of a natural feature (恰帕斯州, 拉贾斯坦邦, 肯特郡, 阿尔萨斯大区,
// 克马德克海沟) is a place abroad. A place abroad the data lists before a word of a natural feature
// names that feature (莫桑比克海峡, 夏威夷群岛, 乍得湖), a city abroad before a word of division
// the division named after it (顿涅茨克州, 坎大哈省), and such a run after a word of a city (北部城市
// 阿勒颇, 首府法希尔) a city. The characters come from world.json (built
// from jieba's transliterated names), the words and limits from data/transliterated-names.json.
// One pass over the division and feature words of the text, one over the words of a city.
import type { PlaceAnnotation } from '../annotation';
import rules from './data/transliterated-names.json';
import { isHan } from '../util/han';
import { anyCovered, coverage } from '../util/coverage';

const SUFFIX_LIST = [...rules.suffixes].sort((a, b) => b.length - a.length);
const SUFFIXES = new RegExp(SUFFIX_LIST.join('|'), 'g');
const NOT_SUFFIX_WORDS = rules.notSuffixWords;
const FEATURE_SUFFIXES = new Set(rules.featureSuffixes);
/** 火山: a country's name before it is the country's, no volcano's name (汤加火山). */
const NOT_FEATURE_AFTER_COUNTRY = new Set(rules.notFeatureAfterCountry);
const CITY_DIVISIONS = new Set(rules.cityDivisions);
/** 州长, 省长: a division's head follows the division's name, so the word before is the division's already. */
const GOVERNOR = new Set(rules.notAfterCityDivision);
const CONFIDENCE = 0.6;

export class TransliterationTable {
  private strong: Set<string>;
  private any: Set<string>;
  private cities: Set<string>;
  private countries: Set<string>;

  /**
   * @param characters world.json's transliteration
   * @param cities the names of the cities abroad (not countries nor their divisions: 美国州长, 加州州长)
   * @param countries the names of the countries
   */
  constructor(characters: { strong: string; weak: string }, cities: Iterable<string> = [], countries: Iterable<string> = []) {
    this.strong = new Set(characters.strong);
    this.any = new Set([...characters.strong, ...characters.weak]);
    this.cities = new Set(cities);
    this.countries = new Set(countries);
  }

  /** Whether a place's name is a city's abroad, so that a division may be named after it (顿涅茨克州). */
  isCity(name: string): boolean {
    return this.cities.has(name);
  }

  /** Whether a place's name is a country's (马里 of 马里科帕县 after 亚利桑那州). */
  isCountry(name: string): boolean {
    return this.countries.has(name);
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
      // 呼和诺尔湖: a syllable that holds a boundary character counts as transliterating characters
      const syllable = rules.boundarySyllables.find((w) => text.endsWith(w, start));
      if (syllable) {
        counted += syllable.length;
        start -= syllable.length;
        continue;
      }
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

  /** Where the name starting at `start` ends, if the characters from there make one: a run of transliterating characters, two at least and one strong. */
  nameEnd(text: string, start: number, covered: Uint8Array): number | undefined {
    let end = start;
    let strong = false;
    for (; end < text.length && end - start < rules.maxRun && covered[end] === 0 && this.any.has(text[end]); end++) strong ||= this.strong.has(text[end]);
    return end - start >= rules.minRun && strong ? end : undefined;
  }
}

const BOUNDARY = new Set(rules.boundaries);
/** 呼和诺尔湖: a boundary character that is a syllable of a name with the one before it opens no name after it. */
const inSyllable = (text: string, i: number): boolean => rules.boundarySyllables.some((w) => text.endsWith(w, i));
const NOT_BOUNDARY_WORDS = rules.notBoundaryWords;
/** Whether a word before `i` closes there: a boundary character that opens no word holding the character at `i` (县城), or such a word. */
const boundaryCharacterBefore = (text: string, i: number) =>
  BOUNDARY.has(text[i - 1]) ? !NOT_BOUNDARY_WORDS.some((w) => text.startsWith(w, i - 1)) : NOT_BOUNDARY_WORDS.some((w) => text.endsWith(w, i));
const AFTER_NAME = new Set(rules.afterName);
/** The word of division or of a feature that starts at `i`, if one does (the longest), unless a word that opens with one does (港股). */
function suffixAt(text: string, i: number): string | undefined {
  return notSuffixAt(text, i) ? undefined : SUFFIX_LIST.find((w) => text.startsWith(w, i));
}
const notSuffixAt = (text: string, i: number): boolean => NOT_SUFFIX_WORDS.some((w) => text.startsWith(w, i));
const CITY_WORDS = new RegExp([...rules.cityWordsBefore].sort((a, b) => b.length - a.length).join('|'), 'g');
/** 南极-艾特肯盆地: the run after a hyphen joined to a word is the end of a compound name, not a name of its own. */
const hyphenTail = (text: string, start: number) => /[-－—–]/.test(text[start - 1] ?? '') && isHan(text[start - 2] ?? '');

/**
 * The places found (sorted, non-overlapping) with the transliterated names before a division word
 * added where no place stands: 在恰帕斯州发现 gives 恰帕斯州 (foreign, without a code; before a
 * feature's word, 阿特拉斯山脉, a natural feature). A Chinese unit's name that a longer
 * transliterated name ends in gives way to it (德州 in 贾拉拉巴德州, 南里奥格朗德州): only the end
 * of a foreign name is read as the unit there. A place abroad right before a feature's word is
 * that feature (泰国湾, 夏威夷群岛), a city abroad before a word of division that division
 * (赫尔松州, not its governor: 赫尔松州长 is rare, 州长 after a division's name common). A
 * transliterated name right after a word of a city (南部城市埃拉特, 首府法希尔) is a place abroad.
 */
export function withTransliterated(text: string, places: PlaceAnnotation[], table: TransliterationTable): PlaceAnnotation[] {
  const covered = coverage(text.length, places);
  // the units and China's features that end where a division or feature word ends, by that end (巴河 in 瓜伊巴河)
  const endingAt = new Map(places.filter((p) => p.place.code !== undefined || p.place.level === 'natural').map((p) => [p.end, p]));
  const abroadEndingAt = new Map(places.filter((p) => p.place.level === 'foreign').map((p) => [p.end, p]));
  const found: PlaceAnnotation[] = [];
  const replaced = new Set<PlaceAnnotation>();
  let last = 0;
  const boundary = (i: number) => i <= 0 || covered[i - 1] === 1 || !isHan(text[i - 1]) || (boundaryCharacterBefore(text, i) && !inSyllable(text, i));
  for (const m of text.matchAll(SUFFIXES)) {
    // the match is the longest word there already (SUFFIXES tries them longest first, as suffixAt does)
    if (notSuffixAt(text, m.index)) continue;
    const end = m.index + m[0].length;
    const abroad = abroadEndingAt.get(m.index);
    const feature = FEATURE_SUFFIXES.has(m[0]) && !(abroad && NOT_FEATURE_AFTER_COUNTRY.has(m[0]) && table.isCountry(abroad.text));
    const division = !feature && CITY_DIVISIONS.has(m[0]) && abroad !== undefined && table.isCity(abroad.place.name) && !GOVERNOR.has(text[end]);
    if (abroad && (feature || division) && !anyCovered(covered, m.index, end)) {
      const name = text.slice(abroad.start, end);
      found.push({ kind: 'place', start: abroad.start, end, text: name, place: { name, level: feature ? 'natural' : 'foreign', confidence: abroad.place.confidence } });
      replaced.add(abroad);
      covered.fill(1, m.index, end);
      last = end;
      continue;
    }
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
    // 亚利桑那州马里科帕县: a country's name right after another place abroad opens the name after it
    // (马里 of 马里科帕县): the press names a country before its places, never right after one of another
    const country = start === undefined ? undefined : abroadEndingAt.get(start);
    if (country && table.isCountry(country.text) && abroadEndingAt.has(country.start) && country.start >= last) {
      covered.fill(0, country.start, country.end);
      replaced.add(country);
      start = country.start;
    }
    if (start === undefined || start < last || anyCovered(covered, start, end) || hyphenTail(text, start)) continue;
    const name = text.slice(start, end);
    found.push({ kind: 'place', start, end, text: name, place: { name, level: feature ? 'natural' : 'foreign', confidence: CONFIDENCE } });
    covered.fill(1, start, end);
    last = end;
  }
  // 北部城市阿勒颇, 首府法希尔: a name after a word of a city, closed by a word that may follow a
  // place (的, 、, 附近's 附, a verb of the news: 遭, 发) or the end of the phrase, or taking the
  // word of division or of a feature after it (首府阿雷格里港)
  for (const m of text.matchAll(CITY_WORDS)) {
    const start = m.index + m[0].length;
    let end = covered[start] === 1 ? undefined : table.nameEnd(text, start, covered);
    if (end === undefined) continue;
    const suffix = suffixAt(text, end);
    if (suffix && !anyCovered(covered, end, end + suffix.length)) end += suffix.length;
    else if (!(end === text.length || covered[end] === 1 || !isHan(text[end]) || AFTER_NAME.has(text[end]))) continue;
    const name = text.slice(start, end);
    found.push({ kind: 'place', start, end, text: name, place: { name, level: suffix && FEATURE_SUFFIXES.has(suffix) ? 'natural' : 'foreign', confidence: CONFIDENCE } });
    covered.fill(1, start, end);
  }
  if (!found.length) return places;
  return [...places.filter((p) => !replaced.has(p)), ...found].sort((a, b) => a.start - b.start);
}
