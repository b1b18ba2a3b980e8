// Named sites, zones and natural features the gazetteer does not hold: roads (松岭路), parks and
// project areas (聊斋文化园), zones without a statistical code (金家岭金融聚集区), rivers, lakes
// and mountains (竹竿河, 五岳水库, 大苏山). Their names are open-ended, so they are read only where
// the text shows what they are: right after the place they lie in (淄川区松岭路), quoted before an
// ending word (“红叶柿岩”乡村振兴示范区), and for features after a word of place or movement
// (沿着竹竿河), before a word that only follows a feature (嘉陵江畔) or listed after one
// (扎陵湖、鄂陵湖); every other mention of a name so found then counts too. The words come from
// data/landmark-words.json and, for zones, data/zone-words.json.
import type { PlaceAnnotation, PlaceLevel } from '../annotation';
import features from './data/features.json';
import words from './data/landmark-words.json';
import { isReachWord } from './feature-context';
import { shortForm } from './forms';
import { betweenSurnameAndPersonWord, bylineNames, isSurname, stationWordAt } from './recognize';
import { zoneWords } from './world';
import { ZONE_KIND_CORES, ZONE_WORDS } from './zones';
import { isHan, isHanCode, isNumeralDigit } from '../util/han';
import { CodeFilter, firstCodeTable } from '../util/code-filter';
import { toWords, WordIndex } from '../util/word-index';

interface Ending {
  word: string;
  level: PlaceLevel;
}
const byLength = (a: Ending, b: Ending) => b.word.length - a.word.length;
const NATURAL: Ending[] = words.natural.map((word) => ({ word, level: 'natural' as PlaceLevel })).sort(byLength);
const ENDINGS: Ending[] = [
  ...words.landmark.map((word) => ({ word, level: 'landmark' as PlaceLevel })),
  ...ZONE_WORDS.map(({ word }) => ({ word, level: 'devzone' as PlaceLevel })),
  ...NATURAL,
].sort(byLength);
const SITES = ENDINGS.filter((e) => e.level !== 'natural');
/** Levels of the places a street is named after (鞍山二路, 福山支路), features, sites and regions too (长江中路, 长城路, 沂蒙路). */
const STREET_NAMESAKES = new Set<PlaceLevel>(['province', 'prefecture', 'county', 'foreign', 'country', 'natural', 'landmark', 'region']);
/** Zone words that name a zone alone (经济开发区, 高新区). */
const STANDALONE_ZONES = new Set(zoneWords.filter((z) => z.standsAlone).map((z) => z.word));
/** The endings by their first character, longest first as in ENDINGS: a position compares the text with the few that can stand there. */
const ENDINGS_BY_FIRST = new WordIndex(ENDINGS);
/** The endings by their last character, longest first as in ENDINGS. */
const ENDINGS_BY_LAST = new WordIndex(ENDINGS, { edge: 'end' });
/** The longest ending written at `at`. */
const endingAt = (text: string, at: number): Ending | undefined => ENDINGS_BY_FIRST.match(text, at);
/** Feature words too common in ordinary words to close a name right after a place (淄川区生产用水, 全县山塘). */
const NOT_AFTER_PLACE = new Set(words.endingsNotAfterPlace);
const NOT_BEFORE_ROAD = new Set(words.notBeforeRoad);
/**
 * 其中齐晏大街, 改走西五路: words of a clause's opening, and the words of a path of two characters or more,
 * that end where a street's name starts.
 */
const STREET_OPENERS: readonly string[] = [...words.openersBeforeStreet, ...words.roadPathBefore.filter((w) => w.length > 1)];
/** 神农架旅游公路, “吃蚝游海”线路: 路 at `at` after a character that makes a kind of road or route (公路, 线路) ends no street's name. */
const isKindOfRoad = (text: string, at: number, word: string): boolean => word === '路' && NOT_BEFORE_ROAD.has(text[at - 1]);
const NOT_IN_NAME = new Set(words.notInName);
/** A span as one number, for a set of the places' spans: one number per span shorter than 65,537 characters, as every name is. */
const spanKey = (start: number, end: number): number => start * 65536 + end;
/** Whether a name may start at `start`: at the text's start, or after a character that is no Han or never stands inside a name (的, 和, 在). */
const nameMayStartAt = (text: string, start: number): boolean => start === 0 || !isHan(text[start - 1]) || NOT_IN_NAME.has(text[start - 1]);
/** The same by code, for the tests at every character of a candidate name, which then make no string. */
const NOT_IN_NAME_CODES = firstCodeTable(NOT_IN_NAME);
const NOT_IN_NATURAL = new Set(words.notInNatural);
const NOT_NAMES = new Set(words.notNames);
const NATURAL_NEXT = new Set(words.naturalNext);
/** Words of place before a name (在, 从, 沿), words after a feature's name, of path and parts of a road: each list by first character, asked at a position. */
const alternation = (list: string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const LOCATIVE = new WordIndex(toWords(words.locativesBefore));
const FOLLOWER = new WordIndex(toWords(words.naturalFollowers));
/** Words of a kind of site (城市公园), that open no name. */
const NOT_NAME_START = new WordIndex(toWords(words.notNameStart));
const SITE_LOCATIVE = new WordIndex(toWords(words.siteLocativesBefore));
/** Words of path, with the words that open with one and are none (经济, 从事), found first and passed over. */
const ROAD_PATH = new WordIndex(toWords([...words.roadPathBefore, ...words.notRoadPath]));
const NOT_ROAD_PATH = new Set(words.notRoadPath);
const NOT_IN_STREET = new Set(words.notInStreet);
const ROAD_PARTS = new WordIndex(toWords(words.roadPartsAfter));
const SITE_FOLLOWER = new WordIndex(toWords(words.siteFollowers));
type Found = { index: number; word: string };
/** The finders a text is searched with, at most eight; by a character's code, a bit for each finder whose words it opens. */
const FINDERS = [LOCATIVE, FOLLOWER, SITE_LOCATIVE, ROAD_PATH, ROAD_PARTS, SITE_FOLLOWER];
const FINDER_BITS = new Uint8Array(0x10000);
FINDERS.forEach((finder, k) => {
  for (const word of finder.words()) FINDER_BITS[word.charCodeAt(0)] |= 1 << k;
});

/**
 * The words of each finder of FINDERS in `text`, in its order: left to right, the longest at a
 * position, each finder's search going on after the last word it found (as a global regular
 * expression of its words, longest first, would find them). One pass over the text for all.
 */
function findWords(text: string): Found[][] {
  const out: Found[][] = FINDERS.map(() => []);
  const next = new Int32Array(FINDERS.length); // per finder, where its next word may start
  for (let i = 0; i < text.length; i++) {
    const bits = FINDER_BITS[text.charCodeAt(i)];
    if (!bits) continue;
    for (let k = 0; k < FINDERS.length; k++) {
      if (!(bits & (1 << k)) || i < next[k]) continue;
      const word = FINDERS[k].wordAt(text, i);
      if (word === undefined) continue;
      out[k].push({ index: i, word });
      next[k] = i + word.length;
    }
  }
  return out;
}
/** Most characters of a street's name before its ending, read back from a word of its parts (黑茶 in 黑茶大道两侧). */
const MAX_STREET_CORE_BEFORE_PART = 4;
const ANYWHERE = new RegExp(alternation(words.endingsAnywhere), 'g');
const STREETS_ANYWHERE = new RegExp(alternation(words.streetEndingsAnywhere), 'g');
/** The endings only an old town's street takes (老街, 古街), after which a place's name is the place's, not the street's. */
const OLD_TOWN_STREETS: readonly string[] = words.streetEndingsAnywhere;
const COORDINATION = /^[、和及与]/;
/** Streets are listed as features are, and named as the two ends of a way (从迎晖路到临安路). */
const STREET_COORDINATION = /^[、和及与到至]/;
/** Most characters of a site's name before its ending after a word of place (二十一世纪 in 二十一世纪演艺中心). */
const MAX_SITE_CORE_AFTER_LOCATIVE = 5;
/** Fewest characters of a site's name before its ending after a place and 的 (禅寿老街); words of a kind of site (城市公园) are notNameStart. */
const MIN_SITE_CORE_AFTER_OF = 2;
const BUILDINGS_AFTER_PLACE = [...words.buildingsAfterPlace].sort((a, b) => b.length - a.length);
const ROADS: Ending[] = words.roads.map((word) => ({ word, level: 'landmark' as PlaceLevel })).sort(byLength);
const ROAD_NEXT = [...words.roadNext].sort((a, b) => b.length - a.length);
const NOT_ROAD_NEXT = words.notRoadNext;
/** Most numerals between a street's name and its ending (台东一路, 延安三路). */
const MAX_ROAD_NUMBERS = 2;
const isRoadNumber = (c: string | undefined) => c !== undefined && words.roadNumbers.includes(c);
const NOT_AFTER_FIRST_ROAD = words.notAfterFirstRoad;
/** Most characters of a feature's name before its ending (高黎贡 in 高黎贡山, 浑善达克 in 浑善达克沙地). */
const MAX_NATURAL_CORE = 4;
const MIN_NATURAL_CORE = 2;
const ONE_CHARACTER_CORES = new Set(words.oneCharacterCores);
const ONE_CHARACTER_BEFORE_MARKER = new Set(words.oneCharacterCoresBeforeMarker);
const FEATURE_MARKERS = new Set(words.featureMarkersAfter);
/** featureMarkersBefore's words of one character (隔, 临): after a place, before another, they open no feature's name. */
const NEAR_BEFORE = new Set(words.featureMarkersBefore.filter((w) => w.length === 1));
const FOLLOWERS_AFTER_LIST = new Set(words.followersAfterList);
const LIST_ENDS = words.listEnds;
/** Site words that also follow a feature's name (景区, 湿地公园): a name ending in a feature's word and one of them is that feature's. */
const FOLLOWER_SITES = words.naturalFollowers.filter((f) => words.landmark.includes(f));
/** The fewest characters a feature's name needs before `ending` (渭 in 渭河, 大苏 in 大苏山). */
const minCore = (ending: string) => (ONE_CHARACTER_CORES.has(ending) ? 1 : MIN_NATURAL_CORE);
const BUILDING_WORDS = words.buildingWords;
/** 办公楼, 学校的人行天桥, 这栋楼: a name that ends in a word of a kind of building is none. */
const isBuildingWord = (name: string) => BUILDING_WORDS.some((w) => name.endsWith(w));
const SITE_ENDINGS = [...words.siteEndings].sort((a, b) => b.length - a.length);
/** Fewest and most characters of a historic site's name before its ending (光岳 in 光岳楼, 山陕 in 山陕会馆). */
const MIN_SITE_CORE = 2;
const LOCATION_FOLLOWERS = new Set(words.siteLocationFollowers);
const NEAR_FOLLOWERS = new Set(words.nearFollowers);
const NOT_BEFORE_NEAR = new Set(words.notBeforeNearFollowers);
const LANDMARK_ENDINGS = [...SITE_ENDINGS, ...words.landmark].sort((a, b) => b.length - a.length);
const ONE_CHARACTER_SITE_ENDINGS = new Set(words.compactSiteEndings);
const TEMPLE_ENDINGS = words.templeEndingsAfterOf;

/** The end of a temple's name right after 的 (所在的佛宫寺): the shortest core of two to four characters with a temple's ending. */
function templeAfterOf(text: string, start: number): number | undefined {
  if (NOT_NAME_START.startsAt(text, start) || doubled(text, start)) return undefined;
  for (let length = 1; length <= MAX_SITE_CORE && coreChar(text[start + length - 1]); length++) {
    const end = start + length + 1;
    if (length < MIN_SITE_CORE || !TEMPLE_ENDINGS.includes(text[end - 1])) continue;
    return NOT_ENDING_PAIRS.has(text.slice(end - 1, end + 1)) || isBuildingWord(text.slice(start, end)) ? undefined : end;
  }
  return undefined;
}
const TITLE_WORDS = words.titleWords;
const CLAN_HALLS = Object.entries(words.clanHalls as Record<string, string[]>).map(([marker, halls]) => [marker, [...halls].sort((a, b) => b.length - a.length)] as const);
const PERSON_HOMES = words.personHomes;

/**
 * 李氏宗祠, 陈氏家庙, 王家祠堂: a clan's hall, named by its surname and a word of the clan (氏, and 家 before a shrine's word:
 * 农家大院 is no clan's), is a site wherever it stands (宗祠 alone is a kind of building); not where the hall's own name
 * follows it (张氏家庙德远堂: the clan's words describe 德远堂).
 */
function clanHalls(text: string): Set<string> {
  const halls = new Set<string>();
  for (const [marker, words] of CLAN_HALLS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      if (at === 0) continue; // no surname before it
      const hall = words.find((w) => text.startsWith(w, at + 1));
      if (hall && isSurname(text[at - 1]) && !hallNameAt(text, at + 1 + hall.length)) halls.add(text.slice(at - 1, at + 1 + hall.length));
    }
  }
  return halls;
}
const MAX_SITE_CORE = 4;
const COMPACT: Array<[string, PlaceLevel]> = [
  ...words.compactNaturalEndings.map((w): [string, PlaceLevel] => [w, 'natural']),
  ...words.compactSiteEndings.map((w): [string, PlaceLevel] => [w, 'landmark']),
];

