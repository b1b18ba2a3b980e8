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
import type { WorldCountry, WorldFile, WorldRegion } from '../../lib/places/world';
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
      { name: 'cldr-localenames-full', version: installedVersion('cldr-localenames-full'), use: 'Chinese (zh, Simplified) and English names of territories and regions, with their short and variant forms' },
      { name: 'i18n-iso-countries', version: installedVersion('i18n-iso-countries'), use: 'the ISO 3166-1 alpha-2 codes, and further Chinese short forms' },
      { name: 'scripts/build-data/country-aliases.json', use: 'curated press forms and abbreviations; Hong Kong, Macao and Taiwan as province-level units' },
      { name: 'scripts/build-data/world-regions.json', use: 'curated choice of world regions, their ids and press forms' },
    ],
    countries: isoCodes.map((iso) => country(iso, zh, en, press[iso] ?? {})),
    regions: (worldRegions.regions as RegionSpec[]).map((spec) => region(spec, zh, en)),
  };
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
    ...(spec.needsContext && { needsContext: true }),
  };
}

// One entry per line: the file stays small, and a rebuild's diff shows which entries changed.
function toJson(world: WorldFile): string {
  const list = (items: object[]) => `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "$comment": ${JSON.stringify(world.$comment)},`,
    `  "sources": ${list(world.sources)},`,
    `  "countries": ${list(world.countries)},`,
    `  "regions": ${list(world.regions)}`,
    '}',
    '',
  ].join('\n');
}

export const worldStage: Stage = {
  name: 'world',
  summary: 'world.json: countries, territories and world regions with their Chinese and English names',
  // CLDR's names are read as files
  inputs: { module: fileURLToPath(import.meta.url), packages: ['cldr-localenames-full'] },
  async build(outDir) {
    const bytes = readFileSync(buildWorld(outDir));
    return { outputs: ['world.json'], report: [`world.json: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped`] };
  },
};
