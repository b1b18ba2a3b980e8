// Compiles the Chinese figure vocabulary (vocabulary/zh.json, data only) into the lookups the
// scanner needs. Keeping words in data means a new unit or exclusion is a data change.
import type { FigureType } from '../annotation';
import { toWords, WordIndex, type Word } from '../util/word-index';
import zh from './vocabulary/zh.json';

/** What a word after a number makes of it. */
export interface UnitEntry {
  word: string;
  type: FigureType;
  /** Unit code in the contract: ISO currency, %, pp, m2, the classifier itself... */
  unit: string;
  /** The unit counts only after arabic digits or a numeral of two or more characters. */
  needsDigits?: boolean;
  /** 级 after 百亿: the numeral is a money tier. */
  tier?: boolean;
  /** The number counts tenths of the whole: 三成 is 30%, 八折 80%. */
  tenths?: boolean;
  /** Two written digits before it are hundredths (八五折 is 85%). */
  pairs?: boolean;
  /** The word ends in a Latin letter or digit (km2, kV), so it must not be glued to another. */
  latinEnd?: boolean;
  /** The unit is this share of the unit code (毛钱: 0.1 CNY). */
  scale?: number;
}

const LATIN_END = /[A-Za-z0-9²³]$/;
const LATIN_NEXT = /[A-Za-z0-9²³]/;

/**
 * The unit words. A unit does not stand where a longer ordinary word starts (成员 is not 成,
 * 方案 not 方; 方面 is itself a classifier, as long as the word) unless a still longer word says
 * it does (三年期间, though 三年期国债), and a unit spelled in Latin letters must not be glued to a further letter or
 * digit (5kgs, 3cmx): then it is part of a code or a word.
 */
class UnitIndex extends WordIndex<UnitEntry> {
  constructor(entries: UnitEntry[], private blockers: WordIndex<Word>, private unblockers: WordIndex<Word>) {
    super(entries.map((e) => (LATIN_END.test(e.word) ? { ...e, latinEnd: true } : e)));
  }

  override match(text: string, at: number): UnitEntry | undefined {
    const unit = super.match(text, at);
    if (!unit) return undefined;
    const blocker = this.blockers.match(text, at);
    if (blocker && blocker.word.length > unit.word.length && !((this.unblockers.match(text, at)?.word.length ?? 0) > blocker.word.length)) return undefined;
    if (unit.latinEnd && LATIN_NEXT.test(text[at + unit.word.length] ?? '')) return undefined;
    // 六两日: a numeral before a unit counts it, it weighs nothing
    if (numeralUnits.has(unit.word) && super.match(text, at + unit.word.length)) return undefined;
    return unit;
  }
}

const numeralUnits = new Set(zh.numeralUnits);

const mapEntries = (table: Record<string, string>, type: FigureType, extra: Partial<UnitEntry> = {}): UnitEntry[] =>
  Object.entries(table).map(([word, unit]) => ({ word, type, unit, ...extra }));

const needsDigits = new Set(zh.unitsNeedingDigits);
/** The entries with needsDigits set for the words that count only after digits (30个村, 90平). */
const withDigitsRule = (entries: UnitEntry[]): UnitEntry[] => entries.map((e) => (needsDigits.has(e.word) ? { ...e, needsDigits: true } : e));

const unitsAfterOneNumeral: Record<string, string[]> = zh.unitsAfterOneNumeral;
const unitsAfterAspect: Record<string, string[]> = zh.unitsAfterAspect;
/**
 * Whether a unit that needs digits counts after one Chinese numeral starting at `start`, because of
 * the word at `at` after the unit (两里路) or a verb's aspect mark right before the numeral (割了两回).
 */
export const standsAfterOneNumeral = (unit: string, text: string, at: number, start: number): boolean =>
  !!unitsAfterOneNumeral[unit]?.some((w) => text.startsWith(w, at)) || !!unitsAfterAspect[unit]?.some((w) => text.endsWith(w, start));

