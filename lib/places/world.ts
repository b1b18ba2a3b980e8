// The place vocabulary beyond China's administrative units: countries, world regions and world
// cities (built into public/gazetteer/world.json), foreign cities (with the coordinates GeoNames gives
// those the curated list does not, foreign-city-coordinates.json), divisions, natural features and
// landmarks of the world, places of history abroad, natural features and informal regions of China, the corps' divisions (curated in ./data/). The place recogniser reads these as one list of entries; every
// name it knows comes from the data, none from code.
import features from './data/features.json';
import foreignCities from './data/foreign-cities.json';
import foreignCityCoordinates from './data/foreign-city-coordinates.json';
import worldFeatures from './data/world-features.json';
import zoneWordData from './data/zone-words.json';

export type FeatureLevel = 'country' | 'region' | 'natural' | 'foreign' | 'province' | 'prefecture' | 'county' | 'devzone' | 'landmark';

export interface FeatureEntry {
  /** Stable id: country:US, abbr:US:美, region:luzhong, natural:huanghe, foreign:tokyo. */
  id: string;
  /** The form the press writes most (美国, 香港, 黄河). */
  name: string;
  /** Other forms that name the same place (美利坚合众国, 澳洲). */
  aliases: string[];
  level: FeatureLevel;
  english?: string;
  /** 12-digit division code: only Hong Kong, Macao and Taiwan, which are province-level units. */
  code?: string;
  /** ISO 3166-1 alpha-2 of the country the entry is, or lies in. */
  country?: string;
  /** 2-digit codes of the provinces the entry lies in, as context for linking (鲁中: ["37"]). */
  provinces?: string[];
  /** [longitude, latitude] in degrees. */
  coordinates?: [number, number];
  /** The name is also a common word, a person's name or another place: recognise it only in context. */
  needsContext?: boolean;
  /** A one-character form (美, 日) that is a place only inside a compound (中美, 访日), never alone. */
  abbreviation?: boolean;
  /** For an abbreviation: the id of the entry it stands for (country:US for 美). */
  abbreviates?: string;
  /** Why the entry needs care, for the people who maintain the recogniser. */
  note?: string;
}

/** One country or territory in world.json. */
export interface WorldCountry {
  /** ISO 3166-1 alpha-2. */
  iso: string;
  name: string;
  aliases: string[];
  abbreviations?: string[];
  english: string;
  /** 'province' for Hong Kong, Macao and Taiwan; countries leave it out. */
  level?: 'province';
  code?: string;
  needsContext?: boolean;
  note?: string;
}

/** One continent or world region in world.json. */
export interface WorldRegion {
  id: string;
  name: string;
  aliases: string[];
  english: string;
  /** The CLDR region or grouping code the names come from, when they come from CLDR. */
  cldr?: string;
  /** One-character forms (欧 for 欧洲) that are places only inside compounds (欧美, 亚欧). */
  abbreviations?: string[];
  needsContext?: boolean;
}

/** A world city from CLDR's exemplar cities of the time zones (檀香山, 圣保罗). */
export interface WorldCity {
  /** foreign:cldr:<time zone>. */
  id: string;
  name: string;
  english: string;
  needsContext?: boolean;
}

/** A city, county or district of Hong Kong, Macao or Taiwan: a place without a division code. */
export interface Territory {
  name: string;
  aliases: string[];
  level: 'prefecture' | 'county';
  /** 2-digit code of its province-level unit (71 Taiwan, 81 Hong Kong, 82 Macao). */
  province: string;
  /** The city or county a district lies in. */
  parent?: string;
  /** Its short form names it only where the text supports it (沙田 right after 香港): the full name carries its marker and needs none. */
  needsContext?: boolean;
}

/** public/gazetteer/world.json, as scripts/build-data/world.ts writes it. */
export interface WorldFile {
  $comment: string;
  sources: Array<{ name: string; version?: string; use: string }>;
  countries: WorldCountry[];
  regions: WorldRegion[];
  /** World cities beyond the curated foreign-cities.json. */
  cities?: WorldCity[];
  /** Ordinary two-character words around one-character place forms (美丽, 其中), space-separated. */
  abbreviationWords?: string;
  /** Words that hold a country's name without being a place (挪威克朗, 发展中国家), space-separated. */
  notPlaces?: string;
  /** Cities, counties and districts of Hong Kong, Macao and Taiwan. */
  territories?: Territory[];
  /** Characters of transliterated names: strong ones mostly occur in them, weak ones often. */
  transliteration?: { strong: string; weak: string };
}

/** A generic word that ends a zone's name (高新区, 自贸区); not a place alone. */
export interface ZoneWord {
  word: string;
  english: string;
  level: 'devzone';
  /** Names one zone even alone (高新区, 自贸区), unlike generic words (示范区, 新区). */
  standsAlone: boolean;
}

