// Finds and links every place a Chinese text names: the dictionary pass (./recognize.ts), the
// rules that need the whole document (villages need a containing unit, 返淄 needs 淄博 named
// elsewhere, 淄博高新区 splits into the city and its zone), then linking (./link.ts).
import type { PlaceAnnotation } from '../annotation';
import { codePrefix, containingCode, endsAtLevel, liesWithin, padCode } from '../division-code';
import type { Unit } from '../gazetteer/types';
import { toAnnotation } from './annotate';
import forms from './data/name-forms.json';
import type { EnglishPlaceIndex, EnglishSources } from './en';
import { ETHNIC_GROUPS, shortForm, stripEthnicGroups, suffixOf, townOfStreet, TOWNSHIP_SUFFIXES, VILLAGE_SUFFIXES } from './forms';
import unlistedRules from './data/unlisted-units.json';
import { isSiteWord, namedAfterFeature, namesFeature, siteLevel, streetsNamedAfterPlaces, withLandmarks } from './landmarks';
import { isBareZoneName, splitCityZone, withZoneRanks, withZonesAfterTheirPlace, withZonesNamedAgain, withZonesNamedBefore, withZonesNamedAfterFeatures, withZonesNamedLikeOtherPlaces, withZonesOfNamedCities, zoneOfCity } from './zones';
import { linkMentions, type LinkOptions, type Resolution, type UnitLookup } from './link';
import { keyAt, type IndexEntry, type NameIndex } from './name-index';
import type { FeatureEntry } from './world';
import { listWordAt, markListedNames } from './coordination';
import { markFeaturesByFollower, preferLandmarks } from './feature-context';
import { bylineNames, chainedVillages, insideSureName, scanNames, villagesOnly, type Mention } from './recognize';
import { findAbbreviations, findRegionAnaphors, type AbbreviationTable } from './world-abbreviations';
import type { NotPlaceWords } from './world-words';
import { withTransliterated, type TransliterationTable } from './transliterated';
import { withUnlistedUnits } from './unlisted';
import { villagesOfLinkedTownships } from './short-villages';
import { withDatelinePlaces } from './datelines';
import { withProvinceRuns } from './province-runs';
import { withNumberedRoads } from './numbered-roads';
import { hanWordAhead, isHan } from '../util/han';
import { CodeFilter, firstCodeTable } from '../util/code-filter';
import { anyCovered, coverage } from '../util/coverage';

/** What place finding needs: the units by code (with their children) and the name dictionaries. */
export interface PlaceIndex {
  units: UnitLookup & { children(code: string): Unit[] };
  names: NameIndex;
  /** Pinyin and English names, for English text. */
  english?: { index: EnglishPlaceIndex; sources: EnglishSources };
  /** One-character country and province forms in general news (中美, 访华); none without it. */
  abbreviations?: AbbreviationTable;
  /** Words that hold a country's name without being a place (挪威克朗, 发展中国家). */
  notPlaces?: NotPlaceWords;
  /** The characters of transliterated names (恰帕斯州); no such names without it. */
  transliteration?: TransliterationTable;
}

export interface FindPlacesOptions extends LinkOptions {
  /**
   * The provinces (2-digit codes) whose villages count for this text, those it is about
   * (`provincesOf`): a village pack another text loaded earlier then changes nothing, so a text
   * gives the same places whatever was read before it (the command line's workers). Without it,
   * every loaded pack counts.
   */
  villageProvinces?: readonly string[];
}

const ABBREVIATIONS: Record<string, string> = forms.provinceAbbreviations;
/** The verbs' characters by code: the test runs at every position of the text, and makes no string nor hashes anything. */
const ABBREVIATION_VERBS = firstCodeTable(forms.abbreviationVerbs);
const ABBREVIATION_FOLLOWERS = forms.abbreviationFollowers;
const NOT_ABBREVIATION_WORDS = forms.notAbbreviationWords;
const WORD_FOLLOWED_ABBREVIATIONS: Record<string, string> = forms.wordFollowedAbbreviations;
const PUNCTUATION = /^\p{P}/u;
const STATIONED_BODIES = forms.stationedBodies;
const sortByStart = (a: Mention, b: Mention) => a.start - b.start;
/** Words of a region's part (中东部, 西北部) that follow a place: the part of that place (内蒙古中东部), never a name inside it (中东). */
const REGION_PARTS = forms.regionPartsAfter;

/** `mentions` without those that open or are a word of a region's part right after another place (内蒙古中东部 names no 中东, 以色列南部地区 no 南部县). */
function withoutNamesInRegionParts(text: string, mentions: Mention[]): Mention[] {
  const ends = new Set(mentions.map((m) => m.end));
  return mentions.filter((m) => !ends.has(m.start) || !REGION_PARTS.some((w) => w.length >= m.end - m.start && text.startsWith(w, m.start)));
}
/**
 * A test of whether a mention lies inside none of `spans`, in constant time: one lies inside a span when some span
 * starting at or before it reaches its end, so each position keeps the farthest end of the spans started by then
 * (a text of many committees' forms tested each mention against each of them).
 */