/** Every word that may follow a number, with what it makes of the number. */
export const units = new UnitIndex(withDigitsRule([
  ...mapEntries(zh.currencies, 'money'),
  ...Object.entries(zh.scaledUnits).map(([word, u]) => ({ word, type: u.type as FigureType, unit: u.unit, scale: u.scale })),
  ...mapEntries(zh.percentUnits, 'percent'),
  ...mapEntries(zh.tenthUnits, 'percent', { tenths: true }).map((e) => (zh.tenthPairUnits.includes(e.word) ? { ...e, pairs: true } : e)),
  ...mapEntries(zh.ratioUnits, 'ratio'),
  ...mapEntries(zh.quantityUnits, 'quantity'),
  ...mapEntries(zh.latinUnits, 'quantity'),
  ...mapEntries(zh.durationUnits, 'duration'),
  ...Object.entries(zh.otherUnits).map(([word, unit]) => ({
    word, type: 'other' as FigureType, unit, tier: word === zh.tierUnit,
  })),
  ...zh.classifiers.map((word) => ({ word, type: 'count' as FigureType, unit: word })),
]), new WordIndex(toWords(zh.notUnitWords)), new WordIndex(toWords(zh.unitStillWords)));

/** Whether a unit word is spelled in Latin letters (one space may stand before it: 175 cm). */
export const isLatinUnit = (unit: UnitEntry): boolean => /^[A-Za-z°μ]/.test(unit.word);

export const approxBefore = new WordIndex(toWords(zh.approxBefore), { edge: 'end' });
export const approxAfter = new WordIndex(toWords(zh.approxAfter));
/** Longest first, so 倒数第 is tried before 第. */
export const rankPrefixes = [...zh.rankPrefixes].sort((a, b) => b.length - a.length);
/** 前三名: "the top N". */
export const topRankPrefixes = zh.topRankPrefixes;
/** The words that end a top N inside its span (前三名, 前五强). */
export const topRankSuffixes = new Set(zh.topRankSuffixes);
/** Words after which a bare 前N is the top N (全国前十). */
export const topRankScopes = new WordIndex(toWords(zh.topRankScopes), { edge: 'end' });
/** 首位, 榜首: first place, a rank where a verb of ranking (居, 名列) stands before it in its clause. */
export const firstPlace: { words: string[]; verbs: string[]; window: number } = zh.firstPlace;
/** Words that are a figure without a numeral (个把月), with that figure. */
export interface WordFigure {
  word: string;
  type: FigureType;
  value: number;
  unit: string;
  approx: boolean;
  /** Words right before which it states no figure (走到一半 is halfway). */
  notAfter: string[];
}
export const wordFigures = new WordIndex<WordFigure>(
  Object.entries(zh.wordFigures).map(([word, f]) => ({
    word,
    type: f.type as FigureType,
    value: f.value,
    unit: f.unit,
    approx: 'approx' in f && f.approx === true,
    notAfter: 'notAfter' in f ? f.notAfter : [],
  })),
);
/** ￥, $, HK$ before an amount, with their currency codes. */
export const currencySigns = new WordIndex(Object.entries(zh.currencySigns).map(([word, unit]) => ({ word, unit })));
/** The unit of a fraction (三分之一). */
export const fractionUnit: string = zh.fractionUnit;
/** 末, 初 after a quarter or a half (二季度末), inside its span. */
export const periodSuffixes = new WordIndex(toWords(zh.periodSuffixes));
export const yearSuffixes = new WordIndex(toWords(zh.yearSuffixes));
/** 财年, 学年, 榨季 right after a year's number: the year they name. */
export const yearWords = new WordIndex(toWords(zh.yearWords));
export const rankClassifiers = new WordIndex(toWords(zh.rankClassifiers));
export const notAfterOrdinal = new WordIndex(toWords(zh.notFiguresAfterOrdinal));
/** 半价, 免费 after an ordinal and its classifier (第二杯半价): an offer's terms, no rank. */
export const offersAfterOrdinal = new WordIndex(toWords(zh.offersAfterOrdinal));
export const notAfterCount = new WordIndex(toWords(zh.notFiguresAfterCount));
export const relativeYears = new WordIndex(toWords(Object.keys(zh.relativeYears)), { edge: 'end' });
export const relativeYearOffset: Record<string, number> = zh.relativeYears;
/** Relative years that count from the year the text reports on, not from the article's (上年 of a statistical bulletin). */
export const reportRelativeYears = new Set<string>(zh.reportRelativeYears);
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

