// Finds where a Chinese text names places, before deciding which unit each name means
// (./link.ts). One left-to-right pass takes the longest known name at each position, so
// 淄川区龙泉镇台头村 reads as three names and 江阴市长泾镇 as 江阴市 + 长泾镇, never 市长.
//
// Villages are only proposed here: a village name counts when the text also names a unit that
// contains it (./find.ts checks), because the same 杨家庄村 exists a hundred times in China.
import { codePrefix, liesWithin } from '../division-code';
import type { PlaceLevel } from '../annotation';
import landmarkWords from './data/landmark-words.json';
import forms from './data/name-forms.json';
import { KIND_CORES, opensNameAt, PEOPLES_LONGEST_FIRST, suffixOf, TOWNSHIP_SUFFIXES, VILLAGE_SUFFIXES } from './forms';
import type { FormGroup, IndexEntry, NameIndex } from './name-index';
import { isHanCode } from '../util/han';
import { toWords, WordIndex } from '../util/word-index';

export interface Mention {
  start: number;
  end: number;
  /** Every unit or feature the name may mean. */
  entries: IndexEntry[];
  /** A shorter name at the same position, used if this one is dropped (a village without context). */
  fallback?: FormGroup;
  /** Set for names found by a rule rather than the dictionary (a village after its township). */
  level?: PlaceLevel;
  /** A word right after the name shows it is a place (淄川境内, 淄川籍): support enough on its own. */
  marked?: boolean;
  /**
   * A word of place right before a short form (在恭城，): support enough where the text names no
   * other province, or names the form's own (a Yunnan article's 在温泉 is a hot spring, not 温泉县).
   */
  afterPlaceWord?: boolean;
  /** A region named by a compass word with no word of direction around it (成为东北冰雪旅游的热点): a region where the text names a place in it. */
  openRegion?: boolean;
  /** A list word alone separates it from the mention before (昌邑、平度): a county's short form is then supported by a county of its province before it, and a township or village of several meanings is of the parent of the one before (酉水河镇、后坪乡). */
  listedAfter?: boolean;
}


/** Words after a name that needs support showing it is the place (淄川境内, 中卫南站), asked after each such name. */
const PLACE_MARKERS = new WordIndex(toWords([...forms.placeMarkersAfter, ...forms.stationWordsAfter]));
const STATION_WORDS = new WordIndex(toWords(forms.stationWordsAfter));
/** The word of a station or toll gate named after the place ending at `end` (中卫南站, 文登收费站, 花园路站), the longest if several start there. */
export const stationWordAt = (text: string, end: number): string | undefined => STATION_WORDS.wordAt(text, end);
const stationAt = (text: string, end: number): boolean => stationWordAt(text, end) !== undefined;
/** A test of whether one of `words` ends right at a position (在恭城, 经文登区): the words indexed by their last character. */
function endsAtTest(words: readonly string[]): (text: string, at: number) => boolean {
  const index = new WordIndex(toWords(words), { edge: 'end' });
  return (text, at) => index.matchBefore(text, at) !== undefined;
}
const routeWordEndsAt = endsAtTest(forms.routeWordsBefore);
const FULL_NAME_LEVELS = new Set<string>(['prefecture', 'county', 'township']);
/** Whether a word of a route's way through or start ends at `start` before a county's, prefecture's or township's full name, or one it was renamed from (经文登区, 从小海镇). */
const routeBeforeFullName = (text: string, start: number, group: FormGroup): boolean =>
  routeWordEndsAt(text, start) && group.entries.every((e) => e.kind !== 'short' && FULL_NAME_LEVELS.has(e.target.unit?.level ?? ''));
const SURNAMES = new Set(forms.surnames);
/** Whether `c` is one of the Chinese surnames the data lists (name-forms.json surnames). */
export const isSurname = (c: string | undefined): boolean => c !== undefined && SURNAMES.has(c);
const PERSON_WORDS = forms.personWordsAfter;
const PERSON_WORDS_BEFORE = forms.personWordsBefore;

/**
 * 李沂源说, 刘中华表示, 李泰山表示, 河长刘金华骑着, 主席王沪宁, 种植户李长安说: a short name, a region's,
 * a mountain's or a city's other name after a surname is a given name where a word that follows people
 * comes after it, or a word of a person's role or title before the surname (not a preposition taken for
 * one: 书记向…).
 */