/**
 * The level of a site or zone named `name` by its ending (新材料产业园: landmark, 经济开发区: devzone),
 * if it ends in one and opens with no word of a kind of site (现代农业产业园 is what many counties build).
 */
export function siteLevel(name: string): PlaceLevel | undefined {
  if (words.notNameStart.some((w) => name.startsWith(w))) return undefined;
  return SITES.find((e) => name.endsWith(e.word) && name.length > e.word.length)?.level;
}

/** Whether a site's name is one of the words that end sites' names (长城): a kind of site the country over, no name a unit is known by. */
export function isSiteWord(name: string): boolean {
  return SITES.some((e) => e.word === name);
}

/**
 * The name-with-ending that starts at `start`, if the characters there make one; a historic site's
 * one-character ending ends the phrase unless the name follows its place (五台县的佛光寺东大殿; 在网上卖影楼服饰 names none).
 */
function nameAt(text: string, start: number, afterPlace = false): { end: number; level: PlaceLevel } | undefined {
  // 槐店乡依托五岳水库: a word of place after the place starts a new phrase, not a name
  if (LOCATIVE.startsAt(text, start)) return undefined;
  // 三江源国家公园: a generic word after a feature is no name of its own
  if (FOLLOWER.startsAt(text, start) || NOT_NAME_START.startsAt(text, start)) return undefined;
  let reach = false;
  for (let length = 1; length <= words.maxNameLength; length++) {
    const code = text.charCodeAt(start + length - 1);
    if (!isHanCode(code) || NOT_IN_NAME_CODES[code]) return undefined;
    reach ||= isReachWord(text[start + length - 1]);
    // 水磨古镇紧邻寿溪河: a word of place inside starts another phrase
    if (length > 1 && LOCATIVE.startsAt(text, start + length - 1)) return undefined;
    const ending = length >= words.minNameLength && endingAt(text, start + length);
    // 杭州任职时疏浚西湖: a feature's name has no more characters before its ending than a feature's core read elsewhere
    if (!ending || NOT_AFTER_PLACE.has(ending.word) || (ending.level === 'natural' && (length > MAX_NATURAL_CORE || reach))) continue;
    if (isKindOfRoad(text, start + length, ending.word) || splitIntoColumns(text, start + length)) continue;
    const end = start + length + ending.word.length;
    // 文化创意街区: an ending that makes a word with the character after it closes no name
    if (NOT_ENDING_PAIRS.has(text.slice(end - 1, end + 1))) continue;
    // 日本首相桥本龙太郎, 伊朗总统哈塔米: a one-character site ending inside a person's name after a title is none,
    // nor one that closes no phrase away from a place
    if (ONE_CHARACTER_SITE_ENDINGS.has(ending.word) && (TITLE_WORDS.some((w) => text.slice(start, end).includes(w)) || (!afterPlace && !endsName(text, end)))) continue;
    // 黄河湾风景区, 渭河湾湿地公园: the longest ending that closes the name (风景区, 湿地公园) leaves too little before it
    const longest = ENDINGS_BY_LAST.matchBefore(text, end);
    if (longest && longest.word.length > ending.word.length && end - longest.word.length - start < words.minNameLength) return undefined;
    // 嘎查争取草原生态: a feature's name must end where the phrase does
    if (ending.level !== 'natural' || endsName(text, end)) return { end, level: ending.level };
  }
  return undefined;
}

const coreChar = (c: string | undefined) => isHan(c) && !NOT_IN_NAME.has(c!) && !NOT_IN_NATURAL.has(c!);
/** 茫茫沙漠, 巍巍群山: a doubled first character is a description, not a name. */
const doubled = (text: string, start: number) => text[start] === text[start + 1];

/** Whether what follows a feature's name at `at` ends the name (沿着竹竿河一路, 扎陵湖、). */
function endsName(text: string, at: number): boolean {
  const c = text[at];
  // 商讨关于: an ending and the character after it that make a word together
  if (NOT_ENDING_PAIRS.has(text.slice(at - 1, at + 1))) return false;
  return !isHan(c) || NOT_IN_NAME.has(c) || NATURAL_NEXT.has(c) || FOLLOWER.startsAt(text, at);
}
const NOT_ENDING_PAIRS = new Set(words.notEndingPairs);
/** Words of a kind of route (铁路, 高铁): a route named after the place it leads to holds only that place. */
const ROUTE_WORDS = [...words.namedRouteWords].sort((a, b) => b.length - a.length);
/** Words of a feature's parts after its name (湖畔, 湖面, 江面), some opening with a feature's ending. */
const PART_WORDS = words.featureMarkersAfter;

/** 柳青河水质: 水 after a feature's one-character ending (河水, 湖水, 溪水) is the feature's water, not the end of another name. */
const waterOfFeature = (text: string, at: number, ending: string) => ending === '水' && ONE_CHARACTER_ENDINGS.has(text[at - 1]);
const ONE_CHARACTER_ENDINGS = new Set(words.natural.filter((w) => w.length === 1));

/** 滦河源头湿地, 黄河两岸湿地: a core that ends in a word only a feature's name takes is that feature and the word, no name. */
const endsInFollower = (text: string, start: number, coreEnd: number) => LONG_FOLLOWERS.some((w) => coreEnd - w.length > start && text.endsWith(w, coreEnd));
const LONG_FOLLOWERS = words.naturalFollowers.filter((w) => w.length > 1);

/**
 * The feature's name starting at `start` (竹竿河 after 沿着), the longest core first; `strict`
 * asks that the name be followed by a character that ends it, and then a mountain's name may have
 * one character (依托腊山发展).
 */