/** 2023年初: the start of a numbered year, a month as 2023年末 is (年初 alone is no date). */
export const yearStarts = new WordIndex<PeriodEntry>(Object.entries(zh.yearStarts).map(([word, month]) => ({ word, month })));

export const idioms: string[] = zh.idioms;

/** 百分之, 千分之 before a number, with the unit they make. */
export const fractionPercents = new WordIndex(Object.entries(zh.fractionPercents).map(([word, unit]) => ({ word, unit })));

/** 负, 零下, -: signs making the number after them negative, with the units valid only after them. */
export interface SignEntry {
  word: string;
  units: Record<string, string>;
}
export const negativeSigns = new WordIndex<SignEntry>(Object.entries(zh.negativeSigns).map(([word, units]) => ({ word, units })));
export const negativeNotAfter: string = zh.negativeNotAfter;
/** 零上: words making the number after them explicitly positive, with the units valid only after them. */
export const positiveSigns = new WordIndex<SignEntry>(Object.entries(zh.positiveSigns).map(([word, units]) => ({ word, units })));
/** 一米七, 两块五, 三毛七: units followed by spoken decimals. */
export interface SpokenDecimalUnit {
  word: string;
  type: FigureType;
  unit: string;
  digits: number;
  /** The unit's part of the figure's unit (毛 is a tenth of a yuan). */
  scale?: number;
  /** The unit of a tenth, written after the digit (二尺四寸), and whether the digit needs it (一斤二两). */
  tenth?: string;
  tenthRequired?: boolean;
}
export const spokenDecimalUnits = new WordIndex<SpokenDecimalUnit>(
  Object.entries(zh.spokenDecimalUnits as Record<string, Omit<SpokenDecimalUnit, 'word'>>).map(([word, u]) => ({ word, ...u, type: u.type as FigureType })),
);
export const denominatorBefore: string = zh.denominatorBefore;
export const half: string = zh.half;
/** The words of a yuan's tenths (角, 毛) and hundredths (分) after a spoken amount in yuan (4块3毛, 12元3角5分), and the 钱 that may end it. */
export const moneyParts: { tenths: string[]; hundredth: string; notHundredthBefore: string; money: string } = zh.moneyParts;
export const ageUnit: string = zh.ageUnit;
/** The words after which a bare spoken number is an age (五十出头), and the age it stays below. */
export const bareAges = { after: new WordIndex(toWords(zh.bareAges.after)), below: zh.bareAges.below, classicalJoiner: zh.bareAges.classicalJoiner };
/** What may stand between a list's priced item and the bare amount of the next (，牛肝菌). */
export const listedAmounts = zh.listedAmounts;
export const singleOneTypes = new Set<FigureType>(zh.singleOneTypes as FigureType[]);
export const halfNotAfter: string = zh.halfNotAfter;
/** Words ending with one of halfNotAfter's characters after which 半 is a half all the same (超过半个小时). */
export const halfStillAfter: string[] = zh.halfStillAfter;
/** The words of time 半 opens (半年, 半月, 半天): after an amount it is no half of the amount. */
export const halfNotBefore: string = zh.halfNotBefore;

/** Unit -> words right before the number that make it an event's name (建校十周年). */
const namesByUnit = new Map(Object.entries(zh.namesByUnit).map(([unit, words]) => [unit, new WordIndex(toWords(words), { edge: 'end' })]));
export function namesEvent(text: string, start: number, unitWord: string): boolean {
  return !!namesByUnit.get(unitWord)?.wordBefore(text, start);
}

/** Words that contain a numeral but state no number (一些, 统一, 五一). */
export const numeralWords = new WordIndex(toWords(zh.numeralWords));
const longestNumeralWord = Math.max(...zh.numeralWords.map((w) => w.length));

/**
 * Whether the numeral text [start, end) lies inside one of the numeral words: 一 in 统一 or
 * 一方, 五一 in 五一期间. Looks back at most the longest word's length.
 */
export function inNumeralWord(text: string, start: number, end: number): boolean {
  for (let p = start; p >= 0 && p > start - longestNumeralWord; p--) {
    const w = numeralWords.match(text, p);
    if (w && p + w.word.length >= end && p + w.word.length > start) return true;
  }
  return false;
}
export const notAfterWords = new WordIndex(toWords(zh.notFiguresAfterWords), { edge: 'end' });