function isGivenName(text: string, group: FormGroup, start: number, end: number): boolean {
  const nameLike = (e: FormGroup['entries'][number]) =>
    e.kind === 'short' || e.target.feature?.level === 'region' || e.target.feature?.level === 'natural' || !!e.target.feature?.id.startsWith('nickname:');
  if (!group.entries.every(nameLike)) return false;
  const surname = text[start - 1];
  return betweenSurnameAndPersonWord(text, start, end) || (SURNAMES.has(surname) && !forms.prepositionSurnames.includes(surname) && PERSON_WORDS_BEFORE.some((w) => text.endsWith(w, start - 1)));
}

/** 李沂源说, 市民王浮山告诉记者: whether text[start, end) stands between a surname and a word that follows people. */
export const betweenSurnameAndPersonWord = (text: string, start: number, end: number): boolean =>
  SURNAMES.has(text[start - 1]) && PERSON_WORDS.some((w) => text.startsWith(w, end));
const markedAt = (text: string, end: number): boolean => PLACE_MARKERS.startsAt(text, end);
const TIME_WORDS = forms.timeWordsAfter;
const TIME_STARTS = forms.timeStarts;
const NUMERAL = /[0-9０-９〇一二三四五六七八九十]/;
const timeAfter = (text: string, end: number) =>
  TIME_WORDS.some((w) => text.startsWith(w, end) && (TIME_STARTS.includes(text[end + w.length]) || NUMERAL.test(text[end + w.length] ?? '')));
/**
 * A name whose readings that need support are all townships (向城乡, 向城镇 renamed with a sibling suffix, or
 * written as a phrase would be): a word after it that follows places (居民, 境内) shows that a place is
 * meant, not which, and such a form often straddles a phrase (向城乡居民 is 向 + 城乡居民), so it needs
 * the township's own region.
 */
const townshipsOnly = (group: FormGroup): boolean => group.entries.every((e) => !e.needsContext || e.target.unit?.level === 'township');
/** 北京时间6月6日 is a time zone (来淄博时间不长 is a place); 日本 in 5月11日本报 opens with the day of a date, 天全县 in 40天全县 with a span of days. */
const isTimeOrDate = (text: string, start: number, end: number): boolean => timeAfter(text, end) || (UNITS_AFTER_NUMERAL.has(text[start]) && NUMERAL.test(text[start - 1] ?? ''));
const UNITS_AFTER_NUMERAL = new Set(forms.unitsAfterNumeral);
/** 江南中北部: a part of a region after a name that can be a region or feature shows it is one. */
const REGION_PARTS = forms.regionPartsAfter;
const regionPartAt = (text: string, end: number, group: FormGroup): boolean =>
  group.entries.some((e) => e.target.feature) && REGION_PARTS.some((w) => text.startsWith(w, end));
/** 海湾国家: a region of the world named by its countries, before a word of them, is that region. */
const WORLD_REGION_WORDS = forms.worldRegionWordsAfter;
const worldRegionAt = (text: string, end: number, group: FormGroup): boolean =>
  forms.regionsBeforeCountryWords.includes(group.form) &&
  WORLD_REGION_WORDS.some((w) => text.startsWith(w, end) && !forms.notAfterWorldRegionWords.includes(text[end + w.length] ?? '。'));
/** Words between a country and one of its cities that say what the city is (老挝首都万象, 德国西部城市多特蒙德). */
const CITY_WORDS = new Set(forms.cityWordsAfterCountry);
/** Characters of the longest of them: a longer gap between two names is none, and is not made into a string to look up (its hash would read all of it). */
const LONGEST_CITY_WORD = Math.max(...forms.cityWordsAfterCountry.map((w) => w.length));
/** 新西兰奥克兰, 智利圣地亚哥, 老挝首都万象: a foreign place right after the country it lies in, or after a word of its city, is that place. */
const afterOwnCountry = (text: string, mention: Mention, before: Mention | undefined): boolean =>
  !!before &&
  (before.end === mention.start || (mention.start - before.end <= LONGEST_CITY_WORD && CITY_WORDS.has(text.slice(before.end, mention.start)))) &&
  mention.entries.some((e) => {
    const country = e.target.feature?.country;
    return !!country && e.target.feature?.level !== 'country' && before.entries.some((b) => b.target.feature?.id === `country:${country}`);
  });
/**
 * 香港沙田, 香港大埔: a district of a territory written in a form that needs support (a mainland unit's name too) right after
 * the territory's own name is that district alone, and sure there; the form elsewhere in the text stays the mainland's.
 */
