// Places in English text. One pass over the capitalised words takes, at each, the longest name
// the index knows (./en-index.ts): Zibo, Zichuan, Hong Kong, Greater Manchester; hyphens split
// names (Beijing-Tianjin-Hebei is three places, Jinan-based is Jinan). Around a name, the words
// decide: a designator after it joins its span and says its level (Shandong province, Dingshu
// town, Lijia village, Xinjiang Uygur autonomous region), a feature word makes it a river or a
// mountain (Xiaoqing River, Mount Tai), a title or a given name makes it a person (Mr Zhang,
// Li Qiang), a zone word after it is a zone of its own (Weifang + high-tech zone). Names are then
// linked with the same rules as Chinese names (./link.ts), and compromise adds the places it
// tags that the index does not know.
import { codePrefix } from '../division-code';
import nlp from 'compromise';
import type { PlaceAnnotation, PlaceLevel } from '../annotation';
import type { UnitLevel } from '../gazetteer/types';
import type { Unit } from '../gazetteer/types';
import { levelOf, toAnnotation } from './annotate';
import data from './data/english-places.json';
import worldFeatures from './data/world-features.json';
import { EnglishPlaceIndex, nameKey, type EnglishSources } from './en-index';
import { linkMentions, type LinkOptions, type Resolution } from './link';
import type { IndexEntry } from './name-index';
import type { Mention } from './recognize';
import { zoneWords } from './world';
import { isTitleCase } from '../util/title-case';
import { alternation, isPlural, MONTH, scales, UNIT_AT } from '../figures/en-vocabulary';
import { appendTo } from '../util/multimap';

export { EnglishPlaceIndex, type EnglishSources } from './en-index';

interface Token {
  start: number;
  /** End of the word, before a possessive 's. */
  end: number;
  /** End including a possessive 's. */
  after: number;
  word: string;
  possessive: boolean;
  capital: boolean;
  allCaps: boolean;
}

/** A word: letters with apostrophes inside (Xi'an, China's), or initials with their stops (U.S., U.K.). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?=\p{L}))*/gu;
const POSSESSIVE = /['’]s$/;
/** Words the press shortens with a stop inside a name (St. Thomas, Mt. Hood, Ft. Lauderdale). */
const SHORTENED = new Set(['St', 'Ste', 'Mt', 'Ft']);
/** Lower-case words that may stand inside a name (Isle of Wight, Newcastle upon Tyne, Rio de Janeiro, Betws-y-Coed, Appleby-in-Westmorland). */
const CONNECTORS = new Set(['of', 'upon', 'on', 'in', 'by', 'over', 'under', 'and', 'de', 'es', 'la', 'le', 'du', 'da', 'del', 'al', 'el', 'the', 'y', 'yr']);

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
interface Designator {
  levels: UnitLevel[];
  /** The ends of the Chinese names the word translates (district: 区), when it says. */
  suffixes?: string[];
}
const DESIGNATORS = new Map<string, Designator>(data.designators.map((d) => [d.words.toLowerCase(), { levels: d.levels as UnitLevel[], suffixes: 'suffixes' in d ? d.suffixes : undefined }]));
const PLURAL_DESIGNATORS = new Set(data.designators.filter((d) => 'plural' in d && d.plural).map((d) => d.words));
const ETHNIC_DESIGNATORS = lower(data.ethnicDesignators);
const ETHNIC_GROUPS = new Set(data.ethnicGroups);
const FEATURE_AFTER = new Set(data.featureWordsAfter);
const FEATURE_BEFORE = new Set(data.featureWordsBefore);
const VILLAGE_BEFORE = new Set(data.villageWordsBefore);
const VILLAGE_AFTER = new Set(data.villageWordsAfter);
const FEATURE_OF = new Set(data.featureWordsBeforeOf);
const LANDMARK_AFTER = new Set(data.landmarkWordsAfter);
const COMPASS = new Set(data.compassWords);
const TITLES = new Set(data.titles);
const SURNAMES = new Set(data.surnames);
const NOT_PLACES = new Set(data.notPlaces);
const FUNCTION_WORDS = new Set(data.functionWords);
const CONTEXT_BEFORE = new Set(data.contextBefore);
const CONTEXT_AFTER = data.contextAfter;
const ADJECTIVE_BEFORE = lower(data.adjectiveBefore);
const COUNCIL_WORDS = [...data.councilWords].sort((a, b) => b.length - a.length);
const PLACE_NOUNS_BEFORE_OF = lower(data.placeNounsBeforeOf);
const ROAD_WORDS = new Set(data.roadWordsAfter);
const ORGANISATION_WORDS = new Set(data.organisationWords);
const INSTITUTION_AFTER = new Set(data.institutionWordsAfter);
const GIVEN_NAME_PLACES = new Set(data.givenNamePlaces);
const FOREIGN_DESIGNATORS = new Set(data.foreignDesignators);
/** The words after a name that make an American county or township of it (Butte County, Manheim Township). */
const AMERICAN_DIVISIONS = new Set(data.americanDivisions);
/** Towns whose football clubs are called County (Stockport County, Notts County): the town, not a county, before the word. */
const COUNTY_CLUBS = new Set(data.countyClubs);
const ROYAL_BEFORE = new Set(data.royalBefore);
/** Words after a place's name or a possessive that name the place there, a junction or a green (Hyde Park Corner, King's Cross, Edmonton Green). */
const LOCALITY_AFTER = new Set(data.localityWordsAfter);
/** The longest line read as a headline; a longer one is running text. */
const HEADLINE_MAX = 200;
const DATELINE_DATE = new RegExp(`^, ${MONTH} \\d{1,2}(?!\\d)`, 'i');
/** The prefecture the press means by a shared pinyin name, by code, with the name's key. */
const PREFERRED = new Map(Object.entries(data.preferredNamesakes).map(([name, code]) => [code, nameKey(name)]));
const TOWN_BEFORE = new Set(data.townEndingsAfter.before);
const BEGINNING_BEFORE = new Set(data.townEndingsAfter.beforeBeginning);
const NOT_TOWNS = new Set(data.notTowns);
/** A state's or a province's short form (Calif., N.Y., B.C., NSW) at the start of a string, with its stop. */
const STATE_ABBREVIATION = new RegExp(`^(?:${[...data.stateAbbreviations].sort((a, b) => b.length - a.length).map((a) => a.replace(/\./g, '\\.')).join('|')})(?![\\p{L}.])`, 'u');
/** The length of the state's short form written at `at` after a town and a comma (Oroville, Calif.), or 0. */
const abbreviationAt = (text: string, at: number): number => (text.slice(at - 2, at) === ', ' ? STATE_ABBREVIATION.exec(text.slice(at, at + 8))?.[0].length ?? 0 : 0);
/** A one-word name ending as British towns' and villages' names do (Lubenham, Bedminster, Thornbury, Wensleydale). */
const TOWN_ENDING = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${data.townEndingsAfter.endings.join('|')})$`, 'u');
/** A one-word name beginning as Irish, Welsh and Scottish ones do (Ballyronan, Llanrug, Inishowen): no pinyin has these beginnings, so a name that reads as pinyin too (Inishowen: i-ni-sho-wen) is still the town. */
const TOWN_BEGINNING = new RegExp(`^(?:${data.townEndingsAfter.beginnings.join('|')})\\p{Ll}{3,}$`, 'u');
/** Words before a town's name that make another place's name of both (East Didsbury, High Heaton, Little Chalfont). */
const TOWN_PREFIXES = new Set(data.townEndingsAfter.prefixes);
/** A numbered British road (the A30, off the M62): its letter and digits after a word that may stand before a road. */
const ROAD_NUMBER = new RegExp(`(?<=(?:^|[^\\p{L}])(?:${data.roadNumbers.before.join('|')}) )[${data.roadNumbers.letters}]\\d{1,4}(?:\\(M\\))?(?![\\p{L}\\d(])(?! (?:${data.roadNumbers.notAfter.join('|')})(?!\\p{L}))`, 'giu');
// a BBC headline opens with its subject and a colon (A303: Villagers fear rat-run), the road's name with its event's (A82 closure: ...),
// or with the road and the words in lower case that say what befell it (A30 upgrade opens as ...)
const HEADLINE_ROAD = new RegExp(`(?<=^|\n)[${data.roadNumbers.letters}]\\d{1,4}(?=(?: \\p{Ll}+)*: | (?!(?:${data.roadNumbers.notAfter.join('|')})(?!\\p{L}))\\p{Ll})`, 'gu');
/** America's states by their English names (Vermont, New Hampshire), from the world data, which name a state's own roads. */
const US_STATES = alternation(worldFeatures.subdivisions.filter((d) => d.country === 'US').map((d) => d.english));
// Route 70, Interstate 295, I-95, and a state's road with the state's name before its word (Vermont Route 14, Texas State Highway 71)
const NAMED_ROAD_NUMBER = new RegExp(`(?<![\\p{L}\\d])(?:(?:(?:${US_STATES}) )?(?:${data.roadNumbers.words.join('|').replace(/\./g, '\\.')}) \\d{1,4}|I-\\d{1,3})(?![\\p{L}\\d]|\\.\\d)`, 'gu');
/**
 * A state's road by the state's name and its number alone, as the local press writes it (and Ohio 16 was closed, along Vermont
 * 100, on U.S. 52 for America's): only after a word that stands before a road, and with no number, score or measure after it
 * (Ohio 16-14, Michigan 24, Ohio 17; U.S. 52 percent).
 */
const STATE_ROAD = new RegExp(`(?<=(?:^|[^\\p{L}])(?:${data.roadNumbers.before.join('|')}) )(?:${US_STATES}|U\\.S\\.) \\d{1,3}(?![\\p{L}\\d]|[.,:]?\\d|[-–/%]|, \\p{Lu}\\p{L}* \\d| (?:${data.roadNumbers.notAfter.join('|')})(?!\\p{L}))`, 'gu');
/** A headline opening with a state's road and the words in lower case that say what befell it (Iowa 9 bridge to close), as a British road's (A30 upgrade opens). */
const HEADLINE_STATE_ROAD = new RegExp(`(?<=^|\\n)(?:${US_STATES}) \\d{1,3}(?= (?!(?:${data.roadNumbers.notAfter.join('|')})(?!\\p{L}))\\p{Ll})`, 'gu');
/** Levels from the largest down, to tell a place larger than a designator's level. */
const LEVEL_ORDER: Record<string, number> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4 };
/** A Chinese numbered road with its class word (the G65 expressway, G318 National Highway). */
const CHINESE_ROAD = new RegExp(`(?<![\\p{L}\\d])[${data.chineseRoads.letters}]\\d{1,4} (?:${data.chineseRoads.classWords.join('|')})(?!\\p{L})`, 'giu');
/** The Chinese level of a pinyin name after "the village of" or "the town of". */
const NOUN_LEVELS: Record<string, PlaceLevel> = { village: 'village', town: 'township', township: 'township' };
/**
 * Zone words in English, longest first (economic and technological development zone before
 * development zone): those that name a zone alone, and generic ones of two words or more
 * (Suzhou Industrial Park, Zhoushan demonstration zone); a park or a resort alone is no zone.
 */
const ZONES = zoneWords.filter((z) => z.standsAlone || z.english.includes(' ')).sort((a, b) => b.english.length - a.english.length);

/** Pinyin syllables, to tell a Chinese name the data lacks (Liujiazhuang village) from an English word (Olympic village). */
const INITIAL = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])';
const FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ua|uo|ue|ui|ia|ie|iu|er|a|o|e|i|u|ü|v)';
// inside a word a syllable without an initial begins with a, o or e (Tai'an, Taian); one of i or u is written with y or w
// (Xiuyu), so Mountain (mo-un-ta-in) and Union are no pinyin
const LATER_SYLLABLE = `'?(?:${INITIAL}${FINAL}|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))`;
const PINYIN = new RegExp(`^${INITIAL}?${FINAL}(?:${LATER_SYLLABLE}){0,5}'?$`);
const isPinyin = (word: string): boolean => word.length <= 30 && PINYIN.test(nameKey(word).replace(/ /g, ''));

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const possessive = POSSESSIVE.test(m[0]) && m[0].length > 3;
    const word = possessive ? m[0].slice(0, -2) : m[0];
    const capital = /^\p{Lu}/u.test(word);
    tokens.push({ start: m.index, end: m.index + word.length, after: m.index + m[0].length, word, possessive, capital, allCaps: capital && word.length > 1 && word === word.toUpperCase() });
  }
  return tokens;
}

