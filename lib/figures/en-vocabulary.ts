// Compiles the English figure vocabulary (vocabulary/en.json, data only) into the lookups the
// English scanner needs: word sets, unit tables keyed by lower-cased word, and the regexes that
// find where a number or a date may start. Adding a word to en.json is all a new unit takes.
import type { FigureType } from '../annotation';
import en from './vocabulary/en.json';

/** What a word after a number makes of it. */
export interface EnglishUnit {
  word: string;
  type: FigureType;
  unit: string;
  /** four decades = 40 years. */
  factor?: number;
}

const lower = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation that tries longer words first, so "per cent" wins over "per". */
export const alternation = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** The words of a list as whole words, not inside longer ones (Rs, not Rs in Mrs), longer ones first: `flags` as RegExp takes them. */
const wholeWords = (words: Iterable<string>, flags = ''): RegExp => new RegExp(`(?<![A-Za-z])(?:${alternation(words)})(?![A-Za-z])`, flags);

const WORD_BEFORE = /([A-Za-z][A-Za-z.'-]*)\s*$/;
/** The lower-cased word ending right before `at` (the separator may be spaces): what the rules ask of a number's left. */
export const wordBefore = (s: string, at: number): string => WORD_BEFORE.exec(s.slice(Math.max(0, at - 24), at))?.[1].toLowerCase() ?? '';

export const cardinals: Record<string, number> = en.cardinals;
export const HUNDRED = en.hundred;
/** Cardinals that count groups, after the article or another number (a dozen, three dozen, half a dozen). */
export const groupWords = lower(en.groupWords);
export const scales: Record<string, number> = en.scales;
export const scaleSuffixes: Record<string, number> = en.scaleSuffixes;
export const suffixesNeedingSymbol = lower(en.scaleSuffixesNeedingSymbol);
export const metreSuffixAfter = lower(en.metreSuffixAfter);
export const vagueAmounts: Record<string, number> = en.vagueAmounts;
export const ordinals: Record<string, number> = en.ordinals;
/** Ordinal words by spelling, with the compounds of a tens cardinal and a unit's ordinal (twenty-first = 21): read by the numbers and the days of a month alike. */
export const ordinalWords = new Map<string, number>(Object.entries(ordinals));
for (const [tens, t] of Object.entries(cardinals)) {
  if (t >= 20 && t < 100 && t % 10 === 0) for (const [unit, u] of Object.entries(ordinals)) if (u < 10) ordinalWords.set(`${tens}-${unit}`, t + u);
}
export const denominators: Record<string, number> = en.denominators;
export const halfBefore = lower(en.halfBefore);
export const halfAfter = lower(en.halfAfter);
export const fractionFollowers = lower(en.fractionFollowers);
export const fractionBefore = lower(en.fractionBefore);
export const fractionComparatives = lower(en.fractionComparatives);

const contextSymbols = en.contextCurrencySymbols as Record<string, { code: string; context: string[] }>;
/** Currency signs by spelling, those money only in their country's press (contextSymbolTexts) included. */
export const currencySymbols: Record<string, string> = { ...en.currencySymbols, ...Object.fromEntries(Object.entries(contextSymbols).map(([sign, { code }]) => [sign, code])) };
/** A sign that is money only in a text naming its country (R400 billion in a South African text), with the test of that text. */
export const contextSymbolTexts = new Map<string, RegExp>(
  Object.entries(contextSymbols).map(([sign, { context }]) => [sign, wholeWords(context)]),
);
export const currencyCodes: Record<string, string> = en.currencyCodes;
export const poundWords = lower(en.poundWords);
export const weightContext = lower(en.weightContext);
export const timesComparisons = lower(en.timesComparisons);
export const timesChangeVerbs = lower(en.timesChangeVerbs);
export const spacedSymbolAfter = lower(en.spacedSymbolAfter);
export const multiplierWords: Record<string, number> = en.multiplierWords;
export const occurrenceMultipliers = lower(en.occurrenceMultipliers);
/** Between two numbers that make a share (one in five, three out of four). */
export const SHARE_JOINER = new RegExp(`^\\s+(?:${alternation(en.shareJoiners)})\\s+`, 'i');
/** A unit word written right before the number (magnitude 6.8), with its space or hyphen. */
export const UNIT_BEFORE = new RegExp(`(?:^|[^A-Za-z])(${alternation(Object.keys(en.otherUnitsBefore))})[ -]$`, 'i');
export const otherUnitsBefore: Record<string, string> = en.otherUnitsBefore;
export const ordinalUnits: Record<string, string> = en.ordinalUnits;
export const ageBefore = lower(en.ageBefore);
export const ageApposition: number = en.ageApposition;
/** the singer, 67; its CEO, 62: the, a or a possessive and a noun before a comma (group 1 the noun, for isPersonNoun). */
export const NOUN_BEFORE_COMMA = /(?:^|[^A-Za-z])(?:the|an?|its|his|her|their) ([A-Za-z]+),\s$/i;
const PERSON_ENDING = new RegExp(`^[a-z]+(?:${alternation(en.personNounEndings)})$`);
const personNouns = lower(en.personNouns);
/** Whether a noun names a person: by name in any case (CEO, quarterback), or a lower-case word by its ending (singer, pianist). */
export const isPersonNoun = (word: string): boolean => personNouns.has(word.toLowerCase()) || PERSON_ENDING.test(word);
export const AGE_UNIT: string = en.otherUnits['year-old'];

const unitFactors: Record<string, number> = en.unitFactors;
const tables: Array<[Record<string, string>, FigureType]> = [
  [en.currencies, 'money'],
  [en.percentUnits, 'percent'],
  [en.ratioUnits, 'ratio'],
  [en.quantityUnits, 'quantity'],
  [en.durationUnits, 'duration'],
  [en.otherUnits, 'other'],
];
/** Unit words by their lower-cased spelling. */
export const unitWords = new Map<string, EnglishUnit>();
for (const [table, type] of tables) {
  for (const [word, unit] of Object.entries(table)) {
    const entry: EnglishUnit = { word, type, unit };
    if (unitFactors[word]) entry.factor = unitFactors[word];
    unitWords.set(word.toLowerCase(), entry);
  }
}
// ISO codes after the number (80USD, 20 million USD) are units too, matched in capitals only
const codeAlternation = alternation(Object.keys(currencyCodes));
/** Capitals that are a unit only glued to digits and in this case (25C), matched as written. */
export const gluedSymbols = new Map<string, EnglishUnit>(
  Object.entries(en.gluedSymbols as Record<string, string>).map(([word, unit]) => [word, { word, type: 'quantity', unit }]),
);
export const GLUED_SYMBOL = new RegExp(`^(?:${alternation(gluedSymbols.keys())})(?![A-Za-z0-9])`);
/** Units written only glued to the digits (3in), words of their own after a space (rose to 5 in 2020). */
export const gluedUnits = new Map<string, EnglishUnit>(
  Object.entries(en.gluedUnits as Record<string, string>).map(([word, unit]) => [word, { word, type: 'quantity', unit }]),
);
export const GLUED_UNIT = new RegExp(`^(?:${alternation(gluedUnits.keys())})(?![A-Za-z0-9])`);
/** A unit word right at the start of a string (after the gap the caller allows). */
export const UNIT_AT = new RegExp(`^(?:(${codeAlternation})|(${alternation(unitWords.keys())}))(?![A-Za-z0-9])`, 'i');

export const approxBefore = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(en.approxBefore)})\\s+$`, 'i');
export const approxAfter = new RegExp(`^\\s+(?:${alternation(en.approxAfter)})(?![A-Za-z])`, 'i');
/** Between a number and its noun: "or so" after a space, "-odd" and "-plus" glued (9,000-odd members). */
export const approxInside = new RegExp(
  `^(?:\\s+(?:${alternation(en.approxInside.filter((w) => !w.startsWith('-')))})|${alternation(en.approxInside.filter((w) => w.startsWith('-')))})(?=\\s)`,
  'i',
);
/** between, ranging from: before a range's low end (group 1, lower-cased by the caller). */
export const rangeOpener = new RegExp(`(?:^|[^A-Za-z])(${alternation(en.rangeOpeners)})\\s+$`, 'i');
/** crowd of, attendance of: before a count of people whose noun is left unsaid. */
export const peopleBefore = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(en.peopleBefore)})\\s+$`, 'i');
export const agePhraseBefore = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(en.agePhrasesBefore)})\\s+$`, 'i');
export const yearNouns = lower(en.yearNouns);
export const rangeChangeBefore = lower(en.rangeChangeBefore);
export const rangeAmountBefore = lower(en.rangeAmountBefore);
export const streakWords = lower(en.streakWords);
export const rangeJoiner = new RegExp(`^\\s*(?:${alternation(en.rangeJoiners.filter((j) => /[a-z]/i.test(j)))})\\s+|^\\s*(?:${alternation(en.rangeJoiners.filter((j) => !/[a-z]/i.test(j)))})\\s*`, 'i');

export const rankVerbs = lower(en.rankVerbs);
export const rankFollowers = lower(en.rankFollowers);
export const rankOwners = lower(en.rankOwners);
export const firstWhenVerbs = lower(en.firstWhenVerbs);
export const firstWhenParticiples = lower(en.firstWhenParticiples);
export const firstWhenCopulas = lower(en.firstWhenCopulas);
export const peopleVerbs = lower(en.peopleVerbs);
export const peopleAfter = lower(en.peopleAfter);
export const notAfterOrdinal = lower(en.notAfterOrdinal);
export const attributionBreak = new RegExp(`,\\s+(?:${alternation(en.attributionWords)})(?![A-Za-z])`, 'i');
export const streakAfter = new RegExp(`^\\s+(?:${alternation(en.streakAfter)})(?![A-Za-z])`, 'i');
export const labelsBefore = lower(en.labelsBefore);
export const modelNamesAfter = new Set(en.modelNamesAfter);
/** A word of ratio before two numbers joined by a colon, within a few words (outnumbered 2:1, by a ratio of 20:1). */
export const COLON_RATIO_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(en.colonRatioWords)})(?:\\s+[a-z]+){0,3}\\s+$`, 'i');
/** The same word right after them (a 3:1 ratio, a 60:40 split). */
export const COLON_RATIO_AFTER = new RegExp(`^\\s+(?:${alternation(en.colonRatioWords)})(?![A-Za-z])`, 'i');
/** Call 101, dial 999: a short number after a verb of calling, nothing but a stop, a bracket or "or", "and", "for", "to" after it (call 211 for help, text 2868 to give; group 1 the number). */
export const PHONE_AFTER_VERB = new RegExp(`\\b(?:${alternation(en.phoneVerbs)})\\s+(\\d{3,5})(?=\\s*(?:[,.;:)]|or\\b|and\\b|for\\b|to\\b|$))`, 'gi');
/** The phrases of a list as whole words, every occurrence (a text's mentions of a country). */
const mentions = (words: string[]): RegExp => wholeWords(words, 'g');
/**
 * A shared currency sign or word (¥, Rs, dirhams) that is another country's currency in its press:
 * `spelling` finds the sign or word in a figure's span, `context` and `unless` the mentions of the
 * other country and of the usual one.
 */