function districtsAfterOwnTerritory(mention: Mention, before: Mention | undefined): IndexEntry[] {
  if (!before || before.end !== mention.start) return [];
  const territory = new Set(before.entries.filter((b) => b.target.unit?.level === 'province').map((b) => codePrefix(b.target.unit!.code, 'province')));
  return mention.entries
    .filter((e) => e.target.feature?.id.startsWith('territory:') && e.target.feature.provinces?.some((p) => territory.has(p)))
    .map((e) => ({ ...e, needsContext: false }));
}
/** Levels of the features a unit of their provinces right after supports (第八师一四八团, 第八师石河子市); a natural feature's name there is more often a unit's short form (崂山王哥庄街道). */
const CHAINED_FEATURE_LEVELS = new Set(['prefecture', 'region']);
const beforeOwnUnit = (text: string, mention: Mention, index: NameIndex): boolean =>
  mention.entries.some((e) => {
    const feature = e.target.feature;
    if (!feature?.provinces || !CHAINED_FEATURE_LEVELS.has(feature.level)) return false;
    const next = index.matchesAt(text, mention.end)[0];
    return !!next?.entries.some((n) => n.target.unit && n.target.unit.level !== 'village' && feature.provinces!.includes(codePrefix(n.target.unit.code, 'province')));
  });
/** 成为东北冰雪旅游的热点: a region that needs support, with no word of direction after or before it and no place right before it (县城东北, 向西北, 东北部). */
const openRegion = (text: string, mention: Mention, before: Mention | undefined): boolean =>
  mention.entries.some((e) => e.target.feature?.level === 'region' && [...e.form].every((c) => forms.compassCharacters.includes(c))) &&
  before?.end !== mention.start &&
  !forms.directionAfter.includes(text[mention.end] ?? '。') &&
  !(mention.start > 0 && forms.directionBefore.includes(text[mention.start - 1]));
const placeWordEndsAt = endsAtTest(forms.placeWordsBefore);
const NOT_PLACE_AFTER_PLACE_WORD = forms.notPlaceAfterPlaceWord;
const OLD_NAME_WORDS_BEFORE = forms.oldNameWordsBefore;
/** 杭州古称钱塘, 史称燕京: a name right after a word that gives a place's other name. */
const afterOldNameWord = endsAtTest(OLD_NAME_WORDS_BEFORE);
/** 新绛古称绛州: the place whose old name follows is a place as well. */
const beforeOldNameWord = (text: string, end: number): boolean => OLD_NAME_WORDS_BEFORE.some((w) => text.startsWith(w, end));
/** 在嘉陵江: a short form that opens the name of a river or mountain is not the county. */
const NATURAL_ENDINGS = landmarkWords.natural;

/** The first sure name (one that needs no support) that starts inside `m` and ends after it: 德国 in 同德国. */
export function insideSureName(text: string, m: { start: number; end: number }, names: NameIndex): Mention | undefined {
  for (let i = m.start + 1; i < m.end; i++) {
    const group = names.matchesAt(text, i).find((g) => i + g.form.length > m.end && g.entries.some((e) => !e.needsContext));
    if (group) return { start: i, end: i + group.form.length, entries: group.entries };
  }
  return undefined;
}

/**
 * 在恭城，, 到西昌, 前往敦煌: a county or prefecture short form right after a verb or preposition
 * of place is the place, without its region named, unless the form is also a common word
 * (在资源分配上), a word of position follows it (在大田里), it opens a river's or
 * mountain's name (在嘉陵江) or a sure name starts inside it (是在同德国总理: 德国). So is one between
 * a word of a route's start and a word of coming or a list's mark (从西吉搬来, 从海原、同心搬来: routeAt).
 */
function placeWordBefore(text: string, group: FormGroup, start: number, index: NameIndex): boolean {
  const end = start + group.form.length;
  return (
    (placeWordEndsAt(text, start) || routeAt(text, start, end)) &&
    !NOT_PLACE_AFTER_PLACE_WORD.includes(text[end]) &&
    !NATURAL_ENDINGS.some((w) => text.startsWith(w, end)) &&
    !insideSureName(text, { start, end }, index) &&
    !index.isCommonWord(group.form) &&
    group.entries.every((e) => e.kind === 'short' && (e.target.unit?.level === 'county' || e.target.unit?.level === 'prefecture'))
  );
}