function outsideAll(length: number, spans: readonly Mention[]): (m: Mention) => boolean {
  const reach = new Int32Array(length + 1).fill(-1);
  for (const s of spans) reach[s.start] = Math.max(reach[s.start], s.end);
  for (let p = 1; p <= length; p++) reach[p] = Math.max(reach[p], reach[p - 1]);
  return (m) => reach[m.start] < m.end;
}
const isVillageOnly = (m: Mention) => m.entries.length > 0 && villagesOnly(m.entries);

/**
 * Keeps a village name only with the villages whose township or county the text also names
 * (anywhere: 台头村 may come before 龙泉镇); a name left with none gives way to the shorter
 * name at its position, if any.
 */
function keepSupportedVillages(mentions: Mention[], resolutions: Resolution[], provinces?: readonly string[]): Mention[] {
  const named = new Set<string>();
  for (const r of resolutions) {
    const unit = r.entry?.target.unit;
    if (unit && (unit.level === 'county' || unit.level === 'township')) named.add(unit.code);
  }
  // a township's county (containingCode) is named when a named code is that county's: one of these
  // prefixes opens the township's code (asked of each of a name's hundred meanings, where a code made for each cost most)
  const counties = [...named].filter((code) => endsAtLevel(code, 'county')).map((code) => codePrefix(code, 'county'));
  const inNamedCounty = (code: string) => counties.some((county) => code.startsWith(county));
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (!isVillageOnly(m)) {
      kept.push(m);
      continue;
    }
    const supported = m.entries.filter((e) => {
      if (provinces && !provinces.includes(codePrefix(e.target.unit!.code, 'province'))) return false;
      const township = e.target.unit!.parent;
      return !!township && (named.has(township) || inNamedCounty(township));
    });
    if (supported.length) kept.push({ ...m, entries: supported });
    else if (m.fallback) kept.push({ start: m.start, end: m.start + m.fallback.form.length, entries: m.fallback.entries });
  }
  return kept;
}

/**
 * 返淄, 驻淄, 赴京: one character standing for a province or for a prefecture the text names in
 * full elsewhere, right after a verb of movement or stay and before a word that may follow it
 * (返淄创业; after 驻 also before the bodies stationed there, 驻泰各高校).
 */
function abbreviations(text: string, resolutions: Resolution[], units: UnitLookup, taken: Mention[]): Mention[] {
  const byChar = new Map<string, Unit | null>();
  for (const r of resolutions) {
    const unit = r.entry?.target.unit;
    if (unit?.level !== 'prefecture') continue;
    const first = (shortForm(unit.name, unit.level) ?? unit.name)[0];
    const known = byChar.get(first);
    byChar.set(first, known === undefined || known?.code === unit.code ? unit : null); // null: two prefectures share it
  }
  // taken is sorted and i only grows: one pointer says whether a mention covers i
  let next = 0;
  const covered = (i: number) => {
    while (next < taken.length && taken[next].end <= i) next++;
    return next < taken.length && taken[next].start <= i;
  };
  const out: Mention[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    if (!ABBREVIATION_VERBS[text.charCodeAt(i - 1)]) continue;
    const follows = ABBREVIATION_FOLLOWERS.includes(text[i + 1]) || (text[i - 1] === '驻' && STATIONED_BODIES.some((w) => text.startsWith(w, i + 1)));
    if (!follows || covered(i) || NOT_ABBREVIATION_WORDS.includes(text.slice(i - 1, i + 1))) continue;
    // 渔船陆续回港。: after a verb of a ship's coming, a form that is an ordinary word alone needs a word after it (回港后)
    if (WORD_FOLLOWED_ABBREVIATIONS[text[i]]?.includes(text[i - 1]) && PUNCTUATION.test(text[i + 1])) continue;
    const prefecture = byChar.get(text[i]);
    const province = ABBREVIATIONS[text[i]] ? units.unit(padCode(ABBREVIATIONS[text[i]])) : undefined;
    const unit = prefecture || province;
    if (unit) out.push({ start: i, end: i + 1, entries: [{ form: text[i], kind: 'short', target: { unit } }] });
  }
  return out;
}

/**
 * 中美, 访华, 美方: one-character country forms, where no kept name stands (a name the linker
 * rejected, such as 中方 for 中方县, gives way to them). The countries the text names in full
 * (布隆迪) lend their first character (布中两国).
 */
