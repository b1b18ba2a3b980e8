// Finds and links every place a Chinese text names: the dictionary pass (./recognize.ts), the
// rules that need the whole document (villages need a containing unit, 返淄 needs 淄博 named
// elsewhere, 淄博高新区 splits into the city and its zone), then linking (./link.ts).
import type { PlaceAnnotation } from '../annotation';
import type { Unit } from '../gazetteer/types';
import { toAnnotation, ZONE_NAME } from './annotate';
import forms from './data/name-forms.json';
import type { EnglishPlaceIndex, EnglishSources } from './en';
import { shortForm } from './forms';
import { findLandmarks } from './landmarks';
import { linkMentions, type LinkOptions, type Resolution, type UnitLookup } from './link';
import type { NameIndex } from './name-index';
import { chainedVillages, scanNames, type Mention } from './recognize';

/** What place finding needs: the units by code (with their children) and the name dictionaries. */
export interface PlaceIndex {
  units: UnitLookup & { children(code: string): Unit[] };
  names: NameIndex;
  /** Pinyin and English names, for English text. */
  english?: { index: EnglishPlaceIndex; sources: EnglishSources };
}

export type FindPlacesOptions = LinkOptions;

const ABBREVIATIONS: Record<string, string> = forms.provinceAbbreviations;
const ZONE_EQUIVALENTS: string[][] = forms.zoneEquivalents;
const ABBREVIATION_VERBS = forms.abbreviationVerbs;
const ABBREVIATION_FOLLOWERS = forms.abbreviationFollowers;
const sortByStart = (a: Mention, b: Mention) => a.start - b.start;
const isVillageOnly = (m: Mention) => m.entries.length > 0 && m.entries.every((e) => e.target.unit?.level === 'village');

/**
 * Keeps a village name only with the villages whose township or county the text also names
 * (anywhere: 台头村 may come before 龙泉镇); a name left with none gives way to the shorter
 * name at its position, if any.
 */
function keepSupportedVillages(mentions: Mention[], resolutions: Resolution[]): Mention[] {
  const named = new Set<string>();
  for (const r of resolutions) {
    const unit = r.entry?.target.unit;
    if (unit && (unit.level === 'county' || unit.level === 'township')) named.add(unit.code);
  }
  const kept: Mention[] = [];
  for (const m of mentions) {
    if (!isVillageOnly(m)) {
      kept.push(m);
      continue;
    }
    const supported = m.entries.filter((e) => {
      const township = e.target.unit!.parent;
      return !!township && (named.has(township) || named.has(township.slice(0, 6).padEnd(12, '0')));
    });
    if (supported.length) kept.push({ ...m, entries: supported });
    else if (m.fallback) kept.push({ start: m.start, end: m.start + m.fallback.form.length, entries: m.fallback.entries });
  }
  return kept;
}

/**
 * 返淄, 驻淄, 赴京: one character standing for a province or for a prefecture the text names in
 * full elsewhere, right after a verb of movement or stay.
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
  const covered = (i: number) => taken.some((m) => m.start <= i && i < m.end);
  const out: Mention[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    if (!ABBREVIATION_VERBS.includes(text[i - 1])) continue;
    const follower = text[i + 1];
    if (!ABBREVIATION_FOLLOWERS.includes(follower) || covered(i)) continue;
    const prefecture = byChar.get(text[i]);
    const province = ABBREVIATIONS[text[i]] ? units.unit(ABBREVIATIONS[text[i]].padEnd(12, '0')) : undefined;
    const unit = prefecture || province;
    if (unit) out.push({ start: i, end: i + 1, entries: [{ form: text[i], kind: 'short', target: { unit } }] });
  }
  return out;
}

/** 淄博高新区 -> 高新区 is the zone of that city with a statistical code, when the data has one. */
function zoneUnit(resolution: Resolution, previous: Resolution | undefined, index: PlaceIndex): Unit | undefined {
  const zone = resolution.entry?.target.feature;
  const city = previous?.entry?.target.unit;
  if (!zone || zone.level !== ('devzone' as string) || !city || previous!.mention.end !== resolution.mention.start) return undefined;
  const cityShort = shortForm(city.name, city.level) ?? city.name;
  const written = ZONE_EQUIVALENTS.find((group) => group.includes(zone.name)) ?? [zone.name];
  return index.units
    .children(city.code)
    .find((u) => ZONE_NAME.test(u.name) && written.some((w) => u.name === cityShort + w));
}

/** Every place the text names, sorted and non-overlapping, each linked where the text allows. */
export function findPlaces(text: string, index: PlaceIndex, options: FindPlacesOptions = {}): PlaceAnnotation[] {
  const link = (mentions: Mention[]) => linkMentions(mentions, index.units, options);
  let mentions = scanNames(text, index.names);
  mentions = keepSupportedVillages(mentions, link(mentions));
  mentions = [...mentions, ...chainedVillages(text, mentions)].sort(sortByStart);
  let resolutions = link(mentions);
  const abbreviated = abbreviations(text, resolutions, index.units, mentions);
  if (abbreviated.length) resolutions = link([...mentions, ...abbreviated].sort(sortByStart));
  const places = resolutions.flatMap((r, k) =>
    r.method === 'rejected' ? [] : [toAnnotation(text, r, index.units, zoneUnit(r, resolutions[k - 1], index))],
  );
  const sites = findLandmarks(text, places);
  return sites.length ? [...places, ...sites].sort((a, b) => a.start - b.start) : places;
}