const homelandWordEndsAt = endsAtTest(forms.homelandWordsBefore);
/** 祖国大陆, 祖国西北: a region that needs support right after a word of the homeland is the country's region. */
const regionAfterHomeland = (text: string, group: FormGroup, start: number): boolean =>
  group.entries.every((e) => e.target.feature?.level === 'region') && homelandWordEndsAt(text, start);

const REGION_FOLLOWERS_AFTER_ROUTE = forms.regionFollowersAfterRoute;
/**
 * 在东北，, 来大陆求学: a region that needs support, right after a word of place and before a phrase's end or a word of
 * stay or work (as a one-character form after a verb), is the region; so it is after a word of a route (routeWordsBefore:
 * 来自东北的老人), where a word of coming and going may follow it too (从东北来的, regionFollowersAfterRoute).
 */
function regionAfterPlaceWord(text: string, group: FormGroup, start: number): boolean {
  if (!group.entries.every((e) => e.target.feature?.level === 'region')) return false;
  const end = start + group.form.length;
  return (placeWordEndsAt(text, start) && (end === text.length || forms.abbreviationFollowers.includes(text[end]))) || routeAt(text, start, end);
}

/**
 * 来自东北的老人, 从西吉搬来, 经西吉、隆德: the name from `start` to `end` stands after a word of a route (经, 从, 来自:
 * routeWordsBefore) and before a word of coming or going, a phrase's or list's end, or the text's end.
 */
function routeAt(text: string, start: number, end: number): boolean {
  const after = text[end];
  return routeWordEndsAt(text, start) && (end === text.length || forms.abbreviationFollowers.includes(after) || REGION_FOLLOWERS_AFTER_ROUTE.includes(after));
}

/** Whether every meaning of a name is a village (see villagesOnly). */
const isVillageOnly = (group: FormGroup): boolean => villagesOnly(group.entries);

/**
 * Whether every meaning in a list is a village (true for none); read once for a long list of
 * meanings (杨家庄村 has a hundred), which the index never changes (it makes a new one), and
 * which finding and linking a text's places ask of again and again.
 */
export function villagesOnly(entries: readonly IndexEntry[]): boolean {
  if (entries.length < LONG_LIST) return entries.every((e) => e.target.unit?.level === 'village');
  let villages = villageOnlyLists.get(entries);
  if (villages === undefined) villageOnlyLists.set(entries, (villages = entries.every((e) => e.target.unit?.level === 'village')));
  return villages;
}
/** Meanings from which a list is long enough to be read once and the answer kept (villagesOnly, link.ts's withoutParentsNames). */
export const LONG_LIST = 8;
const villageOnlyLists = new WeakMap<readonly IndexEntry[], boolean>();

const BYLINE_WORDS = new RegExp(forms.bylineWords.join('|'), 'g');
const BYLINE_NAME_ENDS = forms.bylineNameEnds;
const BYLINE_TITLE_BEFORE = forms.bylineTitleBefore;
const BYLINE_SOURCE_ENDS = forms.bylineSourceEnds;
const BYLINE_SEPARATOR = /[\s\u3000、，,：:/]/;
const BYLINE_CLOSE = /[）)】\]。；;]/;
const HEADLINE_COLON = /[：:]/;
/** Most characters of a person's name in a byline (two-character surnames and minority names included). */
const MAX_PERSON_NAME = 4;
/** The names bylineNames found in the text it was last asked of. */
let lastBylines: { text: string; names: ReadonlyArray<readonly [number, number]> } | undefined;

const TIBETAN_GIVEN_NAMES = new WordIndex(toWords(forms.tibetanGivenNames));

/** 扎西顿珠, 尼玛次仁: runs of two or more Tibetan given names (tibetanGivenNames), as [start, end) pairs, in one pass. */
function tibetanNames(text: string, names: Array<[number, number]>): void {
  for (let i = 0; i < text.length; i++) {
    let end = i;
    let count = 0;
    for (let name = TIBETAN_GIVEN_NAMES.wordAt(text, end); name; name = TIBETAN_GIVEN_NAMES.wordAt(text, end), count++) end += name.length;
    if (count >= 2) names.push([i, end]);
    if (end > i) i = end - 1;
  }
}

/**
 * The people's names of bylines and credit lines (□本报记者 王延安, 记者 张某 通讯员 李某), and Tibetan names
 * anywhere (村民扎西顿珠说: tibetanNames):
 * after a byline word, names of two to four characters each ended by a space, a comma, a closing
 * bracket, the next byline word or a word such as 报道. A run of text (记者从腾冲市获悉) is no name,
 * and a title of office (总编辑) is no byline word.
 * Returned as sorted [start, end) pairs.
 */