function worldAbbreviations(text: string, table: AbbreviationTable, resolutions: Resolution[], abbreviated: Mention[]) {
  const named = new Map<FeatureEntry, number>();
  const kept: Mention[] = [...abbreviated];
  for (const r of resolutions) {
    if (r.method !== 'rejected') kept.push(r.mention);
    const country = r.entry?.target.feature;
    if (country?.level === 'country' && !named.has(country)) named.set(country, r.mention.start);
  }
  // 在亚布力滑雪场 after 亚布力镇: a character that opens a name the text gives a place elsewhere
  // is that name without its suffix, not a country's or region's form
  const openings = new Set(kept.filter((m) => m.end - m.start > 2).map((m) => text.slice(m.start, m.start + 2)));
  const found = [...findAbbreviations(text, table, named, kept).filter((f) => !openings.has(text.slice(f.start, f.start + 2))), ...findRegionAnaphors(text, kept)];
  const taken = new Uint8Array(text.length + 1);
  for (const f of found) taken[f.start] = 1;
  const overlaps = (m: Mention) => anyCovered(taken, m.start, m.end);
  return { found, mentions: resolutions.filter((r) => r.method !== 'rejected' || !overlaps(r.mention)).map((r) => r.mention) };
}

/**
 * 同德国总理: the dictionary pass took 同德 (a county's short form) where the text means 德国, and
 * the linker rejected it for lack of support. A rejected name gives way to a sure name (one that
 * needs no support) starting inside it and running past its end.
 */
function namesInsideRejected(text: string, resolutions: Resolution[], names: NameIndex): Mention[] | undefined {
  let changed = false;
  const out: Mention[] = [];
  for (let k = 0; k < resolutions.length; k++) {
    const m = resolutions[k].mention;
    if (resolutions[k].method === 'rejected') {
      const inside = insideSureName(text, m, names);
      // the name found inside must not run into the next one
      if (inside && inside.end <= (resolutions[k + 1]?.mention.start ?? text.length)) {
        out.push(inside);
        changed = true;
        continue;
      }
    }
    out.push(m);
  }
  return changed ? out : undefined;
}

/**
 * 王村镇司村, 周村镇周村: a name right after a linked township, found by the chain rule
 * (./recognize.ts chainedVillages) or left without a unit by the linker, is that township's
 * village of the same name when the data has one; short village names (司村) are not in the name
 * index, where two characters would match too much text. Returns undefined when none is found.
 */
function chainedChildren(text: string, mentions: Mention[], resolutions: Resolution[], index: PlaceIndex, provinces?: readonly string[]): Mention[] | undefined {
  let changed = false;
  const out = mentions.map((m, k) => {
    const township = resolutions[k - 1]?.entry?.target.unit;
    // a chained name, or a name the linker left without a unit (周村 after 定州市周村镇 is no 周村区)
    const open = (!m.entries.length && m.level === 'village') || (m.entries.length > 0 && !resolutions[k].entry);
    if (!open || township?.level !== 'township' || resolutions[k - 1].mention.end !== m.start) return m;
    const written = text.slice(m.start, m.end);
    const unit = index.units.children(township.code).find((v) => v.name === written && (!provinces || provinces.includes(codePrefix(v.code, 'province'))));
    if (!unit) return m;
    changed = true;
    return { start: m.start, end: m.end, entries: [{ form: written, kind: 'full' as const, target: { unit } }] };
  });
  return changed ? out : undefined;
}

const PHRASE_OPENERS = [...unlistedRules.wordsBefore].sort((a, b) => b.length - a.length);
/** Whether a phrase opens at `i`: after a character that is no Han, or after a word that opens one (在, 推动). */
const opensPhraseAt = (text: string, i: number): boolean => !isHan(text[i - 1]) || PHRASE_OPENERS.some((w) => text.endsWith(w, i));
const STOPLISTED = new Set(forms.shortFormStoplist);
const TOWNSHIP_SITES_AFTER = forms.townshipSitesAfter;
const ANCIENT_SITES_AFTER = forms.ancientSitesAfter;
const TOWNSHIP_HARBOURS_AFTER = forms.townshipHarboursAfter;
const COUNTY_SITES_AFTER = forms.countySitesAfter;
const TOWNSHIP_LIST_ENDS = [...forms.townshipListEnds].sort((a, b) => b.length - a.length);
const TOWNSHIP_KINDS_AFTER_LIST = forms.townshipKindsAfterList;
/** Whether a list of townships closes at `at`: 等乡镇, 三镇, or 等 and a few qualifying Han characters before a word of townships (等山区乡镇). */
function closesTownshipList(text: string, at: number): boolean {
  if (TOWNSHIP_LIST_ENDS.some((w) => text.startsWith(w, at))) return true;
  return text[at] === '等' && hanWordAhead(text, at + 1, forms.townshipKindReach, TOWNSHIP_KINDS_AFTER_LIST) >= 0;
}
const VILLAGE_ORGANISATIONS = forms.villageOrganisationsAfter;
/** 汤营小学, 十八洞苗绣合作社: a word of a village's school or cooperative within a few Han characters after `end`. */
const opensOrganisation = (text: string, end: number): boolean => hanWordAhead(text, end, forms.villageOrganisationGap, VILLAGE_ORGANISATIONS) >= 0;
const VILLAGE_PRODUCT_WORDS = forms.villageProductWordsAfter;
/** Characters after a township's short form that make it the opening of another name (红星村, 江湾路). */
const OTHER_NAME_ENDS = /[村镇乡区县市路街巷港湾山河湖]/;