/** Tokens k and k+1 are written as one name may be: a single space or hyphen apart, no possessive between. */
const joined = (text: string, a: Token, b: Token): boolean =>
  !a.possessive && ((b.start === a.end + 1 && (text[a.end] === ' ' || text[a.end] === '-')) || (b.start === a.end + 2 && text.startsWith('. ', a.end) && SHORTENED.has(a.word)));

/** The longest known name starting at token k: its entries and the number of tokens it takes. */
function longestName(text: string, tokens: Token[], k: number, index: EnglishPlaceIndex): { entries: IndexEntry[]; n: number } | undefined {
  // King's Lynn, Bishop's Stortford: a name may hold a possessive, as the index has it
  const first = tokens[k];
  const most = Math.max(index.wordsFrom(first.word), first.possessive ? index.wordsFrom(text.slice(first.start, first.after)) : 0);
  if (!most) return undefined;
  const inName = (a: Token, b: Token): boolean => joined(text, a, b) || (a.possessive && b.capital && b.start === a.after + 1 && text[a.after] === ' ');
  let n = 1;
  while (n < most && k + n < tokens.length && inName(tokens[k + n - 1], tokens[k + n])) n++;
  for (; n > 0; n--) {
    const last = tokens[k + n - 1];
    // inside a name, lower-case words are connectors (Isle of Wight); one ends a name only as the index has it (Chinese mainland)
    if (tokens.slice(k + 1, k + n - 1).some((t) => !t.capital && !CONNECTORS.has(t.word))) continue;
    const entries = index.get(text.slice(tokens[k].start, last.end));
    // ... and a name's last word in lower case is its own only where the name is written so (not "The villages of" for The Villages)
    const capitalised = (e: IndexEntry): boolean => !!e.target.feature?.english?.endsWith(` ${last.word[0].toUpperCase()}${last.word.slice(1)}`);
    if (entries && (n === 1 || last.capital || !entries.every(capitalised))) return { entries, n };
  }
  return undefined;
}

/** The designator written right after `end` (province, autonomous prefecture, Uygur autonomous region): its levels and end. */
function designatorAt(text: string, end: number): (Designator & { end: number }) | undefined {
  const after = /^(?: [\p{L}-]+){1,6}/u.exec(text.slice(end, end + 80));
  if (!after) return undefined;
  const words = after[0].slice(1).split(' ');
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const phrase = words.slice(0, n).join(' ');
    const designator = DESIGNATORS.get(phrase.toLowerCase());
    // a plural designator (Pingyi and Feixian counties) is said of several names and stays outside each
    if (designator && (phrase === phrase.toLowerCase() || /^\p{Lu}/u.test(phrase) || phrase === 'SAR')) return { ...designator, end: PLURAL_DESIGNATORS.has(phrase.toLowerCase()) ? end : end + 1 + phrase.length };
  }
  // ethnic groups' names before an autonomous area: Ili Kazak autonomous prefecture, Guanling Bouyei and Miao autonomous county,
  // Jishishan Bonan, Dongxiang and Salar Autonomous County (a list with commas)
  const listed = /^(?: [\p{L}-]+,?){1,8}/u.exec(text.slice(end, end + 100))![0].slice(1).split(' ');
  for (let e = 1; e <= 5 && e + 2 <= listed.length; e++) {
    const ethnic = listed.slice(0, e);
    if (!ethnic.every((w, i) => /^\p{Lu}\p{Ll}+,?$/u.test(w) || (w === 'and' && i > 0))) break;
    if (ethnic[e - 1] === 'and' || ethnic[e - 1].endsWith(',')) continue;
    const phrase = listed.slice(e, e + 2).join(' ').replace(/,$/, '');
    if (ETHNIC_DESIGNATORS.has(phrase.toLowerCase())) {
      return { ...DESIGNATORS.get(phrase.toLowerCase())!, end: end + 1 + `${ethnic.join(' ')} ${phrase}`.length };
    }
    // an ethnic township (Mati Tibetan township, Pingshanhu Mongolian ethnic township): only after groups' names, as any word
    // could stand before a township
    if (!ethnic.every((w) => w === 'and' || ETHNIC_GROUPS.has(w.replace(/,$/, '')))) continue;
    for (const township of [phrase, listed[e].replace(/,$/, '')]) {
      const designator = DESIGNATORS.get(township.toLowerCase());
      if (designator?.levels.includes('township') && !PLURAL_DESIGNATORS.has(township)) return { ...designator, end: end + 1 + `${ethnic.join(' ')} ${township}`.length };
    }
  }
  return undefined;
}

/** The units whose Chinese name ends as the designator says (Chaoyang district: 朝阳区, not 朝阳县), when any does. */
function bySuffix(entries: IndexEntry[], suffixes: string[] | undefined): IndexEntry[] {
  if (!suffixes) return entries;
  const fitting = entries.filter((e) => e.target.unit && suffixes.some((x) => e.target.unit!.name.endsWith(x)));
  return fitting.length ? fitting : entries;
}

/** A zone word right after a place (Weifang high-tech zone): the zone's feature and span. */
function zoneAt(text: string, end: number, index: EnglishPlaceIndex): Mention | undefined {
  if (text[end] !== ' ') return undefined;
  const rest = text.slice(end + 1, end + 60).toLowerCase();
  const zone = ZONES.find((z) => rest.startsWith(z.english) && !/\p{L}/u.test(rest[z.english.length] ?? ''));
  if (!zone) return undefined;
  const span = { start: end + 1, end: end + 1 + zone.english.length };
  const entries = index.get(zone.english);
  return entries ? { ...span, entries } : { ...span, entries: [], level: 'devzone' };
}

/** A word the next is hyphened to (Road-Trippers, Park-and-ride, Sea-Crossing): the first half of a compound, which ends no site's or feature's name. */
const hyphenedOn = (text: string, token: Token): boolean => text[token.end] === '-' && /\p{L}/u.test(text[token.end + 1] ?? '');

/**
 * The last token of a named site whose name ends at token i (Golden Gate Bridge, Wall Street
 * Station). Not after a natural feature: the Yellow River Bridge holds the river, a place.
 */
function siteAfter(text: string, tokens: Token[], i: number): number {
  while (i + 1 < tokens.length && !tokens[i].possessive && LANDMARK_AFTER.has(tokens[i + 1].word) && joined(text, tokens[i], tokens[i + 1]) && text[tokens[i].end] === ' ') i++;
  return i;
}

/**
 * The first token of the capitalised run that token k ends a site's name in (Mytton Oak Road,
 * where Oak alone is a town's name): back over capitalised words joined by spaces, not over a
 * function word, a title or a place already found, nor over a word never a place unless it is an
 * ethnic group's name, which names sites (the Hani Rice Terraces).
 */
function runStart(text: string, tokens: Token[], k: number, mentions: Mention[]): number {
  const found = mentions.length ? mentions[mentions.length - 1].end : 0;
  let i = k;
  while (i > 0) {
    const before = tokens[i - 1];
    if (!before.capital || before.start < found || !joined(text, before, tokens[i]) || text[before.end] !== ' ' || FUNCTION_WORDS.has(before.word) || TITLES.has(before.word) || (NOT_PLACES.has(before.word) && !ETHNIC_GROUPS.has(before.word))) break;
    i--;
  }
  return i;
}

/** Whether the site's name ending at token i goes on into an organisation's (the Wine Industry Park Administrative Committee). */
function inOrganisation(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && ORGANISATION_WORDS.has(next.word) && joined(text, tokens[i], next);
}

/** Whether a number follows the word: a route's name and number (the North Coast 500), not a feature's name. */
function numberedRoute(text: string, word: Token): boolean {
  return /^ \d/.test(text.slice(word.end, word.end + 2));
}

/** Whether the index knows a name of several words that begins with the title word at token k, needing no context. */
function namedFromTitle(text: string, tokens: Token[], k: number, index: EnglishPlaceIndex): boolean {
  const found = longestName(text, tokens, k, index);
  return !!found && found.n > 1 && found.entries.some((e) => !e.needsContext);
}

/** Whether a dateline's name in capitals (token k) is followed by ", " and a province that contains the entry's unit (RONGJIANG, Guizhou). */
function datelineProvince(text: string, tokens: Token[], k: number, index: EnglishPlaceIndex, e: IndexEntry): boolean {
  const next = tokens[k + 1];
  // PHOENIX (AP) -, TORONTO - : a town abroad in capitals opening a line before its agency or a dash, or before a colon and the
  // report's first sentence as the Indian press writes it (JAISALMER: Jaisalmer district has ...)
  if (!e.target.unit && e.target.feature?.level === 'foreign' && (tokens[k].start === 0 || text[tokens[k].start - 1] === '\n') && /^(?: (?:\([A-Z][A-Za-z]+\)|[-–—])|: [A-Z])/.test(text.slice(tokens[k].end, tokens[k].end + 12))) return true;
  if (!next || text.slice(tokens[k].end, next.start) !== ', ') return false;
  // OROVILLE, Calif.; KELOWNA, British Columbia: a town abroad with its state or province
  if (!e.target.unit) return e.target.feature?.level === 'foreign' && (!!abbreviationAt(text, next.start) || !!longestName(text, tokens, k + 1, index)?.entries.every((p) => p.target.feature?.level === 'foreign'));
  const province = longestName(text, tokens, k + 1, index)?.entries.find((p) => p.target.unit?.level === 'province')?.target.unit?.code;
  return !!province && codePrefix(e.target.unit.code, 'province') === codePrefix(province, 'province');
}