function naturalAt(text: string, start: number, strict: boolean): number | undefined {
  let run = 0;
  while (run < MAX_NATURAL_CORE && coreChar(text[start + run])) run++;
  if (doubled(text, start)) return undefined;
  for (let length = run; length >= 1; length--) {
    const ending = NATURAL.find((e) => text.startsWith(e.word, start + length));
    if (!ending || waterOfFeature(text, start + length, ending.word)) continue;
    const end = start + length + ending.word.length;
    if (endsInFollower(text, start, start + length)) continue;
    // 依托腊山发展: a mountain of one character before a verb or a word of position (深山, 大山 are notNames; 在黄山、六安 is the city)
    const oneCharacterMountain = strict && ONE_CHARACTER_BEFORE_MARKER.has(ending.word) && NATURAL_NEXT.has(text[end]);
    if (length < (oneCharacterMountain ? 1 : minCore(ending.word))) continue;
    if (!strict || endsName(text, end)) return end;
  }
  return undefined;
}

/**
 * Whether `text` names a feature from `start` to `end`: the name ends in a feature's word and a word that only follows a
 * feature comes next (娄山关脚下, 下渚湖湿地), or a feature's name inside it runs into such a word (东江源头, see runsIntoFollower).
 */
export function namesFeature(text: string, start: number, end: number): boolean {
  return (endsInFeatureWord(text, start, end) && FOLLOWER.startsAt(text, end)) || runsIntoFollower(text, start, end);
}

const endsInFeatureWord = (text: string, start: number, end: number) => NATURAL.some((e) => text.endsWith(e.word, end) && end - e.word.length > start);

/**
 * 东江源头 after 东江源村: a form that holds a feature's name (东江) and the start of a word of two characters or more that
 * only follows a feature (源头) running past the form's end is the feature and that word, not the unit named after them.
 */
function runsIntoFollower(text: string, start: number, end: number): boolean {
  for (let k = end - 1; k > start + 1; k--) {
    const word = FOLLOWER.wordAt(text, k);
    if (word && word.length > 1 && k + word.length > end && endsInFeatureWord(text, start, k)) return true;
  }
  return false;
}

/**
 * The feature's name ending at `end` (嘉陵江 before 畔): its core must start after a boundary. Before
 * a word only a feature takes (`marked`: 龟山脚下, 凤岭南麓) a mountain's name may have one character.
 */
function naturalBefore(text: string, end: number, placeEnds: Set<number>, marked = false): number | undefined {
  const ending = NATURAL.find((e) => text.endsWith(e.word, end) && end - e.word.length >= 0);
  if (!ending) return undefined;
  const coreEnd = end - ending.word.length;
  // 乘船游览水下长城: a word of place right before the ending leaves no name (游览 is no feature's core)
  if (endsLocative(text, coreEnd)) return undefined;
  for (let length = 1; length <= MAX_NATURAL_CORE; length++) {
    const start = coreEnd - length;
    if (start < 0 || !coreChar(text[start])) return undefined;
    if (length < (marked && ONE_CHARACTER_BEFORE_MARKER.has(ending.word) ? 1 : minCore(ending.word))) continue;
    // 2024年河口区: the 年 of a date is no start of a name, and a name may start after it
    if (dateEndsAt(text, start + 1)) return undefined;
    const boundary = nameMayStartAt(text, start) || placeEnds.has(start) || endsLocative(text, start) || dateEndsAt(text, start);
    if (!boundary) continue;
    // 乐园村依托水库: a core that opens with a word of place is that word, not a name; so is one that opens inside one (沿着江边: 着江)
    if (doubled(text, start) || LOCATIVE.startsAt(text, start) || inLocative(text, start) || endsInFollower(text, start, coreEnd)) return undefined;
    // 确保密云水库, 指导汨罗江干流: a word that opens a phrase is no part of the name after it, nor the end of one
    // that runs across the start (其中涔天河水库: 中 of 其中)
    const rest = openerEnd(text, start);
    if (rest === start) return start;
    return coreEnd - rest >= minCore(ending.word) && !doubled(text, rest) ? rest : undefined;
  }
  return undefined;
}
/** Where a name starting at `start` may start after a word that opens a phrase (notNameStart) at it or running across it; `start` if none. */
function openerEnd(text: string, start: number): number {
  for (const back of [0, 1, 2].filter((k) => k <= start)) {
    const length = NOT_NAME_START.wordAt(text, start - back)?.length ?? 0;
    if (length > back) return start - back + length;
  }
  return start;
}
const endsLocative = (text: string, at: number) => words.locativesBefore.some((w) => text.endsWith(w, at));
/** Whether a word of place runs across `at` (着 of 沿着). */
const inLocative = (text: string, at: number) => [1, 2].some((k) => (LOCATIVE.wordAt(text, at - k)?.length ?? 0) > k);
/** Whether a date's last character (年, 月, 日 after a numeral: 2024年, 三月) ends at `at`. */
const dateEndsAt = (text: string, at: number) => DATE_ENDS.has(text[at - 1]) && isNumeralDigit(text[at - 2]);
const DATE_ENDS = new Set('年月日');

/** 寺内罗汉堂前, 园里长廊旁: a site's one-character word and 内 or 里 (inside the site just named) open no site's name. */
const insideSite = (text: string, start: number) => SITE_ENDINGS.includes(text[start]) && INSIDE.has(text[start + 1]);
const INSIDE = new Set('内里');

/**
 * The start of a site's name ending at `end` (光岳楼 before 始建于, 东风着陆场 before 位于): a core of
 * two to four characters after a boundary; any site's ending before a word of location, a historic
 * site's before the other followers, but 楼 not before a word of nearness (公司楼下).
 */
function siteBefore(text: string, end: number, placeEnds: Set<number>, follower: string): number | undefined {
  const ending = (LOCATION_FOLLOWERS.has(follower) ? LANDMARK_ENDINGS : SITE_ENDINGS).find((w) => text.endsWith(w, end));
  if (!ending || (NEAR_FOLLOWERS.has(follower) && NOT_BEFORE_NEAR.has(ending))) return undefined;
  for (let length = MIN_SITE_CORE; length <= MAX_SITE_CORE; length++) {
    const start = end - ending.length - length;
    if (start < 0 || ![...text.slice(start, end - ending.length)].every(coreChar)) return undefined;
    if (nameMayStartAt(text, start) || placeEnds.has(start) || endsLocative(text, start)) {
      if (doubled(text, start) || LOCATIVE.startsAt(text, start) || insideSite(text, start)) return undefined;
      // 推进崇福寺、铁佛寺, 串联涵碧楼、: a word that opens a phrase is no part of the site's name after it, as before a feature's
      const opener = NOT_NAME_START.wordAt(text, start);
      if (!opener) return start;
      const rest = start + opener.length;
      return end - ending.length - rest >= MIN_SITE_CORE && !doubled(text, rest) ? rest : undefined;
    }
  }
  return undefined;
}

/** Whether a hall's own name (德远堂, 攸叙堂: a core of one to three characters and 堂) starts at `start`. */
function hallNameAt(text: string, start: number): boolean {
  for (let length = 1; length <= MAX_HALL_CORE && isHan(text[start + length - 1]) && !NOT_IN_NAME.has(text[start + length - 1]); length++) {
    if (text[start + length] === '堂') return true;
  }
  return false;
}
const MAX_HALL_CORE = 3;

/** The end of a historic site's name starting at `start` (安平桥 after 洛阳桥、, 开元寺 in 和开元寺成了): the shortest core with an ending. */
function siteAt(text: string, start: number): number | undefined {
  for (let length = 1; length <= MAX_SITE_CORE && coreChar(text[start + length - 1]); length++) {
    if (length < MIN_SITE_CORE) continue;
    const ending = SITE_ENDINGS.find((w) => text.startsWith(w, start + length));
    if (ending) return start + length + ending.length;
  }
  return undefined;
}

/**
 * 岳麓山, 天心阁, 洛阳桥 (in Quanzhou): a county's or prefecture's short form with a one-character
 * ending of a mountain, lake or site right after it, the name ending there, is that feature or site;
 * so is a township's short form before it (拉卜楞寺 after 拉卜楞镇: the monastery the town is named after); a site's
 * name right after its place and 的 need not end the phrase (湖寮镇的泰安楼今年完成修缮).
 */
function compactNames(text: string, places: PlaceAnnotation[], found: Map<string, PlaceLevel>, compact: Set<string>, placeEnds: Set<number>): void {
  for (const place of places) {
    if ((place.place.level !== 'county' && place.place.level !== 'prefecture' && place.place.level !== 'township') || !isShortForm(place)) continue;
    // 湖寮镇的泰安楼今年: a site's name after its place and 的 need not end the phrase
    const ofPlace = text[place.start - 1] === '的' && placeEnds.has(place.start - 1);
    const hit = COMPACT.find(([w, level]) => text.startsWith(w, place.end) && (endsName(text, place.end + w.length) || (ofPlace && level === 'landmark')));
    if (!hit) continue;
    const name = text.slice(place.start, place.end + hit[0].length);
    if (NOT_NAMES.has(name) || isBuildingWord(name)) continue;
    found.set(name, hit[1]);
    compact.add(name);
  }
}

/**
 * A street's name of two to six characters starting at `start` (人民西路 after 北京路与), every one of them
 * Han: a word of path before punctuation (绕行，杭鞍路封闭) opens no name at the mark.
 */