export function bylineNames(text: string): readonly (readonly [number, number])[] {
  // scanNames and then ./find.ts shortFormsOfNamedUnits ask it of the same text
  if (lastBylines?.text === text) return lastBylines.names;
  const names: Array<[number, number]> = [];
  lastBylines = { text, names };
  for (const m of text.matchAll(BYLINE_WORDS)) {
    const before = text[m.index - 1];
    if (BYLINE_TITLE_BEFORE.includes(before)) continue;
    // 200多名记者汇集蓉城: in running text the word is a subject, not a credit (新华社记者 still is one)
    if (isHanCode(text.charCodeAt(m.index - 1)) && !BYLINE_SOURCE_ENDS.includes(before)) continue;
    let at = m.index + m[0].length;
    for (;;) {
      const from = at;
      while (at < text.length && BYLINE_SEPARATOR.test(text[at])) at++;
      // 校对：张岳\n\n泰山脚下: a blank line ends the credits, and the headline under it is no name
      if (text.slice(from, at).split('\n').length > 2) break;
      let end = at;
      while (end < text.length && end - at <= MAX_PERSON_NAME && isHanCode(text.charCodeAt(end))) {
        if (end - at >= 2 && BYLINE_NAME_ENDS.some((w) => text.startsWith(w, end))) break;
        if (end > at && forms.bylineWords.some((w) => text.startsWith(w, end))) break;
        end++;
      }
      const length = end - at;
      const closed = end >= text.length || BYLINE_SEPARATOR.test(text[end]) || BYLINE_CLOSE.test(text[end]) || !isHanCode(text.charCodeAt(end)) ||
        BYLINE_NAME_ENDS.some((w) => text.startsWith(w, end)) || forms.bylineWords.some((w) => text.startsWith(w, end));
      if (length < 2 || length > MAX_PERSON_NAME || !closed) break;
      // 责编 王国庆\n\n临清:小轴承…: a line that opens with a name and a colon is a headline or a label, not the credit's next name
      if (HEADLINE_COLON.test(text[end] ?? '') && text.slice(m.index + 1, at + 1).includes('\n')) break;
      names.push([at, end]);
      at = end;
      if (!BYLINE_SEPARATOR.test(text[at] ?? '')) break;
    }
  }
  tibetanNames(text, names);
  return names.sort((a, b) => a[0] - b[0]);
}

/** A name the press writes for a village directly after its township (中庄镇杨家庄村), or for a township after its county (岐山县麦禾营镇). */
const CHAINED_VILLAGE = new RegExp(`^[\\u4e00-\\u9fff]{1,4}?(?:${VILLAGE_SUFFIXES.join('|')})`);
const CHAINED_TOWNSHIP = new RegExp(`^[\\u4e00-\\u9fff]{2,4}?(?:${TOWNSHIP_SUFFIXES.join('|')})`);
const NOT_VILLAGE_START = new RegExp(`^[${forms.notChainStart}]`);
const NOT_VILLAGE_AFTER = new Set(forms.notVillageAfter);
const NOT_IN_CHAIN = new Set(forms.notChainStart);
const SUFFIXES_BELOW_COUNTY = [...VILLAGE_SUFFIXES, ...TOWNSHIP_SUFFIXES];
/** 白马滩镇国有林场: a unit written after its own whose core is a kind of unit names none. */
const isKindOfUnit = (name: string): boolean => KIND_CORES.has(name.slice(0, name.length - (suffixOf(name, SUFFIXES_BELOW_COUNTY)?.length ?? 0)));
/** Whether one of the group's units lies in one of the mention's. */
const liesInMention = (group: FormGroup, m: Mention): boolean =>
  group.entries.some((e) => e.target.unit && m.entries.some((o) => o.target.unit && liesWithin(e.target.unit!.code, o.target.unit.code)));
/** How a county's name is written in full (岐山县, 淄川区, 邹平市): a chain goes on after it. */
const COUNTY_WRITTEN = /[县区市旗]$/;

/**
 * 发展乡村旅游 holds 乡村 (rural), not a township 发展乡: a township name ending in 乡 before 村
 * is one only where 村 starts a word of villagers (双龙乡村民); before 镇 it is none (沿河乡镇).
 */