/** Whether the one character at `start` is a nickname's digit (老三), no number. */
export const isNickname = (text: string, start: number): boolean =>
  start > 0 && zh.nicknameBefore.includes(text[start - 1]) && zh.nicknameDigits.includes(text[start]) && !/[十百千万亿0-9]/.test(text[start + 1] ?? '');
/** The words that make a month date lunar (农历, 阴历), looked for within lunarWindow before it. */
export const lunarMarkers: readonly string[] = zh.lunarMarkers;
export const lunarWindow: number = zh.lunarWindow;
export const moneyContext: string[] = zh.moneyContext;
export const moneyContextWindow: number = zh.moneyContextWindow;
/** The word between an amount and the word of money after it (两三千的收入). */
export const moneyAfterJoiner: string = zh.moneyAfterJoiner;
/** Words after a spoken amount that lead to the other end of its change or span, or close the span (从四千五涨到五千二, 从一千五到三千二不等). */
export const amountFollowers = new WordIndex(toWords(zh.amountFollowers));
/** 一万五就能拿走: words after a bare amount that say it settles a deal (zh.json dealWords). */
export const dealWords = new WordIndex(toWords(zh.dealWords));
/** Whether a word of money follows `end`, after 的 (两三千的收入). */
export const moneyAfter = (text: string, end: number): boolean => text.startsWith(moneyAfterJoiner, end) && moneyContext.some((w) => text.startsWith(w, end + moneyAfterJoiner.length));

/**
 * Whether one of `words` stands within `window` characters before `start`: how the rules read a number's
 * context (a word of money before 2.3亿, of temperature before 零下12, of people before 三五千).
 */
export const anyWordBefore = (text: string, start: number, window: number, words: readonly string[]): boolean => {
  const before = text.slice(Math.max(0, start - window), start);
  return words.some((w) => before.includes(w));
};
/** Whether a word of money stands shortly before `start` (总投资2.3亿, 挣了三五千). */
export const moneyBefore = (text: string, start: number): boolean => anyWordBefore(text, start, moneyContextWindow, moneyContext);
export const countContext: string[] = zh.countContext;
const earningPeriods: string[] = zh.earningPeriods;
/** Whether a word of the time an amount is earned in (一年, 一个月) stands shortly before `start`. */
export const earningPeriodBefore = (text: string, start: number): boolean => anyWordBefore(text, start, moneyContextWindow, earningPeriods);
export const bareChangeWords = new WordIndex(toWords(zh.bareChangeWords), { edge: 'end' });
/** One reading of a word that is a unit only after words of its kind (块 after a price). */
interface ContextReading {
  type: string;
  unit: string;
  /** A part of the unit it is written in (毛 is a tenth of a yuan). */
  scale?: number;
  words: string[];
  /** Words that say the same shortly after the unit (600分以上考生). */
  after?: string[];
  /** Words that must also stand in the sentence before the number (an exam for 比上次多了35分); alone where `words` is empty. */
  sentence?: string[];
  /** Magnitudes one of which must end the number right before the unit (十万块). */
  magnitudes?: string[];
  next: string[];
}
const contextUnits: Record<string, ContextReading[]> = zh.contextUnits;
/** The words of temperature: those that make 度 a degree Celsius (气温, 最低). */
const temperatureWords = contextUnits['度'].find((r) => r.unit === '°C')?.words ?? [];
/** Whether a word of temperature stands shortly before `start` (气温零下12～零下4 is in °C without its unit). */
export const temperatureBefore = (text: string, start: number): boolean => anyWordBefore(text, start, zh.contextUnitWindow, temperatureWords);
/** How far back a context reading's `sentence` words are looked for, within the sentence. */
export const contextSentenceWindow: number = zh.contextSentenceWindow;

/** The word at `at` that is a unit only in context (块, 度), or undefined. */
export const contextUnitWord = (text: string, at: number): string | undefined => Object.keys(contextUnits).find((w) => text.startsWith(w, at));

/**
 * A word that is a unit only in context (块 of money after a word of price, 度 of electricity
 * after 用电) as that unit, when a word of its kind stands shortly before `start` and no counted
 * noun follows (卖了五块蛋糕 counts cakes).
 */
