// The words that end a development zone's name (开发区, 高新区, 聚集区), from their one home,
// data/zone-words.json: which units are zones rather than ordinary divisions, and which endings
// make a name read in context a zone.
import type { PlaceAnnotation } from '../annotation';
import { containingCode, liesWithin } from '../division-code';
import type { Unit } from '../gazetteer/types';
import { pathOf, unitAnnotation } from './annotate';
import data from './data/zone-words.json';
import { pressForms, shortForm } from './forms';
import forms from './data/name-forms.json';
import { isHan } from '../util/han';
import type { UnitLookup } from './link';
import { anyCovered, coverage } from '../util/coverage';
import siteWords from './data/landmark-words.json';
import { WordIndex, toWords } from '../util/word-index';

interface ZoneWordData {
  word: string;
  minBefore?: number;
  afterItsPlace?: boolean;
  standsAlone?: boolean;
}

/** Every zone word, longest first. */
export const ZONE_WORDS: readonly ZoneWordData[] = [...(data.words as ZoneWordData[])].sort((a, b) => b.word.length - a.word.length);

/** Whether a unit's name is a zone's (威海经济技术开发区, 石家庄循环化工园区), not a district's (梁园区). */
export function isZoneName(name: string): boolean {
  return ZONE_WORDS.some((z) => name.endsWith(z.word) && name.length - z.word.length >= (z.minBefore ?? 0));
}

/** Words that before a zone word name a kind of zone, not one (科技园区, 新兴产业园区: zone-words.json's kindCores). */
export const ZONE_KIND_CORES: ReadonlySet<string> = new Set(data.kindCores);

/** Whether a unit's name is a zone word alone (经济开发区, 工业园区), a name many counties' zones share. */
export const isBareZoneName = (name: string): boolean => ZONE_WORDS.some((z) => z.word === name);

/**
 * The names a unit's zone may open with: its own short form, its full name (罗田县经济开发区), the short
 * form after its province's (湖南醴陵经济开发区), and a county's after its prefecture's, with its province's
 * before them or not (内蒙古鄂尔多斯杭锦经济开发区).
 */
function zoneOwnerNames(unit: Unit, units: UnitLookup): string[] {
  const own = shortForm(unit.name, unit.level) ?? unit.name;
  const province = units.unit(containingCode(unit.code, 'province'));
  const provinceShort = province && province.code !== unit.code ? shortForm(province.name, province.level) : undefined;
  const prefecture = unit.level === 'county' ? units.unit(containingCode(unit.code, 'prefecture')) : undefined;
  const prefectureOwn = prefecture && prefecture.code !== unit.code ? (shortForm(prefecture.name, prefecture.level) ?? prefecture.name) + own : undefined;
  const afterProvince = (name: string) => (provinceShort ? [provinceShort + name] : []);
  return [...new Set([own, unit.name, ...afterProvince(own), ...(prefectureOwn ? [prefectureOwn, ...afterProvince(prefectureOwn)] : [])])];
}

/**
 * 新乡经济开发区, a unit of that name, is the city and its zone (新乡 + 经济开发区), as the
 * gold splits a zone named after its city: the city is the largest unit containing the zone whose
 * name or short form opens it, and the zone keeps its own code; a zone with a name of its own after
 * its prefecture's or county's (威海临港经济技术开发区, 巴里坤县山南开发区) is that unit and the named zone (临港经济技术开发区);
 * one named after its province and county (安徽绩溪经济开发区) is the three (安徽 + 绩溪 + 经济开发区).
 * Any other annotation is returned alone.
 */
export function splitCityZone(a: PlaceAnnotation, units: UnitLookup): PlaceAnnotation[] {
  if (a.place.level !== 'devzone' || !a.place.code) return [a];
  const zone = ZONE_WORDS.find((z) => a.text.endsWith(z.word) && a.text.length > z.word.length);
  if (!zone) return [a];
  const province = units.unit(containingCode(a.place.code, 'province'));
  const provinceLength = province ? provinceOpening(a.text, province) : 0;
  if (province && provinceLength) {
    const rest = a.text.slice(provinceLength);
    const split = splitAfterProvince({ ...a, start: a.start + provinceLength, text: rest }, a.place.code, rest.slice(0, -zone.word.length), units);
    if (split.length > 1) return [unitAnnotation(a.start, a.start + provinceLength, a.text.slice(0, provinceLength), province, units, a.place.confidence), ...split];
  }
  // 吉林经济技术开发区: the province's short form is its city's too
  return splitAfterProvince(a, a.place.code, a.text.slice(0, -zone.word.length), units);
}