function streetAt(text: string, start: number): number | undefined {
  if (![...text.slice(start, start + words.minNameLength - 1)].every(isHan)) return undefined;
  for (let length = words.minNameLength; length <= words.maxNameLength; length++) {
    const c = text[start + length - 1];
    if (!isHan(c) || NOT_IN_NAME.has(c)) return undefined;
    const end = roadEndAt(text, start + length);
    if (end !== undefined) return end;
  }
  return undefined;
}

/**
 * The street's name ending at `end` before a word of a street's parts (，黑茶大道两侧): the shortest
 * core of two to six characters after a boundary, with no character of a figure of speech or a kind
 * of road (乡村公路两侧).
 */
function streetBefore(text: string, end: number, placeEnds: Set<number>): string | undefined {
  // 南大街与: the longest street's word first, then a shorter one it ends in (a core 南大 before 街)
  for (const road of ROADS) {
    if (!text.endsWith(road.word, end)) continue;
    let coreEnd = end - road.word.length;
    if (isKindOfRoad(text, coreEnd, road.word)) return undefined;
    const name = streetCoreBefore(text, coreEnd, end, placeEnds);
    if (name) return name;
    if (!isRoadNumber(text[coreEnd - 1])) continue;
    // 台东一路与: the street's number is no part of its name's core (经十路 is named 经十)
    for (let n = 0; n < MAX_ROAD_NUMBERS && isRoadNumber(text[coreEnd - 1]); n++) coreEnd--;
    const numbered = streetCoreBefore(text, coreEnd, end, placeEnds);
    if (numbered) return numbered;
  }
  return undefined;
}

/** The street's name from its core's start before `coreEnd` to `end`, the shortest core after a boundary. */
function streetCoreBefore(text: string, coreEnd: number, end: number, placeEnds: Set<number>): string | undefined {
  for (let length = 1; length <= MAX_STREET_CORE_BEFORE_PART; length++) {
    const start = coreEnd - length;
    const c = text[start];
    if (start < 0 || !isHan(c) || NOT_IN_STREET.has(c)) return undefined;
    // 在和平路、, 在经十路与: a name may open with a character of function words right after a boundary
    if (NOT_IN_NAME.has(c)) return length >= words.minNameLength && nameMayStartAt(text, start) ? text.slice(start, end) : undefined;
    if (length < words.minNameLength) continue;
    if (nameMayStartAt(text, start) || placeEnds.has(start) || STREET_OPENERS.some((w) => text.endsWith(w, start))) return text.slice(start, end);
  }
  return undefined;
}

/**
 * 舜耕路至浆水泉路段: the two streets a notice's section runs between, read back from each word of a section
 * that follows a street's name (路段 alone, as in 部分路段, names no street: one before the range word is needed).
 */
function streetSections(text: string, placeEnds: Set<number>): Array<[string, string]> {
  const { between, section } = words.roadSections;
  const pairs: Array<[string, string]> = [];
  for (let at = text.indexOf(section); at >= 0; at = text.indexOf(section, at + 1)) {
    const second = streetBefore(text, at, placeEnds);
    if (!second) continue;
    const mark = at - second.length - 1;
    const first = between.includes(text[mark]) ? streetBefore(text, mark, placeEnds) : undefined;
    if (first) pairs.push([first, second]);
  }
  return pairs;
}

/** The streets' names on either side of the list mark at `at` (书院路、京口路), if both are. */
function listedStreets(text: string, at: number, placeEnds: Set<number>): [string, string] | undefined {
  const first = streetBefore(text, at, placeEnds);
  const second = first && listedStreetAt(text, at + 1);
  return first && second ? [first, second] : undefined;
}

/**
 * The historic sites' names on either side of the list mark at `at` (天盖寺、永兴寺), read as 光岳楼 is before 始建于;
 * the first is a shorter name found already where one ends there (二宜楼 in 其中二宜楼、南阳楼, not 中二宜楼; 开元寺 of the
 * dictionary in 串联开元寺、涵碧楼).
 */
function listedSites(text: string, at: number, placeEnds: Set<number>, placeSpans: Set<number>, found: Map<string, PlaceLevel>): [string, string] | undefined {
  const first = siteStartBefore(text, at, placeEnds, placeSpans, found);
  const end = first === undefined ? undefined : siteAt(text, at + 1);
  return first === undefined || end === undefined ? undefined : [first, text.slice(at + 1, end)];
}

/**
 * The historic site's name ending at the list mark at `end` (天盖寺 of 天盖寺、永兴寺), read as before any follower, or the
 * shorter name found already, by these rules or as a place (`placeSpans`, by spanKey), that ends there (二宜楼 in
 * 其中二宜楼、南阳楼, not 中二宜楼; 开元寺 in 串联开元寺、, not 串联开元寺).
 */
function siteStartBefore(text: string, end: number, placeEnds: Set<number>, placeSpans: Set<number>, found: Map<string, PlaceLevel>): string | undefined {
  let start = siteBefore(text, end, placeEnds, '、');
  if (start === undefined) return undefined;
  for (let s = start + 1; s < end - 1; s++) if (found.has(text.slice(s, end)) || placeSpans.has(spanKey(s, end))) start = s;
  return text.slice(start, end);
}

/**
 * The name `read` finds right after the list mark at `at`, where the list's item ends with it and no phrase opens there:
 * `read` gives the name and where the item ends.
 */
function listedItem(text: string, at: number, read: (start: number) => { name: string; end: number } | undefined): [string] | undefined {
  if (NOT_NAME_START.startsAt(text, at + 1)) return undefined;
  const item = read(at + 1);
  return item && LIST_ITEM_END.test(text[item.end] ?? '') ? [item.name] : undefined;
}
/**
 * The historic site's name listed right after the list mark at `at` where the item ends with it, whatever the item
 * before it (村口的古樟树、文昌阁和老屋, 古桥、望河楼。): a name with a site's ending that is a list's item is a site.
 */
const listedSiteItem = (text: string, at: number): [string] | undefined =>
  listedItem(text, at, (start) => {
    const end = siteAt(text, start);
    return end === undefined ? undefined : { name: text.slice(start, end), end };
  });
/**
 * The street's name listed right after the list mark at `at` before the word of the stop named after it, where the stop
 * is the list's item (、花园路站、奥体中心站: a line's stations): the street is the place inside the stop's name.
 */
const listedStopStreet = (text: string, at: number): [string] | undefined =>
  listedItem(text, at, (start) => {
    const name = listedStreetAt(text, start);
    const station = name === undefined ? undefined : stationWordAt(text, start + name.length);
    return name && station ? { name, end: start + name.length + station.length } : undefined;
  });

/** What ends a list's item: the next item's mark, a list's end word, an adverb of the list (都, 也) or the phrase's end. */
const LIST_ITEM_END = /^[、和及与等也都，。；]/;

/**
 * The street's name listed at `start` after another (京口路 in 书院路、京口路已): the shortest core of
 * two to four characters of a name, its number (台东一路) and a street's word.
 */
function listedStreetAt(text: string, start: number): string | undefined {
  for (let length = 1; length <= MAX_STREET_CORE_BEFORE_PART; length++) {
    const c = text[start + length - 1];
    if (!isHan(c) || NOT_IN_NAME.has(c) || NOT_IN_STREET.has(c)) return undefined;
    if (length < words.minNameLength) continue;
    let at = start + length;
    while (at - start - length < MAX_ROAD_NUMBERS && isRoadNumber(text[at])) at++;
    const road = ROADS.find((r) => text.startsWith(r.word, at));
    if (road && !isKindOfRoad(text, at, road.word)) return text.slice(start, at + road.word.length);
  }
  return undefined;
}

const STREET_WORKS: { before: string; after: string[] } = words.streetWorks;
const PAIR_ENDINGS: readonly string[] = words.listedPairEndings;
/**
 * The two features' names listed at the mark at `at` (白荡湖和菜子湖, 大青山、小青山): both end in the same ending of
 * listedPairEndings (湖, 山, 溪...), each with a core of two characters at least, the first where a phrase starts and the second
 * ending where it does; a kind of feature is no core (青山和绿水 has one character).
 */
function listedFeaturePair(text: string, at: number, placeEnds: Set<number>): [string, string] | undefined {
  const ending = PAIR_ENDINGS.find((w) => text.endsWith(w, at));
  if (!ending) return undefined;
  const start = naturalBefore(text, at, placeEnds);
  if (start === undefined || at - ending.length - start < MIN_PAIR_CORE || !nameMayStartAt(text, start)) return undefined;
  const end = naturalAt(text, at + 1, true);
  if (end === undefined || !text.endsWith(ending, end) || end - ending.length - (at + 1) < MIN_PAIR_CORE) return undefined;
  return [text.slice(start, at), text.slice(at + 1, end)];
}
const MIN_PAIR_CORE = 2;

/** China's features the curated data names (黄山, 天山), with their other names. */
const KNOWN_FEATURES = new Set(features.natural.flatMap((f) => [f.name, ...(f.aliases ?? [])]));
/**
 * 在咨询上黄山的线路: a name read after a word of place that ends in a known feature two characters or more after its start
 * is that feature after other words (one character more makes a name of its own: 小黄山, 峨眉山 over 眉山).
 */
function knownFeatureStart(text: string, start: number, end: number): number {
  if (KNOWN_FEATURES.has(text.slice(start, end))) return start;
  for (let k = start + 2; k <= end - 2; k++) if (KNOWN_FEATURES.has(text.slice(k, end))) return k;
  return start;
}