export function contextUnitAt(text: string, at: number, start: number, sentenceBefore: () => string): UnitEntry | undefined {
  const word = contextUnitWord(text, at);
  if (!word) return undefined;
  const next = at + word.length;
  const han = /[\u3400-\u9fff]/.test(text[next] ?? '');
  const before = text.slice(Math.max(0, start - zh.contextUnitWindow), start);
  const after = text.slice(next, next + zh.contextUnitWindow);
  const followed = (r: ContextReading): boolean => r.next.some((w) => text.startsWith(w, next));
  // a reading without words of its own rests on its sentence's words and the word after it alone
  const reading = contextUnits[word].find(
    (r) =>
      (r.words.length ? !han || followed(r) : followed(r)) &&
      (!r.words.length || r.words.some((w) => before.includes(w)) || !!r.after?.some((w) => after.includes(w))) &&
      (!r.sentence || r.sentence.some((w) => sentenceBefore().includes(w))) &&
      (!r.magnitudes || r.magnitudes.includes(text[at - 1])),
  );
  return reading ? { word, type: reading.type as FigureType, unit: reading.unit, ...(reading.scale !== undefined && { scale: reading.scale }) } : undefined;
}
export const labelClassifiers = new Set(zh.labelClassifiers);
/** 两人同行第二人九五折: a group offer's terms (zh.json groupOffer). */
export const groupOffer = {
  member: zh.groupOffer.member,
  ordinal: zh.groupOffer.ordinal,
  together: new WordIndex(toWords(zh.groupOffer.together)),
  /** The same words by their last character, read before an ordinal. */
  togetherEnding: new WordIndex(toWords(zh.groupOffer.together), { edge: 'end' }),
};
/** 清明、端午、中秋三个小长假: a count that refers to the list before it (zh.json listedCount). */
export const listedCount: { separator: string; itemLength: number; maxCount: number; classifiers: string[] } = zh.listedCount;
/** 只剩七百七了。: particles that may end a clause after a bare amount. */
export const clauseEndParticles: string[] = zh.clauseEndParticles;
/** 两次献血的间隔: a count of two that names the ends of a gap (zh.json pairBetween). */
export const pairBetween: { value: number; words: string[]; window: number } = zh.pairBetween;
export const firstRankClassifiers = new Set(zh.firstRankClassifiers);
export const clauseStarts = new Set(zh.clauseStarts);
export const listMarkerFollowers = new Set(zh.listMarkerFollowers);

/** The approximation word before a number at `start`, unless it is part of a longer word (最近, 经过). */
export function approxWordBefore(text: string, start: number): string | undefined {
  const word = approxBefore.wordBefore(text, start);
  if (!word) return undefined;
  const blockers = (zh.approxBeforeNotAfter as Record<string, string>)[word];
  return blockers && blockers.includes(text[start - word.length - 1]) ? undefined : word;
}

/** 上世纪 -> 1900: the century a decade after the word is in. */
export const centuries = new WordIndex(Object.entries(zh.centuries).map(([word, base]) => ({ word, base })));
export const centuryWords = Object.keys(zh.centuries);
export const centuryWord: string = zh.centuryWord;
export const decadeWord: string = zh.decadeWord;
/** The unit of a century standing without a decade (19世纪末: other, 19). */
export const centuryUnit: string = zh.centuryUnit;
export const decadeSuffixes = new WordIndex(toWords(zh.decadeSuffixes));
/** Words around a two-digit number before 年 that make it a year (98年) or a duration (用了98年). */
export const shortYearBefore = new WordIndex(toWords(zh.shortYearBefore), { edge: 'end' });
export const shortYearAfter = new WordIndex(toWords(zh.shortYearAfter));
export const shortYearDurationBefore = new WordIndex(toWords(zh.shortYearDurationBefore), { edge: 'end' });
export const shortYearDurationAfter = new WordIndex(toWords(zh.shortYearDurationAfter));
export const shortYearFrom: number = zh.shortYearFrom;