/** The suffixes a township's or village's name drops in its short form. */
const SHORT_FORM_SUFFIXES: Partial<Record<string, readonly string[]>> = { township: TOWNSHIP_SUFFIXES, village: VILLAGE_SUFFIXES };
/**
 * A township's or village's name as written without its suffix (瓯北街道 -> 瓯北), an ethnic township's people going with it
 * (街津口赫哲族乡 -> 街津口). Each text asks it again of every township of each county it names (the suffixes and the
 * peoples tested one by one), so a form's answer is kept, by level: the names are the gazetteer's, a bounded set.
 */
function shortBySuffix(written: string, level: string): string | undefined {
  let known = shortsBySuffix.get(level);
  if (!known) shortsBySuffix.set(level, (known = new Map()));
  if (known.has(written)) return known.get(written);
  const suffix = suffixOf(written, SHORT_FORM_SUFFIXES[level] ?? []);
  const short = suffix ? stripEthnicGroups(written.slice(0, -suffix.length)) : undefined;
  known.set(written, short);
  return short;
}
const shortsBySuffix = new Map<string, Map<string, string | undefined>>();

/**
 * 从瓯北到温州, 在亚布力的雪道上, “龙潭的艺术课: a township or village the text names in full (瓯北街道,
 * 龙潭村) is written without its suffix elsewhere. Such a short form counts where a phrase starts
 * before it (after a punctuation mark or 在, 从, 到…) or a word of its seat or market follows it
 * (李村大集, 南阳古镇: there over another place of that name), or of a village's school or
 * cooperative (汤营小学, 十八洞苗绣合作社), and it does not run into the suffix; a village's is not the trade
 * it is named after (紫砂产业 after 紫砂村). A township of a county the text names, itself not named, counts
 * only before a word of its seat (临县碛口古镇, 兴坪古镇 in a text on 阳朔县, 勐腊县…经磨憨口岸), before a word
 * that closes a list of townships or listed before one so read (银坑、岭背、禾丰等乡镇), and where the dictionary
 * holds a site of its name with no word of a site's kind (博鳌 of 琼海市's 博鳌镇). None counts as a work's whole
 * title (《边城》). Short forms are not in the name index, where they would match too much text.
 */
