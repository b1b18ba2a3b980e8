// Everything place finding reads, assembled once: the gazetteer, the name dictionary built from
// it and from the world and feature data, and which province's villages are loaded. Village
// packs are added when a text turns out to be about their province. Node and the extension both
// load it here, and differ only in how they read the files (GazetteerFiles).
import { codePrefix } from '../division-code';
import { COMMON_WORDS_FILE, readGazetteer, readVillagePack, WORLD_FILE, type GazetteerFiles } from '../gazetteer/files';
import type { Gazetteer } from '../gazetteer/gazetteer';
import { EnglishPlaceIndex } from './en';
import type { PlaceIndex } from './find';
import { linkMentions } from './link';
import { NameIndex } from './name-index';
import { scanNames } from './recognize';
import { featureEntries, zoneWords, type FeatureEntry, type WorldFile } from './world';
import { AbbreviationTable } from './world-abbreviations';
import { NotPlaceWords } from './world-words';
import { TransliterationTable } from './transliterated';

/** The build's list of place forms that are also common words (public/gazetteer/common-words.json). */
export interface CommonWordsFile {
  words: string[];
  /** For a place form, the characters that make a common word with its first character (保山: 确). */
  wordsBefore?: Record<string, string>;
}

export interface LoadedPlaceIndex extends PlaceIndex {
  gazetteer: Gazetteer;
  /** Adds the villages of a province whose pack the gazetteer has just loaded; adding them again changes nothing. */
  addVillagesOf(provinceCode: string): void;
}

/** Zone words that name one zone alone (高新区, 自贸区) as entries: the zone the text is about. */
function zoneEntries(): FeatureEntry[] {
  return zoneWords
    .filter((z) => z.standsAlone)
    .map((z) => ({ id: `zone:${z.word}`, name: z.word, aliases: [], level: 'devzone', english: z.english }));
}

export function createPlaceIndex(gazetteer: Gazetteer, world: WorldFile, commonWords: CommonWordsFile): LoadedPlaceIndex {
  const names = new NameIndex(new Set(commonWords.words), commonWords.wordsBefore);
  const features = [...featureEntries(world), ...zoneEntries()];
  names.addUnits(gazetteer.units());
  names.addFeatures(features);
  const villagesAdded = new Set<string>();
  return {
    gazetteer,
    units: gazetteer,
    names,
    english: { index: new EnglishPlaceIndex(gazetteer, features), sources: gazetteer },
    abbreviations: new AbbreviationTable(features, world.abbreviationWords ?? '', gazetteer),
    notPlaces: new NotPlaceWords(world.notPlaces ?? ''),
    ...(world.transliteration && { transliteration: new TransliterationTable(world.transliteration) }),
    addVillagesOf(provinceCode) {
      if (villagesAdded.has(provinceCode) || !gazetteer.hasVillages(provinceCode)) return;
      villagesAdded.add(provinceCode);
      names.addUnits(gazetteer.unitsOfPack(provinceCode));
    },
  };
}

/** Reads the gazetteer, the world data and the common words through `files` and builds the index. */
export async function readPlaceIndex(files: GazetteerFiles): Promise<LoadedPlaceIndex> {
  const [gazetteer, world, commonWords] = await Promise.all([
    readGazetteer(files),
    files.readJson<WorldFile>(WORLD_FILE),
    files.readJson<CommonWordsFile>(COMMON_WORDS_FILE),
  ]);
  return createPlaceIndex(gazetteer, world, commonWords);
}

/** Loads the village pack of a province (2 digits) and adds its villages to the names. */
export async function readVillagesOf(provinceCode: string, index: LoadedPlaceIndex, files: GazetteerFiles): Promise<void> {
  await readVillagePack(index.gazetteer, provinceCode, files);
  index.addVillagesOf(provinceCode);
}

/** Share of a document's linked names a province needs before its villages are loaded. */
const PROVINCE_SHARE = 0.2;

/**
 * The 2-digit codes of the provinces a text is about: those holding at least a fifth of the
 * units it names (by province, from township level up). Used to decide which village packs to load.
 */
export function provincesOf(text: string, index: PlaceIndex): string[] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of linkMentions(scanNames(text, index.names), index.units)) {
    // villages do not count: which packs are loaded must not change the answer
    if (r.entry?.target.unit?.level === 'village') continue;
    const provinces = r.entry?.target.feature?.provinces;
    const code = r.entry?.target.unit?.code ?? (provinces?.length === 1 ? provinces[0] : undefined);
    if (!code) continue;
    const province = codePrefix(code, 'province');
    counts.set(province, (counts.get(province) ?? 0) + 1);
    total++;
  }
  return [...counts].filter(([, n]) => n >= PROVINCE_SHARE * total).map(([p]) => p).sort();
}

/**
 * Loads the village packs of the provinces `text` is about, so its villages can be found, and
 * returns those provinces (for `villageProvinces` of extract).
 */
export async function readVillagesFor(text: string, index: LoadedPlaceIndex, files: GazetteerFiles): Promise<string[]> {
  const provinces = provincesOf(text, index);
  await Promise.all(provinces.map((province) => readVillagesOf(province, index, files)));
  return provinces;
}
