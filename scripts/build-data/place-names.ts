// Pinyin and English names of administrative units, from the official Chinese name.
//
// A name is read as core + ethnic groups + level word: 孟村 回族 自治县. The pinyin writes each part
// as one capitalised word with tone marks (Mèngcūn Huízú Zìzhìxiàn, Zīchuān Qū); the English
// drops the tones and translates the rest (Mengcun Hui Autonomous County, Zichuan District). A
// province or a prefecture-level city drops its level word in English (Shandong, Zibo); a county
// keeps it however short the core (单县: Shan County). Readings pinyin-pro gets wrong for places
// (单县 is Shàn, not Dān) are data in pinyin-overrides.json, English words in english-terms.json.
// A name with no known level word (农场), or a zone's (开发区), gets neither: a guess would be invented.
import { customPinyin, pinyin } from 'pinyin-pro';
import { englishName, pinyinName } from '../../lib/gazetteer/names';
import type { UnitLevel } from '../../lib/gazetteer/types';
import terms from './english-terms.json';
import overrides from './pinyin-overrides.json';

export interface PlaceName {
  /** The reading of each character of the name. */
  syllables: string[];
  /** Lengths in characters of the words after the core: ethnic groups, then the level word. */
  wordLengths: number[];
  /** English after the core ('' when the English is the core alone). */
  tail: string;
  pinyin: string;
  english: string;
}

interface LevelWord {
  zh: string;
  en: string;
  ethnic?: boolean;
  withEthnic?: string;
}

interface NameParts {
  core: string;
  ethnic: string[];
  word: LevelWord;
}

const levelWords = terms.levelWords as Record<Exclude<UnitLevel, 'village'>, LevelWord[]>;
const ethnicGroups: Record<string, string> = terms.ethnicGroups;
const ethnicByLength = Object.keys(ethnicGroups).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const exonyms: Record<string, string> = terms.exonyms;
const zoneWords: string[] = terms.zoneWords;

// pinyin-pro keeps custom readings in module state: set them once, before the first name.
let readingsSet = false;
function setReadings(): void {
  if (readingsSet) return;
  customPinyin(overrides.readings);
  readingsSet = true;
}

/** Splits an official name into core, ethnic groups and level word; undefined if no level word fits. */
export function parseName(name: string, level: UnitLevel): NameParts | undefined {
  if (level === 'village' || zoneWords.some((z) => name.endsWith(z))) return undefined;
  const word = levelWords[level].find((w) => name.endsWith(w.zh) && name.length > w.zh.length);
  if (!word) return undefined;
  let core = name.slice(0, -word.zh.length);
  const ethnic: string[] = [];
  for (let group = word.ethnic && matchEthnic(core); group; group = matchEthnic(core)) {
    ethnic.unshift(group);
    core = core.slice(0, -group.length);
  }
  return { core, ethnic, word };
}

/** The ethnic group `core` ends with, when something is left before it. */
function matchEthnic(core: string): string | undefined {
  return ethnicByLength.find((g) => core.endsWith(g) && core.length > g.length);
}

/** Syllables of a name with tone marks, one per character (non-Chinese characters as they are). */
function syllablesOf(name: string): string[] {
  setReadings();
  return pinyin(name, { toneType: 'symbol', type: 'array' });
}

/**
 * The reading of each character read alone, with its tone mark (碓 -> duì): for the characters
 * only villages' names hold, which no unit's name above them gives a reading in context. A
 * character pinyin-pro has no reading of (㘵, which it returns as it is) is left out.
 */
export function readingsAlone(chars: Iterable<string>): Map<string, string> {
  setReadings();
  return new Map([...chars].map((ch) => [ch, pinyin(ch, { toneType: 'symbol' })] as const).filter(([, syllable]) => /^\p{Script=Latin}+$/u.test(syllable)));
}

/** Pinyin and English of a unit's official name, or undefined when its level word is unknown. */
export function placeName(name: string, level: UnitLevel): PlaceName | undefined {
  const parts = parseName(name, level);
  if (!parts) return undefined;
  const { ethnic, word } = parts;
  // Read the whole name at once, so that a reading spanning parts (单县) applies.
  const syllables = syllablesOf(name);
  if (syllables.length !== [...name].length) throw new Error(`${name}: not one syllable per character`);
  const wordLengths = [...ethnic, word.zh].map((w) => [...w].length);
  const tail = word.en === '' ? '' : [...ethnic.map((g) => ethnicGroups[g]), (ethnic.length && word.withEthnic) || word.en].join(' ');
  const pinyinText = pinyinName(syllables, wordLengths);
  return { syllables, wordLengths, tail, pinyin: pinyinText, english: exonyms[name] ?? englishName(pinyinText, tail) };
}