function shortFormsOfNamedUnits(text: string, resolutions: Resolution[], children: (code: string) => Unit[]): Mention[] {
  // by the first two characters (keyAt; a short form has two at least); null where two townships share the short form
  const byKey = new Map<number, Map<string, IndexEntry | null>>();
  // their first and second characters: most of a text's positions start none, and two tables say so faster than the map
  const firsts = new CodeFilter();
  const seconds = new CodeFilter();
  // the townships of a county the text names but not they themselves: only before a word of their seat (临县碛口古镇, 勐腊县…经磨憨口岸)
  const seatOnly = new Set<IndexEntry>();
  // of a township whose short form a village in it shares (陶寺乡, 陶寺村), that village
  const namesakeVillages = new Map<IndexEntry, IndexEntry>();
  const addShort = (written: string, unit: Unit, onlyBeforeSeat: boolean) => {
    const short = shortBySuffix(written, unit.level);
    // 赫哲族 for 赫哲族村: a people's name is no short form
    if (!short || short.length < 2 || STOPLISTED.has(short) || ETHNIC_GROUPS.has(short)) return;
    const shorts = byKey.get(keyAt(short, 0)) ?? new Map<string, IndexEntry | null>();
    byKey.set(keyAt(short, 0), shorts);
    firsts.add(short.charCodeAt(0));
    seconds.add(short.charCodeAt(1));
    const known = shorts.get(short);
    const entry: IndexEntry = { form: short, kind: 'short', target: { unit } };
    if (onlyBeforeSeat) {
      if (known === undefined) {
        seatOnly.add(entry);
        shorts.set(short, entry);
      } else if (known && seatOnly.has(known) && known.target.unit!.code !== unit.code) shorts.set(short, null); // two counties' townships share it
      return;
    }
    const chosen = known === undefined || known?.target.unit?.code === unit.code ? entry : known && townshipOfItsVillage(known, entry);
    // 陶寺 of 陶寺乡 and of its 陶寺村: the village is kept for the ancient site named after it (陶寺遗址)
    if (known && chosen && known.target.unit?.code !== unit.code) namesakeVillages.set(chosen, chosen === known ? entry : known);
    shorts.set(short, chosen);
  };
  for (const r of resolutions) {
    const unit = r.entry?.target.unit;
    if (unit && SHORT_FORM_SUFFIXES[unit.level] && r.method !== 'rejected') addShort(text.slice(r.mention.start, r.mention.end), unit, false);
  }
  const counties = new Set<string>();
  for (const r of resolutions) {
    const county = r.entry?.target.unit;
    if (county?.level !== 'county' || r.method === 'rejected' || counties.has(county.code)) continue;
    counties.add(county.code);
    // 道口镇街道 is written 道口镇, and so 道口 short
    for (const township of children(county.code)) if (township.level === 'township') addShort(townOfStreet(township.name) ?? township.name, township, true);
  }
  if (!byKey.size) return [];
  const covered = new Uint8Array(text.length + 1);
  // a name the linker left without a unit gives way (江湾 after 江湾镇 is no other 江湾)
  for (const r of resolutions) if (r.entry) covered.fill(1, r.mention.start, r.mention.end);
  for (const [start, end] of bylineNames(text)) covered.fill(1, start, end); // （记者 田铺）
  // 章丘文祖: a short form right after its own county's name opens a phrase too
  const unitEnds = new Map<number, string>();
  for (const r of resolutions) if (r.entry?.target.unit) unitEnds.set(r.mention.end, r.entry.target.unit.code);
  const inUnitBefore = (i: number, unit: Unit) => {
    const before = unitEnds.get(i);
    return !!before && before !== unit.code && liesWithin(unit.code, before);
  };
  // 南阳古镇 after 南阳镇: a name linked elsewhere (南阳 of Henan) gives way before a word of the township's seat,
  // but not the township's own county of that name before a word of a site the county names (吉木乃口岸 of 吉木乃县, not 吉木乃镇)
  const linked = new Map<number, { end: number; code?: string }>();
  for (const r of resolutions) if (r.entry) linked.set(r.mention.start, { end: r.mention.end, code: r.entry.target.unit?.code });
  const givesWay = (i: number, end: number, unit: Unit) => {
    const other = linked.get(i);
    // 朱家角古镇 after 朱家角镇 or in a text on 青浦区: a site the dictionary holds by the form and a word of the seat is the township's
    if (other && !other.code && other.end > end) return TOWNSHIP_SITES_AFTER.some((w) => other.end === end + w.length && text.startsWith(w, end));
    if (other?.end !== end) return false;
    return !(other.code === containingCode(unit.code, 'county') && COUNTY_SITES_AFTER.some((w) => text.startsWith(w, end)));
  };
  // 博鳌亚洲论坛 in a text on 琼海市: a site the dictionary holds by a township's name is that township, unless the
  // name ends in a word of a site's kind (岳阳楼 stays the tower, not 岳阳楼街道) or is that word alone (长城 is the wall, not
  // 驻操营镇's 长城村)
  const sites = new Map<number, number>();
  for (const r of resolutions) {
    const name = text.slice(r.mention.start, r.mention.end);
    if (r.entry?.target.feature?.level === 'landmark' && !siteLevel(name) && !isSiteWord(name)) sites.set(r.mention.start, r.mention.end);
  }
  // 深沪 after 深沪镇: an informal region of just that form (深沪, the stock markets of Shenzhen and Shanghai) gives way to the
  // township or village the text names in full
  const regions = new Map<number, number>();
  for (const r of resolutions) if (r.entry?.target.feature?.level === 'region') regions.set(r.mention.start, r.mention.end);
  const out: Mention[] = [];
  // the short forms that count only in a list of townships (see townshipsListed)
  const listOnly: Mention[] = [];
  // of those, the ones that open no phrase or that another place of just their name covers (野三坡, 九龙 of Hong
  // Kong): townships only inside the list itself, never again elsewhere
  const inListItself = new Set<Mention>();
  for (let i = 0; i + 1 < text.length; i++) {
    const shorts = firsts.mayHave(text.charCodeAt(i)) && seconds.mayHave(text.charCodeAt(i + 1)) ? byKey.get(keyAt(text, i)) : undefined;
    if (!shorts) continue;
    const opensPhrase = opensPhraseAt(text, i);
    for (const [short, entry] of shorts) {
      const end = i + short.length;
      if (!entry || !text.startsWith(short, i)) continue;
      // 沈从文小说《边城》: a work's title, not the place named alike
      if (text[i - 1] === '《' && text[end] === '》') continue;
      const level = entry.target.unit!.level;
      // 新村港: a harbour named after a township, unless its own county or city of that name stands there (日照港 stays the city's)
      const other = linked.get(i);
      const harbour = TOWNSHIP_HARBOURS_AFTER.some((w) => text.startsWith(w, end)) && !(other?.code && liesWithin(entry.target.unit!.code, other.code));
      const seatWord = harbour || TOWNSHIP_SITES_AFTER.some((w) => text.startsWith(w, end));
      const seat = seatWord || (level === 'village' && opensOrganisation(text, end)) || sites.get(i) === end;
      const opens = opensPhrase || seat || inUnitBefore(i, entry.target.unit!);
      // a place of just that name (九龙 of Hong Kong)
      const overRegion = !seatOnly.has(entry) && regions.get(i) === end;
      const namesake = covered[i] === 1 && other?.end === end && !overRegion;
      // a township the text does not name, or names where its form does not open a phrase (推进三坡、九龙、赵各庄等山区乡镇)
      // or another place of that name stands, counts only in a list of townships: townshipsListed checks it
      const inListOnly = !seat && (seatOnly.has(entry) || (level === 'township' && (!opens || namesake)));
      // 红星村 after 红星乡, 江湾路: the name of another unit or a street that opens with the form
      if (anyCovered(covered, i, end) && !overRegion && !(seat && givesWay(i, end, entry.target.unit!)) && !(inListOnly && namesake)) continue;
      if (!opens && !inListOnly) continue;
      // 紫砂产业 after 紫砂村: the trade the village is named after
      if (level === 'village' && !seat && VILLAGE_PRODUCT_WORDS.some((w) => text.startsWith(w, end))) continue;
      // 新村港: a word of its seat or port that opens with one of those characters ends no other name
      if (SHORT_FORM_SUFFIXES[level]!.some((s) => text.startsWith(s, end)) || (!seatWord && OTHER_NAME_ENDS.test(text[end] ?? ''))) continue;
      // 娄山关脚下 after 娄山关街道: the pass, not the township; but 洽川湿地 after 洽川镇, a word of the site named after the
      // township the text names, is the township's, unless the name ends in a water's word (下渚湖湿地 is the lake's)
      const townshipsSite = seatWord && !seatOnly.has(entry) && !namedAfterFeature(text, i, end);
      if (!townshipsSite && namesFeature(text, i, end)) continue;
      if (inListOnly) {
        const m = { start: i, end, entries: [entry] };
        listOnly.push(m);
        if (namesake || !opens) inListItself.add(m);
        continue;
      }
      // 陶寺遗址: an ancient site is named after the village it lies in, which its township is named after too
      const village = namesakeVillages.get(entry);
      out.push({ start: i, end, entries: [village && ANCIENT_SITES_AFTER.some((w) => text.startsWith(w, end)) ? village : entry] });
      i = end - 1;
      break;
    }
  }
  if (!listOnly.length) return out;
  const townshipStarts = new Set<number>();
  for (const m of out) if (m.entries[0].target.unit?.level === 'township') townshipStarts.add(m.start);
  for (const r of resolutions) if (r.entry?.target.unit?.level === 'township' && r.method !== 'rejected') townshipStarts.add(r.mention.start);
  return [...out, ...townshipsListed(text, listOnly, out, townshipStarts, inListItself)].sort(sortByStart);
}

