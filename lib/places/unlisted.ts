// Villages and townships the loaded data does not hold, by their suffix: general news names
// villages of every province (梁沟村, 古都河村) while only the packs of the provinces a text is
// about are loaded, townships are renamed and merged (窑河乡), and natural villages and villagers'
// groups are in no data (弄平屯, 老屋坪, 塘冲组). A name of two or three
// characters before a village or township suffix, at the start of a phrase, is such a unit,
// unlinked, unless it is a kind of unit (贫困村, 小城镇). The words are data in
// data/unlisted-units.json. One pass over the suffixes of the text.
import type { PlaceAnnotation, PlaceLevel } from '../annotation';
import forms from './data/name-forms.json';
import rules from './data/unlisted-units.json';
import siteWords from './data/landmark-words.json';
import { isHan } from '../util/han';
import { isSurname } from './recognize';
import { KIND_CORES, opensNameAt } from './forms';
import { NUMBER_CHARS, readNumeral } from '../figures/numerals';
import { anyCovered, coverage } from '../util/coverage';

const SUFFIXES = rules.suffixes as Record<string, PlaceLevel>;
const SUFFIX = new RegExp(Object.keys(SUFFIXES).sort((a, b) => b.length - a.length).join('|'), 'g');
const WORDS_BEFORE = [...rules.wordsBefore].sort((a, b) => b.length - a.length);
const NOT_IN_CORE = new Set(rules.notInCore);
/** Verbs that open a phrase, not a name (landmark-words.json's notNameStart: 保护, 组建, 建设). */
const PHRASE_VERBS = siteWords.notNameStart;
const NOT_AFTER = new Set(forms.notVillageAfter);
const NOT_SUFFIX_PAIRS = new Set(rules.notSuffixPairs);
const NOT_SUFFIX_WORDS = new Set(rules.notSuffixWords);
const SUFFIX_STARTS = new Set(Object.keys(SUFFIXES).map((s) => s[0]));
const AFTER_PLACE_OR_OF = new Set(rules.afterPlaceOrOf);
const ONLY_AFTER_VILLAGE = new Set(rules.onlyAfterVillage);
const CLAN_WORDS = new Set(rules.clanNamesAfterOf);
const NATURAL_VILLAGE_WORDS = rules.naturalVillageWords;
/** 武家坪, 李庄: a surname and a word of a clan's village, with one character after or none. */
const isClanName = (core: string) => core.length <= 3 && isSurname(core[0]) && CLAN_WORDS.has(core[1]);
const CONFIDENCE = 0.5;
const DIGIT = /[0-9０-９]/;
/** Words only a feature takes after its name (脚下, 山顶, 主峰: landmark-words.json's featureMarkersAfter). */
const FEATURE_MARKERS = [...siteWords.featureMarkersAfter].sort((a, b) => b.length - a.length);

/**
 * Whether a name may start at `i`: the text's start, after a character that is no Han, or after a
 * word of place or function. A space between two Han characters is no boundary: pages break
 * words with spaces (结  果经镇 is no 果经镇). Nor is a digit: the character after a number is its
 * classifier (5处塘坝 counts dams, 3组 is a group's number).
 */
function startsPhrase(text: string, i: number): boolean {
  let before = i;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  if (before < i && before > 0 && isHan(text[before - 1])) return false;
  if (before === i && DIGIT.test(text[before - 1] ?? '')) return false;
  return before === 0 || !isHan(text[before - 1]) || WORDS_BEFORE.some((w) => text.endsWith(w, i));
}

/**
 * The start of the unit's name whose suffix starts at `at`, the longest core first, if the text
 * holds one; `opens(start)` says whether a name may start there.
 */
function nameStart(text: string, at: number, opens: (start: number) => boolean): number | undefined {
  for (let core = rules.maxCore; core >= rules.minCore; core--) {
    const start = at - core;
    if (start < 0) continue;
    const chars = text.slice(start, at);
    if (![...chars].every((c, k) => isHan(c) && (!NOT_IN_CORE.has(c) || (k === 0 && opensNameAt(text, start))))) continue;
    if (KIND_CORES.has(chars) || KIND_CORES.has(chars.slice(1))) continue;
    // ，到大坝寨: a word before a name does not open it; 为保护庄寨, 组建护寨队伍: nor does a verb that opens a phrase
    if (WORDS_BEFORE.some((w) => chars.startsWith(w)) || PHRASE_VERBS.some((w) => chars.length > w.length && chars.startsWith(w))) continue;
    if (opens(start)) return start;
  }
  return undefined;
}

/**
 * The start of a natural village's name shorter than minCore right after the village it lies in (红旗村刘屯), if one stands
 * before `at`; not a people's stockade (罗家坨苗寨, 肇兴侗寨: the village is a stockade of the Miao, no village of its own).
 */
