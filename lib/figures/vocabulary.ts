// Compiles the Chinese figure vocabulary (vocabulary/zh.json, data only) into the lookups the
// scanner needs. Keeping words in data means a new unit or exclusion is a data change.
import type { FigureType } from '../annotation';
import zh from './vocabulary/zh.json';

/** What a word after a number makes of it. */
export interface UnitEntry {
  word: string;
  type: FigureType;
  /** Unit code in the contract: ISO currency, %, pp, m2, the classifier itself... */
  unit: string;
  /** The classifier counts only after arabic digits or a numeral of two or more characters. */
  needsDigits?: boolean;
  /** 级 after 百亿: the numeral is a money tier. */
  tier?: boolean;
}

/**
 * Words indexed by their first character, longest first, so that a lookup at a position
 * tries 平方公里 before 平方 and 个百分点 before 个 with one map access.
 */
export class WordIndex<T extends { word: string }> {
  private byFirst = new Map<string, T[]>();

  constructor(entries: Iterable<T>) {
    for (const e of entries) {
      const list = this.byFirst.get(e.word[0]) ?? [];
      list.push(e);
      this.byFirst.set(e.word[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The longest entry that starts at `at`, if any. */
  match(text: string, at: number): T | undefined {
    const list = this.byFirst.get(text[at]);
    if (!list) return undefined;
    for (const e of list) if (text.startsWith(e.word, at)) return e;
    return undefined;
  }
}

/** Same as WordIndex, but matching words that end just before a position. */
export class SuffixIndex {
  private byLast = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const last = w[w.length - 1];
      const list = this.byLast.get(last) ?? [];
      list.push(w);
      this.byLast.set(last, list);
    }
    for (const list of this.byLast.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word that ends at `end` (exclusive), if any. */
  matchBefore(text: string, end: number): string | undefined {
    const list = this.byLast.get(text[end - 1]);
    if (!list) return undefined;
    for (const w of list) if (end - w.length >= 0 && text.startsWith(w, end - w.length)) return w;
    return undefined;
  }
}

interface Word {
  word: string;
}

const mapEntries = (table: Record<string, string>, type: FigureType, extra: Partial<UnitEntry> = {}): UnitEntry[] =>
  Object.entries(table).map(([word, unit]) => ({ word, type, unit, ...extra }));

const needsDigits = new Set(zh.classifiersNeedingDigits);

/** Every word that may follow a number, with what it makes of the number. */
export const units = new WordIndex<UnitEntry>([
  ...mapEntries(zh.currencies, 'money'),
  ...mapEntries(zh.percentUnits, 'percent'),
  ...mapEntries(zh.ratioUnits, 'ratio'),
  ...mapEntries(zh.quantityUnits, 'quantity'),
  ...mapEntries(zh.durationUnits, 'duration'),
  ...Object.entries(zh.otherUnits).map(([word, unit]) => ({
    word, type: 'other' as FigureType, unit, tier: word === zh.tierUnit,
  })),
  ...zh.classifiers.map((word) => ({ word, type: 'count' as FigureType, unit: word, needsDigits: needsDigits.has(word) })),
]);

const toWords = (list: string[]): Word[] => list.map((word) => ({ word }));

export const approxBefore = new SuffixIndex(zh.approxBefore);
export const approxAfter = new WordIndex(toWords(zh.approxAfter));
/** Longest first, so 倒数第 is tried before 第. */
export const rankPrefixes = [...zh.rankPrefixes].sort((a, b) => b.length - a.length);
/** 前三名: "the top N". */
export const topRankPrefixes = zh.topRankPrefixes;
export const rankClassifiers = new WordIndex(toWords(zh.rankClassifiers));
export const notAfterOrdinal = new WordIndex(toWords(zh.notFiguresAfterOrdinal));
export const notAfterCount = new WordIndex(toWords(zh.notFiguresAfterCount));
export const relativeYears = new SuffixIndex(Object.keys(zh.relativeYears));
export const relativeYearOffset: Record<string, number> = zh.relativeYears;
export const monthSuffixes = new WordIndex(Object.entries(zh.monthSuffixes).map(([word, part]) => ({ word, part })));

/** Whole-word periods: 一季度 -> quarter 1, 上半年 -> half 1, 年底 -> month 12. */
export interface PeriodEntry {
  word: string;
  quarter?: number;
  half?: number;
  month?: string;
}
export const periods = new WordIndex<PeriodEntry>([
  ...Object.entries(zh.quarters).map(([word, quarter]) => ({ word, quarter })),
  ...Object.entries(zh.halves).map(([word, half]) => ({ word, half })),
  ...Object.entries(zh.yearEnds).map(([word, month]) => ({ word, month })),
]);

export const idioms: string[] = zh.idioms;
export const notAfterWords = new SuffixIndex(zh.notFiguresAfterWords);
export const lunarMarker: string = zh.lunarMarker;
export const lunarWindow: number = zh.lunarWindow;
export const moneyContext: string[] = zh.moneyContext;
export const moneyContextWindow: number = zh.moneyContextWindow;
export const labelClassifiers = new Set(zh.labelClassifiers);
export const firstRankClassifiers = new Set(zh.firstRankClassifiers);
export const clauseStarts = new Set(zh.clauseStarts);
export const listMarkerFollowers = new Set(zh.listMarkerFollowers);

/** The approximation word before a number at `start`, unless it is part of a longer word (最近, 经过). */
export function approxWordBefore(text: string, start: number): string | undefined {
  const word = approxBefore.matchBefore(text, start);
  if (!word) return undefined;
  const blockers = (zh.approxBeforeNotAfter as Record<string, string>)[word];
  return blockers && blockers.includes(text[start - word.length - 1]) ? undefined : word;
}

/** 上世纪 -> 1900: the century a decade after the word is in. */
export const centuries = new WordIndex(Object.entries(zh.centuries).map(([word, base]) => ({ word, base })));
export const centuryWords = Object.keys(zh.centuries);
export const centuryWord: string = zh.centuryWord;
export const decadeWord: string = zh.decadeWord;
export const decadeSuffixes = new WordIndex(toWords(zh.decadeSuffixes));
/** Words around a two-digit number before 年 that make it a year (98年) or a duration (用了98年). */
export const shortYearBefore = new SuffixIndex(zh.shortYearBefore);
export const shortYearAfter = new WordIndex(toWords(zh.shortYearAfter));
export const shortYearDurationBefore = new SuffixIndex(zh.shortYearDurationBefore);
export const shortYearDurationAfter = new WordIndex(toWords(zh.shortYearDurationAfter));
export const shortYearFrom: number = zh.shortYearFrom;