const WORDS_AFTER_STOPLISTED = forms.wordsAfterStoplistedShortForm;
/**
 * 金山区…，金山是上海的农业大区, 龙湖镇…，龙湖是闽南著名侨乡: a county or township whose short form is a common word
 * (金山, 东山, 龙湖: shortFormStoplist), named in full, is written short where a phrase starts before the form and a word
 * of predication or a mark follows it (wordsAfterStoplistedShortForm); elsewhere the form stays the word (金山银山, 东山再起).
 * Each such unit named is looked for once (a handful per text at most).
 */
function stoplistedShortFormsOfNamedUnits(text: string, resolutions: Resolution[]): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  let covered: Uint8Array | undefined; // the names found, read once a unit so named is
  for (const r of resolutions) {
    const unit = r.entry?.target.unit;
    if ((unit?.level !== 'county' && unit?.level !== 'township') || r.method === 'rejected' || seen.has(unit.code) || text.slice(r.mention.start, r.mention.end) !== unit.name) continue;
    seen.add(unit.code);
    const short = unit.level === 'township' ? shortBySuffix(unit.name, unit.level) : shortForm(unit.name, unit.level);
    if (!short || !STOPLISTED.has(short)) continue;
    const entry: IndexEntry = { form: short, kind: 'short', target: { unit } };
    if (!covered) {
      covered = coverage(text.length, resolutions.map((o) => o.mention));
    }
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
      const end = i + short.length;
      if (anyCovered(covered, i, end)) continue;
      if (opensPhraseAt(text, i) && (!isHan(text[end]) || WORDS_AFTER_STOPLISTED.some((w) => text.startsWith(w, end)))) out.push({ start: i, end, entries: [entry] });
    }
  }
  return out;
}

