// Everything place finding reads, assembled once: the gazetteer, the name dictionary built from
// it and from the world and feature data, and which province's villages are loaded. Village
// packs are added when a text turns out to be about their province. Node and the extension both
// load it here, and differ only in how they read the files (GazetteerFiles).
import { codePrefix } from '../division-code';
import { COMMON_WORDS_FILE, CORE_FILE, readVillagePack, WORLD_FILE, type GazetteerFiles } from '../gazetteer/files';
import type { CoreFile } from '../gazetteer/format';
import { Gazetteer } from '../gazetteer/gazetteer';
import type { Unit } from '../gazetteer/types';
import { EnglishPlaceIndex, findIndexedEnglishPlaces } from './en';
import type { PlaceIndex } from './find';
import { linkMentions } from './link';
import { byLevel, NameIndex } from './name-index';
import { scanNames } from './recognize';
import { featureEntries, worldCityNames, zoneWords, type FeatureEntry, type WorldFile } from './world';
import { AbbreviationTable } from './world-abbreviations';
import { NotPlaceWords } from './world-words';
import { TransliterationTable } from './transliterated';

/** The build's list of place forms that are also common words (public/gazetteer/common-words.json). */
export interface CommonWordsFile {
  words: string[];
  /** For a place form, the characters that make a common word with its first character (保山: 确). */
  wordsBefore?: Record<string, string>;
  /** For the first character of a township's name, the characters that make a frequent word with it (放: 发). */
  townshipWordsBefore?: Record<string, string>;
}

export interface LoadedPlaceIndex extends PlaceIndex {
  gazetteer: Gazetteer;
  /** Adds the villages of a province whose pack the gazetteer has just loaded; adding them again changes nothing. */
  addVillagesOf(provinceCode: string): void;
  /** The same in steps, for a caller that gives its event loop back between them. */
  addVillagesInSteps(provinceCode: string): Generator<void, void>;
}

/** Zone words that name one zone alone (高新区, 自贸区) as entries: the zone the text is about. */
function zoneEntries(): FeatureEntry[] {
  return zoneWords
    .filter((z) => z.standsAlone)
    .map((z) => ({ id: `zone:${z.word}`, name: z.word, aliases: [], level: 'devzone', english: z.english }));
}

/** Units added to the names between two pauses of a build in steps (a few tens of milliseconds of work). */
const UNITS_PER_STEP = 2500;

/**
 * Adds units to the names in steps, larger units first as NameIndex.addUnits orders them (its
 * sort is stable, so slices of the sorted list add them in the order one call would).
 */
function* addUnitsInSteps(names: NameIndex, units: Iterable<Unit>): Generator<void, void> {
  const sorted = byLevel(units);
  for (let at = 0; at < sorted.length; at += UNITS_PER_STEP) {
    // fresh: each unit comes once, and no step adds a unit an earlier one did (see villagesAdded)
    names.addUnits(sorted.slice(at, at + UNITS_PER_STEP), true);
    yield;
  }
}

/** Runs a build in steps to its end at once. */
function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a build in steps, awaiting `pause` between two. */
async function runStepsPausing<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

// The index built in steps of a few tens of milliseconds: the background builds it between the
// messages it answers meanwhile (readPlaceIndex's `pause`), everything else at once.
function* placeIndexSteps(gazetteer: Gazetteer, world: WorldFile, commonWords: CommonWordsFile): Generator<void, LoadedPlaceIndex> {
  const names = new NameIndex(new Set(commonWords.words), commonWords.wordsBefore, commonWords.townshipWordsBefore);
  const features = [...featureEntries(world), ...zoneEntries()];
  const units = [...gazetteer.units()];
  yield* addUnitsInSteps(names, units);
  names.addFeatures(features);
  yield;
  const english = { index: new EnglishPlaceIndex(gazetteer, features), sources: gazetteer };
  yield;
  const abbreviations = new AbbreviationTable(features, world.abbreviationWords ?? '', gazetteer);
  // the villages of packs the gazetteer held before the build are among its units, added above
  const villagesAdded = new Set<string>(units.filter((u) => u.level === 'village').map((u) => codePrefix(u.code, 'province')));
  const villageSteps = function* (provinceCode: string): Generator<void, void> {
    if (villagesAdded.has(provinceCode) || !gazetteer.hasVillages(provinceCode)) return;
    villagesAdded.add(provinceCode);
    yield* addUnitsInSteps(names, gazetteer.unitsOfPack(provinceCode));
  };
  return {
    gazetteer,
    units: gazetteer,
    names,
    english,
    abbreviations,
    notPlaces: new NotPlaceWords(world.notPlaces ?? ''),
    ...(world.transliteration && { transliteration: new TransliterationTable(world.transliteration, worldCityNames(world), world.countries.flatMap((c) => [c.name, ...c.aliases])) }),
    addVillagesOf: (provinceCode) => runSteps(villageSteps(provinceCode)),
    addVillagesInSteps: villageSteps,
  };
}