/** Whether the line around `at` is a short headline in title case (Inner Mongolia Grasslands Recover), read no further than a headline reaches. */
function inTitleCaseLine(text: string, at: number): boolean {
  // the line's start, read back no further than a headline reaches (lastIndexOf alone would read a
  // whole text without line breaks for each word asked of it)
  const lo = Math.max(0, at - HEADLINE_MAX - 1);
  const nl = text.slice(lo, at + 1).lastIndexOf('\n');
  if (nl < 0 && lo > 0) return false;
  const from = nl < 0 ? 0 : lo + nl + 1;
  if (at - from > HEADLINE_MAX) return false;
  const to = text.slice(at, at + HEADLINE_MAX + 1).indexOf('\n');
  const end = to < 0 ? text.length : at + to;
  return end - from <= HEADLINE_MAX && isTitleCase(text.slice(from, end));
}

/**
 * Whether the words from `start` to `end` stand in a headline in title case and are no pinyin name:
 * there every word has its capital, so a feature's or a county's word after them says nothing
 * (Green Village Turns Bamboo Hills, Dark Tea Brews Prosperity in Mountain County), where
 * "Xitiao River Runs Clear" still names a Chinese river.
 */
function titledWords(text: string, start: number, end: number): boolean {
  return !isPinyin(text.slice(start, end)) && inTitleCaseLine(text, start);
}

/**
 * The last token of a name that goes on from token j through one or two connectors between
 * hyphens to a capitalised word (Pen-y-Pass, Whitwell-on-the-Hill, Stratford-upon-Avon); j itself
 * when it does not.
 */
function hyphenedEnd(text: string, tokens: Token[], j: number): number {
  for (let c = 1; c <= 2; c++) {
    const after = tokens[j + c + 1];
    const connectors = tokens.slice(j + 1, j + c + 1);
    if (connectors.length < c || !connectors.every((t) => CONNECTORS.has(t.word))) return j;
    const chain = [tokens[j], ...connectors, after];
    if (after?.capital && chain.every((t, i) => i === 0 || (text[chain[i - 1].end] === '-' && joined(text, chain[i - 1], t)))) return j + c + 1;
  }
  return j;
}

/** Whether a word of place (in, near, from...) comes right before token k. */
function afterPlaceWord(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && before.after + 1 === tokens[k].start && CONTEXT_BEFORE.has(before.word.toLowerCase());
}

/** Whether the words around a name that needs context show it is a place (in Reading, Reading Borough Council). */
function placeContext(text: string, tokens: Token[], k: number, n: number, index: EnglishPlaceIndex, previous: Mention | undefined): boolean {
  const end = tokens[k + n - 1].end;
  // a comma in a headline in title case ends a phrase rather than listing places (Along the Ancient Silk Road, Oasis Towns Draw ...)
  const listComma = !titledWords(text, tokens[k].start, end);
  // in a list of places: Rochdale, Bury and Tameside (after a place itself sure or read so, not two names that need context
  // vouching for each other: Smith and Jones)
  const surePrevious = !!previous && (!!previous.marked || previous.entries.every((e) => !e.needsContext));
  if (surePrevious && (listComma ? /^(?:, | and | or )$/ : /^(?: and | or )$/).test(text.slice(previous.end, tokens[k].start))) return true;
  if (afterPlaceWord(tokens, k)) return true;
  // Lucknow, Jul 16 (PTI): a dateline opening a line names where the report was filed
  if ((tokens[k].start === 0 || text[tokens[k].start - 1] === '\n') && DATELINE_DATE.test(text.slice(end, end + 16))) return true;
  if (CONTEXT_AFTER.some((w) => text.startsWith(` ${w}`, end))) return true;
  const [and, next] = [tokens[k + n], tokens[k + n + 1]];
  // a place at token j, one that needs no context unless the name stands inside a longer list (in Murwillumbah, Ballina and
  // Casino), not Jones after Smith and, which would vouch for Smith as Smith for it
  const longerList = text.slice(tokens[k].start - 2, tokens[k].start) === ', ';
  const sureAt = (j: number) => !!longestName(text, tokens, j, index)?.entries.some((e) => longerList || !e.needsContext);
  // before a place in a list: Bedlington, Seghill and Newsham
  if (listComma && and?.capital && text.slice(end, and.start) === ', ' && (sureAt(k + n) || abbreviationAt(text, and.start))) return true;
  // the first end of a route: the Drumnadrochit to Fort Augustus bus, from Bath to Bristol
  if (and?.word === 'to' && next?.capital && text.slice(end, next.start) === ' to ' && sureAt(k + n + 1)) return true;
  return !!next && and.word === 'and' && next.capital && sureAt(k + n + 1);
}

const firstNames = new Map<string, boolean>();
/** Whether compromise knows a word as a given name (John, Sarah, Preston), asked once per word. */
function isFirstName(word: string): boolean {
  if (GIVEN_NAME_PLACES.has(word)) return true;
  let known = firstNames.get(word);
  if (known === undefined) {
    try {
      known = nlp(word).has('#FirstName');
    } catch {
      known = false;
    }
    firstNames.set(word, known);
  }
  return known;
}

/**
 * John Preston, Sarah Wells, Preston Smith: a foreign place's one-word name next to a given name
 * is a person's name (Chinese units' pinyin names are left to the surname rule).
 */