/**
 * 银坑、岭背、禾丰等乡镇, 鄣吴、杭垓、报福三镇, 三坡、九龙、赵各庄等山区乡镇: of `candidates` (sorted short forms of
 * townships of a named county), those right before a word that closes a list of townships, or before a list word and
 * a candidate so read or a township found (郭家店、喇嘛甸等分院 after 喇嘛甸镇, `townshipStarts`); read from the list's
 * end back, so each candidate is looked at once. A form so read counts again wherever the text writes it (岗南、古月两镇
 * …岗南) where it opens a phrase and no other place of that name stands (`inListItself`: 野三坡, 香港九龙 after
 * 三坡、九龙等乡镇): the text has said what it means. None that overlaps a short form found (`found`).
 */
function townshipsListed(text: string, candidates: Mention[], found: Mention[], townshipStarts: ReadonlySet<number>, inListItself: ReadonlySet<Mention>): Mention[] {
  const listed: Mention[] = [];
  let next: Mention | undefined; // the nearest candidate after the current one that was read as listed
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    const mark = listWordAt(text, c.end);
    const chained = mark && (next?.start === c.end + mark || townshipStarts.has(c.end + mark));
    if (!closesTownshipList(text, c.end) && !chained) continue;
    if (next && c.end > next.start) continue; // two readings of one position: the later, listed, one stands
    listed.push(c);
    next = c;
  }
  const forms = new Set(listed.map((c) => text.slice(c.start, c.end)));
  const again = candidates.filter((c) => !listed.includes(c) && !inListItself.has(c) && forms.has(text.slice(c.start, c.end)) && !listed.some((l) => l.start < c.end && c.start < l.end));
  const taken = coverage(text.length, found);
  return [...listed, ...again].filter((c) => !anyCovered(taken, c.start, c.end));
}

/** 桑科 of 桑科镇 and of its 桑科村: of a township and a village in it named alike, the short form is the township's (null: neither's). */
function townshipOfItsVillage(a: IndexEntry, b: IndexEntry): IndexEntry | null {
  const [township, village] = a.target.unit!.level === 'township' ? [a, b] : [b, a];
  const [t, v] = [township.target.unit!, village.target.unit!];
  return t.level === 'township' && v.level === 'village' && liesWithin(v.code, t.code) ? township : null;
}

/** 淄博高新区 -> 高新区 is the zone of that city with a statistical code, when the data has one. */
function zoneUnit(resolution: Resolution, previous: Resolution | undefined, index: PlaceIndex): Unit | undefined {
  const zone = resolution.entry?.target.feature;
  const city = previous?.entry?.target.unit;
  if (!zone || zone.level !== ('devzone' as string) || !city || previous!.mention.end !== resolution.mention.start) return undefined;
  return zoneOfCity(city, zone.name, index.units);
}

/** Characters of a level that start some zone units' names (县经济开发区) but belong to the text before. */
const LEVEL_CHARS = /^[省市县区旗]/;

/**
 * A zone unit's name the text gives no support for (新材料产业园 is a unit in one county of
 * Jiangsu): in an article elsewhere it is the zone of the article's own place, unlinked. A name
 * that is no zone's (良种场, 林业局) is dropped.
 */
function unlinkedZone(text: string, mention: Mention): PlaceAnnotation[] {
  const start = LEVEL_CHARS.test(text[mention.start]) && mention.end - mention.start > 4 ? mention.start + 1 : mention.start;
  const name = text.slice(start, mention.end);
  const level = mention.entries.every((e) => e.target.unit?.level === 'township') ? (isBareZoneName(name) ? 'devzone' : siteLevel(name)) : undefined;
  return level ? [{ kind: 'place', start, end: mention.end, text: name, place: { name, level, confidence: CONFIDENCE_UNLINKED } }] : [];
}
const CONFIDENCE_UNLINKED = 0.5;

const QUOTED_NAME_WORDS = forms.wordsBeforeQuotedNames;
/** 台风“桦加沙”, 热带风暴“海葵”: no place inside the quoted name a storm's word gives (加沙 is Gaza elsewhere). */
function withoutQuotedNames(text: string, mentions: Mention[]): Mention[] {
  const spans: Array<[number, number]> = [];
  for (const word of QUOTED_NAME_WORDS) {
    for (let at = text.indexOf(word + '“'); at >= 0; at = text.indexOf(word + '“', at + 1)) {
      const open = at + word.length + 1;
      const close = text.indexOf('”', open);
      if (close > open && close - open <= MAX_QUOTED_NAME) spans.push([open, close]);
    }
  }
  return spans.length ? mentions.filter((m) => !spans.some(([open, close]) => m.start >= open && m.end <= close)) : mentions;
}
const MAX_QUOTED_NAME = 6;