export const zoneWords: readonly ZoneWord[] = zoneWordData.words as ZoneWord[];

/** A curated entry as the data files hold it: the level comes from the list it is in. */
type CuratedEntry = Omit<FeatureEntry, 'level' | 'aliases'> & { aliases?: string[] };

/** Every non-administrative place entry, from the built world file and the curated data. */
export function featureEntries(world: WorldFile): FeatureEntry[] {
  return [
    ...world.countries.flatMap(countryEntries),
    ...world.regions.flatMap(worldRegionEntries),
    ...curated(foreignCities.cities as CuratedEntry[], 'foreign').map(withGeoNamesCoordinates),
    ...(world.cities ?? []).map(cityEntry),
    ...(world.territories ?? []).map(territoryEntry),
    ...curated(worldFeatures.subdivisions as CuratedEntry[], 'foreign'),
    ...curated(worldFeatures.natural as CuratedEntry[], 'natural'),
    ...curated(worldFeatures.landmarks as CuratedEntry[], 'landmark'),
    ...curated(worldFeatures.historical as CuratedEntry[], 'foreign'),
    ...curated(features.natural as CuratedEntry[], 'natural'),
    ...curated(features.regions as CuratedEntry[], 'region'),
    ...curated(features.devzones as CuratedEntry[], 'devzone'),
    ...([...features.cityNicknames, ...features.corpsDivisions] as Array<CuratedEntry & { level: FeatureLevel }>).map((e) => ({ ...e, aliases: e.aliases ?? [] })),
  ];
}

/** The names of the cities abroad, curated and from CLDR (not the countries nor their divisions). */
export function worldCityNames(world: WorldFile): string[] {
  return [...foreignCities.cities.map((c) => c.name), ...(world.cities ?? []).map((c) => c.name)];
}

// A country's abbreviations (美 for 美国) become entries of their own, flagged, so that a
// recogniser that reads entries one by one can never take 美 alone for the United States.
function countryEntries(c: WorldCountry): FeatureEntry[] {
  const level: FeatureLevel = c.level ?? 'country';
  const shared = { level, english: c.english, country: c.iso, ...(c.code && { code: c.code }) };
  const country: FeatureEntry = {
    id: `country:${c.iso}`,
    name: c.name,
    aliases: c.aliases,
    ...shared,
    ...(c.needsContext && { needsContext: true }),
    ...(c.note && { note: c.note }),
  };
  const abbreviations = (c.abbreviations ?? []).map(
    (a): FeatureEntry => ({ id: `abbr:${c.iso}:${a}`, name: a, aliases: [], ...shared, abbreviation: true, abbreviates: country.id }),
  );
  return [country, ...abbreviations];
}

function worldRegionEntries(r: WorldRegion): FeatureEntry[] {
  const region: FeatureEntry = {
    id: r.id,
    name: r.name,
    aliases: r.aliases,
    level: 'region',
    english: r.english,
    ...(r.needsContext && { needsContext: true }),
  };
  const abbreviations = (r.abbreviations ?? []).map(
    (a): FeatureEntry => ({ id: `abbr:${r.id}:${a}`, name: a, aliases: [], level: 'region', english: r.english, abbreviation: true, abbreviates: r.id }),
  );
  return [region, ...abbreviations];
}

// CLDR's English exemplar names in the Americas, Australia and the oceans (Easter, Christmas, Midway, Darwin, Center,
// North Dakota) are ordinary English words or small towns too often to be read in English text; those of Africa's, Asia's
// and Europe's zones are their capitals and large cities (Lusaka, Kigali, Irkutsk, Riga), which the wires' datelines name.
// One that needs context in Chinese (Oral, Aden) is for Chinese text only.
const ENGLISH_ZONES = /^foreign:cldr:(?:Africa|Asia|Europe)\//;

function cityEntry({ english, ...city }: WorldCity): FeatureEntry {
  const read = ENGLISH_ZONES.test(city.id) && !city.needsContext;
  return { ...city, aliases: [], level: 'foreign', ...(read && { english }) };
}

function territoryEntry(t: Territory): FeatureEntry {
  return { id: `territory:${t.name}`, name: t.name, aliases: t.aliases, level: t.level, provinces: [t.province], ...(t.needsContext && { needsContext: true }) };
}

/** Coordinates of the curated cities that give none, from GeoNames (scripts/build-data/foreign-coordinates.ts), by id. */
const GEONAMES_COORDINATES: Record<string, number[]> = foreignCityCoordinates.coordinates;

function withGeoNamesCoordinates(city: FeatureEntry): FeatureEntry {
  const found = GEONAMES_COORDINATES[city.id];
  return city.coordinates || !found ? city : { ...city, coordinates: [found[0], found[1]] };
}

function curated(entries: CuratedEntry[], level: FeatureLevel): FeatureEntry[] {
  return entries.map((e) => ({ ...e, aliases: e.aliases ?? [], level }));
}