function isRuralWord(text: string, group: FormGroup, end: number): boolean {
  return opensRuralWord(text, end) && group.entries.every((e) => e.target.unit?.level === 'township');
}
/** Whether the 乡 that ends a name at `end` opens 乡村 (rural: 发展乡村旅游, not 双龙乡村民) or 乡镇 (townships: 沿河乡镇). */
function opensRuralWord(text: string, end: number): boolean {
  if (text[end - 1] !== '乡') return false;
  if (text[end] === '镇') return true;
  return text[end] === '村' && (!NOT_VILLAGE_AFTER.has(text[end + 1]) || RURAL_PHRASES.some((p) => text.startsWith(p, end - 1)));
}
/** 发展乡村民宿: 乡村 before a word that opens with a character of villagers (民宿, not 村民). */
const RURAL_PHRASES = forms.ruralPhrases;

const CITY_RESIDENT_WORDS = forms.cityResidentWords;
const NOT_CITY_RESIDENT_WORDS = forms.notCityResidentWords;
/** 福州市民: a name written with 市 whose 市 opens a word of the city's residents is read without it (福州 + 市民), not in 福州市民政局 nor before a name (五常市民乐朝鲜族乡). */
function opensResidentWord(text: string, group: FormGroup, end: number, index: NameIndex): boolean {
  if (!group.form.endsWith('市')) return false;
  if (!CITY_RESIDENT_WORDS.some((w) => text.startsWith(w, end - 1)) || NOT_CITY_RESIDENT_WORDS.some((w) => text.startsWith(w, end - 1))) return false;
  // 五常市民乐朝鲜族乡: a name opening after 市 keeps the city whole
  return index.matchesAt(text, end).length === 0;
}

const COUNTY_WORDS = forms.countyWordsAfterName;
const COUNTY_WORD_TITLES = forms.countyWordTitles;
const NOT_COUNTY_HEAD_AFTER = forms.notCountyHeadAfter;
/**
 * 代县长, 吴县长说, 和县级市: a county of one character and 县 whose 县 opens a word of a county's head or
 * level (县长, 县级) after a title, a surname or a word of function is that word, not the county; 长 that
 * opens a word of its own (单县长期, 和县长江) leaves the county.
 */
function opensCountyWord(text: string, group: FormGroup, i: number): boolean {
  if (group.form.length !== 2 || group.form[1] !== '县' || !COUNTY_WORDS.some((w) => text.startsWith(w, i + 1))) return false;
  if (text[i + 2] === '长' && NOT_COUNTY_HEAD_AFTER.includes(text[i + 3] ?? '')) return false;
  return COUNTY_WORD_TITLES.includes(text[i]) || SURNAMES.has(text[i]) || NOT_IN_CHAIN.has(text[i]);
}

/**
 * 枣庄市中区, 济南市北区: a city's name written with 市 whose 市 opens a district of that city
 * (市中区, 市北区) is the city's short form and the district, not the city and a stray 中区.
 */
function cityBeforeItsDistrict(text: string, i: number, groups: readonly FormGroup[], index: NameIndex): FormGroup | undefined {
  const city = groups[0];
  if (!city.form.endsWith('市') || city.form.length < 3) return undefined;
  const codes = new Set(city.entries.map((e) => e.target.unit?.level === 'prefecture' && e.target.unit.code).filter(Boolean));
  if (!codes.size) return undefined;
  const district = index.matchesAt(text, i + city.form.length - 1)[0];
  if (!district?.entries.some((e) => e.target.unit?.level === 'county' && codes.has(e.target.unit.parent ?? ''))) return undefined;
  return groups.find((g) => g.form === city.form.slice(0, -1));
}

const ETHNIC_TOWNSHIP_WORDS = forms.ethnicTownshipWords;
const NOT_AFTER_ETHNIC_TOWNSHIP = new Set(forms.notAfterEthnicTownship);

/** Where the peoples' names that end at `end` start (坤河达斡尔族满族乡: two peoples); `end` where none ends there. */
function peoplesStart(text: string, end: number): number {
  let start = end;
  for (let people = peopleEndingAt(text, start); people; people = peopleEndingAt(text, start)) start -= people.length;
  return start;
}
const peopleEndingAt = (text: string, end: number): string | undefined => PEOPLES_LONGEST_FIRST.find((g) => text.startsWith(g, end - g.length));