export interface CurrencyContext {
  from: string;
  to: string;
  spelling: RegExp;
  context: RegExp;
  unless: RegExp | null;
}
export const currencyContexts: CurrencyContext[] = (en.currencyContexts as { from: string; spellings: string[]; to: string; context: string[]; unless: string[] }[]).map(
  ({ from, spellings, to, context, unless }) => ({
    from,
    to,
    spelling: wholeWords(spellings, 'i'),
    context: mentions(context),
    unless: unless.length ? mentions(unless) : null,
  }),
);
/** A text written where dates go day first (3/5/2021 is 3 May). */
export const DAY_FIRST_MARKER = new RegExp(`${wholeWords(en.dayFirstMarkers).source}|(?<![\\d/])(?:1[3-9]|2\\d|3[01])/(?:0?[1-9]|1[0-2])/\\d{2,4}`);
export const topRankBefore = lower(en.topRankBefore);
/** After a number and the capitalised words of a name: a route's noun in the singular (the 77 service, the 2 Crosstown line). */
export const ROUTE_AFTER = new RegExp(`^(?:\\s+[A-Z][A-Za-z'-]*){0,3}\\s+(?:${alternation(en.routeNounsAfter)})(?![A-Za-z])`);
/** After a house number: capitalised words ending in a street's noun (12 High Street). */
export const STREET_AFTER = new RegExp(`^[A-Z]?(?:\\s+[A-Z][A-Za-z'’-]*){1,3}?\\s+(?:${alternation(en.streetNounsAfter)})(?![A-Za-z])`);
export const capitalisedCountNouns = new Set(en.capitalisedCountNouns);
export const eventDistance = { before: lower(en.eventDistance.before), after: lower(en.eventDistance.after), nextAllowed: lower(en.eventDistance.nextAllowed), units: lower(en.eventDistance.units) };
export const namesAfterMeasure = lower(en.namesAfterMeasure);
export const timeOfDayAfter = new RegExp(`^\\s*(?:${alternation(en.timeOfDayAfter)})(?![A-Za-z])`, 'i');
export const referentialBefore = lower(en.referentialBefore);
export const referentialMax: number = en.referentialMax;
export const irregularPlurals: Record<string, string> = en.irregularPlurals;
export const notPlural = lower(en.notPlural);
/** A plural noun by its spelling (firms, households, people), not a word like "this" or "status". */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (w in irregularPlurals) return true;
  // craftsmen, fishermen: the plural of a noun in -man
  return (/[a-z]{2}s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !notPlural.has(w)) || (/[a-z]{3}men$/.test(w) && !notPlural.has(w));
}
export const countStopWords = lower(en.countStopWords);
export const hyphenNotCounted = lower(en.hyphenNotCounted);
export const countOfFollowers = lower(en.countOfFollowers);
/** The smaller unit of a two-unit measure (the 6in of 3ft 6in) by the larger's code: a number and one of its words, and how many make one. */
export const compoundUnits = new Map<string, { at: RegExp; per: number }>(
  Object.entries(en.compoundUnits as Record<string, { words: string[]; per: number }>).map(([code, { words, per }]) => [
    code,
    { at: new RegExp(`^ ?(\\d{1,2}(?:\\.\\d+)?) ?(?:${alternation(words)})(?![A-Za-z0-9])`, 'i'), per },
  ]),
);
/** Right before a day written as an ordinal (on the 15th): the words of dayOrdinalAfter. */
export const DAY_ORDINAL_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(en.dayOrdinalAfter)})\\s+$`, 'i');

/** Month number (1-12) by full name or abbreviation, lower-cased, without a full stop. */
export const monthNumber = new Map<string, number>([
  ...en.months.map((m, i) => [m, i + 1] as [string, number]),
  ...Object.entries(en.monthAbbreviations),
]);
export const MONTH = `(?:${alternation(en.months)}|(?:${alternation(Object.keys(en.monthAbbreviations))})\\.?)`;
export const monthParts = en.monthParts;
/** A decade written in two digits ('80s, the 90s) is of the 1900s, up to this one of the 2000s ('00s, '10s). */
export const shortDecadesOfThisCentury: number = en.shortDecadesOfThisCentury;
/** Decades in words, from the tens of the number words (twenty: the twenties = 20 ... the nineties = 90). */
export const decadeWords = new Map<string, number>(
  Object.entries(cardinals).filter(([w, t]) => t >= 20 && t < 100 && t % 10 === 0 && w.endsWith('y')).map(([w, t]) => [`${w.slice(0, -1)}ies`, t]),
);
/** The hundreds that may come before a decade in words (the nineteen-eighties, the twenty-twenties). */
export const centuryWords = new Map<string, number>(Object.entries(cardinals).filter(([, t]) => t >= 10 && t <= 20).map(([w, t]) => [w, t * 100]));
/** A word a few words before "the 80s" that makes it a temperature or an age, not a decade (highs in the 80s, temperatures dropping from the 80s to the 50s). */
export const BARE_DECADE_NOT_AFTER = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(en.bareDecadeNotAfter)})(?:\\s+[A-Za-z0-9'’]+){0,7}\\s+$`, 'i');
/** Parts of a year before it that name a month of it (the end of 2025 is December). */
export const yearEndParts: Record<string, number> = en.yearEndParts;
export const monthAloneAfter = lower(en.monthAloneAfter);
export const [minYear, maxYear] = en.yearRange;
export const yearPrepositions = lower(en.yearPrepositions);
export const datelineWindow: number = en.datelineWindow;
export const datelineWords: string[] = en.datelineWords;