/** A part of a span of time written in several units (1小时20分钟, 三年零两个月): its family's base is seconds or days. */
export interface DurationPart {
  word: string;
  family: string;
  /** How many of the family's base the unit holds (小时: 3600). */
  scale: number;
  unit: string;
  /** The part may open the span. */
  first: boolean;
  /** How many digits after the word may be its decimals (12秒35). */
  decimals: number;
}
export const durationParts = new WordIndex<DurationPart>(
  Object.entries(zh.compoundDurations.parts).map(([word, p]) => ({
    word, family: p.family, scale: p.scale, unit: p.unit, first: 'first' in p && p.first === true, decimals: 'decimals' in p ? p.decimals : 0,
  })),
);
export const durationJoiners = new WordIndex(toWords(zh.compoundDurations.joiners));
/** The part after which a number of nights may stand (三天两夜), and the words of nights. */
export const durationNights = { after: zh.compoundDurations.nights.after, words: new WordIndex(toWords(zh.compoundDurations.nights.words)) };

/** Words that make a:b a ratio or a match score, and the subjects of a bare ratio (see zh.json ratioCues). */
export const ratioCues = {
  unit: zh.ratioCues.unit,
  scoreUnit: zh.ratioCues.scoreUnit,
  before: zh.ratioCues.before,
  after: new WordIndex(toWords(zh.ratioCues.after)),
  scoreBefore: zh.ratioCues.scoreBefore,
  scoreAfter: new WordIndex(toWords(zh.ratioCues.scoreAfter)),
  scoreVerbReach: zh.ratioCues.scoreVerbReach,
  separators: new WordIndex(toWords(zh.ratioCues.separators)),
  subjects: zh.ratioCues.subjects,
  window: zh.ratioCues.window,
};
/** 级 after an amount in 万 or 亿 makes it a money tier (百亿级, 亿元级). */
/** 百十, 万儿八千: spoken round amounts, with their value (and high end). */
export const roughNumerals = new WordIndex<{ word: string; value: number; high?: number; magnitude: number }>(
  Object.entries(zh.roughNumerals).map(([word, n]) => ({ word, ...n })),
);
export const tierUnit: string = zh.tierUnit;

const perUnitWords = new WordIndex(Object.entries(zh.perUnit.words).map(([word, unit]) => ({ word, unit })));
const PER_TYPES = new Set<FigureType>(['quantity', 'count', 'duration']);
/** The unit of a price after its currency (元/平方米: "/平方米", "m2"), or undefined. */
export function perUnitAt(text: string, at: number): { word: string; unit: string } | undefined {
  const slash = zh.perUnit.slashes.find((w) => text.startsWith(w, at));
  if (!slash) return undefined;
  const unit = units.match(text, at + slash.length);
  const per = unit && PER_TYPES.has(unit.type) ? unit : perUnitWords.match(text, at + slash.length);
  return per && { word: slash + per.word, unit: per.unit };
}
/** Characters after which 上 ends a verb rather than opening a vague amount (迈上万亿级), by the code of that one character (上). */
export const vagueNotAfter: Map<number, string> = new Map(Object.entries(zh.vagueNotAfter as Record<string, string>).filter(([word]) => word.length === 1).map(([word, before]) => [word.charCodeAt(0), before]));
/** What lists numbers sharing one unit (3、4月份). */
export const listSeparator: string = zh.listSeparator;
/** Parts of a day that may stand between a date and the day that ends its range (11月22日夜间到23日). */
export const dayParts: string[] = zh.dayParts;
/** 次年, 翌年 between a range's joiner and its other end, which lies in the year after (12月28日至次年1月3日). */
export const nextYearWords = new WordIndex(toWords(zh.nextYearWords));
/** What may stand before and after a day written without its month (18日，记者获悉). */
export const bareDay: { before: string[]; after: string[]; clock: string[]; anywhereBefore: string[]; spanAfter: string[] } = zh.bareDay;
/** 内, 以内 after a number of 日: a span of days (十日内), not a day of the month. */
export const daysWithin = new WordIndex(toWords(zh.daysWithin));
/** The words of a race's result around a time written with colons (以2:08:36的成绩). */
export const raceTimes: { before: string[]; after: string[]; window: number } = zh.raceTimes;
/** 本月, 上月 before a day (本月20日), with their offset from the article's month. */
export const relativeMonths = new WordIndex(toWords(Object.keys(zh.relativeMonths)), { edge: 'end' });
export const relativeMonthOffset: Record<string, number> = zh.relativeMonths;