/** How many characters of `text` its province's name or short form takes (安徽 of 安徽绩溪经济开发区), none if it does not open with it. */
function provinceOpening(text: string, province: Unit): number {
  const short = shortForm(province.name, province.level);
  if (text.startsWith(province.name)) return province.name.length;
  return short && text.startsWith(short) ? short.length : 0;
}

/** splitCityZone's split of a zone's name after its province's, if any: `head` is the name before the zone word. */
function splitAfterProvince(a: PlaceAnnotation, zoneCode: string, head: string, units: UnitLookup): PlaceAnnotation[] {
  let city: Unit | undefined;
  let cityLength = head.length;
  for (let code = units.unit(zoneCode)?.parent; code; ) {
    const unit = units.unit(code);
    if (!unit) break;
    if (unit.level !== 'province' && (unit.name === head || shortForm(unit.name, unit.level) === head || pressForms(unit).includes(head))) city = unit;
    // 威海临港经济技术开发区, 巴里坤县山南开发区: a zone with a name of its own after its city's or county's (临港, 山南) keeps that name
    else if (!city && (unit.level === 'prefecture' || unit.level === 'county')) {
      // the longest of its names that opens the head: 巴里坤县 (its short form with its name's last character) of 巴里坤县山南, not 巴里坤
      const short = shortForm(unit.name, unit.level);
      const own = [unit.name, short, short && short + unit.name.slice(-1), ...pressForms(unit)]
        .filter((n): n is string => !!n && head.startsWith(n) && head.length - n.length >= 2)
        .sort((x, y) => y.length - x.length)[0];
      if (own) {
        city = unit;
        cityLength = own.length;
      }
    }
    code = unit.parent;
  }
  if (!city) return [a];
  const at = a.start + cityLength;
  return [
    unitAnnotation(a.start, at, head.slice(0, cityLength), city, units, a.place.confidence),
    { ...a, start: at, text: a.text.slice(cityLength) },
  ];
}

/** The zone words that name a city's or county's own zone right after its name (烟台开发区), longest first. */
const AFTER_ITS_PLACE = ZONE_WORDS.filter((z) => z.afterItsPlace).map((z) => z.word);
/** Each zone word's group of words that name the same kind of zone (开发区, 经济开发区, 经开区), the first group that holds it. */
const ZONE_GROUPS = new Map<string, readonly string[]>();
for (const group of forms.zoneEquivalents as string[][]) for (const word of group) if (!ZONE_GROUPS.has(word)) ZONE_GROUPS.set(word, group);
/** The words a zone written with `word` may be named with in the data: its group, or the word alone. */
const equivalentZoneWords = (word: string): readonly string[] => ZONE_GROUPS.get(word) ?? [word];

/**
 * The zone unit of `city` that a zone word after its name stands for (淄博高新区: 淄博市's 高新技术产业开发区
 * where the data writes it so), written with any word of the zone word's group after one of the city's
 * names, or alone as the data writes some counties' zones (宁国开发区: 宁国市's 经济技术开发区); none where the
 * data has no such unit.
 */
export function zoneOfCity(city: Unit, word: string, units: UnitLookup & { children(code: string): Unit[] }): Unit | undefined {
  let byWord = cityZones.get(city);
  if (!byWord) cityZones.set(city, (byWord = new Map()));
  if (byWord.has(word)) return byWord.get(word);
  const owners = zoneOwnerNames(city, units);
  const written = equivalentZoneWords(word);
  const zone = units.children(city.code).find((u) => isZoneName(u.name) && written.some((w) => u.name === w || owners.some((o) => u.name === o + w)));
  byWord.set(word, zone);
  return zone;
}
/**
 * By city and zone word, the zone unit zoneOfCity found: every mention of 淄博高新区 asks again, over
 * every unit of the city. A city's units are read once, before any text (packs add only villages).
 */
const cityZones = new WeakMap<Unit, Map<string, Unit | undefined>>();

/**
 * 烟台开发区, 聊城开发区: a zone word without a name of its own right after a prefecture's or
 * county's name is that place's zone (the gold splits it as the city and 开发区), linked to the
 * place's zone unit written with an equivalent word (烟台经济技术开发区) where the data has one.
 */