export interface EnglishPeriod {
  quarter?: number;
  half?: number;
  highQuarter?: number;
  /** The first nine months: months 1 to 9. */
  month?: number;
  highMonth?: number;
}
/** Periods by lower-cased name, hyphens read as spaces (second-quarter). */
export const periods = new Map<string, EnglishPeriod>(
  Object.entries(en.periods as Record<string, EnglishPeriod>).map(([w, p]) => [w.toLowerCase(), p]),
);
/** The periods as one alternation, longest first, a space also matching a hyphen. */
export const PERIOD = Object.keys(en.periods)
  .sort((a, b) => b.length - a.length)
  .map((w) => escape(w).replace(/ /g, '[ -]'))
  .join('|');

/** Every word that may begin a number: cardinals, ordinals, vague amounts and half (lower case). */
export const numberStartWords = new Set([
  ...Object.keys(cardinals), ...Object.keys(ordinals), ...Object.keys(multiplierWords), ...Object.keys(vagueAmounts).map((w) => w.split(' ')[0]), 'half',
]);
/** Words after which "a" is a number: a hundred, a dozen, a third, and a unit that is many of another (a decade is 10 years). */
export const articleNumberWords = new Set([HUNDRED, ...Object.keys(scales), ...groupWords, ...Object.keys(denominators), ...Object.keys(unitFactors).filter((w) => unitFactors[w] > 1)]);
/** The last word of each period, letters only (quarter, half, the Q of Q3): a sentence without one has no period. */
export const periodWords = new Set(Object.keys(en.periods).map((w) => w.split(' ').pop()!.toLowerCase().replace(/\d+$/, '')));