function oneCharacterAfterVillage(text: string, at: number, suffix: string, villageEnds: Set<number>): number | undefined {
  if (!AFTER_PLACE_OR_OF.has(suffix)) return undefined;
  const start = at - rules.minCoreAfterVillage;
  const chars = text.slice(start, at);
  return start >= 0 && villageEnds.has(start) && !KIND_CORES.has(chars) && [...chars].every((c) => isHan(c) && !NOT_IN_CORE.has(c)) ? start : undefined;
}

/** Levels of the units whose mention nearby supports an unlisted village or township. */
const SUPPORTING_LEVELS = new Set<PlaceLevel>(['prefecture', 'county', 'township', 'village']);

/**
 * The places found (sorted, non-overlapping) with the unlisted villages and townships added where
 * no place stands, and where a prefecture, county, township or village is named within
 * rules.supportWindow characters before or after: the text is about such places there.
 */
export function withUnlistedUnits(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  const covered = coverage(text.length, places);
  // the supporting places, sorted and non-overlapping, so their ends grow too: one pointer finds
  // the first whose window reaches past each suffix, as the suffixes come in order
  const supporting = places.filter((p) => SUPPORTING_LEVELS.has(p.place.level));
  let next = 0;
  const supported = (i: number): boolean => {
    while (next < supporting.length && supporting[next].end + rules.supportWindow <= i) next++;
    return next < supporting.length && supporting[next].start - rules.supportWindow <= i;
  };
  // 那万村弄平屯, 李山村塘冲组: a natural village or group right after the village it lies in
  const villageEnds = new Set(places.filter((p) => p.place.level === 'village').map((p) => p.end));
  const featuresByEnd = new Map(places.filter((p) => p.place.level === 'natural').map((p) => [p.end, p]));
  const placeEnds = new Set(places.map((p) => p.end));
  const named = new Set<PlaceAnnotation>();
  const found: PlaceAnnotation[] = [];
  // 那万村弄平屯 and 杨家台自然村: a natural village's name may open right after its village, after 的 or where a phrase starts
  const opensNaturalVillage = (i: number) => startsPhrase(text, i) || villageEnds.has(i) || text[i - 1] === '的';
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index + m[0].length;
    const kindWord = NATURAL_VILLAGE_WORDS.find((w) => text.endsWith(w, end));
    if (kindWord) {
      const village = supported(m.index) ? namedBeforeKindWord(text, end - kindWord.length, covered, opensNaturalVillage) : undefined;
      if (village) found.push(village);
      continue;
    }
    // 村民, 村里, 镇政府 is fine but 镇居民 and 村级 are not names' ends; a natural village's suffix is one before them (梨子寨里)
    if ((NOT_AFTER.has(text[end]) && !AFTER_PLACE_OR_OF.has(m[0])) || NOT_SUFFIX_PAIRS.has(text.slice(end - 1, end + 1)) || NOT_SUFFIX_WORDS.has(text.slice(m.index - 1, end)) || covered[m.index] || !supported(m.index)) continue;
    const feature = covered[m.index - 1] ? featureNamingVillage(text, m[0], featuresByEnd.get(m.index), placeEnds) : undefined;
    if (feature) {
      named.add(feature);
      found.push({ kind: 'place', start: feature.start, end, text: text.slice(feature.start, end), place: { name: text.slice(feature.start, end), level: 'village', confidence: CONFIDENCE } });
    }
    if (covered[m.index - 1]) continue;
    // 柳家湾村: a natural village's suffix with another after it is inside the name
    if (AFTER_PLACE_OR_OF.has(m[0]) && SUFFIX_STARTS.has(text[end])) continue;
    const suffix = m[0];
    const opens = ONLY_AFTER_VILLAGE.has(suffix)
      ? (i: number) => villageEnds.has(i)
      : AFTER_PLACE_OR_OF.has(suffix)
        ? opensNaturalVillage
        : SUFFIXES[suffix] === 'village'
          ? (i: number) => startsPhrase(text, i) || (text[i - 1] === '的' && isClanName(text.slice(i, m.index)))
          : (i: number) => startsPhrase(text, i);
    // 红旗村刘屯: right after its village, a natural village's name may be one character
    const start = nameStart(text, m.index, opens) ?? oneCharacterAfterVillage(text, m.index, suffix, villageEnds);
    if (start === undefined) continue;
    if (anyCovered(covered, start, end)) {
      const abroad = AFTER_PLACE_OR_OF.has(suffix) && afterItsVillage(text, start, villageEnds) ? foreignInside(places, start, end) : [];
      if (!abroad.length || anyCovered(coverage(text.length, places.filter((p) => !abroad.includes(p))), start, end)) continue;
      for (const p of abroad) named.add(p);
    }
    const name = text.slice(start, end);
    // 荷叶坪脚下, 凤凰坝山顶: a natural village's name before a word only a feature takes is the mountain or ridge it is named after
    const level = AFTER_PLACE_OR_OF.has(suffix) && FEATURE_MARKERS.some((w) => text.startsWith(w, end)) ? 'natural' : SUFFIXES[suffix];
    found.push({ kind: 'place', start, end, text: name, place: { name, level, confidence: CONFIDENCE } });
  }
  // read after the suffixes, so apart from the pointer that follows them
  const near = (i: number) => supporting.some((p) => p.start - rules.supportWindow <= i && i < p.end + rules.supportWindow);
  found.push(...listedNaturalVillages(text, covered, near));
  return found.length ? [...places.filter((p) => !named.has(p)), ...found].sort((a, b) => a.start - b.start) : places;
}