export function createPlaceIndex(gazetteer: Gazetteer, world: WorldFile, commonWords: CommonWordsFile): LoadedPlaceIndex {
  return runSteps(placeIndexSteps(gazetteer, world, commonWords));
}

/**
 * Reads the gazetteer, the world data and the common words through `files` and builds the index,
 * awaiting `pause` between the steps of the build when given (the background passes one that
 * gives its event loop back, so that it answers messages while it builds).
 */
export async function readPlaceIndex(files: GazetteerFiles, pause?: () => Promise<void>): Promise<LoadedPlaceIndex> {
  const [core, world, commonWords] = await Promise.all([
    files.readJson<CoreFile>(CORE_FILE),
    files.readJson<WorldFile>(WORLD_FILE),
    files.readJson<CommonWordsFile>(COMMON_WORDS_FILE),
  ]);
  await pause?.();
  const steps = placeIndexSteps(Gazetteer.fromCore(core), world, commonWords);
  return pause ? runStepsPausing(steps, pause) : runSteps(steps);
}

/** Loads the village pack of a province (2 digits) and adds its villages to the names, in steps with `pause` when given. */
export async function readVillagesOf(provinceCode: string, index: LoadedPlaceIndex, files: GazetteerFiles, pause?: () => Promise<void>): Promise<void> {
  await readVillagePack(index.gazetteer, provinceCode, files);
  const steps = index.addVillagesInSteps(provinceCode);
  if (pause) await runStepsPausing(steps, pause);
  else runSteps(steps);
}

/** A capitalised name as English text names a Chinese village: Xiaogang village, the village of Xiaogang, Xiaogang, a village in. */
const ENGLISH_VILLAGE = /\p{Lu}\p{Ll}+ [Vv]illage\b|\b[Vv]illage of \p{Lu}|\p{Ll}, an? village\b/u;

/** Share of a document's linked names a province needs before its villages are loaded. */
const PROVINCE_SHARE = 0.2;

/**
 * The 2-digit codes of the provinces a text is about: those holding at least a fifth of the
 * units it names (by province, from township level up). Used to decide which village packs to load.
 */
export function provincesOf(text: string, index: PlaceIndex): string[] {
  const counts = new Map<string, number>();
  let total = 0;
  const count = (code: string) => {
    const province = codePrefix(code, 'province');
    counts.set(province, (counts.get(province) ?? 0) + 1);
    total++;
  };
  // villages do not count: which packs are loaded must not change the answer; so names of several
  // villages are left undecided where that changes no other link (most of linking's work: each of a
  // hundred meanings is scored)
  for (const r of linkMentions(scanNames(text, index.names), index.units, {}, true)) {
    if (r.entry?.target.unit?.level === 'village') continue;
    const provinces = r.entry?.target.feature?.provinces;
    const code = r.entry?.target.unit?.code ?? (provinces?.length === 1 ? provinces[0] : undefined);
    if (code) count(code);
  }
  // English naming a village (Xiaogang village): the provinces of its pinyin places (the index's
  // places only: compromise's guesses have no code)
  // (every such phrase holds "illage": looked for first, the pattern's letter classes would be tried at each character of a Chinese text)
  if (index.english && text.includes('illage') && ENGLISH_VILLAGE.test(text)) {
    for (const p of findIndexedEnglishPlaces(text, index.english.sources, index.english.index)) if (p.place.code && p.place.level !== 'village') count(p.place.code);
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
