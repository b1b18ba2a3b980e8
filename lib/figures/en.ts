// Finds the figures in English text, sentence by sentence. ./en-dates.ts finds the dates,
// ./en-numbers.ts reads each numeral; this module decides from the words around a numeral
// (vocabulary/en.json) what it measures and where its span ends, following the gold
// guidelines: the currency, scale word, unit or counted noun is inside the span ("$ 12.5
// million", "120 households"), approximation words before it are outside but set `approx`.
// Yearless dates take the article's year with the same rule as Chinese text (./dates.ts).
//
// No NLP library is involved: compromise cost milliseconds per sentence and read no better than
// the spelling rules here. Each sentence is scanned on its own, and a sentence on which anything
// fails loses its figures alone: bad input never fails the whole text.
import type { Figure, FigureAnnotation } from '../annotation';
import { sentenceSpans, type Span } from '../facts/sentence';
import { isTitleCase as isTitleCaseLine } from '../util/title-case';
import { settleDates, type DateParts, type FiguresRead, type YearRules } from './dates';
import { findDates, type DateCandidate, type DateHints } from './en-dates';
import { englishLabels } from './excluded-spans';
import { andAFraction, readNumeral, type Numeral } from './en-numbers';
import {
  AGE_UNIT, DAY_ORDINAL_BEFORE, spacedSymbolAfter, timesChangeVerbs, SHARE_JOINER, UNIT_AT, UNIT_BEFORE, otherUnitsBefore, ageBefore, compoundUnits, countOfFollowers, articleNumberWords, cardinals, numberStartWords, periodWords, decadeWords, alternation, approxAfter, approxBefore, approxInside, countStopWords,
  currencyCodes, currencySymbols, contextSymbolTexts, datelineWindow, GLUED_SYMBOL, gluedSymbols, GLUED_UNIT, gluedUnits, datelineWords, halfAfter, halfBefore, irregularPlurals, labelsBefore, topRankBefore, ROUTE_AFTER, STREET_AFTER, capitalisedCountNouns, eventDistance, maxYear,
  minYear, monthNumber, namesAfterMeasure, notAfterOrdinal, isPlural, ordinalUnits, poundWords, rangeJoiner, peopleBefore, peopleVerbs, agePhraseBefore, yearNouns, rangeChangeBefore, rangeAmountBefore, rangeOpener, streakWords, rankFollowers, rankOwners, rankVerbs, firstWhenVerbs, firstWhenParticiples, firstWhenCopulas, streakAfter, attributionBreak,
  referentialBefore, referentialMax, wordBefore, peopleAfter, ageApposition, NOUN_BEFORE_COMMA, isPersonNoun, modelNamesAfter, COLON_RATIO_BEFORE, COLON_RATIO_AFTER, currencyContexts, DAY_FIRST_MARKER, hyphenNotCounted, yearPrepositions, timeOfDayAfter, timesComparisons, unitWords, weightContext, occurrenceMultipliers, type EnglishUnit,
} from './en-vocabulary';

interface Candidate {
  start: number;
  end: number;
  figure: Figure;
  date?: DateParts;
  /** A day of the month alone (on the 15th): its month and year are the latest date's before it. */
  day?: number;
}