/**
 * 洱海湖畔, 伊塞克湖湖面: a feature's name before a word of its parts that opens with its ending (湖畔)
 * ends before that word; `known` says whether a place found ends there. The end of the name from
 * `start` to `end`, without the ending where it opens such a word after a feature's name.
 */
function beforePartWord(text: string, start: number, end: number, known: (end: number) => boolean): number {
  const ending = NATURAL.find((e) => text.endsWith(e.word, end))?.word;
  if (!ending || !PART_WORDS.some((w) => w.length > ending.length && w.startsWith(ending) && text.startsWith(w, end - ending.length))) return end;
  const inner = end - ending.length;
  return known(inner) || NATURAL.some((e) => text.endsWith(e.word, inner) && inner - start - e.word.length >= minCore(e.word)) ? inner : end;
}

const INTO_VERBS: readonly string[] = words.intoFeatureVerbs;

/** Features named by their ending where the text shows they are ones, as name -> level. */
function naturalFeatures(text: string, places: PlaceAnnotation[], found: Map<string, PlaceLevel>, locatives: Found[], followers: Found[]): void {
  // 秦岭南麓: a name the dictionary found there is its own, and so are its other mentions (not 记者 秦岭)
  const known = new Set(places.map((p) => spanKey(p.start, p.end)));
  // 从事黄河流域: a feature or region the dictionary found from inside the name's core across its end opens
  // the name, the characters before it are other words (not one that opens at its ending: 渭河源头 over 河源;
  // nor one the name ends in: 仰天山 holds 天山)
  const crossing = places.filter((p) => p.place.level === 'natural' || p.place.level === 'region');
  const add = (start: number, end: number | undefined) => {
    if (end === undefined) return;
    end = beforePartWord(text, start, end, (e) => known.has(spanKey(start, e)));
    if (known.has(spanKey(start, end)) || crossing.some((p) => p.start > start && p.start < end - 1 && p.end > end)) return;
    const name = text.slice(start, end);
    if (!NOT_NAMES.has(name) && !found.has(name)) found.set(name, 'natural');
  };
  for (const m of locatives) {
    // 沿线开展巡河: a locative that opens a longer word of no path (沿线, 沿途, 沿海) opens no name
    if (NOT_ROAD_PATH.has(ROAD_PATH.wordAt(text, m.index) ?? '')) continue;
    const start = m.index + m.word.length;
    const end = naturalAt(text, start, true);
    add(end === undefined ? start : knownFeatureStart(text, start, end), end);
  }
  const placeEnds = new Set(places.map((p) => p.end));
  for (const m of followers) {
    // 南华山、奇梁洞等景区: a follower of a kind of feature after a list's end word closes the list's last name
    const listEnd = FOLLOWERS_AFTER_LIST.has(m.word) ? LIST_ENDS.find((w) => text.endsWith(w, m.index)) : undefined;
    const end = listEnd ? m.index - listEnd.length : m.index;
    // 重要关口: the ending and the follower's first character make a word (关口), not a feature before 口
    if (NOT_ENDING_PAIRS.has(text.slice(end - 1, end + 1))) continue;
    const start = naturalBefore(text, end, placeEnds, FEATURE_MARKERS.has(m.word));
    if (start !== undefined) add(start, end);
  }
  // 柳河入辽河: a verb of flowing in too short to follow a name alone ends the river's name before a feature found
  for (const p of places) {
    const verb = p.place.level === 'natural' ? INTO_VERBS.find((w) => text.endsWith(w, p.start)) : undefined;
    if (verb === undefined) continue;
    const start = naturalBefore(text, p.start - verb.length, placeEnds);
    if (start !== undefined) add(start, p.start - verb.length);
  }
  // 黑龙滩水库是…: a distinctive ending needs no word around it, only a boundary before the name
  for (const m of text.matchAll(ANYWHERE)) {
    const end = m.index + m[0].length;
    if (words.notBeforeAnywhere.includes(text[m.index - 1])) continue;
    const start = naturalBefore(text, end, placeEnds);
    if (start !== undefined && !NOT_NAME_START.startsAt(text, start)) add(start, end);
  }
}