/**
 * 街津口赫哲族乡, 八岔赫哲族乡, 坤河达斡尔族满族乡: the data names some ethnic townships without their people (街津口乡); the
 * press writes them with it. Where a people's name and 乡 or 镇 (ethnicTownshipWords) follow a core the
 * data holds as a township with that suffix, the whole is that township, by start. Found from the
 * words' occurrences only, so the scan stays linear.
 */
function ethnicTownships(text: string, index: NameIndex): Map<number, Mention> {
  const found = new Map<number, Mention>();
  for (const word of ETHNIC_TOWNSHIP_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const suffixAt = at + word.length - 1;
      const coreEnd = peoplesStart(text, suffixAt);
      if (coreEnd === suffixAt || NOT_AFTER_ETHNIC_TOWNSHIP.has(text[suffixAt + 1])) continue;
      for (let len = Math.min(4, coreEnd); len >= 2; len--) {
        const core = text.slice(coreEnd - len, coreEnd);
        if (![...core].every((c) => isHanCode(c.charCodeAt(0)))) continue;
        const form = core + text[suffixAt];
        const group = index.matchesAt(form, 0).find((g) => g.form === form);
        const entries = group?.entries.filter((e) => e.target.unit?.level === 'township');
        if (!entries?.length) continue;
        // 民乐朝鲜族乡, 雅河朝鲜族乡: the data's own name with the people is read by the scan, whatever 民乐乡 of elsewhere
        if (!index.matchesAt(text, coreEnd - len).some((g) => g.form.length >= suffixAt + 1 - (coreEnd - len))) {
          found.set(coreEnd - len, { start: coreEnd - len, end: suffixAt + 1, entries });
        }
        break;
      }
    }
  }
  return found;
}

/** The names scanNames found in the text it was last asked of, with the index and its generation then. */
let lastScan: { text: string; index: NameIndex; generation: number; mentions: readonly Mention[] } | undefined;

/**
 * Every dictionary name in `text`, longest match first, left to right. The province a text is
 * about (./place-index.ts provincesOf) and then its places (./find.ts) scan the same text with
 * the same index: the second scan is the first's answer, in new objects (callers may change theirs).
 */
export function scanNames(text: string, index: NameIndex): Mention[] {
  if (lastScan?.text === text && lastScan.index === index && lastScan.generation === index.generation) return lastScan.mentions.map((m) => ({ ...m }));
  const mentions = scanAllNames(text, index);
  lastScan = { text, index, generation: index.generation, mentions: mentions.map((m) => ({ ...m })) };
  return mentions;
}

function scanAllNames(text: string, index: NameIndex): Mention[] {
  const mentions: Mention[] = [];
  const people = bylineNames(text);
  let person = 0;
  // 常委李长春…李长春在广州: a person's name the text showed once is that person at its other mentions
  const givenNames = new Set<string>();
  const ethnic = ethnicTownships(text, index);
  for (let i = 0; i < text.length - 1; i++) {
    if (!isHanCode(text.charCodeAt(i))) continue;
    const township = ethnic.size ? ethnic.get(i) : undefined;
    if (township) {
      mentions.push(township);
      i = township.end - 1;
      continue;
    }
    const groups = index.matchesAt(text, i);
    if (groups.length === 0) continue;
    let best = cityBeforeItsDistrict(text, i, groups, index) ?? groups[0];
    // 胶东乡村, 江南乡村: 乡村 (the countryside) after a shorter name, not a township 胶东乡
    if (isRuralWord(text, best, i + best.form.length)) {
      const shorter = groups.find((g) => g.form.length < best.form.length && !isRuralWord(text, g, i + g.form.length));
      if (!shorter) continue;
      best = shorter;
    }
    // 福州市民: the city's short form before 市民 (its residents)
    if (opensResidentWord(text, best, i + best.form.length, index)) best = groups.find((g) => g.form === best.form.slice(0, -1)) ?? best;
    if (opensCountyWord(text, best, i)) continue;
    if (isGivenName(text, best, i, i + best.form.length)) {
      givenNames.add(text[i - 1] + best.form);
      continue;
    }
    if ((givenNames.size && givenNames.has(text[i - 1] + best.form)) || isTimeOrDate(text, i, i + best.form.length)) continue;
    // 临夏和县内各乡镇: right after a place, a unit of one character and its suffix that opens with a word of function is
    // that word, unless the unit lies in that place (马鞍山市和县)
    if (best.form.length === 2 && NOT_IN_CHAIN.has(text[i]) && i === mentions[mentions.length - 1]?.end && !liesInMention(best, mentions[mentions.length - 1])) continue;
    // 确保山清水秀 holds 确保, not 保山; right after a name (吉林省长春市) a new word starts anyway, a station names its place (从中卫站)
    // and a route passes a unit named in full (经文登区)
    if (i !== mentions[mentions.length - 1]?.end && index.endsWordAt(text, i, best) && !stationAt(text, i + best.form.length) && !routeBeforeFullName(text, i, best)) continue;
    while (person < people.length && people[person][1] <= i) person++;
    if (person < people.length && people[person][0] <= i && i + best.form.length <= people[person][1]) continue;
    const mention: Mention = { start: i, end: i + best.form.length, entries: best.entries };
    const district = best.entries.some((e) => e.needsContext) ? districtsAfterOwnTerritory(mention, mentions[mentions.length - 1]) : [];
    if (district.length) mention.entries = district;
    else if (best.entries.some((e) => e.needsContext)) {
      if ((markedAt(text, mention.end) && !townshipsOnly(best)) || regionPartAt(text, mention.end, best) || worldRegionAt(text, mention.end, best) || afterOwnCountry(text, mention, mentions[mentions.length - 1]) || beforeOwnUnit(text, mention, index) || regionAfterPlaceWord(text, best, i) || regionAfterHomeland(text, best, i) || afterOldNameWord(text, i) || beforeOldNameWord(text, mention.end)) mention.marked = true;
      else if (placeWordBefore(text, best, i, index)) mention.afterPlaceWord = true;
      else if (openRegion(text, mention, mentions[mentions.length - 1])) mention.openRegion = true;
    }
    if (isVillageOnly(best)) mention.fallback = groups.find((g, k) => k > 0 && !isVillageOnly(g) && !isRuralWord(text, g, i + g.form.length));
    mentions.push(mention);
    i = mention.end - 1;
  }
  return mentions;
}

