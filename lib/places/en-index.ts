// The dictionary of place names English text can hold: the gazetteer's units by their pinyin
// (Zibo, Zichuan, Longquan, Xi'an), English names that are not pinyin (Urumqi, Tibet), countries
// (world data and i18n-iso-countries' English forms), the world and China's features and
// regions by their English names, the English-only places of ./data/english-places.json
// (Britain's nations, counties and towns), and Britain's other towns (./data/english-towns.json,
// built from GeoNames by scripts/build-data/english-towns.ts).
//
// Names are keyed without their level word (Zichuan for Zichuan District: the designator after a
// name is read by ./en.ts) and normalised (lower case, no tone marks, no apostrophes, hyphens as
// spaces), so that ZIBO, Zibo, Xi'an, Xian and Ürümqi meet their entries.
import isoEnglish from 'i18n-iso-countries/langs/en.json';
import type { Unit, UnitFacts } from '../gazetteer/types';
import data from './data/english-places.json';
import towns from './data/english-towns.json';
import { withoutPeoples } from './forms';
import type { UnitLookup } from './link';
import type { IndexEntry, Target } from './name-index';
import type { FeatureEntry, FeatureLevel } from './world';

/** The gazetteer as English place finding needs it. */
export interface EnglishSources extends UnitLookup {
  units(): Iterable<Unit>;
  facts(code: string): UnitFacts | undefined;
  /** The units directly below (a township's villages once its province's pack is loaded). */
  children(code: string): Unit[];
  /** A Chinese name's pinyin, toneless and unspaced (小岗 -> xiaogang), for villages, which hold none. */
  pinyinOf(name: string): string | undefined;
}

/** A name as the index keys it: lower case, no tone marks or apostrophes, hyphens as spaces. */
export function nameKey(name: string): string {
  // most names are plain ASCII: Unicode normalisation only for those with accents (Ürümqi, Düsseldorf)
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[-–\s]+/g, ' ')
    .trim();
}

/** The level word(s) that end a unit's English name, with an ethnic group's name before an autonomous one. */
const LEVEL_TAIL =
  / (?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? )*?(?:Autonomous (?:Region|Prefecture|County|Banner)|Ethnic (?:Township|Sumu)|Forestry District|Special District|New Area|District|County|City|Prefecture|League|Banner|Subdistrict|Town|Township|Sumu|Area)$/;
/** A parenthesis that tells namesakes apart in the data (Mount Lu (Shandong)), never written in text. */
const DISAMBIGUATION = / \([^)]*\)$/;

interface EnglishPlace {
  english: string;
  level: FeatureLevel;
  needsContext?: boolean;
}

const LEVEL_RANK: Record<string, number> = { province: 0, prefecture: 1, county: 2, township: 3 };

export class EnglishPlaceIndex {
  private byKey = new Map<string, IndexEntry[]>();
  /** Counties and townships whose name alone is a larger unit's (Hebei District under Hebei): reached only with their designator. */
  private shadowed = new Map<string, IndexEntry[]>();
  /** For each first word of a name, the most words a name starting with it has. */
  private firstWords = new Map<string, number>();
  private built = false;

  /** The index is built on first use: Chinese text never needs it, and it reads 40,000 pinyin names. */
  constructor(private sources: EnglishSources, private features: Iterable<FeatureEntry>) {}

  /** The most words a name starting with `word` has (0: none starts so), so a scan knows how far to look. */
  wordsFrom(word: string): number {
    this.build();
    return this.firstWords.get(nameKey(word)) ?? 0;
  }

  /** The entries of a name as written (ZIBO, Xi'an, Hong Kong), if any. */
  get(name: string): IndexEntry[] | undefined {
    this.build();
    return this.byKey.get(nameKey(name));
  }

  /** The units a name means only with a designator after it (Hebei district, Linyi county). */
  designated(name: string): IndexEntry[] {
    this.build();
    return this.shadowed.get(nameKey(name)) ?? [];
  }