/** Every place the text names, sorted and non-overlapping, each linked where the text allows. */
export function findPlaces(text: string, index: PlaceIndex, options: FindPlacesOptions = {}): PlaceAnnotation[] {
  const link = (mentions: Mention[]) => linkMentions(mentions, index.units, options);
  // 朝鲜族, 挪威克朗: a name inside a word that holds a country's name is none, also where a village's name gave way to it (朝鲜族村)
  const withoutWords = (ms: Mention[]) => (index.notPlaces ? index.notPlaces.drop(text, ms) : ms);
  let mentions = withoutWords(scanNames(text, index.names));
  mentions = withoutQuotedNames(text, withoutNamesInRegionParts(text, mentions));
  mentions = preferLandmarks(markFeaturesByFollower(text, markListedNames(text, mentions)));
  // villages need a township or county the text names (a text naming no village needs no linking for them;
  // keepSupportedVillages reads only the link's counties and townships, so villages' names may stay undecided)
  const supportedVillages = (ms: Mention[]) => (ms.some(isVillageOnly) ? withoutWords(keepSupportedVillages(ms, linkMentions(ms, index.units, options, true), options.villageProvinces)) : ms);
  mentions = supportedVillages(mentions);
  mentions = [...mentions, ...chainedVillages(text, mentions)].sort(sortByStart);
  let resolutions = link(mentions);
  const named = chainedChildren(text, mentions, resolutions, index, options.villageProvinces);
  if (named) resolutions = link((mentions = named));
  const rescued = namesInsideRejected(text, resolutions, index.names);
  // a village found inside a rejected name (建农村 in 新建农村公路) needs the support any village needs
  if (rescued) resolutions = link((mentions = withoutWords(supportedVillages(rescued))));
  const shortVillages = villagesOfLinkedTownships(text, mentions, resolutions, (code) => index.units.children(code), options.villageProvinces);
  if (shortVillages.length) {
    // 海西居委会: the places a committee's form holds are no places of their own
    const outside = outsideAll(text.length, shortVillages);
    resolutions = link((mentions = [...mentions.filter(outside), ...shortVillages].sort(sortByStart)));
  }
  // 河口处 after 河口村: a set word holds the short form as it holds a name
  const shortForms = [...shortFormsOfNamedUnits(text, resolutions, (code) => index.units.children(code)), ...stoplistedShortFormsOfNamedUnits(text, resolutions)].sort(sortByStart);
  const shortUnits = withoutWords(shortForms);
  if (shortUnits.length) {
    const taken = coverage(text.length, shortUnits);
    const free = (m: Mention) => !anyCovered(taken, m.start, m.end);
    resolutions = link((mentions = [...mentions.filter(free), ...shortUnits].sort(sortByStart)));
  }
  let abbreviated = abbreviations(text, resolutions, index.units, mentions);
  if (index.abbreviations) {
    const world = worldAbbreviations(text, index.abbreviations, resolutions, abbreviated);
    mentions = world.mentions;
    abbreviated = [...abbreviated, ...world.found];
  }
  // 澳网, 美网: a word that holds a one-character form is no place either
  abbreviated = withoutWords(abbreviated);
  if (abbreviated.length) resolutions = link([...mentions, ...abbreviated].sort(sortByStart));
  const places: PlaceAnnotation[] = [];
  for (let k = 0; k < resolutions.length; k++) {
    const r = resolutions[k];
    if (r.method === 'rejected') places.push(...unlinkedZone(text, r.mention));
    else {
      const place = toAnnotation(text, r, index.units, zoneUnit(r, resolutions[k - 1], index));
      if (place.place.level === 'devzone') places.push(...splitCityZone(place, index.units));
      else places.push(place);
    }
  }
  const { places: kept, streets } = streetsNamedAfterPlaces(text, places);
  const zoned = withZonesNamedBefore(text, withZonesOfNamedCities(text, withZonesNamedLikeOtherPlaces(withZonesAfterTheirPlace(text, kept, index.units)), index.units));
  // a zone withLandmarks reads in context (位于天衢新区) is asked for a named city's zone as the others were
  const sited = withZonesNamedAfterFeatures(withZoneRanks(text, withZonesNamedAgain(withZonesOfNamedCities(text, withLandmarks(text, zoned, streets), index.units))));
  const withSites = withNumberedRoads(text, withProvinceRuns(text, withDatelinePlaces(text, withUnlistedUnits(text, sited))), (c, major) => index.names.opensUnitName(c, major) || c in ABBREVIATIONS);
  return index.transliteration ? withTransliterated(text, withSites, index.transliteration) : withSites;
}