function inPersonName(text: string, tokens: Token[], k: number, entries: IndexEntry[]): boolean {
  if (!entries.every((e) => e.target.feature)) return false;
  const [before, token, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (before?.capital && joined(text, before, token) && text[before.end] === ' ' && isFirstName(before.word)) return true;
  return (
    !!after?.capital && joined(text, token, after) && text[token.end] === ' ' && isFirstName(token.word) &&
    !DESIGNATORS.has(after.word.toLowerCase()) && !FEATURE_AFTER.has(after.word) && !INSTITUTION_AFTER.has(after.word) && !LANDMARK_AFTER.has(after.word)
  );
}

/** A sentence's end, and how many characters apart a unit named in another sentence counts as, per sentence between. */
const SENTENCE_END = /[.!?]["”’]?(?=\s|$)/g;
const OTHER_SENTENCE = 10_000;

/** How many of the sorted numbers are below `at` (binary search). */
function countBelow(sorted: number[], at: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The most characters between a name and the unit named right after it that holds it: ", ", " of ", " in ". */
const HOLDER_AFTER_GAP = 4;

/**
 * Narrows a name that several units share to those inside a unit the text names anywhere
 * (Yiwu before "Zhejiang province" is Zhejiang's Yiwu, not Xinjiang's), and of those to the ones
 * whose unit is named nearest (Gulou district of Fuzhou in a text that names Nanjing too); a
 * township needs such support to stay linked at all (Dingshu town with Yixing): thousands share
 * each name.
 */
function preferSupported(text: string, mentions: Mention[], units: EnglishSources, index: EnglishPlaceIndex): Mention[] {
  const named = new Map<string, number[]>();
  /** The name (index form) each mention starting at a position reads. */
  const formAt = new Map<number, string>();
  for (const m of mentions) {
    if (m.entries.length) formAt.set(m.start, m.entries[0].form);
    // a name that only townships share besides one larger unit (Wenchang: 文昌市, and 文昌 towns elsewhere) supports as that unit
    const above = m.entries.filter((e) => e.target.unit && e.target.unit.level !== 'township');
    for (const e of m.entries) {
      if (!e.target.unit || e.target.unit.level === 'township' || (m.entries.length > 1 && e.needsContext && above.length > 1)) continue;
      appendTo(named, e.target.unit.code, m.start);
    }
  }
  /** Where a name that only one township bears ends, by the codes of the units above that township. */
  const heldEnds = new Map<string, number[]>();
  for (const m of mentions) {
    const unit = m.entries.length === 1 ? m.entries[0].target.unit : undefined;
    if (unit?.level !== 'township') continue;
    for (let code = unit.parent; code; code = units.unit(code)?.parent) appendTo(heldEnds, code, m.end);
  }
  const sentenceEnds = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  const apart = (a: number, b: number): number => Math.abs(a - b) + OTHER_SENTENCE * Math.abs(countBelow(sentenceEnds, a) - countBelow(sentenceEnds, b));
  /**
   * How far from the mention at `at` (ending at `end`) the text names a unit that holds the entry's, another sentence counting
   * as far (Infinity: nowhere); a unit named right after it (a comma, of or in between) holds it nearest of all (Tongzhou
   * district of Nantong is Nantong's, though Beijing's name started nearer before it)
   */
  const distance = (e: IndexEntry, at: number, end: number): number => {
    let best = Infinity;
    for (let code = e.target.unit?.parent; code; code = units.unit(code)?.parent) {
      // the mentions are in text order: the nearest is the last before `at` or the first after it
      const positions = named.get(code);
      if (!positions) continue;
      // a name is no support of its own other readings (Pingyi county does not hold Pingyi town, nor Nanxun district a later
      // Nanxun's town)
      const i = countBelow(positions, at);
      for (const p of [positions[i - 1], positions[i] === at ? positions[i + 1] : positions[i]]) if (p !== undefined && formAt.get(p) !== e.form) best = Math.min(best, p > at && p - end <= HOLDER_AFTER_GAP ? 0 : apart(p, at));
    }
    // a township only this unit holds, named right before it, holds it nearest of all too (Bacha Hezhe ethnic township of
    // Tongjiang is 同江市's, not Sichuan's 通江县)
    if (e.target.unit && heldEnds.get(e.target.unit.code)?.some((p) => p <= at && at - p <= HOLDER_AFTER_GAP)) best = 0;
    return best;
  };
  /** The supported entries whose support stands nearest the mention, by each entry's distance (`far`). */
  const nearest = (entries: IndexEntry[], far: Map<IndexEntry, number>): IndexEntry[] => {
    const least = Math.min(...entries.map((e) => far.get(e)!));
    return least === Infinity ? [] : entries.filter((e) => far.get(e) === least);
  };
  const lineage = (e: IndexEntry): string[] => {
    const codes: string[] = [];
    for (let code = e.target.unit?.parent; code; code = units.unit(code)?.parent) codes.push(code);
    return codes;
  };
  const byCounty = (e: IndexEntry, at: number): boolean => {
    for (let code = e.target.unit!.parent; code; code = units.unit(code)?.parent) if (named.get(code)?.some((p) => p !== at) && units.unit(code)?.level !== 'province') return true;
    return false;
  };
  const narrow = (m: Mention): Mention[] => {
    const kept = m.entries.filter((e) => e.target.unit?.level !== 'township' || byCounty(e, m.start));
    const far = new Map(kept.map((e) => [e, distance(e, m.start, m.end)]));
    // a name with no designator that a unit above a township's level bears, which the text supports, is that unit, though a
    // township of the name stands nearer its support (Tongjiang in Heilongjiang is 同江市, not Harbin's 通江街道)
    const larger = !m.level && kept.some((e) => e.target.unit && e.target.unit.level !== 'township' && far.get(e)! < Infinity);
    const inside = nearest(larger ? kept.filter((e) => e.target.unit?.level !== 'township') : kept, far);
    // Pingxiang with Chongzuo named is Chongzuo's county, not Jiangxi's city of that name
    if (!inside.length && !m.level && m.entries.some((e) => e.target.unit)) {
      const own = new Set(m.entries.map((e) => e.target.unit?.code));
      const underOwn = (e: IndexEntry) => lineage(e).some((code) => own.has(code));
      const namesake = index.designated(text.slice(m.start, m.end)).filter((e) => e.target.unit?.level !== 'township' && byCounty(e, m.start) && !underOwn(e));
      if (namesake.length === 1) return [{ ...m, entries: namesake, marked: true }];
    }
    // a county inside a province the text names is a place even with no city named (Liuyang, Hunan)
    if (inside.length) return [{ ...m, entries: inside, marked: true }];
    // Suzhou with nothing to tell its namesakes apart: the one the press means
    const preferred = kept.filter((e) => e.target.unit && PREFERRED.has(e.target.unit.code) && PREFERRED.get(e.target.unit.code) === nameKey(text.slice(m.start, m.end)));
    if (preferred.length === 1 && kept.length > 1) return [{ ...m, entries: preferred }];
    if (kept.length) return [kept.length === m.entries.length ? m : { ...m, entries: kept }];
    // a township the press names with its designator stays a place, unlinked
    return m.level ? [{ ...m, entries: [] }] : [];
  };
  const narrowed = mentions.map(narrow);
  // a name several units share that the text narrowed to one supports the units under it as a name of one unit does (Wusu
  // town of Fuyuan, where Fuyuan is 抚远市 by Heilongjiang named): a second reading with it named
  let more = false;
  narrowed.forEach((result, i) => {
    const unit = result.length === 1 && result[0].entries.length === 1 ? result[0].entries[0].target.unit : undefined;
    if (!unit || unit.level === 'township' || named.get(unit.code)?.includes(mentions[i].start)) return;
    appendTo(named, unit.code, mentions[i].start).sort((a, b) => a - b);
    more = true;
  });
  return more ? mentions.flatMap(narrow) : narrowed.flat();
}

/** The token of a village word (Tsuen) ending a run of up to three capitalised words from `k`, if one does. */
function villageWordAfter(text: string, tokens: Token[], k: number): number | undefined {
  for (let last = k + 1; last <= k + 3 && last < tokens.length; last++) {
    const [before, word] = [tokens[last - 1], tokens[last]];
    if (!word.capital || before.possessive || !joined(text, before, word) || text[before.end] !== ' ') return undefined;
    if (VILLAGE_AFTER.has(word.word)) return last;
  }
  return undefined;
}

/** A name known only as a small town that needs context (Union, Spring: towns abroad), which a feature's name may hold (Grand Union Canal, Crescent Moon Spring). */
const weakTown = (found: { n: number; entries: IndexEntry[] } | undefined): boolean =>
  !!found && found.n === 1 && found.entries.every((e) => e.needsContext && e.target.feature?.level === 'foreign');

/** The token of a feature word that ends the run of capitalised words from token k on (k itself included), within three words. */
function featureWordFrom(text: string, tokens: Token[], k: number): number | undefined {
  for (let i = k; i <= k + 3 && tokens[i]?.capital && (i === k || (joined(text, tokens[i - 1], tokens[i]) && text[tokens[i - 1].end] === ' ' && !tokens[i - 1].possessive)); i++) {
    if (FEATURE_AFTER.has(tokens[i].word)) return i;
  }
  return undefined;
}

/** The locality's word (Cross, Corner, Green) after the name of tokens k..k+n-1, a British or foreign place or one possessive word, when it names a place of both. */
function localityAfter(text: string, tokens: Token[], k: number, n: number, found: { entries: IndexEntry[] } | undefined): Token | undefined {
  const last = tokens[k + n - 1];
  const word = tokens[k + n];
  const after = tokens[k + n + 1];
  if (!word?.capital || !LOCALITY_AFTER.has(word.word) || word.possessive) return undefined;
  // the Brighton Green Party: a name's word after it makes the locality's word part of that name
  if (after?.capital && joined(text, word, after) && [NOT_PLACES, ORGANISATION_WORDS, INSTITUTION_AFTER].some((words) => words.has(after.word))) return undefined;
  if (/(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, tokens[k].start - 4), tokens[k].start))) return undefined;
  const place = !!found && !last.possessive && found.entries.every((e) => e.target.feature?.level === 'foreign') && joined(text, last, word) && text[last.end] === ' ';
  const possessive = !found && n === 1 && last.possessive && word.start === last.after + 1 && text[last.after] === ' ' && !FUNCTION_WORDS.has(last.word) && !isFirstName(last.word);
  return place || possessive ? word : undefined;
}

/** The last token of the run of capitalised words from token k on that the index does not know after k (Bury St Edmunds, Oro-Medonte). */
function unknownRunEnd(text: string, tokens: Token[], k: number, index: EnglishPlaceIndex): number {
  // ... through a small town's name a feature word comes after (Grand Union Canal)
  const unnamed = (i: number): boolean => {
    const name = longestName(text, tokens, i, index);
    return !name || (weakTown(name) && featureWordFrom(text, tokens, i) !== undefined);
  };
  let j = k;
  for (;;) {
    const word = tokens[j + 1];
    const hyphened = hyphenedEnd(text, tokens, j);
    // (two unknown words hyphened are one name, Oro-Medonte, where known ones are a pair, Beijing-Tianjin)
    if (word?.capital && joined(text, tokens[j], word) && (text[tokens[j].end] === ' ' || (text[tokens[j].end] === '-' && unnamed(j))) && unnamed(j + 1)) j++;
    // Pen-y-Pass, Bryn-y-Mor, Whitwell-on-the-Hill: connectors between hyphens inside a Welsh, French or English name
    else if (hyphened > j) j = hyphened;
    else return j;
  }
}

/** A run of capitalised words the index does not know (Seattle, Bury St Edmunds), for compromise to judge. */
interface Unknown {
  start: number;
  end: number;
}

/**
 * A capitalised run the index does not know (tokens k..j) that its words show to be a place:
 * a feature word ends it (Grand Union Canal), a council follows it (Harborough District Council
 * -> Harborough), "the town of" comes before it, a known British or foreign place follows
 * after a comma (Lubenham, Leicestershire), it is formed as British towns' names are (in
 * Bedminster, Aylesham and Whitfield, East Didsbury). `previous` is the mention before it.
 * Returns the mention and its last token.
 */
function knownByContext(text: string, tokens: Token[], k: number, j: number, index: EnglishPlaceIndex, previous: Mention | undefined): { mention: Mention; last: number } | undefined {
  // only from the start of a run: Barton in Emma Barton is no run of its own
  const before = tokens[k - 1];
  if (before?.capital && !FUNCTION_WORDS.has(before.word) && joined(text, before, tokens[k]) && text[before.end] === ' ') return undefined;
  const person = isFirstName(tokens[k].word);
  for (let i = k + 1; i <= j && i <= k + 3; i++) {
    if (FEATURE_AFTER.has(tokens[i].word) && !hyphenedOn(text, tokens[i]) && !numberedRoute(text, tokens[i]) && !person && !inOrganisation(text, tokens, i) && !titledWords(text, tokens[k].start, tokens[i - 1].end)) {
      return { mention: { start: tokens[k].start, end: tokens[i].end, entries: [], level: 'natural' }, last: i };
    }
    if (tokens[i - 1].possessive) break;
    const council = COUNCIL_WORDS.find((w) => text.startsWith(w, tokens[i].start) && !/\p{L}/u.test(text[tokens[i].start + w.length] ?? ''));
    if (council) return { mention: { start: tokens[k].start, end: tokens[i - 1].end, entries: [], level: 'foreign' }, last: i - 1 };
  }
  const run = text.slice(tokens[k].start, tokens[j].end);
  // the town of Bromfield, and as Canada's and America's municipalities are styled, the Township of Essa (not inside a longer
  // capitalised name: the DeConcini Port of Entry)
  const nounOf = /(?:^|(\S+)\s)([a-z]+|[A-Z][a-z]+) of $/.exec(text.slice(Math.max(0, tokens[k].start - 32), tokens[k].start));
  const inName = !!nounOf?.[1] && /^\p{Lu}/u.test(nounOf[2]) && /^\p{Lu}/u.test(nounOf[1]) && !FUNCTION_WORDS.has(nounOf[1]);
  const singularNoun = inName ? undefined : nounOf?.[2].toLowerCase();
  const noun = singularNoun && PLACE_NOUNS_BEFORE_OF.has(singularNoun) ? singularNoun : pluralNounBefore(text, tokens[k].start);
  if (noun && PLACE_NOUNS_BEFORE_OF.has(noun)) {
    const level = isPinyin(run) ? NOUN_LEVELS[noun] : 'foreign';
    if (level) return { mention: { start: tokens[k].start, end: tokens[j].end, entries: [], level }, last: j };
  }
  // Liangjiahe, a village in Yanchuan county: a pinyin name before an apposition of its kind
  const apposition = /^, an? (\w+) (?:in|of|near|on)\b/.exec(text.slice(tokens[j].end, tokens[j].end + 24))?.[1];
  if (apposition && NOUN_LEVELS[apposition] && isPinyin(run)) return { mention: { start: tokens[k].start, end: tokens[j].end, entries: [], level: NOUN_LEVELS[apposition] }, last: j };
  // near Lubenham, in Bedminster, Aylesham and Whitfield: a name the data lacks that ends as English places' names do,
  // after a word of place or listed after a British place
  const townWord = (word: string): boolean => (TOWN_BEGINNING.test(word) || (TOWN_ENDING.test(word) && !isPinyin(word))) && !SURNAMES.has(word) && !NOT_TOWNS.has(word) && !isFirstName(word);
  // (residents of Aberdaron: a Welsh, Irish or Scottish beginning is a place after of too, where an English ending may be a surname's)
  const placeWord = !!before && before.after + 1 === tokens[k].start && (TOWN_BEFORE.has(before.word.toLowerCase()) || (BEGINNING_BEFORE.has(before.word) && j === k && TOWN_BEGINNING.test(run)));
  const listed = previous?.level === 'foreign' || (!!previous && previous.entries.length > 0 && previous.entries.every((e) => e.target.feature?.level === 'foreign'));
  if (j === k && !person && townWord(run) && (placeWord || (listed && /^(?:, | and | or )$/.test(text.slice(previous!.end, tokens[k].start))))) {
    return { mention: { start: tokens[k].start, end: tokens[k].end, entries: [], level: 'foreign' }, last: k };
  }
  // Butte County, Luzerne County, East Lampeter Township: a name the data lacks before County or Township, as the Americans name
  // their counties and townships (not Durham County Council, nor a headline's words in title case: Prosperity in Mountain County)
  // (Notts County is the club of Notts)
  if (j === k + 1 && tokens[j].word === 'County' && COUNTY_CLUBS.has(tokens[k].word)) return { mention: { start: tokens[k].start, end: tokens[k].end, entries: [], level: 'foreign' }, last: k };
  if (!person && j > k && AMERICAN_DIVISIONS.has(tokens[j].word) && !isPinyin(text.slice(tokens[k].start, tokens[j - 1].end)) && !inTitleCaseLine(text, tokens[k].start) && !/^ \p{Lu}/u.test(text.slice(tokens[j].end, tokens[j].end + 2))) {
    return { mention: { start: tokens[k].start, end: tokens[j].end, entries: [], level: 'foreign' }, last: j };
  }
  // East Didsbury, in High Heaton: a prefix before a small town's name, or before a town's word after a word of place, names a place of its own
  const second = tokens[k + 1];
  if (j <= k + 1 && TOWN_PREFIXES.has(tokens[k].word) && second?.capital && joined(text, tokens[k], second) && text[tokens[k].end] === ' ' && ![ROAD_WORDS, LANDMARK_AFTER, FEATURE_AFTER, NOT_PLACES].some((words) => words.has(second.word))) {
    const inner = longestName(text, tokens, k + 1, index);
    const small = inner?.n === 1 && inner.entries.every((e) => e.needsContext && e.target.feature?.level === 'foreign');
    // ... with its American division after it (East Lampeter Township)
    const division = tokens[k + 2];
    const last = division && AMERICAN_DIVISIONS.has(division.word) && joined(text, second, division) && text[second.end] === ' ' ? k + 2 : k + 1;
    if (small || (!inner && j === k + 1 && placeWord && townWord(second.word))) return { mention: { start: tokens[k].start, end: tokens[last].end, entries: [], level: 'foreign' }, last };
  }
  const next = tokens[j + 1];
  if (!person && j - k < 3 && next?.capital && text.slice(tokens[j].end, next.start) === ', ') {
    const place = longestName(text, tokens, j + 1, index);
    const placeEnd = place && tokens[j + place.n];
    // an aside (residents of Ashby Parva, Leicestershire, said), or the end of a phrase after a word of
    // place (lives in Lubenham, Leicestershire.): not "Smith, London's mayor" nor "Barclays, London."
    const closing = placeEnd && !placeEnd.possessive ? text.slice(placeEnd.end, placeEnd.end + 1) : 'x';
    if (place && (/^[,)]$/.test(closing) || (afterPlaceWord(tokens, k) && /^(?:[.;:]|)$/.test(closing))) && place.entries.every((e) => e.target.feature?.level === 'foreign')) {
      return { mention: { start: tokens[k].start, end: tokens[j].end, entries: [], level: 'foreign' }, last: j };
    }
  }
  return undefined;
}