/** The unit written right after `end` by `pattern` (a village, a township), if the text holds one there and the dictionary does not. */
function chainedAt(text: string, end: number, next: Mention | undefined, pattern: RegExp, minLength: number): number | undefined {
  const rest = text.slice(end, end + 6);
  if (NOT_VILLAGE_START.test(rest) && !opensNameAt(rest, 0)) return undefined;
  const name = pattern.exec(rest)?.[0];
  // 麻田的乡亲们: no word of function inside a name
  if (name && [...name.slice(1, -1)].some((c) => NOT_IN_CHAIN.has(c))) return undefined;
  if (name && isKindOfUnit(name)) return undefined;
  // the dictionary's own reading of what follows wins over the rule
  if (!name || (next && next.start < end + name.length) || NOT_VILLAGE_AFTER.has(text[end + name.length])) return undefined;
  return name.length >= minLength && name.length <= 5 ? end + name.length : undefined;
}

/**
 * Villages written right after their township and townships right after their county that the
 * dictionary does not know (or knows only elsewhere): 中庄镇杨家庄村, 岐山县麦禾营镇, 邢台县南市屯村.
 * They are places of the chain, linked only if the data has them there.
 */
export function chainedVillages(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, end: number, level: PlaceLevel) => out.push({ start, end, entries: [], level });
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    const written = text.slice(m.start, m.end);
    const township = m.entries.some((e) => e.target.unit?.level === 'township') || suffixOf(written, TOWNSHIP_SUFFIXES);
    if (township) {
      const village = chainedAt(text, m.end, next, CHAINED_VILLAGE, 2);
      if (village !== undefined) add(m.end, village, 'village');
      continue;
    }
    const county = COUNTY_WRITTEN.test(written) && m.entries.some((e) => e.target.unit?.level === 'county' || e.target.unit?.level === 'prefecture');
    if (!county) continue;
    const found = chainedAt(text, m.end, next, CHAINED_TOWNSHIP, 3);
    // 昌乐县首届乡村足球联赛: 乡 opening 乡村 (rural) after the county ends no township, and 乡村 no village
    if (found !== undefined && opensRuralWord(text, found)) continue;
    if (found !== undefined) {
      add(m.end, found, 'township');
      const village = chainedAt(text, found, next, CHAINED_VILLAGE, 3);
      if (village !== undefined) add(found, village, 'village');
      continue;
    }
    // 邢台县南市屯村: a village named with its county alone has a name of two characters at least
    const village = chainedAt(text, m.end, next, CHAINED_VILLAGE, 3);
    if (village !== undefined) add(m.end, village, 'village');
  }
  return out;
}