export function withZonesAfterTheirPlace(text: string, places: PlaceAnnotation[], units: UnitLookup & { children(code: string): Unit[] }): PlaceAnnotation[] {
  const added: PlaceAnnotation[] = [];
  places.forEach((place, k) => {
    const city = place.place.code && (place.place.level === 'prefecture' || place.place.level === 'county') ? units.unit(place.place.code) : undefined;
    const word = city && AFTER_ITS_PLACE.find((w) => text.startsWith(w, place.end));
    if (!city || !word || (places[k + 1] && places[k + 1].start < place.end + word.length)) return;
    const zone = zoneOfCity(city, word, units);
    const name = zone?.name ?? word;
    added.push({
      kind: 'place', start: place.end, end: place.end + word.length, text: word,
      place: { name, level: 'devzone', ...(zone && { code: zone.code, path: pathOf(zone, units) }), confidence: place.place.confidence },
    });
  });
  return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : places;
}

/** Most characters of a zone's own name before its word (滨海 in 滨海经济技术开发区). */
const MAX_ZONE_OWN_NAME = 4;

/**
 * A zone written without its city's name, in a text that names the city: where exactly one city or
 * county the text names has a zone unit of that name after its own, the zone takes its code.
 * - ，滨海经济技术开发区 in a text naming 潍坊 (潍坊滨海经济技术开发区): a bare zone word after a name of its
 *   own that opens a phrase; the name joins the span;
 * - 临港经济技术开发区 (威海临港经济技术开发区): the same, where the name of its own was read as another
 *   place without a code (临港 of Shanghai); the two become one span;
 * - 天衢新区 (德州天衢新区): a zone read whole, without a code;
 * - 、经济技术开发区、 in a city's bulletin (威海经济技术开发区), ，高新区院区: a bare zone word that names one
 *   zone alone, opening a phrase, where the city has one zone of that kind.
 */
export function withZonesOfNamedCities(text: string, places: PlaceAnnotation[], units: UnitLookup & { children(code: string): Unit[] }): PlaceAnnotation[] {
  const owners = new Map<string, Unit>();
  for (const p of places) {
    const unit = p.place.code && (p.place.level === 'prefecture' || p.place.level === 'county') ? units.unit(p.place.code) : undefined;
    if (unit) owners.set(unit.code, unit);
  }
  if (!owners.size) return places;
  /**
   * The zone unit of the named cities written as a city's name + `own` + a word of `word`'s group, if
   * one; where a prefecture's zone and a county's share the word (日照经济技术开发区, 莒县经济开发区), the
   * prefecture's, a unit of county level, as a city's bulletin means it.
   */
  const zonesNamed = (own: string, word: string) => {
    const written = equivalentZoneWords(word);
    const zones = [...owners.values()].flatMap((city) => {
      const names = zoneOwnerNames(city, units).flatMap((o) => written.map((w) => o + own + w));
      return units.children(city.code).filter((u) => isZoneName(u.name) && names.includes(u.name));
    });
    const cityZones = zones.length > 1 ? zones.filter((u) => u.level === 'county') : zones;
    return cityZones.length === 1 ? cityZones : [];
  };
  const linked = (p: PlaceAnnotation, start: number, zone: Unit): PlaceAnnotation => ({
    ...p, start, text: text.slice(start, p.end), place: { ...p.place, name: zone.name, code: zone.code, path: pathOf(zone, units) },
  });
  let out: Array<PlaceAnnotation | undefined> | undefined;
  places.forEach((p, k) => {
    if (p.place.level !== 'devzone' || p.place.code) return;
    if (!isBareZoneName(p.text)) {
      const word = ZONE_WORDS.find((z) => p.text.endsWith(z.word) && p.text.length > z.word.length)?.word;
      const zones = word ? zonesNamed(p.text.slice(0, -word.length), word) : [];
      if (zones.length === 1) (out ??= [...places])[k] = linked(p, p.start, zones[0]);
      return;
    }
    const before = places[k - 1];
    // an unlinked name right before the word may be the zone's own name, read as another place
    const absorbs = before !== undefined && before.end === p.start && !before.place.code && p.start - before.start <= MAX_ZONE_OWN_NAME;
    const after = absorbs ? 0 : (before?.end ?? 0);
    for (let start = p.start - 2; start >= Math.max(after, p.start - MAX_ZONE_OWN_NAME) && isHan(text[start]) && isHan(text[start + 1]); start--) {
      // ，滨海经济技术开发区 or 潍坊市滨海经济技术开发区: the name opens a phrase or follows a city the text names
      const previous = places[absorbs ? k - 2 : k - 1];
      const city = previous?.end === start && previous.place.code && owners.has(previous.place.code);
      if (start > 0 && isHan(text[start - 1]) && !city) continue;
      if (absorbs && start > before.start) continue;
      const zones = zonesNamed(text.slice(start, p.start), p.text);
      if (zones.length !== 1) continue;
      out ??= [...places];
      out[k] = linked(p, start, zones[0]);
      if (absorbs) out[k - 1] = undefined;
      return;
    }
    // 、经济技术开发区、, ，高新区院区: a word that names one zone alone, opening a phrase
    const opens = p.start === 0 || !isHan(text[p.start - 1]);
    const zones = opens && ZONE_WORDS.some((z) => z.word === p.text && z.standsAlone) ? zonesNamed('', p.text) : [];
    if (zones.length === 1) (out ??= [...places])[k] = linked(p, p.start, zones[0]);
  });
  return out ? out.filter((p): p is PlaceAnnotation => p !== undefined) : places;
}