/** A list of names after a place noun in the plural: the villages of Borrowdale and Buttermere, towns such as Wuyuan; the noun in the singular. */
const PLURAL_NOUN_LIST = /(?:^|[^\p{L}])(\p{L}+) (?:of|such as|including) (?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:, and |, | and | or ))*$/u;
function pluralNounBefore(text: string, start: number): string | undefined {
  const noun = PLURAL_NOUN_LIST.exec(text.slice(Math.max(0, start - 80), start))?.[1].toLowerCase();
  return noun && /s$/.test(noun) ? noun.replace(/ies$/, 'y').replace(/(?<=[sx]|sh|ch)es$/, '').replace(/s$/, '') : undefined;
}

/**
 * A division of another country the index does not know, named after that country's possessive
 * with its designator (Vietnam's Cao Bang province, Japan's Gifu prefecture): up to three
 * capitalised words from token k, which may read as a Chinese surname and a given name alone.
 */
function countryDivision(text: string, tokens: Token[], k: number, index: EnglishPlaceIndex): { mention: Mention; last: number } | undefined {
  const owner = tokens[k - 1];
  if (!owner?.possessive || owner.after + 1 !== tokens[k].start) return undefined;
  const country = index.get(owner.word);
  if (!country?.every((e) => e.target.feature?.level === 'country' && e.target.feature.country !== 'CN')) return undefined;
  for (let j = k; j < k + 3 && j < tokens.length && tokens[j].capital && !tokens[j].possessive; j++) {
    if (j > k && !joined(text, tokens[j - 1], tokens[j])) break;
    const designator = /^ ([a-z]+)(?![\p{L}-])/u.exec(text.slice(tokens[j].end, tokens[j].end + 20));
    if (designator && FOREIGN_DESIGNATORS.has(designator[1])) return { mention: { start: tokens[k].start, end: tokens[j].end + designator[0].length, entries: [], level: 'foreign' }, last: j + 1 };
  }
  return undefined;
}

/**
 * Every place name the index knows, with the rules around it; people's names and other words
 * left out. Also the capitalised runs it does not know.
 */