/** Words and digit runs: a numeral starts at one, and the words say which date patterns to try. */
const TOKEN = /[A-Za-z]+|[-−]?\d+/g;
/** Characters that glue digits to a word or another number (G20, COVID-19, 1,200, 3.5, 24/7, 07:31). */
const GLUED_BEFORE = /[\p{L}\d.,:\-−/]/u;
/** Sentence ends: a stop before a capital or a quote, or a line break ("Oct. 18" does not end one). */
const CURRENCY_BEFORE = new RegExp(
  `(?:^|[^A-Za-z$])(${alternation(Object.keys(currencySymbols))}|${alternation(Object.keys(currencyCodes))})\\s?$`,
);
/** A currency symbol at the start of a string, with its optional space. */
const CURRENCY_AT = new RegExp(`^(?:${alternation(Object.keys(currencySymbols))})\\s?(?=\\d)`);
/** Before a dateline's date: a city in capitals and a comma, or a word such as Updated. */
const DATELINE_BEFORE = new RegExp(`(?:[A-Z]{2,}[^a-z\\n]*,|\\b(?:${alternation(datelineWords)}):?)\\s*$`);
const NEXT_WORD = /^\s+([A-Za-z][A-Za-z'-]*)/;
/** The unit of a count of occurrences (three times a week, twice a year). */
const TIME_UNIT = 'time';
/** A word that may stand between a number and its noun, digits included (4.9 million PS5 consoles). */
const MODIFIER = /^\s+([A-Za-z][A-Za-z0-9'-]*)/;

const isCapital = (c: string | undefined): boolean => !!c && c >= 'A' && c <= 'Z';

/** The singular of a counted noun, the count's unit (households -> household, people -> person). */
function singular(word: string): string {
  const w = word.toLowerCase();
  if (w in irregularPlurals) return irregularPlurals[w];
  if (/[a-z]{3}men$/.test(w)) return w.slice(0, -3) + 'man';
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  // quizzes and waltzes lose -zes and -es; prizes, sizes and bronzes only their -s
  if (/zzes$/.test(w)) return w.slice(0, -3);
  if (/(?:ches|shes|sses|xes|tzes)$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, '');
}

/**
 * The plural noun a number counts, right after it or after up to two modifiers (36 large
 * ceramic firms, 27 coal mines); a function word in between (of, the, were) ends the search.
 */
function countedNoun(s: string, end: number): { end: number; unit: string } | undefined {
  let at = end;
  const inside = approxInside.exec(s.slice(at, at + 12));
  if (inside) at += inside[0].length;
  for (let i = 0; i < 3; i++) {
    const m = MODIFIER.exec(s.slice(at, at + 40));
    if (!m) return undefined;
    const start = at + m[0].length - m[1].length;
    const word = m[1].replace(/['’]s?$/, '');
    if (countStopWords.has(word.toLowerCase())) return undefined;
    // a capitalised noun makes a title (Top 10 Cities), not a count, but in a headline in title case (Output Tops 1.3 Million Units)
    // or as an acronym's plural (4,000 HGVs, 300 SMEs)
    const acronym = /^[A-Z]{2,}s$/.test(word);
    if (modifiesNextPlural(word, s.slice(at + m[0].length, at + m[0].length + 40))) {
      at += m[0].length;
      continue;
    }
    if (isPlural(word) || acronym) return isCapital(word[0]) && !acronym && !capitalisedCountNouns.has(word) && !isTitleCase(s) ? undefined : { end: start + word.length, unit: acronym ? word.slice(0, -1) : singular(word) };
    at += m[0].length;
  }
  return undefined;
}

/**
 * A noun that is its own plural (reindeer, salmon, sheep) before a plural noun in lower case is that noun's modifier (30
 * reindeer herders, 12 salmon farms): the later noun is the one counted, as after any modifier.
 */
function modifiesNextPlural(word: string, rest: string): boolean {
  const w = word.toLowerCase();
  if (irregularPlurals[w] !== w) return false;
  const next = MODIFIER.exec(rest)?.[1];
  return !!next && !isCapital(next[0]) && !countStopWords.has(next) && isPlural(next);
}

let titleCaseOf: [string, boolean] = ['', false];
/** Whether sentence `s` is a headline in title case, remembered for the last sentence asked, as the scanner asks of one sentence at a time. */
function isTitleCase(s: string): boolean {
  if (titleCaseOf[0] !== s) titleCaseOf = [s, isTitleCaseLine(s)];
  return titleCaseOf[1];
}

/**
 * A count written as a compound adjective (a 400-space car park, a 1,000-seat theatre, a
 * four-room flat, a five-match series): a number, a hyphen and a singular noun before another
 * word in lower case; the noun is the unit. After a number in words, a word ending as an
 * adjective is no noun (a three-pronged attack, a two-sided deal).
 */
function hyphenedCount(s: string, end: number, words = false): { end: number; unit: string } | undefined {
  const m = /^-([a-z]{3,})(?= [a-z])/.exec(s.slice(end, end + 24));
  if (!m || countStopWords.has(m[1]) || hyphenNotCounted.has(m[1]) || isPlural(m[1]) || (words && /(?:ed|al|ic)$/.test(m[1]))) return undefined;
  return { end: end + m[0].length, unit: m[1] };
}

/** The unit word after a numeral: glued (5km, 80USD), after a space (5 percent) or a hyphen (300-foot). */
function unitAfter(s: string, end: number, start = end): { entry: EnglishUnit; end: number; code?: string } | undefined {
  const rest = s.slice(end, end + 40);
  const gap = /^(?:[ \u00a0]|-(?=[A-Za-z]))?/.exec(rest)![0];
  // a 120-square-kilometre area: a unit of several words hyphenated as one adjective (not 70-year-old, a unit as written)
  const m = UNIT_AT.exec(rest.slice(gap.length)) ?? (gap === '-' ? UNIT_AT.exec(rest.slice(1).replace(/-(?=[A-Za-z])/g, ' ')) : null);
  if (!m) {
    // 25C, minus 3F: a capital glued to the digits is a temperature; minus 40 C, -45 C, temperatures of 35 C after a space
    const glued = !gap || (gap === ' ' && (spacedSymbolAfter.has(wordBefore(s, start)) || /[-−]/.test(s[start]))) ? GLUED_SYMBOL.exec(rest.slice(gap.length)) : null;
    if (glued) return { entry: gluedSymbols.get(glued[0])!, end: end + gap.length + glued[0].length };
    // 80mm (3in): a unit written only glued to the digits
    const gluedOnly = !gap ? GLUED_UNIT.exec(rest) : null;
    return gluedOnly ? { entry: gluedUnits.get(gluedOnly[0])!, end: end + gluedOnly[0].length } : undefined;
  }
  const unitEnd = end + gap.length + m[0].length;
  if (m[1]) return { entry: { word: m[1], type: 'money', unit: currencyCodes[m[1]] }, end: unitEnd, code: m[1] };
  // a glued letter unit must be a symbol (5km, 40%), not the start of a word
  return { entry: unitWords.get(m[2].toLowerCase())!, end: unitEnd };
}

/** The second part of a measure in two units after `end` (the 6in of 3ft 6in), in the larger unit `code`. */
function smallerUnit(s: string, end: number, code: string): { value: number; end: number } | undefined {
  const compound = compoundUnits.get(code);
  const m = compound?.at.exec(s.slice(end, end + 16));
  if (!m || Number(m[1]) >= compound!.per) return undefined;
  return { value: Number(m[1]) / compound!.per, end: end + m[0].length };
}

/** Pounds are GBP unless the text weighs something (weighing 200 pounds, 85 pounds of rice). */
function poundIsWeight(s: string, start: number, unitEnd: number, scaled: boolean): boolean {
  const before = s.slice(Math.max(0, start - 40), start).toLowerCase().match(/[a-z]+/g) ?? [];
  // 8.8 million pounds of thrust: the weight word after the unit
  const of = /^\s+of\s+([a-z]+)/i.exec(s.slice(unitEnd, unitEnd + 20));
  if (before.some((w) => weightContext.has(w)) || (of && weightContext.has(of[1].toLowerCase()))) return true;
  return !scaled && /^\s+of\s+[a-z]/i.test(s.slice(unitEnd, unitEnd + 12)) && !/^\s+of\s+(?:taxpayers|public|funding|investment|money)/i.test(s.slice(unitEnd, unitEnd + 30));
}

/** Whether an ordinal ranks something (ranked third, second-largest), rather than naming a session or a phase. */
function ordinalFigure(s: string, n: Numeral): Candidate | undefined {
  // 1,000 cubic metres per second: a unit of time
  if (wordBefore(s, n.start) === 'per') return undefined;
  const after = s.slice(n.end, n.end + 30);
  if (isDayOfMonth(s, n, after)) return { start: n.start, end: n.end, figure: { type: 'date', value: '', approx: false }, day: n.value };
  // the eighth year in a row, a third month running: a streak ranks the time it counts
  const next = NEXT_WORD.exec(after)?.[1];
  if (next && notAfterOrdinal.has(next.toLowerCase()) && streakAfter.test(after.slice(after.indexOf(next) + next.length))) return rankOf(n);
  // the 18th century, a 19th century farmhouse: a century, after an article too
  const century = /^[ -](\w+)/.exec(after);
  if (century && century[1].toLowerCase() in ordinalUnits) {
    return { start: n.start, end: n.end + century[0].length, figure: { type: 'other', value: n.value, unit: ordinalUnits[century[1].toLowerCase()], approx: false } };
  }
  // a second home, a third runway: an ordinal after the indefinite article ranks nothing, but a third straight meeting is a streak
  if (/^an?$/.test(wordBefore(s, n.start))) return next && streakWords.has(next.toLowerCase()) ? rankOf(n) : undefined;
  const hyphened = /^-([A-Za-z]+)/.exec(after);
  // second-largest is a rank (span "second"); first-hand, second-tier, third-party are not
  if (hyphened) return /est$/i.test(hyphened[1]) || rankFollowers.has(hyphened[1].toLowerCase()) ? rankOf(n) : undefined;
  if (next && (notAfterOrdinal.has(next.toLowerCase()) || (isCapital(next[0]) && !ownedRank(s, n.start)))) return undefined;
  // "Second, ..." is a list marker
  if (/^\s*,/.test(after) && !/\S/.test(s.slice(Math.max(0, n.start - 3), n.start).replace(/["“(]/g, ''))) return undefined;
  if (n.value === 1) {
    const before = wordBefore(s, n.start);
    // the first city to do something: a rank, whatever word of happening is near
    const firstTo = /^(?:\s+[a-z-]+){1,2}\s+to\s+[a-z]/.test(after);
    // ranked first followed by Jiangsu: after a verb of ranking that is no copula, a participle after 'first' changes nothing
    const rankedBefore = rankVerbs.has(before) && !firstWhenCopulas.has(before);
    // rises first in the country, was first made: 'first' says when something happened, not its place in a ranking
    // (a word in -ed: not seed, need, speed or hundred)
    const participle = !!next && ((/^[a-z]{3,}ed$/.test(next) && !/(?:eed|hundred)$/.test(next)) || firstWhenParticiples.has(next));
    if (!firstTo && !rankedBefore && (firstWhenVerbs.has(before) || participle)) return undefined;
    // ranked first, first in the province, first-largest, the first city to do something
    const ranked = rankVerbs.has(before) || (!!next && (rankFollowers.has(next.toLowerCase()) || /est$/.test(next))) || firstTo;
    if (!ranked) return undefined;
  }
  return rankOf(n);
}

/** his 24th Grand Slam title, the club's third FA Cup: an ordinal after an owner counts what was won, a capital after it notwithstanding. */
const ownedRank = (s: string, at: number): boolean => rankOwners.has(wordBefore(s, at)) || /['’]s\s+$/.test(s.slice(Math.max(0, at - 4), at));

/** on the 15th, by the 3rd: a day of the month in digits, with no noun after it (the 15th floor, the 3rd time). */
function isDayOfMonth(s: string, n: Numeral, after: string): boolean {
  return (
    /\d/.test(s[n.start]) && n.value >= 1 && n.value <= 31 &&
    DAY_ORDINAL_BEFORE.test(s.slice(Math.max(0, n.start - 16), n.start)) &&
    /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:and|or|to|until|till|when|at|as)(?![A-Za-z]))/.test(after)
  );
}

const rankOf = (n: Numeral): Candidate => ({ start: n.start, end: n.end, figure: { type: 'rank', value: n.value, approx: false } });

/** Whether "top" right before the number at `at` is a verb (cases top 2,000, could top 115 degrees), not a rank (the top three, in the top 10). */
const topIsVerb = (s: string, at: number): boolean => /top\s+$/i.test(s.slice(Math.max(0, at - 5), at)) && !topRankBefore.has(wordBefore(s, at - 4));

/** A zip code after an American state's two capitals (NY 10001, CA 90210-1234): the five digits close the window, a comma or a stop after them the clause (Seligman, AZ 86337, ...). */
const ZIP_AFTER_STATE = /(?:^|[^A-Za-z])(?!US|UK|EU|UN)[A-Z]{2},?\s\d{5}(?:-\d{4})?(?!\d|[,.]\d|\s*%)/;

/** Whether a label's word stands right before the number at `at` (Route 66, stage 6, iPhone 15), "top" as a verb (could top 110F) excepted. */
function labelBefore(s: string, at: number): boolean {
  const prev = wordBefore(s, at);
  return labelsBefore.has(prev) && !(prev === 'top' && topIsVerb(s, at)) && /[A-Za-z.]\s*$/.test(s.slice(Math.max(0, at - 2), at));
}

/** A label's word and number, then and, to or a dash before a second number (junctions 10 and ...). */
const LABEL_PAIR = /([A-Za-z.]+)\s+\d+\s*(?:and|to|or|&|-|–)\s*$/;

/** Whether a bare number reads as a label or a name (No. 5, Top 10 Cities, Boeing 737 Max), not a figure. */
function isLabel(s: string, n: Numeral): boolean {
  if (labelBefore(s, n.start)) return true;
  // junctions 10 and 11, Articles 12 to 14: the second of two labels
  const pair = LABEL_PAIR.exec(s.slice(Math.max(0, n.start - 30), n.start));
  if (pair && labelsBefore.has(pair[1].toLowerCase())) return true;
  const before = /([A-Za-z]+)\s+$/.exec(s.slice(Math.max(0, n.start - 20), n.start));
  const next = NEXT_WORD.exec(s.slice(n.end, n.end + 30))?.[1];
  return !!before && isCapital(before[1][0]) && !!next && isCapital(next[0]);
}

/**
 * The noun a number counts when a clause opening "Of the 70 cities surveyed," named it before the
 * number and no plural noun follows the number (57 reported declines, 12 closed), as its singular.
 */
function partitiveNoun(s: string, n: Numeral): string | undefined {
  const clause = /\bof\s+(?:the|these|those|its|their|all)\s+[\d,]+\s+([^,;.]{1,40}),\s*$/i.exec(s.slice(Math.max(0, n.start - 80), n.start));
  const noun = clause?.[1].split(/\s+/).find(isPlural);
  if (!noun) return undefined;
  const next = NEXT_WORD.exec(s.slice(n.end, n.end + 30))?.[1];
  return next && isPlural(next) ? undefined : singular(noun);
}

/** A count with its noun earlier in the sentence, before a word of comparison with no rate or amount between: "two rate cuts in 2025, down from four". */
const COUNT_BEFORE_COMPARISON = new RegExp(
  `(?:\\d[\\d,.]*|\\b(?:${alternation(Object.keys(cardinals))}))\\s+((?:[a-z-]+\\s+){0,2}[a-z]+s)\\b[^.;:!?%$£€]{0,60}\\b(?:from|than|versus)\\s+$`,
  'i',
);

/** The noun a bare number compares itself with (down from four: rate cut), in the singular, or undefined. */
function comparedNoun(s: string, n: Numeral): string | undefined {
  const m = COUNT_BEFORE_COMPARISON.exec(s.slice(Math.max(0, n.start - 110), n.start));
  const noun = m?.[1].split(/\s+/).pop();
  // 1,432 patients waited 12 hours ..., up from 987: a unit (hours) is no counted noun
  return noun && isPlural(noun) && !unitWords.has(noun.toLowerCase()) && !NEXT_WORD.exec(s.slice(n.end, n.end + 30))?.[1].match(/^[a-z]+s$/) ? singular(noun) : undefined;
}

/** Whether the word after "of" names what a number word before it counts (of the, of them, of 20, of eight). */
const countsOf = (word: string | undefined): boolean => !!word && (countOfFollowers.has(word) || word in cardinals || /^\d/.test(word));

/** one in five, three out of four, 1 in 10: a share of the second number, as a fraction. */
function shareOf(s: string, n: Numeral, after: string): Candidate | undefined {
  const joiner = (n.kind === 'words' || n.kind === 'digits') && n.scale === 1 ? SHARE_JOINER.exec(after) : null;
  const of = joiner && readNumeral(s, n.end + joiner[0].length);
  // 1 in 2019 is a year, not a share
  if (!of || (of.kind !== 'words' && of.kind !== 'digits') || of.scale !== 1 || of.value <= n.value || of.value > 1000) return undefined;
  return { start: n.start, end: of.end, figure: { type: 'ratio', value: n.value / of.value, unit: 'fraction', approx: false } };
}

/** Whether a plan or programme is named within two words after `at`. */
function planFollows(s: string, at: number): boolean {
  const words = /^(?:\s+[A-Za-z-]+){1,3}/.exec(s.slice(at, at + 40))?.[0].toLowerCase().split(/\s+/) ?? [];
  return words.slice(1, 3).some((w) => namesAfterMeasure.has(w));
}

const symbolBefore = (s: string, at: number): RegExpExecArray | null => CURRENCY_BEFORE.exec(s.slice(Math.max(0, at - 6), at));

/** What the numeral at `n` is and where its figure ends, or undefined when it is no figure. */
function classify(s: string, n: Numeral): Candidate | undefined {
  const after = s.slice(n.end, n.end + 30);
  if (timeOfDayAfter.test(after)) return undefined;
  // from 3 to 5 pm, between 9 and 11am: the low end of a range of times of day
  const toTime = rangeJoiner.exec(after) ?? /^\s+and\s+/.exec(after);
  const timeEnd = toTime && readNumeral(s, n.end + toTime[0].length);
  if (timeEnd && timeOfDayAfter.test(s.slice(timeEnd.end, timeEnd.end + 30))) return undefined;
  if (/^:\d/.test(after)) return raceTime(s, n) ?? colonRatio(s, n);
  if (n.kind === 'ordinal') return ordinalFigure(s, n);
  // 351 cases per 100,000 people: the number after per is the rate's base, no fact of its own
  if (wordBefore(s, n.start) === 'per') return undefined;
  // twice the average, twice as high: a ratio; twice a week, scored twice: a count of times, as three times a week is
  if (n.kind === 'multiplier') {
    // ... but twice as Manchester City won is no comparison: "as" then a name
    const comparison = NEXT_WORD.exec(after)?.[1].toLowerCase() ?? '';
    if (timesComparisons.has(comparison) && !(comparison === 'as' && /^\s+as\s+\p{Lu}/u.test(after))) return { start: n.start, end: n.end, figure: { type: 'ratio', value: n.value, unit: 'x', approx: false } };
    return occurrenceMultipliers.has(s.slice(n.start, n.end).toLowerCase()) ? { start: n.start, end: n.end, figure: { type: 'count', value: n.value, unit: TIME_UNIT, approx: false } } : undefined;
  }
  const share = shareOf(s, n, after);
  if (share) return share;
  if (/^\/\d/.test(after)) return undefined; // 24/7, 3/2021: not a figure of its own
  // letters glued to digits that are no unit make a name or a code (5G, A4, 4K TV)
  if (n.kind === 'digits' && /^[A-Za-z]/.test(after) && !unitAfter(s, n.end)) return undefined;
  // the 737 MAX, a 787 Dreamliner: a model's name
  if (n.kind === 'digits' && modelNamesAfter.has(/^[ -]?([A-Za-z]+)/.exec(after)?.[1] ?? '')) return undefined;
  // the 77 service, the 16 bus: a route's name
  if (n.kind === 'digits' && wordBefore(s, n.start) === 'the' && ROUTE_AFTER.test(after)) return undefined;
  // 12 High Street: a house number; New York, NY 10001: a zip code after a state's two capitals
  if (n.kind === 'digits' && (STREET_AFTER.test(after) || ZIP_AFTER_STATE.test(s.slice(Math.max(0, n.start - 5), n.end + 6)))) return undefined;
  if (n.kind === 'digits' && isRaceDistance(s, n)) return undefined;
  // "top 10" and "the top three partners" rank, as 前三 does; "Top 10 Cities" is a title; cases top 2,000 is a verb
  if (s.slice(Math.max(0, n.start - 4), n.start) === 'top ' && (n.kind === 'digits' || n.kind === 'words') && !topIsVerb(s, n.start)) {
    return { start: n.start - 4, end: n.end, figure: { type: 'rank', value: n.value, approx: false } };
  }

  let start = n.start;
  let last = n;
  let value = n.value;
  let high: number | undefined;
  // ranges: two to four years, 5-10 percent, $5-10 million
  // between 5 and 10 percent is a range too
  const lowSymbol = symbolBefore(s, n.start);
  const written = lowSymbol ? n.start - (lowSymbol[0].length - lowSymbol[0].indexOf(lowSymbol[1])) : n.start;
  const opener = rangeOpener.exec(s.slice(Math.max(0, written - 20), written))?.[1].toLowerCase();
  const joiner = rangeJoiner.exec(after) ?? (opener === 'between' ? /^\s+and\s+/.exec(after) : null);
  if (joiner && (n.kind === 'digits' || n.kind === 'words')) {
    // between £300,000 and £2.5m, $5-$10, ranging from £45 to £225, sales of $9.1 billion to $9.3 billion: the currency
    // written again before the high end (up by £25 to £125, rose from $1 billion to $2 billion are a change and a level)
    const again = lowSymbol ? CURRENCY_AT.exec(s.slice(n.end + joiner[0].length, n.end + joiner[0].length + 5)) : null;
    const read = again ? readNumeral(s, n.end + joiner[0].length + again[0].length) : undefined;
    const before = wordBefore(s, written);
    const sameScale = n.scale > 1 && read?.scale === n.scale && !rangeChangeBefore.has(before) && !timesChangeVerbs.has(before);
    const repeated = again && (!/[a-z]/i.test(joiner[0]) || opener !== undefined || sameScale || rangeAmountBefore.has(before)) ? again : null;
    const other = again ? (repeated ? read : undefined) : readNumeral(s, n.end + joiner[0].length);
    const highUnit = other && unitAfter(s, other.end);
    const highNoun = other && !highUnit && countedNoun(s, other.end);
    // aged four to 11: a range may mix words and digits
    if (other && (other.kind === n.kind || other.kind === 'words' || other.kind === 'digits')) {
      // aged 11 to 16: the ages are the unit
      // two to three million shares the scale; 480,000 to 1.4 billion is two numbers, not a range
      const sharedScale = other.scale > 1 && n.scale === 1 && n.value < other.value / other.scale;
      if (other.value > n.value && (highUnit || highNoun || sharedScale || repeated || ageBefore.has(wordBefore(s, n.start)))) {
        last = other;
        high = other.value;
        // two to three million: the scale of the high end is the low end's too
        if (sharedScale) value = n.value * other.scale;
      } else if (n.kind === 'digits' && !/[a-z]/i.test(joiner[0]) && !symbolBefore(s, n.start)) {
        return undefined; // a score or a vote (69-30): no figure
      }
    }
  }
  let end = last.end;
  let figure: Figure | undefined;
  const symbol = symbolBefore(s, start);
  if (symbol) start -= symbol[0].length - symbol[0].indexOf(symbol[1]);
  // minus 30 degrees: the sign word is inside the span, as 零下 is
  const minus = !symbol && /(?:^|[^A-Za-z])(minus )$/i.exec(s.slice(Math.max(0, start - 7), start));
  if (minus) {
    start -= minus[1].length;
    value = -value;
    if (high !== undefined) high = -high;
  }
  // a magnitude 6.8 earthquake: a unit written before the number
  const unitBefore = !symbol && !minus ? UNIT_BEFORE.exec(s.slice(Math.max(0, start - 12), start)) : null;
  // 40-odd years: the unit comes after the approximation
  const inside = approxInside.exec(s.slice(end, end + 12))?.[0].length ?? 0;
  const unit = last.metres ? undefined : (inside && unitAfter(s, end + inside)) || unitAfter(s, end, n.start);
  // Grade 3C, Class 5F: a label, not a temperature
  if (unit && gluedSymbols.get(unit.entry.word) === unit.entry && labelBefore(s, n.start)) return undefined;
  if (unitBefore && !unit) {
    start -= unitBefore[0].length - unitBefore[0].indexOf(unitBefore[1]);
    figure = { type: 'other', value, unit: otherUnitsBefore[unitBefore[1].toLowerCase()], approx: false };
  } else if (last.metres) figure = { type: 'quantity', value, unit: 'm', approx: false };
  else if (symbol) {
    figure = { type: 'money', value, unit: currencySymbols[symbol[1]] ?? currencyCodes[symbol[1]], approx: false };
    // $5 million USD: the code after the number stays in the span
    if (unit?.code) end = unit.end;
  } else if (unit) {
    // the five-year plan, a three-year action plan: a name, not a span of time
    if (s[end] === '-' && unit.entry.type === 'duration' && planFollows(s, unit.end)) return undefined;
    let { type, unit: code } = unit.entry;
    let factor = unit.entry.factor ?? 1;
    if (poundWords.has(unit.entry.word) && poundIsWeight(s, start, unit.end, last.scale > 1)) [type, code] = ['quantity', 'lb'];
    const timesRatio =
      !Number.isInteger(value) || timesComparisons.has(NEXT_WORD.exec(s.slice(unit.end, unit.end + 20))?.[1].toLowerCase() ?? '') || timesChangeVerbs.has(wordBefore(s, start));
    if (code === 'x' && unit.entry.word === 'times' && !timesRatio) {
      [type, code] = ['count', TIME_UNIT];
    }
    // 1.5 million day visitors: a singular word of time before the counted noun is its modifier
    if (type === 'duration' && !/s$/i.test(unit.entry.word) && s[end] !== '-' && !(n.value === 1 && n.scale === 1)) {
      const counted = countedNoun(s, end);
      if (counted) return withApprox(s, start, counted.end, last, { type: 'count', value, unit: counted.unit, approx: false });
    }
    // a day and a half, an hour and a half: the share comes after the unit
    const half = high === undefined ? andAFraction(s, unit.end) : undefined;
    if (half) value += half.value;
    // one hour, one day: value 1 in words is no span of time to report, as 一天 is not (one tonne is a measure)
    if (type === 'duration' && n.kind === 'words' && value * factor === 1 && high === undefined) return undefined;
    // 95p is 0.95 GBP, not 0.9500000000000001: a factor's float error is rounded away
    const times = (x: number) => Number((x * factor).toPrecision(15));
    figure = { type, value: times(value), unit: code, approx: false };
    if (high !== undefined) high = times(high);
    end = unit.end + (half?.length ?? 0);
    // 3.5%-5.5%, 10km-12km: a range with the unit written at both ends, joined by a hyphen or a dash ("5% to 6%" is a change)
    const dash = high === undefined && !half ? /^[-–]/.exec(s.slice(end, end + 1)) : null;
    const other = dash && /\d/.test(s[end + 1] ?? '') ? readNumeral(s, end + 1) : undefined;
    const otherUnit = other && unitAfter(s, other.end);
    if (other && otherUnit?.entry === unit.entry && other.value > value) {
      high = times(other.value);
      end = otherUnit.end;
    }
    const smaller = high === undefined && !half ? smallerUnit(s, end, code) : undefined;
    if (smaller) {
      figure.value = value + smaller.value;
      end = smaller.end;
    }
  } else if (n.kind === 'fraction') {
    // half alone is a fraction only where it measures something: about half, half of the land
    if (/^half$/i.test(s.slice(n.start, n.end))) {
      const prev = wordBefore(s, n.start);
      const next = NEXT_WORD.exec(after)?.[1].toLowerCase();
      if (!halfBefore.has(prev) && !(next && halfAfter.has(next))) return undefined;
      if (prev === 'a' || prev === 'and') return undefined; // a year and a half, one and a half: left to the unit
    }
    figure = { type: 'ratio', value: n.value, unit: 'fraction', approx: false };
  } else if (n.kind === 'vague') {
    const noun = /^\s+of\s+([A-Za-z]+)/.exec(after);
    const money = noun && unitAfter(s, n.end + noun[0].length - noun[1].length - 1);
    if (money && money.entry.type === 'money') {
      figure = { type: 'money', value, unit: money.entry.unit, approx: true };
      end = money.end;
    } else {
      figure = { type: 'count', value, approx: true };
      if (noun && isPlural(noun[1])) figure.unit = singular(noun[1]);
    }
  } else {
    const isYear = n.kind === 'digits' && n.scale === 1 && /^\d{4}$/.test(s.slice(n.start, n.end)) && value >= minYear && value <= maxYear;
    const partOf = isYear || high !== undefined ? undefined : partitiveNoun(s, n);
    let compared: string | undefined;
    const hyphened = !isYear && high === undefined && (n.kind === 'digits' || (n.kind === 'words' && value >= 2)) ? hyphenedCount(s, end, n.kind === 'words') : undefined;
    // adults over 65 meets the guidelines: after an age phrase the number is an age, whatever word follows it
    const aged = !isYear && high === undefined && value >= 1 && agePhraseBefore.test(s.slice(Math.max(0, start - 24), start));
    const counted = partOf || aged ? undefined : countedNoun(s, end) ?? hyphened;
    if (isYear && (!counted || yearPrepositionBefore(s, n.start) || yearNouns.has(s.slice(n.end, counted.end).trim().toLowerCase()))) return { start, end, figure: { type: 'year', value, approx: false } };
    if (counted) {
      if (n.kind === 'words' && n.value === 1 && high === undefined) return undefined; // one person, one of: value 1 in words is no fact
      if (labelBefore(s, n.start)) return undefined; // Year 6 pupils, stage 6 cuts, the iPhone 15 Pro
      // the two countries; not a compound adjective (the five-match series)
      if (n.kind === 'words' && n.value <= referentialMax && counted !== hyphened && referentialBefore.has(wordBefore(s, n.start))) return undefined;
      figure = { type: 'count', value, unit: counted.unit, approx: false };
      end = counted.end;
    } else if (partOf) {
      // Of the 70 cities surveyed, 57 reported declines: the number counts the cities named before it
      figure = { type: 'count', value, unit: partOf, approx: false };
    } else if (aged) {
      // children under five, people over 65: an age, its noun left unsaid
      figure = { type: 'other', value, unit: AGE_UNIT, approx: false };
    } else if ((peopleVerbs.has(wordBefore(s, n.start)) || peopleBefore.test(s.slice(Math.max(0, start - 24), start)) || peopleAfter.has(NEXT_WORD.exec(after)?.[1].toLowerCase() ?? '')) && !isYear && (n.kind === 'digits' || value >= 2)) {
      // killed three and injured 12, a crowd of 61,500: people, their noun left unsaid
      figure = { type: 'count', value, approx: false };
    } else if (!isYear && high === undefined && (n.kind === 'digits' || value >= 2) && (compared = comparedNoun(s, n))) {
      // two rate cuts in 2025, down from four: the count named before it
      figure = { type: 'count', value, unit: compared, approx: false };
    } else if (n.kind === 'digits' && high === undefined) {
      if (isLabel(s, n) || (Number.isInteger(value) && Math.abs(value) < 2 && n.scale === 1)) return undefined;
      // 516 of the A320neo family, as eight of the ten largest: a count of the things named after it; won 23 of
      // 38 games: a count of the noun the second number counts
      const of = /^\s+of\s+([A-Za-z]+|\d[\d,]*)/.exec(after);
      figure = { type: countsOf(of?.[1].toLowerCase()) ? 'count' : 'other', value, approx: false };
      const ofNoun = of && /^\d/.test(of[1]) ? countedNoun(s, n.end + of[0].length) : undefined;
      if (ofNoun) figure.unit = ofNoun.unit;
      if (ageBefore.has(wordBefore(s, n.start)) || isAgeApposition(s, n)) figure.unit = AGE_UNIT;
    } else if (n.kind === 'digits' || high !== undefined) {
      // from 1.2 to 1.5 million, aged 11 to 16, aged four to 11: a range without a unit is read only with a scale or an age (above)
      figure = { type: 'other', value, approx: false };
      if (ageBefore.has(wordBefore(s, n.start))) figure.unit = AGE_UNIT;
    } else if (n.kind === 'words' && n.scale > 1) {
      figure = { type: 'count', value, approx: false };
    } else if (n.kind === 'words' && value >= 2 && countsOf(/^\s+of\s+([A-Za-z]+|\d)/.exec(after)?.[1].toLowerCase())) {
      // eight of the ten largest, two of them, six of 20: a count of the things named after it
      figure = { type: 'count', value, approx: false };
    } else return undefined;
  }
  if (!figure) return undefined;
  if (high !== undefined) figure.high = high;
  return withApprox(s, start, end, last, figure);
}

/** Amina Yusuf, 52, said: a whole number between commas right after a capitalised name is the person's age. */
function isAgeApposition(s: string, n: Numeral): boolean {
  if (n.scale !== 1 || !/^\d+$/.test(s.slice(n.start, n.end)) || n.value < 1 || n.value > ageApposition || s[n.end] !== ',') return false;
  // a capitalised word and a comma, not a month's (in March, 52, ...), or a person's noun after the or a (the singer, 67, said)
  const before = s.slice(Math.max(0, n.start - 30), n.start);
  const name = /(?:^|[^A-Za-z])([A-Z][a-z'’-]+),\s$/.exec(before);
  const noun = NOUN_BEFORE_COMMA.exec(before)?.[1];
  return (!!name && !monthNumber.has(name[1].toLowerCase())) || (!!noun && isPersonNoun(noun));
}

/**
 * A time in minutes and seconds with their hundredths (3:26.73), or in hours, minutes and seconds
 * (2:05:30), as a race's result is written: a duration in its first unit. 10:30 alone is a time of day.
 */
function raceTime(s: string, n: Numeral): Candidate | undefined {
  const m = /^:(\d{2})(?::(\d{2})(?:\.\d+)?|(\.\d+))(?![\d:])/.exec(s.slice(n.end, n.end + 12));
  if (!m || n.kind !== 'digits' || n.scale !== 1 || !Number.isInteger(n.value)) return undefined;
  const value = m[2] !== undefined ? n.value + Number(m[1]) / 60 + Number(m[2]) / 3600 : n.value + Number(m[1] + m[3]) / 60;
  return withApprox(s, n.start, n.end + m[0].length, n, { type: 'duration', value: Number(value.toPrecision(12)), unit: m[2] !== undefined ? 'h' : 'min', approx: false });
}

/** a 3:1 ratio, outnumbered 2:1: two numbers joined by a colon beside a word of ratio, the first over the second (a score or a time stays none). */
function colonRatio(s: string, n: Numeral): Candidate | undefined {
  const m = /^:(\d{1,3})(?![\d:]|\.\d)/.exec(s.slice(n.end, n.end + 8));
  if (!m || n.kind !== 'digits' || n.scale !== 1 || Number(m[1]) === 0) return undefined;
  const end = n.end + m[0].length;
  if (!COLON_RATIO_AFTER.test(s.slice(end, end + 12)) && !COLON_RATIO_BEFORE.test(s.slice(Math.max(0, n.start - 40), n.start))) return undefined;
  return withApprox(s, n.start, end, n, { type: 'ratio', value: n.value / Number(m[1]), unit: 'x', approx: false });
}

/** the men's 3,000m, won the 400m, her 1500m title: a distance glued to its digits that names a race, not a length. */
function isRaceDistance(s: string, n: Numeral): boolean {
  if (s[n.end] === '-' || symbolBefore(s, n.start)) return false;
  // the men's 3,000m, or the unit spelt out after a space (won the 100 metres)
  const glued = s[n.end - 1] === 'm' && /\d/.test(s[n.end - 2] ?? '');
  const unit = glued ? undefined : NEXT_WORD.exec(s.slice(n.end, n.end + 12));
  if (!glued && !(unit && eventDistance.units.has(unit[1].toLowerCase()))) return false;
  const end = n.end + (unit?.[0].length ?? 0);
  const next = NEXT_WORD.exec(s.slice(end, end + 30))?.[1].toLowerCase();
  if (next && eventDistance.after.has(next)) return true;
  return eventDistance.before.has(wordBefore(s, n.start)) && (!next || /^\s*[,.;:)]/.test(s.slice(end, end + 3)) || eventDistance.nextAllowed.has(next));
}

/** The candidate start..end with `figure`, approximate when the words around it say so (about, or so, -odd). */
function withApprox(s: string, start: number, end: number, last: Numeral, figure: Figure): Candidate {
  figure.approx =
    figure.approx ||
    approxBefore.test(s.slice(Math.max(0, start - 25), start)) ||
    approxAfter.test(s.slice(end, end + 12)) ||
    approxInside.test(s.slice(last.end, last.end + 12));
  return { start, end, figure };
}

/** A year after in, since, by...: "in 2019 farmers" is a year, "2019 farmers" could be a count. */
function yearPrepositionBefore(s: string, at: number): boolean {
  const prev = wordBefore(s, at);
  return prev === '' || yearPrepositions.has(prev);
}

/**
 * Where numerals may start in sentence `s` (digits not glued to a word, number words), and
 * which kinds of date words it holds; one pass over its words with set lookups.
 */
function numberStarts(s: string): { starts: number[]; hints: DateHints } {
  const starts: number[] = [];
  const hints: DateHints = { month: false, period: false, digit: false };
  let previous: RegExpExecArray | undefined;
  for (const m of s.matchAll(TOKEN)) {
    const token = m[0];
    const at = m.index;
    if (token[0] === '-' || token[0] === '−' || (token[0] >= '0' && token[0] <= '9')) {
      hints.digit = true;
      // RMB1.2 billion: a currency code glued to the digits starts no word
      if (at === 0 || !GLUED_BEFORE.test(s[at - 1]) || symbolBefore(s, at)) starts.push(at);
      // up .5%: a decimal point after a space or a bracket opens the number
      else if (s[at - 1] === '.' && /^(?:|[\s(])$/.test(s.slice(Math.max(0, at - 2), at - 1))) starts.push(at - 1);
      // magnitude-8.0: the hyphen joins a unit written before the number, it is no minus
      else if (token[0] === '-' && UNIT_BEFORE.test(s.slice(Math.max(0, at - 12), at + 1))) starts.push(at + 1);
    } else {
      const word = token.toLowerCase();
      if (monthNumber.has(word)) hints.month = true;
      if (periodWords.has(word)) hints.period = true;
      if (decadeWords.has(word)) hints.decade = true;
      const stem = word.endsWith('fold') ? word.slice(0, -4) : word;
      // "a" is a number before hundred, million, dozen, third: read at the article
      if (previous && /^an?$/i.test(previous[0]) && (articleNumberWords.has(word) || andAFraction(s, at + token.length)) && previous.index + previous[0].length + 1 === at) {
        starts.push(previous.index);
      }
      if (numberStartWords.has(word) || (stem !== word && stem in cardinals)) starts.push(at);
    }
    previous = m;
  }
  return { starts: starts.sort((a, b) => a - b), hints };
}

/** The figures of one sentence `s`, offsets within it. */
function scanSentence(s: string, dayFirst: boolean): Candidate[] {
  const { starts, hints } = numberStarts(s);
  hints.dayFirst = dayFirst;
  // FY23 holds digits glued to letters: no numeral starts there, but a date may
  if (!starts.length && !hints.month && !hints.period && !hints.digit && !hints.decade) return [];
  const dates = findDates(s, hints);
  const out: Candidate[] = [];
  let consumed = 0;
  let d = 0;
  for (const at of starts) {
    if (at < consumed) continue;
    while (d < dates.length && dates[d].end <= at) d++;
    if (d < dates.length && dates[d].start <= at) continue;
    // a capitalised number word inside a sentence belongs to a name (the Five-Year Plan, the Two Sessions)
    if (isCapital(s[at]) && /[A-Za-z,;]\s*$/.test(s.slice(Math.max(0, at - 8), at))) continue;
    const n = readNumeral(s, at);
    if (!n) continue;
    const c = classify(s, n);
    consumed = Math.max(n.end, c?.end ?? 0);
    if (c) out.push(c);
  }
  for (const date of dates) out.push(dateCandidate(date));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of out) {
    const previous = kept[kept.length - 1];
    if (previous && c.start < previous.end) continue;
    const range = previous && RANGE_BETWEEN.test(s.slice(previous.end, c.start)) ? joinRange(previous, c) : undefined;
    if (range) kept[kept.length - 1] = range;
    else kept.push(c);
  }
  return kept;
}

/** Between the ends of a range of dates or years: May 30 to June 2, 2015 through 2018. */
const RANGE_BETWEEN = /^\s*(?:to|through|until|till|-|–)\s*$/;

/**
 * Two dates or two years joined as one range, as 五月三十日到六月2日 and 2015年到2018年 are:
 * the second must come later and be of the same kind; a year written only at the end is both ends'.
 */
function joinRange(a: Candidate, b: Candidate): Candidate | undefined {
  if (a.figure.type === 'year' && b.figure.type === 'year' && a.figure.high === undefined && b.figure.high === undefined && b.figure.value > a.figure.value) {
    return { start: a.start, end: b.end, figure: { ...a.figure, high: b.figure.value } };
  }
  const [from, to] = [a.date, b.date];
  if (!from || !to || from.high || to.high || !from.month || !to.month || !from.day !== !to.day || from.quarter || to.quarter) return undefined;
  const year = from.year ?? to.year;
  const later = (to.year ?? year ?? 0) * 10000 + to.month * 100 + (to.day ?? 0) > (year ?? 0) * 10000 + from.month * 100 + (from.day ?? 0);
  if (!later) return undefined;
  const date: DateParts = { ...from, high: { month: to.month, ...(to.day && { day: to.day }), ...(to.year && { year: to.year }) } };
  if (year) date.year = year;
  return { start: a.start, end: b.end, figure: a.figure, date };
}

function dateCandidate(d: DateCandidate): Candidate {
  if (d.figure) return { start: d.start, end: d.end, figure: d.figure };
  return { start: d.start, end: d.end, figure: { type: 'date', value: '', approx: false }, date: d.parts };
}

/** A day of the month alone (on the 15th) takes the month and year of the latest date before it, as --MM-DD when yearless; with none, ---DD. */
function settleDays(candidates: Candidate[]): void {
  let month: string | undefined;
  for (const c of candidates) {
    if (c.day !== undefined) c.figure.value = `${month ?? '--'}-${String(c.day).padStart(2, '0')}`;
    else if (c.figure.type === 'date') month = /^(\d{4}|-)-\d\d(?=-\d\d$|$)/.exec(String(c.figure.value))?.[0] ?? month;
  }
}

/**
 * ¥ in a Japanese text, Rs in a Pakistani one, dirhams in a Moroccan one: a sign or word several
 * countries share is the currency of the country the text names more often than the usual one's.
 * Each list is matched over the text once.
 */
function settleCurrenciesByContext(text: string, kept: Candidate[]): void {
  for (const { from, to, spelling, context, unless } of currencyContexts) {
    const shared = kept.filter((c) => c.figure.unit === from && spelling.test(text.slice(c.start, c.end)));
    if (!shared.length) continue;
    const named = text.match(context)?.length ?? 0;
    if (named > (unless ? text.match(unless)?.length ?? 0 : 0)) for (const c of shared) c.figure.unit = to;
  }
}

/** R400 billion outside a South African text, N7 outside a Nigerian one: a capital read as a currency's sign is no money there, and no figure. */
function dropSignsOutOfContext(text: string, kept: Candidate[]): void {
  const absent = [...contextSymbolTexts].filter(([, context]) => !context.test(text)).map(([sign]) => sign);
  if (!absent.length) return;
  const out = kept.filter((c) => !(c.figure.type === 'money' && absent.some((sign) => text.startsWith(sign, c.start) && /[\d\s]/.test(text[c.start + sign.length] ?? ''))));
  kept.splice(0, kept.length, ...out);
}

/** A dated line at the top of the article (JINAN, March 4, 2021 --; Updated: 2021-03-04) states the article's year. */
function isDateline(text: string, start: number): boolean {
  return start < datelineWindow && DATELINE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** English text: only a dateline states the article's year; a year mentioned in passing is no ground for a guess. */
const ENGLISH_YEAR_RULES: YearRules = { isDateline, latestFactYear: false, clauseBreak: attributionBreak };

/**
 * All figures in an English text, sorted and non-overlapping; `date` is the publication date
 * when known. A sentence that fails loses only its own figures (`onError` hears of it, for tests
 * and diagnostics).
 */
export function extractEnglishFigures(text: string, date?: string, onError?: (error: unknown, sentence: string) => void): FigureAnnotation[] {
  return readEnglishFigures(text, date, onError).figures;
}

/**
 * The figures of an English text with the article's year (for the periods of lib/facts/), read
 * over its `sentences` (extract() splits the text once, for this and for the facts).
 */
export function readEnglishFigures(text: string, date?: string, onError?: (error: unknown, sentence: string) => void, sentences: Span[] = sentenceSpans(text, 'en')): FiguresRead {
  const kept: Candidate[] = [];
  const labels = englishLabels(text);
  const dayFirst = DAY_FIRST_MARKER.test(text);
  for (const { start: from, end: to } of sentences) {
    const s = text.slice(from, to);
    let found: Candidate[];
    try {
      found = scanSentence(s, dayFirst);
    } catch (error) {
      onError?.(error, s);
      continue;
    }
    // numbers in a short quoted label ("one country, two systems") are no figures
    for (const c of found) if (!labels.overlaps(c.start + from, c.end + from)) kept.push({ ...c, start: c.start + from, end: c.end + from });
  }
  settleCurrenciesByContext(text, kept);
  dropSignsOutOfContext(text, kept);
  const year = settleDates(text, kept, date, ENGLISH_YEAR_RULES);
  settleDays(kept);
  const figures: FigureAnnotation[] = kept.map((c) => ({ kind: 'figure', start: c.start, end: c.end, text: text.slice(c.start, c.end), figure: c.figure }));
  return year === undefined ? { figures } : { figures, year };
}