/** Levels of a place a zone after another city's name may be named like (北海 of Guangxi in 滨州北海经济开发区). */
const NAMESAKE_LEVELS = new Set(['province', 'prefecture', 'county']);

/**
 * 滨州北海经济开发区: a zone word right after a place that lies outside the city named right before
 * it is a zone of its own name (北海经济开发区, Binzhou's), not that other place's (北海 of Guangxi).
 */
export function withZonesNamedLikeOtherPlaces(places: PlaceAnnotation[]): PlaceAnnotation[] {
  let out: PlaceAnnotation[] | undefined;
  for (let k = 1; k + 1 < places.length; k++) {
    const [city, named, zone] = [places[k - 1], places[k], places[k + 1]];
    if (zone.place.level !== 'devzone' || named.end !== zone.start || city.end !== named.start) continue;
    if (!city.place.code || !named.place.code || !NAMESAKE_LEVELS.has(named.place.level) || (city.place.level !== 'prefecture' && city.place.level !== 'county')) continue;
    if (liesWithin(named.place.code, city.place.code) || liesWithin(city.place.code, named.place.code)) continue;
    const text = named.text + zone.text;
    out ??= [...places];
    out.splice(out.indexOf(named), 2, { kind: 'place', start: named.start, end: zone.end, text, place: { name: text, level: 'devzone', confidence: zone.place.confidence } });
  }
  return out ?? places;
}

/**
 * 德州天衢新区 … 天衢新区今年: a zone written again without its city's name is the zone the text
 * named with it, where every earlier mention with a code names the same one and no place is written
 * right before it.
 */
export function withZonesNamedAgain(places: PlaceAnnotation[]): PlaceAnnotation[] {
  const named = new Map<string, PlaceAnnotation | null>();
  let out: PlaceAnnotation[] | undefined;
  places.forEach((p, k) => {
    if (p.place.level !== 'devzone') return;
    if (p.place.code) {
      const known = named.get(p.text);
      named.set(p.text, known === undefined || known?.place.code === p.place.code ? p : null);
      return;
    }
    const before = named.get(p.text);
    // 聊城开发区 after 东营开发区: a zone right after a place is that place's, not the one named before
    if (!before || places[k - 1]?.end === p.start) return;
    out ??= [...places];
    out[k] = { ...p, place: { ...p.place, name: before.place.name, code: before.place.code, ...(before.place.path && { path: before.place.path }) } };
  });
  return out ?? places;
}

const AFTER_FEATURE: readonly string[] = data.afterFeature;

/**
 * 石梅湾旅游度假区, 东平湖省级旅游度假区: a resort or new area right after a bay, lake or mountain the
 * lists hold is one zone named after it, as the gold marks a zone named after a lake, not the feature
 * and a bare zone word.
 */
export function withZonesNamedAfterFeatures(places: PlaceAnnotation[]): PlaceAnnotation[] {
  let out: PlaceAnnotation[] | undefined;
  for (let k = 0; k + 1 < places.length; k++) {
    const [feature, zone] = [places[k], places[k + 1]];
    if (feature.place.level !== 'natural' || zone.place.level !== 'devzone' || zone.place.code || feature.end !== zone.start) continue;
    if (!AFTER_FEATURE.some((w) => zone.text.endsWith(w))) continue;
    const text = feature.text + zone.text;
    out ??= [...places];
    out.splice(out.indexOf(feature), 2, { kind: 'place', start: feature.start, end: zone.end, text, place: { name: text, level: 'devzone', confidence: zone.place.confidence } });
  }
  return out ?? places;
}