function scan(text: string, index: EnglishPlaceIndex): { mentions: Mention[]; unknown: Unknown[] } {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const unknown: Unknown[] = [];
  const people = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k];
    if (!token.capital) continue;
    // Oroville, Calif.; Kelowna, B.C.: a state's short form after the town the text has just named
    const abbreviation = abbreviationAt(text, token.start);
    if (abbreviation && mentions.length && mentions[mentions.length - 1].end === tokens[k - 1].end) {
      const end = token.start + abbreviation;
      mentions.push({ start: token.start, end, entries: [], level: 'foreign' });
      while (k + 1 < tokens.length && tokens[k + 1].start < end) k++;
      continue;
    }
    const next = tokens[k + 1];
    // Mr Zhang, Premier Li Qiang: a title and the capitalised words after it are a person (not a name the index knows whole
    // from the title on: the Little Orme, the Little Three Gorges, Prince Edward Island),
    if (TITLES.has(token.word) && !token.possessive && next?.capital && next.start - token.after <= 2 && !namedFromTitle(text, tokens, k, index)) {
      const first = k;
      const named: string[] = [];
      // (Dr. Kieran Moore, not the place after his name and a comma: Moore, Ontario's chief medical officer)
      while (k + 1 < tokens.length && tokens[k + 1].capital && /^\.? ?$/.test(text.slice(tokens[k].after, tokens[k + 1].start)) && tokens[k + 1].start > tokens[k].after) named.push(tokens[++k].word);
      // ... unless a site's word ends the run: the Princess Royal Hospital, Queen Elizabeth Park
      const site = named.length > 1 && LANDMARK_AFTER.has(named[named.length - 1]) && tokens.slice(first, k + 1).every((t, i, run) => i === 0 || joined(text, run[i - 1], t));
      if (site) mentions.push({ start: token.start, end: tokens[k].end, entries: [], level: 'landmark' });
      else for (const word of named) people.add(word);
      continue;
    }
    // Mount Tai, Lake Tai, River Irwell: a feature word before a name the index does not know
    const found = longestName(text, tokens, k, index);
    // Spring Valley Lake: a small town's name two or three words before a feature word is the feature's first word
    const feature = weakTown(found) ? featureWordFrom(text, tokens, k + 1) : undefined;
    if (feature && feature > k + 1 && !inOrganisation(text, tokens, feature) && !titledWords(text, token.start, tokens[feature - 1].end)) {
      mentions.push({ start: token.start, end: tokens[feature].end, entries: [], level: 'natural' });
      k = feature;
      continue;
    }
    // a Chinese unit's pinyin after another country's possessive is no Chinese unit (Vietnam's Cao Bang province)
    const division = found?.entries.some((e) => !e.target.unit) ? undefined : countryDivision(text, tokens, k, index);
    if (division) {
      mentions.push(division.mention);
      k = division.last;
      continue;
    }
    // Strait of Hormuz, Gulf of Aden, Isle of Skye
    const [of, name] = [tokens[k + 1], tokens[k + 2]];
    if (!found && FEATURE_OF.has(token.word) && of?.word === 'of' && name?.capital && joined(text, token, of) && joined(text, of, name)) {
      // ... and a municipality named after one, with its American division after it (Lake of Bays Township), as East Lampeter Township
      const division = tokens[k + 3];
      const named = !!division && AMERICAN_DIVISIONS.has(division.word) && joined(text, name, division) && text[name.end] === ' ' && !/^ \p{Lu}/u.test(text.slice(division.end, division.end + 2));
      mentions.push({ start: token.start, end: (named ? division : name).end, entries: [], level: named ? 'foreign' : 'natural' });
      k += named ? 3 : 2;
      continue;
    }
    if (!found && FEATURE_BEFORE.has(token.word) && next?.capital && joined(text, token, next)) {
      mentions.push({ start: token.start, end: next.end, entries: [], level: 'natural' });
      k++;
      continue;
    }
    // Ha Wan Tsuen, Shek Kong San Tsuen: a Hong Kong word of village after the one to three capitalised words of its name, which the
    // data lacks (a place's name may begin it: Shek Kong)
    const villageWord = !FUNCTION_WORDS.has(token.word) && !token.possessive ? villageWordAfter(text, tokens, k) : undefined;
    if (villageWord !== undefined && (!found || villageWord >= k + found.n)) {
      mentions.push({ start: token.start, end: tokens[villageWord].end, entries: [], level: 'village' });
      k = villageWord;
      continue;
    }
    // Kampung Sim-Sim, Kampong Glam: a Malay word of village and the one or two capitalised words of its name, which the data lacks
    if (!found && VILLAGE_BEFORE.has(token.word) && next?.capital && joined(text, token, next)) {
      let last = k + 1;
      const named = (t: Token | undefined) => !!t?.capital && ![FEATURE_AFTER, LANDMARK_AFTER, INSTITUTION_AFTER, NOT_PLACES].some((words) => words.has(t.word));
      if (!tokens[last].possessive && named(tokens[last + 1]) && joined(text, tokens[last], tokens[last + 1])) last++;
      mentions.push({ start: token.start, end: tokens[last].end, entries: [], level: 'foreign' });
      k = last;
      continue;
    }
    // North Norfolk District Council, East Devon: a compass word and a British county name a district before its council
    if (!found && COMPASS.has(token.word) && next?.capital && joined(text, token, next) && text[token.end] === ' ') {
      const inner = longestName(text, tokens, k + 1, index);
      const innerLast = inner && tokens[k + inner.n];
      if (inner && !innerLast!.possessive && inner.entries.every((e) => e.target.feature?.level === 'foreign') && COUNCIL_WORDS.some((w) => text.startsWith(` ${w}`, innerLast!.end))) {
        mentions.push({ start: token.start, end: innerLast!.end, entries: [], level: 'foreign' });
        k += inner.n;
        continue;
      }
    }
    const n = found?.n ?? 1;
    const last = tokens[k + n - 1];
    // Northwest China's Xinjiang: the compass word stays outside (China), but Northern Ireland's and South Korea's are their own names
    if (found && n > 1 && COMPASS.has(token.word) && last.possessive && found.entries.every((e) => e.target.feature?.level === 'region') && index.get(text.slice(tokens[k + 1].start, last.end))) continue;
    // Floods Hit Northern Guangxi: a region the data names with a compass word in lower case (northern Guangxi, 桂北) is the
    // province after the compass word, as in the text's lower case; only a capital at a headline's or a sentence's start reads it whole
    if (found && n > 1 && COMPASS.has(token.word) && found.entries.every((e) => e.target.feature?.level === 'region' && /^\p{Ll}/u.test(e.target.feature.english ?? ''))) continue;
    // Hyde Park Corner, Charing Cross, Edmonton Green, King's Cross: a place's name or a possessive before a locality's word names
    // the place there, a junction or a green (not after the article: the Red Cross, the Victoria Cross; nor before a name: the
    // Brighton Green Party, nor after a given name: Sarah's Corner)
    const locality = localityAfter(text, tokens, k, n, found);
    if (locality) {
      mentions.push({ start: token.start, end: locality.end, entries: [], level: 'foreign' });
      k += n;
      continue;
    }
    // Whitwell-on-the-Hill: a town's name, connectors between hyphens and a capitalised word are one name the data lacks
    const hyphened = found ? hyphenedEnd(text, tokens, k + n - 1) : k;
    if (hyphened > k + n - 1) {
      mentions.push({ start: token.start, end: tokens[hyphened].end, entries: [], level: 'foreign' });
      k = hyphened;
      continue;
    }
    // Xiaoqing River, Huangshan Mountain, the Zi river, the Chaliyar river: a feature word after a name
    // ... but not a common noun before a settlement's designator (In a Zhejiang Canal Town, in a headline in title case),
    // nor one in an organisation's name (the Snowdon Mountain Railway)
    const featureWord = !last.possessive && !(tokens[k + n + 1] && DESIGNATORS.has(tokens[k + n + 1].word.toLowerCase()) && joined(text, tokens[k + n], tokens[k + n + 1])) && !inOrganisation(text, tokens, k + n) ? tokens[k + n] : undefined;
    // a province's or a prefecture's name before a feature word in a headline in title case names the unit (Inner Mongolia Grasslands Recover)
    const unitInHeadline = (): boolean => !!found?.entries.some((e) => e.target.unit && LEVEL_ORDER[e.target.unit.level] <= LEVEL_ORDER.prefecture) && inTitleCaseLine(text, token.start);
    const smallOrUnknown = !found || found.entries.every((e) => e.needsContext);
    // the Chaliyar river, the Brahmaputra river: the feature word in lower case after a name known only as a feature is its own
    const naturalOnly = !!found?.entries.every((e) => e.target.feature?.level === 'natural');
    if (featureWord && !hyphenedOn(text, featureWord) && !numberedRoute(text, featureWord) && !FUNCTION_WORDS.has(token.word) && joined(text, last, featureWord) && text[last.end] === ' ' && (FEATURE_AFTER.has(featureWord.word) || (((smallOrUnknown && isPinyin(token.word)) || naturalOnly) && FEATURE_AFTER.has(featureWord.word.replace(/^\p{Ll}/u, (c) => c.toUpperCase())))) && !unitInHeadline() && !(smallOrUnknown && titledWords(text, token.start, last.end))) {
      // the North York Moors, the South Downs, the Upper Iowa River: a compass word or a town's prefix before the name is the feature's own
      const compass = tokens[k - 1];
      const from = compass && (COMPASS.has(compass.word) || TOWN_PREFIXES.has(compass.word)) && joined(text, compass, token) && text[compass.end] === ' ' ? compass.start : token.start;
      mentions.push({ start: from, end: featureWord.end, entries: [], level: 'natural' });
      k += n;
      continue;
    }
    // US$48 million, HK$120 billion: a currency's symbol, not the place
    if (found && text[last.end] === '$') {
      k += n - 1;
      continue;
    }
    // US dollars, Hong Kong dollars: the name is an adjective there
    if (found && featureWord && ADJECTIVE_BEFORE.has(featureWord.word) && joined(text, last, featureWord)) {
      k += n - 1;
      continue;
    }
    // Leicester Road, Zhongshan Road: a road named after a place is a road, not the place
    if (found && featureWord && ROAD_WORDS.has(featureWord.word) && joined(text, last, featureWord) && text[last.end] === ' ') {
      if (!inOrganisation(text, tokens, k + n)) mentions.push({ start: tokens[runStart(text, tokens, k, mentions)].start, end: featureWord.end, entries: [], level: 'landmark' });
      k += n;
      continue;
    }
    // Mogao Grottoes, Tiananmen Square, Zichuan Road: a site named by a word that is no place or only a small
    // unit's name; a larger place keeps its own span (Jinan Park -> Jinan)
    if (smallOrUnknown && featureWord && LANDMARK_AFTER.has(featureWord.word) && !hyphenedOn(text, featureWord) && joined(text, token, featureWord) && text[token.end] === ' ' && !NOT_PLACES.has(token.word) && !FUNCTION_WORDS.has(token.word) && !SURNAMES.has(token.word) && !TITLES.has(token.word)) {
      const site = siteAfter(text, tokens, k + 1);
      const from = tokens[runStart(text, tokens, k, mentions)];
      // a site named after the place just before it (Meilan International Airport): the place alone, as Jinan Park is Jinan
      const previous = mentions[mentions.length - 1];
      const afterPlace = previous?.end === from.start - 1 && text[previous.end] === ' ';
      if (!inOrganisation(text, tokens, site) && !afterPlace) mentions.push({ start: from.start, end: tokens[site].end, entries: [], level: 'landmark' });
      k = site;
      continue;
    }
    // King's Staith, Queen's Park, St Mary's Church: a possessive before a site's word is in the site's name
    const siteWord = tokens[k + n];
    if (smallOrUnknown && last.possessive && siteWord?.capital && LANDMARK_AFTER.has(siteWord.word) && siteWord.start === last.after + 1 && text[last.after] === ' ' && !FUNCTION_WORDS.has(token.word)) {
      const site = siteAfter(text, tokens, k + n);
      if (!inOrganisation(text, tokens, site)) mentions.push({ start: tokens[runStart(text, tokens, k, mentions)].start, end: tokens[site].end, entries: [], level: 'landmark' });
      k = site;
      continue;
    }
    // Japan's Gifu prefecture, Washington state: a foreign place's designator is inside its span (not Durham County Council's), as
    // is a Taiwan township's the gazetteer lacks when the press writes it as part of the name (Liuqiu Township, not the Yuen Long district)
    const lacked = found?.entries.every((e) => !e.target.unit && e.target.feature?.level === 'county') && /^ \p{Lu}/u.test(text.slice(last.end, last.end + 2));
    const foreignDesignator = found && !last.possessive && (lacked || found.entries.every((e) => e.target.feature?.level === 'foreign')) ? /^ (\p{L}+)(?![\p{L}-])(?! \p{Lu})/u.exec(text.slice(last.end, last.end + 24)) : null;
    const club = foreignDesignator?.[1] === 'County' && COUNTY_CLUBS.has(text.slice(token.start, last.end));
    if (foreignDesignator && FOREIGN_DESIGNATORS.has(foreignDesignator[1].toLowerCase()) && !club) {
      // a small town's name that is a word too, before a designator in a headline in title case, is the word (Mountain County)
      if (found!.entries.every((e) => e.needsContext) && titledWords(text, token.start, last.end)) {
        k += n;
        continue;
      }
      // the designator shows a name that needs context to be the place (Butte County)
      mentions.push({ start: token.start, end: last.end + foreignDesignator[0].length, entries: found!.entries, marked: true });
      k += n;
      continue;
    }
    const designator = last.possessive ? undefined : designatorAt(text, last.end);
    // Li Qiang, Xi Jinping: a surname and a given name; the surname alone later is the same person
    if (n === 1 && !designator) {
      // ... but a surname and a word before a road's or a site's word name the road or site (Yu Chau Street, Sun Yat-sen Road,
      // Fu Heng Estate)
      const road = tokens[k + 2];
      const roadName = !!road && (ROAD_WORDS.has(road.word) || LANDMARK_AFTER.has(road.word)) && !hyphenedOn(text, road) && joined(text, next, road) && text[next.end] === ' ';
      if (SURNAMES.has(token.word) && roadName) continue;
      if (SURNAMES.has(token.word) && next?.capital && text[token.end] === ' ' && joined(text, token, next)) {
        people.add(token.word);
        k++;
        continue;
      }
      // Preston said: the person named before, unless a word of place comes first (in Preston)
      if (people.has(token.word) && !afterPlaceWord(tokens, k)) continue;
    }
    if (designator) {
      const fits = bySuffix(
        [...(found?.entries ?? []), ...index.designated(text.slice(token.start, last.end))].filter((e) => (e.target.unit ? designator.levels.includes(e.target.unit.level) : !!e.target.feature.code && designator.levels.includes('province'))),
        designator.suffixes,
      );
      // a name the data lacks at that level (Laobanzhang village), not a larger place the designator follows (Hunan village that...),
      // (a site's name is none: Huangling village, the old village of the Huangling scenic area)
      const larger = found?.entries.some((e) => !e.needsContext && ((e.target.feature && e.target.feature.level !== 'landmark') || (e.target.unit && LEVEL_ORDER[e.target.unit.level] < LEVEL_ORDER[designator.levels[0]])));
      // ... and never before a plural designator, said of a list (Remote Villages Get Connected), nor a prefecture's (Super League)
      // ... nor, in a headline in title case, a word after "a" or inside a longer capitalised run before a capitalised
      // designator (a Tujia Town, Oolong Tea Town Brews Up Sales), where "Xiaogang Village Marks 46 Years" names a village
      const before = tokens[k - 1];
      const inRun = !!before && joined(text, before, token) && (/^an?$/i.test(before.word) || (before.capital && !FUNCTION_WORDS.has(before.word)));
      const titled = inRun && /^ \p{Lu}/u.test(text.slice(last.end, last.end + 2)) && inTitleCaseLine(text, token.start);
      // (not an article at a sentence's start, which is a syllable too: A district councillor said)
      const unknown = !fits.length && !larger && designator.end > last.end && !FUNCTION_WORDS.has(token.word) && isPinyin(text.slice(token.start, last.end)) && !designator.levels.includes('province') && !designator.levels.includes('prefecture') && !titled;
      // an ethnic group's name alone before the designator says whose the village is (a Yao village, a Miao township), unless the
      // data holds a unit of that name and no article comes before it
      const whose = n === 1 && ETHNIC_GROUPS.has(token.word) && (!fits.length || (!!before && /^an?$/i.test(before.word)));
      if ((fits.length || unknown) && !whose) {
        // in a title-case headline the designator's capital says nothing: the name stays only where the text supports it (Xiaogang Village)
        mentions.push(titled ? { start: token.start, end: designator.end, entries: fits } : { start: token.start, end: designator.end, entries: fits, level: designator.levels[0], marked: true });
        const zone = zoneAt(text, designator.end, index);
        if (zone) mentions.push(zone);
        k += n - 1;
        while (k + 1 < tokens.length && tokens[k + 1].start < (zone?.end ?? designator.end)) k++;
        continue;
      }
    }
    // Qianwan Economic and Technological Development Zone, Lingang High-tech Zone: a pinyin name that is no unit's, or only
    // townships', before a zone's capitalised words names the zone
    const zoneName = !token.allCaps && isPinyin(token.word) && (!found || (n === 1 && found.entries.every((e) => e.target.unit?.level === 'township' || (e.target.unit && e.needsContext))));
    const namedZone = zoneName ? zoneAt(text, token.end, index) : undefined;
    if (namedZone && /^\p{Lu}/u.test(text[namedZone.start])) {
      mentions.push({ start: token.start, end: namedZone.end, entries: [], level: 'devzone' });
      while (k + 1 < tokens.length && tokens[k + 1].start < namedZone.end) k++;
      continue;
    }
    // Ashby Parva, Yardley Borough: a small town's name that needs context opening a longer name the data lacks, which the
    // words around it show to be a place
    if (weakTown(found) && !token.allCaps) {
      const j = unknownRunEnd(text, tokens, k, index);
      const sure = j > k ? knownByContext(text, tokens, k, j, index, mentions[mentions.length - 1]) : undefined;
      if (sure) {
        mentions.push(sure.mention);
        k = sure.last;
        continue;
      }
    }
    if (!found && !token.allCaps && !NOT_PLACES.has(token.word) && !SURNAMES.has(token.word) && !FUNCTION_WORDS.has(token.word)) {
      const j = unknownRunEnd(text, tokens, k, index);
      const sure = knownByContext(text, tokens, k, j, index, mentions[mentions.length - 1]);
      if (sure) {
        mentions.push(sure.mention);
        k = sure.last;
        continue;
      }
      // the words after it are still read by the rules (The Dadu River): compromise's guesses give way to theirs
      unknown.push({ start: token.start, end: tokens[j].end });
      continue;
    }
    if (!found || (n === 1 && NOT_PLACES.has(token.word))) continue;
    let entries = found.entries;
    // a dateline in capitals (JINAN) names a city or a province, not a township or a county alone
    // (RONGJIANG, Guizhou -- names its county: the province after the comma contains it)
    if (n === 1 && token.allCaps) entries = entries.filter((e) => !e.needsContext || datelineProvince(text, tokens, k, index, e));
    if (!entries.length) continue;
    // the Royal Victoria Infirmary: a site named after a royal person, not the place of that name
    const royal = tokens[k - 1];
    if (n === 1 && royal && ROYAL_BEFORE.has(royal.word) && joined(text, royal, token) && text[royal.end] === ' ' && isFirstName(token.word)) {
      const site = siteAfter(text, tokens, k);
      if (site > k) mentions.push({ start: royal.start, end: tokens[site].end, entries: [], level: 'landmark' });
      k = site;
      continue;
    }
    if (n === 1 && !token.allCaps && inPersonName(text, tokens, k, entries)) {
      people.add(token.word);
      continue;
    }
    const mention: Mention = { start: token.start, end: last.end, entries };
    // a name that needs context is left in capitals only where its dateline supports it (above)
    if (entries.some((e) => e.needsContext) && ((n === 1 && token.allCaps) || placeContext(text, tokens, k, n, index, mentions[mentions.length - 1]))) mention.marked = true;
    // villages such as Xiaoqi: a pinyin name in a list after a place noun in the plural is of the noun's level, linked or not
    const listNoun = isPinyin(text.slice(token.start, last.end)) ? pluralNounBefore(text, token.start) : undefined;
    if (listNoun && NOUN_LEVELS[listNoun]) mention.level = NOUN_LEVELS[listNoun];
    mentions.push(mention);
    const zone = zoneAt(text, last.end, index);
    if (zone) mentions.push(zone);
    k += n - 1;
    while (zone && k + 1 < tokens.length && tokens[k + 1].start < zone.end) k++;
  }
  return { mentions, unknown };
}