  private build(): void {
    if (this.built) return;
    this.built = true;
    const { sources } = this;
    // larger units first, so that a smaller namesake of one is known as such
    const units = [...sources.units()].filter((u) => u.level !== 'village' && !u.grouping).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
    for (const unit of units) {
      const english = sources.facts(unit.code)?.english;
      if (!english) continue;
      const small = unit.level === 'county' || unit.level === 'township';
      const place = (name: string) => {
        const larger = small && this.byKey.get(nameKey(name))?.some((e) => LEVEL_RANK[e.target.unit?.level ?? 'township'] < LEVEL_RANK.county);
        // a county's or a township's name alone needs support from the text (Zichuan, Longquan)
        if (larger) this.shadow(name, { unit });
        else this.add(name, { unit }, small);
      };
      const name = english.replace(LEVEL_TAIL, '');
      place(name);
      // an ethnic township's English name joins its people in pinyin (Nanyiluoba Ethnic Township for 南伊珞巴民族乡), where the
      // press writes the people apart in English (Nanyi Lhoba ethnic township): the name without its people too
      const plain = unit.level === 'township' ? withoutPeoples(unit.name) : undefined;
      const core = plain && sources.pinyinOf(plain.slice(0, -1));
      if (core && core !== nameKey(name)) place(core);
      // a one-syllable county is often written with its level word joined (Feixian for Fei County)
      if (unit.name.length === 2 && unit.name.endsWith('县')) this.add(`${name}xian`, { unit }, true);
    }
    for (const [name, code] of Object.entries(data.unitNames)) {
      const unit = sources.unit(code);
      if (unit) this.add(name, { unit }, false);
    }
    const byId = new Map<string, FeatureEntry>();
    for (const feature of this.features) {
      byId.set(feature.id, feature);
      // composite names (Beijing–Tianjin–Hebei) are read as their parts
      if (!feature.english || feature.abbreviation || feature.english.includes('–')) continue;
      this.addFeature(feature.english.replace(DISAMBIGUATION, ''), feature, false);
    }
    this.addCountryForms(byId);
    for (const place of data.places as EnglishPlace[]) {
      const feature: FeatureEntry = { id: `en:${nameKey(place.english)}`, name: place.english, aliases: [], level: place.level, english: place.english };
      this.addFeature(place.english, feature, !!place.needsContext);
    }
    // Britain's other towns (generated): never over a name the text could mean otherwise
    for (const [list, needsContext] of [[towns.towns, false], [towns.needContext, true]] as const) {
      for (const name of list) if (!this.byKey.has(nameKey(name))) this.add(name, { feature: { id: `en:${nameKey(name)}`, name, aliases: [], level: 'foreign', english: name } }, needsContext);
    }
    this.dropComposites();
    for (const key of [...this.byKey.keys(), ...this.shadowed.keys()]) {
      const words = key.split(' ');
      this.firstWords.set(words[0], Math.max(this.firstWords.get(words[0]) ?? 0, words.length));
    }
  }

  /** Hong Kong and Macao, "Hong Kong, Macao and Taiwan": a region named by listing places is read as those places. */
  private dropComposites(): void {
    for (const [key, entries] of this.byKey) {
      const parts = key.split(/ and |, /);
      if (parts.length > 1 && entries.every((e) => e.target.feature?.level === 'region') && parts.every((p) => this.byKey.has(p))) this.byKey.delete(key);
    }
  }

  /** English forms of countries from i18n-iso-countries and the curated aliases (UK, USA, Britain). */
  private addCountryForms(byId: Map<string, FeatureEntry>): void {
    const names = isoEnglish.countries as Record<string, string | string[]>;
    const aliases = data.countryAliases as Record<string, string[]>;
    for (const iso of new Set([...Object.keys(names), ...Object.keys(aliases)])) {
      const feature = byId.get(`country:${iso}`);
      if (!feature) continue;
      const forms = [names[iso] ?? [], aliases[iso] ?? []].flat();
      for (const form of forms) if (!form.includes(',')) this.addFeature(form, feature, false);
    }
  }

  /** A feature under a name no other feature holds (the first source wins: world data, then aliases, then curated places). */
  private addFeature(name: string, feature: FeatureEntry, needsContext: boolean): void {
    const entries = this.byKey.get(nameKey(name));
    if (entries?.some((e) => e.target.feature)) return;
    this.add(name, { feature }, needsContext);
  }

  private shadow(name: string, target: Target): void {
    const key = nameKey(name);
    const entry: IndexEntry = { form: key, kind: 'full', target, needsContext: true };
    const entries = this.shadowed.get(key);
    this.shadowed.set(key, entries ? entries.concat(entry) : [entry]);
  }

  private add(name: string, target: Target, needsContext: boolean): void {
    const key = nameKey(name);
    if (!key) return;
    const entries = this.byKey.get(key);
    if (entries?.some((e) => (target.unit ? e.target.unit?.code === target.unit.code : e.target.feature?.id === target.feature!.id))) return;
    const entry: IndexEntry = { form: key, kind: 'full', target };
    if (needsContext) entry.needsContext = true;
    // made at their final size: 40,000 names
    this.byKey.set(key, entries ? entries.concat(entry) : [entry]);
  }
}