/** 马散村大马散寨, 马散村的大马散寨: whether a name starting at `start` follows the village it lies in, or that village and 的. */
const afterItsVillage = (text: string, start: number, villageEnds: Set<number>): boolean =>
  villageEnds.has(start) || (text[start - 1] === '的' && villageEnds.has(start - 1));

/**
 * The places abroad found inside a natural village's name after its village (大马 of 大马散寨: Malaysia's short form): the
 * village's name holds them, as a unit's name holds a word.
 */
const foreignInside = (places: readonly PlaceAnnotation[], start: number, end: number): PlaceAnnotation[] =>
  places.filter((p) => p.place.level === 'foreign' && p.start >= start && p.end <= end);

/** 四个自然村, 二十个寨子, 等自然村: a count of natural villages, its numeral (group 1) read as figures read it. */
const COUNTED = new RegExp(`(?:([${NUMBER_CHARS}]+)个|等)(?:${rules.naturalVillagesCounted.join('|')})`, 'g');
const LIST_MARK = '、';

/**
 * 业日、达日、东哇、代巴四个自然村: the names listed right before a count of natural villages (naturalVillagesCounted), two
 * or three characters each between list marks, the first where a name may start, are villages though no suffix follows
 * them; none of the list where one of its names is not such a name, is a kind or a work (硬化、亮化两个自然村的道路:
 * notCores), or a place already stands there, nor where the names are not as many as the count says (维修、改建三个自然村).
 */
function listedNaturalVillages(text: string, covered: Uint8Array, supported: (i: number) => boolean): PlaceAnnotation[] {
  const out: PlaceAnnotation[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const names: Array<[number, number]> = [];
    let end = m.index;
    while (text[end - 1] !== undefined) {
      const mark = text.lastIndexOf(LIST_MARK, end - 1);
      const listed = mark >= 0 && end - mark - 1 >= rules.minCore && end - mark - 1 <= rules.maxCore;
      const start = listed ? mark + 1 : nameStart(text, end, (i) => startsPhrase(text, i));
      if (start === undefined || ![...text.slice(start, end)].every((c) => isHan(c) && !NOT_IN_CORE.has(c))) break;
      names.unshift([start, end]);
      if (!listed) break;
      end = mark;
    }
    const count = m[1] ? readNumeral(m[1], 0)?.value : names.length;
    if (names.length < 2 || names.length !== count || text[names[0][0] - 1] === LIST_MARK || !supported(m.index)) continue;
    if (names.some(([s, e]) => anyCovered(covered, s, e) || KIND_CORES.has(text.slice(s, e)))) continue;
    for (const [start, end] of names) out.push({ kind: 'place', start, end, text: text.slice(start, end), place: { name: text.slice(start, end), level: 'village', confidence: CONFIDENCE } });
  }
  return out;
}

/** 杨家台自然村: the natural village named right before the word of its kind that starts at `at`, where no place stands. */
function namedBeforeKindWord(text: string, at: number, covered: Uint8Array, opens: (start: number) => boolean): PlaceAnnotation | undefined {
  if (covered[at - 1]) return undefined;
  const start = nameStart(text, at, opens);
  if (start === undefined || anyCovered(covered, start, at)) return undefined;
  const name = text.slice(start, at);
  return { kind: 'place', start, end: at, text: name, place: { name, level: 'village', confidence: CONFIDENCE } };
}

/**
 * 瓦屋山镇瓦屋山村, 栾川县的老君山村: a feature's name right before a village's own suffix (村, 嘎查, not a natural
 * village's 屯 or 坪) names the village called after it, where the data holds none of that name (a village it holds is
 * found whole), after a place, 的 or at the start of a phrase; the feature found there, if it is one.
 */
function featureNamingVillage(text: string, suffix: string, feature: PlaceAnnotation | undefined, placeEnds: Set<number>): PlaceAnnotation | undefined {
  if (!feature || SUFFIXES[suffix] !== 'village' || AFTER_PLACE_OR_OF.has(suffix) || ONLY_AFTER_VILLAGE.has(suffix)) return undefined;
  return placeEnds.has(feature.start) || text[feature.start - 1] === '的' || startsPhrase(text, feature.start) ? feature : undefined;
}