type Term = { text: string; tags: string[]; offset: { start: number; length: number } };
/** compromise's tags that name a kind of place; Place alone is also given to Road Initiative and Country Garden. */
const PLACE_TAGS = ['City', 'Region', 'Country'];

/** compromise's places in a snippet, as [start, end] relative to it; cached per snippet, for repeated names. */
function compromisePlaces(snippet: string, cache: Map<string, Array<[number, number]>>): Array<[number, number]> {
  let out = cache.get(snippet);
  if (out) return out;
  out = [];
  let found: Array<{ terms: Term[] }> = [];
  try {
    found = nlp(snippet).places().json({ offset: true });
  } catch {
    // compromise failing on odd input costs its guesses, never the places already found
  }
  for (const p of found) {
    const terms = p.terms.filter((t) => t.tags.includes('Place') && t.tags.includes('ProperNoun') && !NOT_PLACES.has(t.text) && !TITLES.has(t.text));
    if (!terms.length || !terms.some((t) => PLACE_TAGS.some((tag) => t.tags.includes(tag)))) continue;
    const last = terms[terms.length - 1];
    out.push([terms[0].offset.start, last.offset.start + last.offset.length]);
  }
  cache.set(snippet, out);
  return out;
}

/**
 * compromise's places among the capitalised runs the index does not know (Seattle, Ohio): places
 * abroad, as China and its divisions are all in the index. Each run is read alone, so the cost
 * grows with the number of distinct runs, not with the text.
 */
function otherPlaces(text: string, unknown: Unknown[]): PlaceAnnotation[] {
  const cache = new Map<string, Array<[number, number]>>();
  const out: PlaceAnnotation[] = [];
  for (const run of unknown) {
    for (const [from, to] of compromisePlaces(text.slice(run.start, run.end), cache)) {
      const start = run.start + from;
      const end = run.start + to;
      const span = text.slice(start, end);
      if (end > start && !/[^\p{L}\p{M} .'’]/u.test(span)) out.push({ kind: 'place', start, end, text: span, place: { name: span, level: 'foreign', confidence: 0.5 } });
    }
  }
  return out;
}

/** The guesses that overlap no place already found nor an earlier guess; both lists sorted by start. */
function withoutOverlaps(guesses: PlaceAnnotation[], places: PlaceAnnotation[]): PlaceAnnotation[] {
  const out: PlaceAnnotation[] = [];
  let p = 0;
  for (const g of guesses.sort((a, b) => a.start - b.start)) {
    while (p < places.length && places[p].end <= g.start) p++;
    const last = out[out.length - 1];
    if ((p < places.length && places[p].start < g.end) || (last && last.end > g.start)) continue;
    out.push(g);
  }
  return out;
}

/**
 * Whether the number ending at `end` counts or measures what follows (Ohio 20 years ago, to Texas 10 million barrels, Alaska 3
 * wolves killed, U.S. 52 percent): a unit, a scale or a plural noun as figures read them, so a state before it is no road; a
 * verb in -s is no plural (the headline's Iowa 9 reopens after repairs), as compromise reads the words from there.
 */
function countsAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + WORDS_AFTER_ROAD).replace(/^ /, '');
  const word = /^\p{L}+/u.exec(rest)?.[0];
  if (!word) return false;
  return UNIT_AT.test(rest) || word.toLowerCase() in scales || (isPlural(word) && !nlp(rest.slice(0, 40)).terms().first().has('#Verb'));
}

/** How far after a state's road countsAfter reads: past its longest unit word (23 characters) and the 40 compromise reads. */
const WORDS_AFTER_ROAD = 64;

/** Britain's numbered roads (the A30, the M62, a headline's "A303:"), America's (Route 70, Interstate 295, I-95, Vermont Route 14, Ohio 16, U.S. 52) and China's (the G65 expressway), landmarks the index cannot hold. */
function roads(text: string): PlaceAnnotation[] {
  const stateRoads = [...text.matchAll(STATE_ROAD), ...text.matchAll(HEADLINE_STATE_ROAD)].filter((m) => !countsAfter(text, m.index + m[0].length));
  return [...text.matchAll(ROAD_NUMBER), ...text.matchAll(HEADLINE_ROAD), ...text.matchAll(NAMED_ROAD_NUMBER), ...stateRoads, ...text.matchAll(CHINESE_ROAD)].map((m) => ({
    kind: 'place', start: m.index, end: m.index + m[0].length, text: m[0], place: { name: m[0], level: 'landmark', confidence: 0.9 },
  }));
}

/**
 * A site named after a small unit the text names with its designator too (the Longji Rice Terraces ... Longji town): the place
 * alone, as Jinan Park is Jinan, whether the scan read the site by its word or the data lists it; the scan cannot know it at
 * the site, where the unit's name alone may be a word or no place.
 */
function placesInSites(text: string, mentions: Mention[]): Mention[] {
  const designated = new Map<string, Mention>();
  for (const m of mentions) {
    const named = /^(.+) (\p{L}+)$/u.exec(text.slice(m.start, m.end));
    if (named && m.level && m.entries.some((e) => e.target.unit) && DESIGNATORS.has(named[2].toLowerCase())) designated.set(named[1], m);
  }
  if (!designated.size) return mentions;
  return mentions.map((m) => {
    const site = m.entries.length ? m.entries.every((e) => e.target.feature?.level === 'landmark') : m.level === 'landmark';
    if (!site) return m;
    const name = /^\S+/.exec(text.slice(m.start, m.end))?.[0];
    const unit = name && designated.get(name);
    return unit ? { ...m, end: m.start + name.length, entries: unit.entries, level: unit.level } : m;
  });
}