/** The zone words that do not stand alone (开发区): bare, they name only the zone the text has named with a word of their group. */
const BARE_AFTER_NAMED = ZONE_WORDS.filter((z) => !z.standsAlone).map((z) => z.word);
/** What may stand before such a bare word where it is that zone: a boundary, or a word of place or of handling (在开发区, 把开发区建成). */
const BEFORE_BARE_ZONE = forms.zoneWordsBeforeBare;

/**
 * 在开发区规划建设, ，开发区负责人: after the text names a zone (盱眙经济开发区, 兰考开发区), the
 * bare word of the same group (开发区 for 经济开发区) after a boundary or a word of place or
 * handling is that zone again, with its code where it has one, as the gold marks a bare 经开区;
 * 全县开发区, 各开发区 or 临港开发区 name none.
 */
export function withZonesNamedBefore(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  const zone = places.find((p) => p.place.level === 'devzone' && ZONE_GROUPS.has(p.text));
  if (!zone) return places;
  const group = ZONE_GROUPS.get(zone.text)!.filter((w) => BARE_AFTER_NAMED.includes(w));
  const taken = coverage(text.length, places);
  const added: PlaceAnnotation[] = [];
  for (const word of group) {
    for (let at = text.indexOf(word, zone.end); at >= 0; at = text.indexOf(word, at + word.length)) {
      const opens = !isHan(text[at - 1]) || BEFORE_BARE_ZONE.some((w) => text.endsWith(w, at));
      if (!opens || anyCovered(taken, at, at + word.length)) continue;
      added.push({ ...zone, start: at, end: at + word.length, text: word });
      taken.fill(1, at, at + word.length);
    }
  }
  return added.length ? [...places, ...added].sort((a, b) => a.start - b.start) : places;
}


/** The rank words a zone's name may hold before its word (国家级, 省级), longest first. */
const RANKS_BEFORE: readonly string[] = [...data.ranksBefore].sort((a, b) => b.length - a.length);
/** The words that open a phrase, not a name (landmark-words.json's notNameStart: 申报, 争创, 创建), by their last character. */
const PHRASE_OPENERS = new WordIndex(toWords(siteWords.notNameStart), { edge: 'end' });

/**
 * 蓟州国家级旅游度假区: a zone word read right after a rank word that itself follows a place takes the
 * rank into its span (国家级旅游度假区), as the gold marks the zone; ，野三坡国家级旅游度假区, a name of its own
 * opening the phrase before the rank, is one zone; 正申报国家级旅游度假区, with neither, is the title sought, no zone, and so is
 * ，积极申报国家级旅游度假区, where the verb of seeking ends the phrase before the rank.
 */
export function withZoneRanks(text: string, places: PlaceAnnotation[]): PlaceAnnotation[] {
  let out: Array<PlaceAnnotation | undefined> | undefined;
  places.forEach((p, k) => {
    if (p.place.level !== 'devzone' || !isBareZoneName(p.text)) return;
    const rank = RANKS_BEFORE.find((r) => text.endsWith(r, p.start));
    if (!rank) return;
    const at = p.start - rank.length;
    const before = places[k - 1];
    // ，积极申报国家级旅游度假区: a verb of seeking right before the rank ends no zone's own name
    const start = before?.end === at ? at : PHRASE_OPENERS.matchBefore(text, at) ? undefined : ownNameBefore(text, at, before?.end ?? 0);
    (out ??= [...places])[k] = start === undefined ? undefined : { ...p, start, text: text.slice(start, p.end), place: { ...p.place, name: text.slice(start, p.end) } };
  });
  return out ? out.filter((p): p is PlaceAnnotation => p !== undefined) : places;
}

/** The start of a zone's own name of two to four characters that opens a phrase and ends at `end`, after `after`, if one. */
function ownNameBefore(text: string, end: number, after: number): number | undefined {
  if (!isHan(text[end - 1])) return undefined;
  for (let start = end - 2; start >= Math.max(after, end - MAX_ZONE_OWN_NAME) && isHan(text[start]); start--) {
    if (start === 0 || !isHan(text[start - 1])) return start;
  }
  return undefined;
}