/** The index of the first place ending after `at`, in places sorted by start (they do not overlap). */
function firstEndingAfter(places: PlaceAnnotation[], at: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const overlapsAny = (places: PlaceAnnotation[], start: number, end: number) => {
  const k = firstEndingAfter(places, start);
  return k < places.length && places[k].start < end;
};

const QUOTED = /“([\u3400-\u9fff]{2,6})”/g;
/** Most characters between a quoted name and the ending word of what it names (乡村振兴 in “红叶柿岩”乡村振兴示范区). */
const MAX_QUALIFIER = 6;

/** Endings that show a quoted name is a site's: one-character feature words are too often inside common words (“晒秋”高峰). */
const QUOTED_ENDINGS = new WordIndex(ENDINGS.filter((e) => e.level !== 'natural' || e.word.length > 1));

/** Common words after a quoted name that make it a figure of speech, not a site (“非遗”新路). */
const NOT_SITES_AFTER_QUOTED: readonly string[] = words.wordsAfterQuotedNotSites;

/** Whether an ending word follows `at` within a few characters of one phrase. */
function endsInSiteWord(text: string, at: number): boolean {
  if (NOT_SITES_AFTER_QUOTED.some((w) => text.startsWith(w, at))) return false;
  let from = at;
  const closesName = (e: Ending) => !isKindOfRoad(text, from, e.word);
  for (let k = 0; k <= MAX_QUALIFIER; k++) {
    from = at + k;
    if (QUOTED_ENDINGS.eachAt(text, from, closesName)) return true;
    if (!isHan(text[at + k]) || NOT_IN_NAME.has(text[at + k])) return false;
  }
  return false;
}

/**
 * Where the names occur in `text`, as [start, name], longest name first at each start: one pass
 * over the text with the names keyed by their first character, so many names cost no more than one.
 */
function startsOf(text: string, names: Iterable<string>): Array<[number, string]> {
  // by the first character's code: no one-character string is made at each position, and the
  // filter passes over most positions without a lookup in the map
  const byFirst = new Map<number, string[]>();
  const firsts = new CodeFilter();
  for (const name of names) {
    if (!name) continue;
    const list = byFirst.get(name.charCodeAt(0));
    if (list) list.push(name);
    else byFirst.set(name.charCodeAt(0), [name]);
    firsts.add(name.charCodeAt(0));
  }
  if (!byFirst.size) return [];
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const out: Array<[number, string]> = [];
  for (let at = 0; at < text.length; at++) {
    if (!firsts.mayHave(text.charCodeAt(at))) continue;
    const candidates = byFirst.get(text.charCodeAt(at));
    if (!candidates) continue;
    for (const name of candidates) if (text.startsWith(name, at)) out.push([at, name]);
  }
  return out;
}

/** A prefecture, county, township or village written without its suffix (官庄 for 官庄镇, 河口 for 河口县): it may be the start or middle of another name. */
const isShortForm = (p: PlaceAnnotation) =>
  HELD_LEVELS.has(p.place.level) && !UNIT_SUFFIX.test(p.text[p.text.length - 1]);
const HELD_LEVELS = new Set<PlaceLevel>(['prefecture', 'county', 'township', 'village']);
const UNIT_SUFFIX = /[省市县区旗盟州镇乡村]/;
/** Whether a unit is written with its unit's word (文登区, 淄博市), not in its short form. */
const withUnitWord = (p: PlaceAnnotation) => HELD_LEVELS.has(p.place.level) && !isShortForm(p);

/**
 * Every occurrence of the found names that overlaps no place, sorted and non-overlapping. A
 * feature's name wins over a name that starts inside it and runs past its end (渭河源头 holds
 * 渭河, not 河源), over a shorter feature it opens with (汾河湾 holds 汾河) and over a unit's short
 * form inside it (官庄水库 holds 官庄): those places go into `crossed`. None lies inside a person's
 * name of a byline (`people`).
 */
function occurrences(text: string, found: Map<string, PlaceLevel>, places: PlaceAnnotation[], crossed: Set<PlaceAnnotation>, compact: Set<string>, people: ReadonlyArray<readonly [number, number]>): PlaceAnnotation[] {
  const out: PlaceAnnotation[] = [];
  const placeEnds = new Set(places.filter((p) => !isNational(p)).map((p) => p.end));
  for (const [at, name] of startsOf(text, found.keys())) {
    const level = found.get(name)!;
    {
      const end = at + name.length;
      // 青岛国际会展中心 where 在国际会展中心 is named too: right after a place, the place's own site
      if (placeEnds.has(at) && isPlacesOwnSite(name, level)) continue;
      // 市民王浮山告诉记者: between a surname and a word that follows people, a given name
      if (betweenSurnameAndPersonWord(text, at, end)) continue;
      // 本报记者 王泰山: a person's name in a byline holds no other mention of a feature
      if (people.some(([from, to]) => from <= at && end <= to)) continue;
      const k = firstEndingAfter(places, at);
      const place = places[k];
      const crossing = place && place.start > at && place.start < end && place.end > end;
      // 汾河湾 before 风景区: a feature the text names with a further feature word holds the shorter one, and
      // so does a zone named after it (太白湖新区); 鞍山二路: a street holds the city it is named after, by
      // its name, not with its unit's word (经文登区世纪大道 is the district and its street), but an old town's
      // street is its place's (屯溪老街: the place alone is marked, as GUIDELINES marks a site holding a place)
      const extending = place && place.start === at && place.end < end &&
        (place.place.level === 'natural' ? level !== 'landmark' || compact.has(name) : level === 'landmark' && STREET_NAMESAKES.has(place.place.level) && !withUnitWord(place) && ROADS.some((r) => name.endsWith(r.word)) && !OLD_TOWN_STREETS.some((w) => end - place.end === w.length && text.startsWith(w, place.end)));
      // 官庄水库 after 官庄镇, 对河口水库: a feature holds a unit's short form inside its name, and 仰天山 the 天山 it ends in after one character
      const holding = place && place.start >= at && place.end <= end && place.end - place.start < end - at &&
        (isShortForm(place) || (place.place.level === 'natural' && place.end === end && place.start === at + 1));
      // 文昌湖省级旅游度假区, 马桥镇的化工新材料产业园: a site's or zone's name holds the shorter one it ends in,
      // unless that one is a zone of its own word (仁寿视高经济开发区 is 仁寿, the township 视高 and 经济开发区)
      const zoneEnding = level !== 'natural' && place && place.start > at && place.end === end &&
        (place.place.level === 'devzone' || place.place.level === 'landmark') && !STANDALONE_ZONES.has(place.text);
      // a feature's name, or a short form's with its ending (岳麓山, 天心阁), crosses or holds a place
      const holdsPlaces = level === 'natural' || compact.has(name);
      if (((holdsPlaces && (crossing || holding)) || extending || zoneEnding) && !(places[k + 1]?.start < end)) {
        crossed.add(place);
      } else if (overlapsAny(places, at, end)) continue;
      out.push({ kind: 'place', start: at, end, text: name, place: { name, level, confidence: 0.6 } });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end).filter((a, k, all) => k === 0 || a.start >= all[k - 1].end);
}

/**
 * The end of a street's name whose ending starts at `at` (路 in 北京路与), if the phrase ends there;
 * the ending may follow a numeral of the street's number (台东一路与), but 一路 before a word of
 * movement is 'all the way' (一路向北).
 */
function roadEndAt(text: string, at: number): number | undefined {
  let numbers = 0;
  while (numbers < MAX_ROAD_NUMBERS && isRoadNumber(text[at + numbers])) numbers++;
  for (let n = numbers; n >= 0; n--) {
    const from = at + n;
    for (const road of ROADS) {
      if (!text.startsWith(road.word, from)) continue;
      const end = from + road.word.length;
      if (n > 0 && text[from - 1] === '一' && NOT_AFTER_FIRST_ROAD.some((w) => text.startsWith(w, end))) continue;
      if (splitIntoColumns(text, from)) continue;
      if (end >= text.length || (ROAD_NEXT.some((w) => text.startsWith(w, end)) && !NOT_ROAD_NEXT.some((w) => text.startsWith(w, end)))) return end;
    }
  }
  return undefined;
}

/** 分三路进入: a numeral right before the street's or site's word at `from`, after 分, counts columns (whatever the core before it). */
function splitIntoColumns(text: string, from: number): boolean {
  let at = from;
  while (at > 0 && isRoadNumber(text[at - 1])) at--;
  return at < from && words.splitBeforeRoadNumber.includes(text[at - 1]);
}

/**
 * Streets named after a city or province (北京路, 淄博路) or after a river, mountain or site (长江中路,
 * 长城路): the name of a province, prefecture, county or feature right before a street ending, the
 * phrase ending there, is the street. Returns the
 * places left and the street names found.
 */
export function streetsNamedAfterPlaces(text: string, places: PlaceAnnotation[]): { places: PlaceAnnotation[]; streets: Set<string> } {
  const streets = new Set<string>();
  const kept = places.filter((p) => {
    if (!STREET_NAMESAKES.has(p.place.level)) return true;
    // 城东区八一路, 历下区五四大街: a district or county named with its suffix is where the street lies, not its namesake
    if (p.place.level === 'county' && shortForm(p.text, 'county') !== undefined) return true;
    const end = roadEndAt(text, p.end);
    if (end === undefined) return true;
    streets.add(text.slice(p.start, end));
    return false;
  });
  return { places: kept, streets };
}

/**
 * The places found (sorted) with the landmarks, zones and features of `text` added, sorted and
 * non-overlapping; a place that a feature's name crosses is dropped (河源 in 渭河源头).
 */
export function withLandmarks(text: string, places: PlaceAnnotation[], streets: Iterable<string> = []): PlaceAnnotation[] {
  const crossed = new Set<PlaceAnnotation>();
  const sites = findLandmarks(text, places, streets, crossed);
  if (sites.length === 0) return places;
  const kept = crossed.size ? places.filter((p) => !crossed.has(p)) : places;
  return [...kept, ...sites].sort((a, b) => a.start - b.start);
}

/**
 * 中国美术馆, 香港展览中心: a building word right after a country's or a special administrative region's name
 * is that institution's own, a landmark there only (the news-ner gold marks the whole); after a city's,
 * county's or feature's name (济南奥体中心, 淄博体育馆, 祊河大桥) it is the place alone, as GUIDELINES marks
 * 北京大学 -> 北京.
 */
function buildingAfter(text: string, place: PlaceAnnotation): PlaceAnnotation | undefined {
  if (!isNational(place)) return undefined;
  const word = BUILDINGS_AFTER_PLACE.find((w) => text.startsWith(w, place.end));
  if (!word) return undefined;
  return { kind: 'place', start: place.end, end: place.end + word.length, text: word, place: { name: word, level: 'landmark', confidence: 0.6 } };
}
const NATIONAL_LEVELS = new Set<PlaceLevel>(['country', 'foreign']);
const SITE_HOLDERS = new Set<PlaceLevel>(['landmark', 'natural', 'region']);
/** 须弥塔 of 开元寺须弥塔, 澄灵塔: a historic site's word after a core of at most three characters, a building's own name. */
const ownBuilding = (name: string) => SITE_ENDINGS.some((w) => name.endsWith(w) && name.length - w.length <= MAX_BUILDING_CORE);
const MAX_BUILDING_CORE = 3;
/** Hong Kong's and Macao's province codes. */
const SPECIAL_REGIONS = new Set(['81', '82']);
/** A country's name, or Hong Kong's or Macao's: its institutions (中国美术馆, 南非国家博物馆) are landmarks of their own. */
const isNational = (place: PlaceAnnotation): boolean => NATIONAL_LEVELS.has(place.place.level) || SPECIAL_REGIONS.has(place.place.code?.slice(0, 2) ?? '');
const GENERIC_SITE_CORES: readonly string[] = words.genericSiteCores;
/**
 * 青岛国际会展中心, 兰陵国家农业公园: a site's name that opens with a generic word, after a city's, county's or
 * feature's name, names that place's own site, no name of its own; a street keeps its name (人民路).
 */
const isPlacesOwnSite = (name: string, level: PlaceLevel): boolean =>
  level === 'landmark' && !ROADS.some((r) => name.endsWith(r.word)) && GENERIC_SITE_CORES.some((core) => name.startsWith(core));

const AFTER_FEATURES: Array<[string, string[]]> = Object.entries(words.wordsAfterFeatures as Record<string, string[]>).sort(([a], [b]) => b.length - a.length);
/** Whether the name from `start` to `end` ends in a feature word listed for the word after it (下渚湖 before 湿地: the lake's). */
export function namedAfterFeature(text: string, start: number, end: number): boolean {
  const endings = AFTER_FEATURES.find(([w]) => text.startsWith(w, end))?.[1];
  return !!endings?.some((e) => text.endsWith(e, end) && end - e.length > start);
}
/**
 * 林溪河大桥, 下渚湖湿地: a site or feature found by its word and named after a feature (a name
 * ending in a feature word listed for that word, or a feature of `features`, the text's) is that
 * feature, as the gold marks the place a site is named after.
 */
function featuresBeforeTheirWords(found: Map<string, PlaceLevel>, features: ReadonlySet<string>): void {
  for (const [name] of [...found]) {
    const core = featureBeforeItsWord(name, features);
    if (core === undefined) continue;
    found.delete(name);
    if (!found.has(core)) found.set(core, 'natural');
  }
}

/**
 * The feature a name is named after where it ends in a word listed for it (下渚湖 of 下渚湖湿地), else none. A word of
 * three characters or more (特大桥, 国家湿地公园) names the water it is named after plainly enough that a core of one
 * character before the feature's ending is a name (策湖国家湿地公园: the lake 策湖).
 */
function featureBeforeItsWord(name: string, features: ReadonlySet<string>): string | undefined {
  const [word, endings] = AFTER_FEATURES.find(([w]) => name.endsWith(w)) ?? [];
  const core = word && name.slice(0, -word.length);
  if (!core || !endings) return undefined;
  const ending = endings.find((e) => core.endsWith(e));
  const least = word.length > 2 ? 1 : ending && minCore(ending);
  return features.has(core) || (ending && least && core.length - ending.length >= least) ? core : undefined;
}

const AREA_WORDS = [...words.areaWordsAfterSites].sort((a, b) => b.length - a.length);
/**
 * 依托南山竹海景区: a site found by the word of its scenic area is the site named before that word, as the gold marks it
 * (南山竹海, 净居寺景区 → 净居寺); the area's word is no part of the name.
 */
function sitesBeforeAreaWords(found: Map<string, PlaceLevel>): void {
  for (const [name, level] of [...found]) {
    const word = level === 'landmark' ? AREA_WORDS.find((w) => name.endsWith(w)) : undefined;
    const core = word && name.slice(0, -word.length);
    // 阆中古城景区: a core that is itself a kind of site (古城) keeps the area's word
    if (!core || core.length < MIN_SITE_CORE || NOT_NAMES.has(core) || NOT_NAME_START.startsAt(core, 0) || isSiteWord(core)) continue;
    found.delete(name);
    if (!found.has(core)) found.set(core, 'landmark');
  }
}

const SIDES_BEFORE_OF = words.sidesBeforeOf;
const FEATURES_AFTER_OF = words.featureEndingsAfterOf;
const STREETS_AFTER_OF = new Set(words.streetEndingsAfterOf);
/** Where the 的 after a place stands, right after it or after a word of its sides (大张村附近的): the site after it is the place's. */
function ofAfter(text: string, end: number): number | undefined {
  if (text[end] === '的') return end;
  const side = SIDES_BEFORE_OF.find((w) => text.startsWith(w, end));
  return side && text[end + side.length] === '的' ? end + side.length : undefined;
}

/**
 * Whether a zone's name read after a word of place or in a list has a short core of its own (石岛管理区), not a unit's kind of
 * zone (全市开发区) nor a kind of zone (科技园区, 新兴产业园区: ZONE_KIND_CORES).
 */
function isZoneOfItsOwn(name: string): boolean {
  const core = name.slice(0, -SITES.find((e) => name.endsWith(e.word))!.word.length);
  return core.length <= MAX_SITE_CORE_AFTER_LOCATIVE && !ZONE_KIND_CORES.has(core) && ![...core].some((c) => NOT_IN_NATURAL.has(c));
}

/** Landmarks, zones and features in `text`, given the places already found (sorted); none overlaps them but those it puts in `crossed`. */
function findLandmarks(text: string, places: PlaceAnnotation[], streets: Iterable<string>, crossed: Set<PlaceAnnotation>): PlaceAnnotation[] {
  const found = new Map<string, PlaceLevel>();
  const placeEnds = new Set(places.map((p) => p.end));
  const placeSpans = new Set(places.map((p) => spanKey(p.start, p.end)));
  const buildings: PlaceAnnotation[] = [];
  for (const street of streets) found.set(street, 'landmark');
  for (const place of places) {
    // a one-character form (中欧班列线路, 美驻韩使馆) opens no site's name
    if (place.end - place.start < 2) continue;
    const site = nameAt(text, place.end, true);
    const name = site && text.slice(place.end, site.level === 'natural' ? beforePartWord(text, place.end, site.end, (e) => placeSpans.has(spanKey(place.end, e))) : site.end);
    // 伊塞克湖湖畔度假区: a word of a feature's parts after it opens no site's name (the feature's resort)
    const ofItsPart = place.place.level === 'natural' && PART_WORDS.some((w) => text.startsWith(w, place.end));
    // 至塞尔维亚贝尔格莱德铁路: a route after a place found is named by its end, that place (GUIDELINES: the place inside a site's name)
    const routeEnd = name && ROUTE_WORDS.find((w) => name.endsWith(w));
    const toPlace = !!routeEnd && placeSpans.has(spanKey(place.end, place.end + name.length - routeEnd.length));
    // 阳光社区划入建设路小学: a word of path after a place opens no site's name (the street after it is found by that word)
    const path = ROAD_PATH.wordAt(text, place.end);
    const pathAfter = path !== undefined && !NOT_ROAD_PATH.has(path);
    // 南坪镇隔图们江: a word of facing across or lying by a place found right after it opens no feature's name
    const nearFound = !!name && NEAR_BEFORE.has(text[place.end]) && placeSpans.has(spanKey(place.end + 1, place.end + name.length));
    // 金泽镇只隔一条河: a feature right after its place has a core of a feature's characters, as one after 的 has
    const notFeature = site?.level === 'natural' && !!name && ![...name].every(coreChar);
    // 法门寺佛文化景区, 宝顶山石刻景区, 歌乐山革命纪念馆: a site's words right after a site, a feature or a region name a part
    // or a venue of it, which GUIDELINES reads as the place inside; a feature after a feature is its own (黄河壶口瀑布), and
    // so is a historic building of a short name of its own (开元寺须弥塔)
    const partOfSite = site?.level !== 'natural' && SITE_HOLDERS.has(place.place.level) && !!name && !ownBuilding(name);
    if (site && name && !NOT_NAMES.has(name) && !ofItsPart && !toPlace && !pathAfter && !nearFound && !notFeature && !partOfSite && !(isPlacesOwnSite(name, site.level) && !isNational(place))) found.set(name, site.level);
    else if (!site) {
      const building = buildingAfter(text, place);
      if (building) buildings.push(building);
    }
    // 武康街道的地理信息小镇, 开发区的五彩陶瓷产业园, 五台县的佛光寺: a site of the place, its ending a word of two
    // characters or more or a historic site's
    const of = ofAfter(text, place.end);
    if (of !== undefined) {
      const owned = nameAt(text, of + 1, true);
      // 川岛镇的上川岛、下川岛: an island or hill of the place, its name ending where the phrase does
      // (镇的漕港河上), its core of a feature's characters (归州镇的香溪河入江口 is no 香溪河入江)
      const ownedFeature = owned?.level === 'natural' && FEATURES_AFTER_OF.find((w) => text.endsWith(w, owned.end));
      if (ownedFeature && [...text.slice(of + 1, owned!.end - ownedFeature.length)].every(coreChar) && !NOT_NAMES.has(text.slice(of + 1, owned!.end))) found.set(text.slice(of + 1, owned!.end), 'natural');
      const ownedName = owned && owned.level !== 'natural' && text.slice(of + 1, owned.end);
      // 野人谷镇的野人洞景区: a feature's scenic area is the feature, found by its follower
      const ofFeature = ownedName && NATURAL.some((e) => FOLLOWER_SITES.some((f) => ownedName.endsWith(e.word + f)));
      if (ownedName && !ofFeature && !NOT_NAMES.has(ownedName) && SITES.some((e) => (e.word.length > 1 || ONE_CHARACTER_SITE_ENDINGS.has(e.word) || STREETS_AFTER_OF.has(e.word)) && ownedName.endsWith(e.word) && ownedName.length - e.word.length >= MIN_SITE_CORE_AFTER_OF)) {
        found.set(ownedName, owned.level);
      }
    }
    // 秦楼街道和山海天旅游度假区: a zone of its own name listed after a unit, as one listed after a zone is
    const listed = place.place.code && COORDINATION.test(text[place.end] ?? '') ? nameAt(text, place.end + 1) : undefined;
    const listedName = listed?.level === 'devzone' ? text.slice(place.end + 1, listed.end) : undefined;
    if (listedName && !NOT_NAMES.has(listedName) && isZoneOfItsOwn(listedName)) found.set(listedName, 'devzone');
  }
  // 在炎黄艺术馆, 来到滨河公园, 落户石岛管理区: a named site or zone right after a word of place; not a street (在转型升级路上
  // is a figure of speech) unless others are listed after it, and a short name only (在巴金家中介绍文学馆 runs over words)
  const [locatives, followers, siteLocatives, roadPaths, roadParts, siteFollowers] = findWords(text);
  for (const m of siteLocatives) {
    const start = m.index + m.word.length;
    const site = nameAt(text, start);
    const name = site && text.slice(start, site.end);
    if (!site || site.level === 'natural' || !name || NOT_NAMES.has(name) || found.has(name)) continue;
    const ending = SITES.find((e) => name.endsWith(e.word))!;
    // 在石岛管理区: a zone of its own name, not a kind of zone of a unit (在全市开发区)
    if (site.level === 'devzone') {
      if (isZoneOfItsOwn(name)) found.set(name, 'devzone');
      continue;
    }
    // 在双龙巷、马道街等: a street that opens a list is named, not a figure of speech
    const road = ROADS.some((r) => r.word === ending.word) && !COORDINATION.test(text[site.end] ?? '');
    if (!road && name.length - ending.word.length <= MAX_SITE_CORE_AFTER_LOCATIVE) found.set(name, 'landmark');
  }
  // 从迎晖路到临安路, 沿新中大道向北: a street after a word of path, a word of its parts or of direction after it
  for (const m of roadPaths) {
    if (NOT_ROAD_PATH.has(m.word)) continue;
    const start = m.index + m.word.length;
    const end = streetAt(text, start);
    const name = end === undefined ? undefined : text.slice(start, end);
    if (!name || NOT_NAMES.has(name) || found.has(name)) continue;
    const core = name.slice(0, -ROADS.find((r) => name.endsWith(r.word))!.word.length);
    if (![...core].some((c) => NOT_IN_STREET.has(c))) found.set(name, 'landmark');
  }
  for (const m of roadParts) {
    // 在经十路与历山路交叉口, 在和平路、文化东路沿线: the streets listed before the part word are streets too
    for (let end = m.index; ; ) {
      const name = streetBefore(text, end, placeEnds);
      if (!name || NOT_NAMES.has(name)) break;
      found.set(name, 'landmark');
      end -= name.length;
      if (!COORDINATION.test(text[end - 1] ?? '')) break;
      end--;
    }
  }
  // 与之相连的水东街上: a street's name ending in 街 or 巷 right after 的, the phrase ending after it as a street's does
  for (let at = text.indexOf('的'); at >= 0; at = text.indexOf('的', at + 1)) {
    const name = listedStreetAt(text, at + 1);
    if (!name || !STREETS_AFTER_OF.has(name[name.length - 1])) continue;
    // the street's word is the name's last character, at + name.length
    const wordAt = at + name.length;
    if (roadEndAt(text, wordAt) === wordAt + 1 && !NOT_NAMES.has(name) && !NOT_NAME_START.startsAt(text, at + 1) && !overlapsAny(places, at + 1, wordAt)) found.set(name, 'landmark');
  }
  // 对北大街进行了改造: a street between the words that frame works done on it
  for (let at = text.indexOf(STREET_WORKS.before); at >= 0; at = text.indexOf(STREET_WORKS.before, at + 1)) {
    const name = listedStreetAt(text, at + STREET_WORKS.before.length);
    const end = name === undefined ? -1 : at + STREET_WORKS.before.length + name.length;
    if (name && STREET_WORKS.after.some((w) => text.startsWith(w, end)) && !NOT_NAMES.has(name) && !NOT_NAME_START.startsAt(text, end - name.length) && !overlapsAny(places, end - name.length, end)) found.set(name, 'landmark');
  }
  // 祠堂前的官路正街上, ，禅寿老街的: an old town's street by a word only a street's name ends in, after any boundary
  for (const m of text.matchAll(STREETS_ANYWHERE)) {
    const end = m.index + m[0].length;
    if (end < text.length && !ROAD_NEXT.some((w) => text.startsWith(w, end))) continue;
    const name = streetCoreBefore(text, m.index, end, placeEnds);
    const start = name === undefined ? 0 : end - name.length;
    if (name && !NOT_NAMES.has(name) && !NOT_NAME_START.startsAt(text, start) && !overlapsAny(places, start, m.index)) found.set(name, 'landmark');
  }
  for (const pair of streetSections(text, placeEnds)) for (const name of pair) if (!NOT_NAMES.has(name)) found.set(name, 'landmark');
  // 白荡湖和菜子湖的螃蟹: two features of one kind listed where a phrase starts are features, with no word around them
  for (const { index: at } of text.matchAll(/[、和与]/g)) {
    const pair = listedFeaturePair(text, at, placeEnds);
    if (pair && !pair.some((name) => NOT_NAMES.has(name) || found.has(name))) for (const name of pair) found.set(name, 'natural');
  }
  // 书院路、京口路已完成拓宽: two names of streets listed together are streets, whatever follows them; so are two
  // historic sites' (天盖寺、永兴寺的钟声)
  for (let at = text.indexOf('、'); at >= 0; at = text.indexOf('、', at + 1)) {
    const pair = listedStreets(text, at, placeEnds) ?? listedSites(text, at, placeEnds, placeSpans, found) ?? listedSiteItem(text, at) ?? listedStopStreet(text, at);
    if (!pair || pair.some((name) => NOT_NAMES.has(name) || isBuildingWord(name))) continue;
    for (const name of pair) found.set(name, 'landmark');
  }
  for (const m of text.matchAll(QUOTED)) {
    if (endsInSiteWord(text, m.index + m[0].length)) found.set(m[1], 'landmark');
  }
  // 光岳楼始建于明代, 安平桥周边, 东风着陆场位于
  for (const m of siteFollowers) {
    const start = siteBefore(text, m.index, placeEnds, m.word);
    const name = start === undefined ? undefined : text.slice(start, m.index);
    if (name && !found.has(name) && !NOT_NAMES.has(name)) found.set(name, 'landmark');
  }
  // 木塔所在的佛宫寺, 县城东北的净土寺
  for (let at = text.indexOf('的'); at >= 0; at = text.indexOf('的', at + 1)) {
    const end = templeAfterOf(text, at + 1);
    const name = end === undefined ? undefined : text.slice(at + 1, end);
    if (name && !found.has(name) && !NOT_NAMES.has(name)) found.set(name, 'landmark');
  }
  const halls = clanHalls(text);
  for (const hall of halls) found.set(hall, 'landmark');
  // ，张弼士故居迎来, 的陈慈黉故居: a person's former home, named by a surname and a given name, where the name opens a phrase
  for (const home of PERSON_HOMES) {
    for (let at = text.indexOf(home); at >= 0; at = text.indexOf(home, at + 1)) {
      const start = [at - 3, at - 2].find((s) => s >= 0 && isSurname(text[s]) && [...text.slice(s, at)].every(isHan) && (nameMayStartAt(text, s) || placeEnds.has(s)));
      if (start !== undefined && !found.has(text.slice(start, at + home.length))) found.set(text.slice(start, at + home.length), 'landmark');
    }
  }
  const compact = new Set<string>();
  compactNames(text, places, found, compact, placeEnds);
  naturalFeatures(text, places, found, locatives, followers);
  for (const [name, level] of found) if (level === 'landmark' && isBuildingWord(name) && !halls.has(name)) found.delete(name);
  const featureNames = new Set(places.filter((p) => p.place.level === 'natural').map((p) => p.text));
  featuresBeforeTheirWords(found, featureNames);
  sitesBeforeAreaWords(found);
  const people = found.size ? bylineNames(text) : [];
  let sites = occurrences(text, found, places, crossed, compact, people);
  // 扎陵湖、鄂陵湖; 北京路与人民西路; 洛阳桥、安平桥: a feature, a street or a historic site listed right
  // after one found is one too, or after a feature or site the dictionary holds (大青山和蚂蜒河, 盂城驿、镇国寺), and a zone
  // after a zone; a feature also right before one (祊河、柳青河水质, 鹊山和华山), a mountain of one character too
  const listedFeatures = places.filter((p) => p.place.level === 'natural' || p.place.level === 'devzone' || p.place.level === 'landmark');
  // 澎溪河湿地、长江: a feature listed beside one and named after a feature is that feature, as one found alone is
  const add = (listed: string | undefined, level: PlaceLevel): boolean => {
    const name = listed && level === 'natural' ? featureBeforeItsWord(listed, featureNames) ?? listed : listed;
    if (!name || found.has(name) || NOT_NAMES.has(name) || (level === 'landmark' && isBuildingWord(name))) return false;
    found.set(name, level);
    return true;
  };
  // 江北水城旅游度假区、聊城高新区: a zone of its own name listed before a zone, its kind of zone found alone
  for (const zone of listedFeatures) {
    if (zone.place.level !== 'devzone' || !COORDINATION.test(text[zone.end] ?? '') || !places.some((p) => p.start === zone.end + 1 && p.place.level !== 'natural')) continue;
    for (let start = zone.start - 1; start >= Math.max(0, zone.start - words.maxNameLength); start--) {
      if (!nameMayStartAt(text, start)) continue;
      const named = nameAt(text, start);
      if (named?.level === 'devzone' && named.end === zone.end && !NOT_NAMES.has(text.slice(start, zone.end))) found.set(text.slice(start, zone.end), 'devzone');
      break;
    }
  }
  for (let added = true; added; ) {
    added = false;
    for (const site of [...sites, ...listedFeatures]) {
      const natural = site.place.level === 'natural';
      if (natural && COORDINATION.test(text[site.start - 1] ?? '')) {
        const start = naturalBefore(text, site.start - 1, placeEnds, true);
        if (start !== undefined && add(text.slice(start, site.start - 1), 'natural')) added = true;
      }
      // 两岸的宝塔街、师俭堂, 老屋阁和绿绕亭前: a street or historic site listed right before a historic site
      if (!natural && COORDINATION.test(text[site.start - 1] ?? '') && SITE_ENDINGS.some((w) => site.text.endsWith(w))) {
        const before = streetBefore(text, site.start - 1, placeEnds) ?? siteStartBefore(text, site.start - 1, placeEnds, placeSpans, found);
        if (before !== undefined && add(before, 'landmark')) added = true;
      }
      const street = ROADS.some((r) => site.text.endsWith(r.word));
      if (!(street ? STREET_COORDINATION : COORDINATION).test(text.slice(site.end, site.end + 1))) continue;
      // 济宁高新区、太白湖新区: a zone of its own name listed after a zone
      if (site.place.level === 'devzone') {
        const zone = nameAt(text, site.end + 1);
        if (zone?.level === 'devzone' && add(text.slice(site.end + 1, zone.end), 'devzone')) added = true;
        continue;
      }
      // 盂城驿、镇国寺: after a site the dictionary holds, whatever its ending, a historic site's name
      const historic = !natural && !street && (SITE_ENDINGS.some((w) => site.text.endsWith(w)) || (site.place.level === 'landmark' && places.includes(site)));
      if (!natural && !street && !historic) continue;
      // 五龙潭、珍珠泉泉池: a feature the dictionary holds right after the mark is the listed name, not the start of a longer one
      const known = natural && places.some((p) => p.start === site.end + 1 && p.place.level === 'natural');
      const end = street ? streetAt(text, site.end + 1) : historic ? siteAt(text, site.end + 1) : known ? undefined : naturalAt(text, site.end + 1, false);
      if (end !== undefined && add(text.slice(site.end + 1, end), street || historic ? 'landmark' : 'natural')) added = true;
      // 依托杀虎口、南山森林公园: a park or scenic area listed after a feature
      const park = natural && end === undefined ? nameAt(text, site.end + 1) : undefined;
      if (park?.level === 'landmark' && FOLLOWER_SITES.some((w) => text.endsWith(w, park.end)) && add(text.slice(site.end + 1, park.end), 'landmark')) added = true;
    }
    if (added) sites = occurrences(text, found, places, crossed, compact, people);
  }
  if (!buildings.length) return sites;
  return [...sites, ...buildings].sort((a, b) => a.start - b.start || b.end - a.end).filter((a, k, all) => k === 0 || a.start >= all[k - 1].end);
}