/** The feature's or the American division's word before or after a name (River Wye, Neshaminy Creek, Hulmeville Borough). */
const NAME_WORD = new RegExp(`^(?:${alternation(FEATURE_BEFORE)}) | (?:${alternation([...FEATURE_AFTER, ...AMERICAN_DIVISIONS])})$`, 'u');

/**
 * One sense per text: a name the words around it showed to be a place somewhere in the text (in
 * Hemsby, near Lubenham) is that place where it stands with no such words too (Hemsby homes to be
 * demolished, in a headline). A person's name the scan set apart stays apart.
 */
function sameNameAgain(text: string, mentions: Mention[], unknown: Unknown[]): Mention[] {
  const key = (m: { start: number; end: number }) => text.slice(m.start, m.end);
  const shown = new Set(mentions.filter((m) => m.marked || (m.level === 'foreign' && !m.entries.length)).map(key));
  // a river or a borough the text named with its word is named again without it (the River Wye ... the Wye at Hampton Bishop;
  // Hulmeville Borough ... of Hulmeville); not a pinyin name, whose word tells a river from its county (Xiaoqing River, Xiaoqing)
  for (const m of mentions) {
    if (!m.marked && m.entries.length && m.level !== 'natural') continue;
    const [name, core] = [key(m), key(m).replace(NAME_WORD, '')];
    if (core !== name && /^\p{Lu}/u.test(core) && !isPinyin(core) && !NOT_PLACES.has(core) && !FUNCTION_WORDS.has(core)) shown.add(core);
  }
  if (!shown.size) return mentions;
  // not inside a longer capitalised run, as a person's name is (Kiefer Sutherland after "in Sutherland")
  const alone = (m: { start: number; end: number }) => !/\p{Lu}[\p{L}'’]* $/u.test(text.slice(Math.max(0, m.start - 30), m.start)) && !/^ \p{Lu}/u.test(text.slice(m.end, m.end + 2));
  for (const m of mentions) if (!m.marked && m.entries.some((e) => e.needsContext) && shown.has(key(m)) && alone(m)) m.marked = true;
  const added = unknown.filter((u) => shown.has(key(u)) && !/\s/.test(key(u)) && alone(u)).map((u): Mention => ({ ...u, entries: [], level: 'foreign' }));
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** What a village's Chinese name ends with, left out of its pinyin (小岗村 -> xiaogang). */
const VILLAGE_ENDING = /(?:村|社区|嘎查)$/;
/** Other readings villages' names give a character than its usual one (堡 pu in 十里堡, 涌 chong in Guangdong's 涌口), toneless. */
const OTHER_READINGS: Record<string, string[]> = data.villageReadings;

/**
 * Whether a village's name reads `wanted` (toneless pinyin without spaces, as nameKey writes it):
 * each character with its usual reading or one of its other readings in villages' names.
 */
function readsAs(name: string, wanted: string, sources: EnglishSources): boolean {
  const chars = [...name];
  const from = (i: number, at: number): boolean => {
    if (i === chars.length) return at === wanted.length;
    const usual = sources.pinyinOf(chars[i]);
    return usual !== undefined && [usual, ...(OTHER_READINGS[chars[i]] ?? [])].some((s) => wanted.startsWith(s, at) && from(i + 1, at + s.length));
  };
  return from(0, 0);
}

/** The most townships a county named in the text lends its villages to a village's search. */
const MAX_TOWNSHIPS = 60;

/**
 * The unit a zone or a village the index cannot hold stands for, from the units the text has
 * linked: a zone word right after its city is the city's zone when the data has one (Hefei
 * Economic and Technological Development Zone -> 合肥经济技术开发区); a pinyin village is the one
 * village of that reading under the townships, or failing them the counties, the text names
 * (Xiaogang village with Xiaoxihe town or Fengyang county), in a province whose villages the text
 * loaded (`villageProvinces`, so that what another text loaded changes nothing).
 */
function unitBelow(text: string, r: Resolution, previous: Resolution | undefined, linked: Unit[], sources: EnglishSources, villageProvinces: readonly string[] | undefined): Unit | undefined {
  const { mention } = r;
  if (r.entry?.target.unit) return undefined;
  if (mention.level === 'devzone' || r.entry?.target.feature?.level === 'devzone') {
    const written = text.slice(mention.start, mention.end).toLowerCase();
    const zone = ZONES.find((z) => written.endsWith(z.english));
    if (!zone) return undefined;
    const words = zoneWords.filter((z) => z.english === zone.english).map((z) => z.word);
    const name = nameKey(written.slice(0, -zone.english.length)).replace(/ /g, '');
    // a zone word alone after its city (Hefei Economic and Technological Development Zone): that city's zone;
    // a zone's own name (Yangpu Economic Development Zone): the zone of that reading in a place the text names
    const city = previous?.mention.end === mention.start - 1 ? previous.entry?.target.unit : undefined;
    const around = name ? linked.filter((u) => u.level === 'prefecture' || u.level === 'county') : city && (city.level === 'prefecture' || city.level === 'county') ? [city] : [];
    const zones = around.flatMap((u) => sources.children(u.code)).filter((u) => {
      const word = levelOf(u) === 'devzone' ? words.find((w) => u.name.endsWith(w)) : undefined;
      return word !== undefined && (!name || sources.pinyinOf(u.name.slice(0, -word.length)) === name);
    });
    return zones.length === 1 ? zones[0] : undefined;
  }
  if (mention.level !== 'village' || !villageProvinces?.length) return undefined;
  const name = text.slice(mention.start, mention.end).replace(/ [Vv]illage$/, '');
  const wanted = nameKey(name).replace(/ /g, '');
  const search = (townships: Unit[]): Unit[] =>
    townships
      .flatMap((t) => (villageProvinces.includes(codePrefix(t.code, 'province')) ? sources.children(t.code) : []))
      // Yucun village for 余村: a name of one character before its ending is written with it
      .filter((v) => v.level === 'village' && [v.name.replace(VILLAGE_ENDING, ''), v.name].some((n) => readsAs(n, wanted, sources)));
  const found = search(linked.filter((u) => u.level === 'township'));
  if (found.length) return found.length === 1 ? found[0] : undefined;
  const inCounties = search(linked.filter((u) => u.level === 'county').flatMap((c) => sources.children(c.code).slice(0, MAX_TOWNSHIPS)));
  return inCounties.length === 1 ? inCounties[0] : undefined;
}

type EnglishPlaceOptions = LinkOptions & { villageProvinces?: readonly string[] };

/** The places but a place abroad inside a road's name (Vermont of Vermont Route 14, Ohio of Ohio 16): the state names its road there. */
function withoutStatesOfRoads(places: PlaceAnnotation[], routes: PlaceAnnotation[]): PlaceAnnotation[] {
  const inRoad = (p: PlaceAnnotation) => p.place.level === 'foreign' && routes.some((r) => r.start <= p.start && p.end < r.end);
  return routes.length ? places.filter((p) => !inRoad(p)) : places;
}

export function findEnglishPlaces(text: string, sources: EnglishSources, index: EnglishPlaceIndex, options: EnglishPlaceOptions = {}): PlaceAnnotation[] {
  const found = indexedPlaces(text, sources, index, options);
  const routes = roads(text);
  const places = withoutStatesOfRoads(found.places, routes);
  const others = withoutOverlaps([...routes, ...otherPlaces(text, found.unknown)], places);
  const all = others.length ? [...places, ...others].sort((a, b) => a.start - b.start) : places;
  return all.filter((p) => !isEpithet(text, p.start, p.end));
}

/**
 * The places of English text its index knows, those findEnglishPlaces returns with a code:
 * without numbered roads and compromise's guesses, which have none and cost most of the time
 * (what provincesOf counts).
 */
export function findIndexedEnglishPlaces(text: string, sources: EnglishSources, index: EnglishPlaceIndex, options: EnglishPlaceOptions = {}): PlaceAnnotation[] {
  return indexedPlaces(text, sources, index, options).places.filter((p) => !isEpithet(text, p.start, p.end));
}

/** The index's places of `text` in order, and the capitalised runs it did not know. */
function indexedPlaces(text: string, sources: EnglishSources, index: EnglishPlaceIndex, options: EnglishPlaceOptions): { places: PlaceAnnotation[]; unknown: Unknown[] } {
  const scanned = scan(text, index);
  const unknown = scanned.unknown;
  const mentions = placesInSites(text, sameNameAgain(text, scanned.mentions, unknown));
  const places: PlaceAnnotation[] = [];
  const resolutions = linkMentions(preferSupported(text, mentions, sources, index), sources, options);
  const linked = [...new Map(resolutions.flatMap((r) => (r.entry?.target.unit ? [[r.entry.target.unit.code, r.entry.target.unit] as const] : []))).values()];
  resolutions.forEach((r, i) => {
    if (r.method !== 'rejected') places.push(toAnnotation(text, r, sources, unitBelow(text, r, resolutions[i - 1], linked, sources, options.villageProvinces)));
  });
  const again = villagesAgain(text, places, [...unknown, ...mentions]);
  if (again.length) places.push(...again);
  return { places: places.sort((a, b) => a.start - b.start), unknown };
}

const QUOTE_PAIRS: Record<string, string> = { "'": "'", '‘': '’', '"': '"', '“': '”' };
/** China's 'Arctic' town, the "Venice" of the east: a quoted name before a common word is a nickname, not the place it names. */
function isEpithet(text: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS[text[start - 1]];
  return !!close && text[end] === close && /^\s+(?:of\s+)?(?:the\s+)?[a-z]/.test(text.slice(end + 1, end + 16));
}

/**
 * A village named with its designator once (Xiaogang village) and later alone (Xiaogang belongs
 * to Xiaoxihe town): the later name is the same village, where the index does not know it or
 * the text gave its namesakes no support (`loose`: the spans the scan read, kept or not).
 */
function villagesAgain(text: string, places: PlaceAnnotation[], loose: Unknown[]): PlaceAnnotation[] {
  const villages = new Map<string, PlaceAnnotation['place']>();
  for (const p of places) {
    const name = / [Vv]illage$/.test(p.text) && p.place.level === 'village' ? p.text.slice(0, -' village'.length) : undefined;
    if (name && !villages.has(name)) villages.set(name, p.place);
  }
  if (!villages.size) return [];
  const taken = new Set(places.map((p) => p.start));
  return loose.flatMap((u) => {
    const place = villages.get(text.slice(u.start, u.end));
    if (!place || taken.has(u.start)) return [];
    taken.add(u.start);
    return [{ kind: 'place' as const, start: u.start, end: u.end, text: text.slice(u.start, u.end), place }];
  });
}
