// Finds the dates of one English sentence: March 4, 2021; Sept 9th 2019; 12 May 2018; end of
// June; in March; 5/17; 2021-03-15; the third quarter of 2021, Q3 2021, second-quarter, the 1988
// third quarter; the 1990s; 2021-2025. Month names, periods and the words around them are data
// (vocabulary/en.json); the year of a yearless date is settled later for the whole text (./dates.ts).
import type { Figure } from '../annotation';
import type { DateParts } from './dates';
import {
  MONTH, PERIOD, UNIT_AT, maxYear, minYear, monthAloneAfter, monthNumber, monthParts, periods, alternation, wordBefore, yearEndParts, ordinalWords, shortDecadesOfThisCentury, BARE_DECADE_NOT_AFTER, decadeWords, centuryWords,
} from './en-vocabulary';

export interface DateCandidate {
  start: number;
  end: number;
  /** A calendar date or period, whose year may still be unknown. */
  parts?: DateParts;
  /** A figure complete as read: a decade or a range of years. */
  figure?: Figure;
}

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** The days of a month as ordinal words (third, twenty-first), by their lower-cased spelling. */
const dayWords = new Map([...ordinalWords].filter(([, n]) => n <= 31));
const DAY_WORD = `(${alternation(dayWords.keys())})`;
/** A day written in digits or as an ordinal word (May 3rd, May the third): the number of the one matched. */
const dayOf = (digits: string | undefined, word: string | undefined): number | undefined => (digits ? Number(digits) : word ? dayWords.get(word.toLowerCase()) : undefined);
const YEAR = String.raw`((?:1[6-9]|20)\d\d)`;
const PART = `(?:(?:${alternation(monthParts.filter((p) => !p.endsWith('-')))})\\s+|mid-)?`;
const END = String.raw`(?![\w])`;

// Month first: March 4, 2021 / Sept 9th 2019 / June 12-14 / March 2021 / end of June / May the 3rd / May third / May '21
const MONTH_FIRST = new RegExp(
  `${PART}(${MONTH})(?:\\s+(?:(?:the\\s+)?${DAY}(?:\\s*(?:-|–|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\d:])|${DAY_WORD}(?![A-Za-z-])))?(?:,?\\s+(?:${YEAR}|['’](\\d\\d))${END})?(?![A-Za-z])`,
  'giu',
);
// A range of months: January-November (2021), as 1-11月
const MONTH_RANGE = new RegExp(`(${MONTH})\\s*[-–]\\s*(${MONTH})(?:,?\\s+${YEAR}${END})?(?![A-Za-z])`, 'giu');
// Day first: 12 May 2018 / the 5th of May / the third of May
const DAY_FIRST = new RegExp(`(?<![\\d.,A-Za-z-])(?:${DAY}|${DAY_WORD}(?=\\s+of\\s))(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+${YEAR}${END})?(?![A-Za-z])`, 'giu');
// 2021-03-15 and 2021/03/15, the same separator twice
const ISO = new RegExp(`(?<![\\d/-])${YEAR}([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d/-])`, 'g');
// 03.05.2021: day first, as the dotted dates of Europe are written
const DOTTED = new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?![\\d]|\\.\\d)`, 'g');
const SLASHED = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
// the third quarter of 2021, Q3 2021, second-quarter, the 1988 third quarter; Q1-Q3 2023, a run of quarters (group 3)
const PERIOD_RE = new RegExp(
  `(?<![A-Za-z0-9])(?:${YEAR}[ -])?(${PERIOD})(?:\\s*[-–]\\s*(${PERIOD}))?(?:(?:\\s+of|,)?\\s+(?:the\\s+)?(?:year\\s+)?${YEAR}${END})?(?![A-Za-z0-9])`,
  'gi',
);
// the end of 2025 (a month, as 2025年底), mid-2021, early 2022: a year with the part of it the text names
const YEAR_PART = new RegExp(`(?<![A-Za-z])(${alternation(monthParts)})\\s?${YEAR}(?![\\w-])`, 'gi');
// the 1990s, the late 2010s, the mid-1980s: the part of the decade stays in its span, as it does before a year
const DECADE = new RegExp(`(?<![\\w'’])(?:(?:${alternation(monthParts)})\\s?)?((?:1[6-9]|20)\\d)0s(?![A-Za-z])`, 'gi');
// the '80s, the mid-'90s, the 80s: a decade in two digits, with its apostrophe (group 1) or after "the"
const SHORT_DECADE = new RegExp(`(?<![\\w'’-])(?:(?:${alternation(monthParts)})\\s?)?(['’])?(\\d)0s(?![\\w'’])`, 'gi');
// the nineties, the early eighties, the nineteen-nineties: a decade in words after "the" (group 1 its hundreds, group 2 its tens)
const WORD_DECADE = new RegExp(`(?<![\\w'’-])(?:(?:${alternation(monthParts)})\\s?)?(?:(${alternation(centuryWords.keys())})[- ])?(${alternation(decadeWords.keys())})(?![\\w'’])`, 'gi');
// 2021-2025, 2021-22, and the season or fiscal year 2019/20
// FY2026, FY23, FY2023/24: a fiscal year by its (last) calendar year, as companies and governments name it
const FISCAL_YEAR = /(?<![A-Za-z0-9])FY ?((?:19|20)?\d\d)(?:[/-]((?:19|20)?\d\d))?(?![\w/-])/g;
const YEAR_RANGE = new RegExp(`(?<![\\d/-])${YEAR}(?:\\s*[-–]\\s*(\\d{4}|\\d{2})|/(\\d{2}))(?![\\d/-])`, 'g');
// the Song Dynasty (960-1279), Su Shi (1037-1101): a reign's or a life's years in brackets after its name, of any length
const BRACKETED_YEARS = /(?<=\p{Lu}\p{Ll}+ \()([2-9]\d\d|1\d{3})\s*[-–]\s*(\d{3,4})(?=\))/gu;

const isCapital = (c: string | undefined): boolean => !!c && c >= 'A' && c <= 'Z';
const validDay = (month: number, day: number): boolean => day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
const monthOf = (word: string): number | undefined => monthNumber.get(word.toLowerCase().replace('.', ''));
const inYears = (y: number): boolean => y >= minYear && y <= maxYear;
/** A year written in two digits (FY23) is of this century. */
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));

function monthFirst(s: string, out: DateCandidate[]): void {
  for (const m of s.matchAll(MONTH_FIRST)) {
    const [whole, monthWord, digits, highDay, word, longYear, shortYear] = m;
    const day = dayOf(digits, word);
    const year = longYear ?? (shortYear && String(fullYear(shortYear)));
    const monthAt = m.index + whole.indexOf(monthWord);
    // march and may are ordinary words in lower case
    if (!isCapital(monthWord[0])) continue;
    const month = monthOf(monthWord)!;
    const hasPart = monthAt > m.index;
    // a full month name alone is a date only after in, since, until...; an abbreviation alone never is
    if (!day && !year && !hasPart && (monthWord.length < 5 && !/^(?:may|june|july)$/i.test(monthWord) || !monthAloneAfter.has(wordBefore(s, m.index)))) continue;
    if (day && !validDay(month, Number(day))) continue;
    const parts: DateParts = { month };
    if (day) parts.day = Number(day);
    if (highDay && Number(highDay) > Number(day)) parts.high = { day: Number(highDay) };
    if (year) parts.year = Number(year);
    out.push({ start: m.index, end: m.index + whole.length, parts });
  }
}

function monthRange(s: string, out: DateCandidate[]): void {
  for (const m of s.matchAll(MONTH_RANGE)) {
    const [whole, from, to, year] = m;
    if (!isCapital(from[0]) || !isCapital(to[0])) continue;
    const parts: DateParts = { month: monthOf(from)!, high: { month: monthOf(to)! } };
    if (parts.high!.month! <= parts.month!) continue;
    if (year) parts.year = Number(year);
    out.push({ start: m.index, end: m.index + whole.length, parts });
  }
}

function dayFirst(s: string, out: DateCandidate[]): void {
  for (const m of s.matchAll(DAY_FIRST)) {
    const [whole, digits, word, monthWord, year] = m;
    if (!isCapital(monthWord[0])) continue;
    const day = dayOf(digits, word)!;
    // the third of May, never a third of May's rain
    if (word && !/\bthe\s+$/i.test(s.slice(Math.max(0, m.index - 5), m.index))) continue;
    const month = monthOf(monthWord)!;
    if (!validDay(month, Number(day))) continue;
    const parts: DateParts = { month, day: Number(day) };
    if (year) parts.year = Number(year);
    out.push({ start: m.index, end: m.index + whole.length, parts });
  }
}

function numeric(s: string, out: DateCandidate[], dayFirst: boolean): void {
  for (const m of s.matchAll(ISO)) {
    const [whole, year, , month, day] = m;
    if (!validDay(Number(month), Number(day)) || Number(month) > 12) continue;
    out.push({ start: m.index, end: m.index + whole.length, parts: { year: Number(year), month: Number(month), day: Number(day) } });
  }
  for (const m of s.matchAll(DOTTED)) {
    const [whole, day, month, year] = m;
    if (Number(month) < 1 || Number(month) > 12 || !validDay(Number(month), Number(day))) continue;
    out.push({ start: m.index, end: m.index + whole.length, parts: { year: Number(year), month: Number(month), day: Number(day) } });
  }
  for (const m of s.matchAll(SLASHED)) {
    const [whole, a, b, y] = m;
    let month = Number(a);
    let day = Number(b);
    // 17/5/2021 is day first, as is 3/5/2021 in a text that writes dates so; without a year, a proper fraction before a unit is a fraction (1/2 mile)
    if (y && (month > 12 || (dayFirst && day <= 12))) [month, day] = [day, month];
    if (month < 1 || month > 12 || !validDay(month, day)) continue;
    const rest = s.slice(m.index + whole.length, m.index + whole.length + 24);
    if (!y && (UNIT_AT.test(rest.replace(/^[\s-]/, '')) || /^\s+of\b/.test(rest))) continue;
    if (!y && Number(a) < Number(b) && Number(b) <= 10) continue; // 1/2, 3/4: fractions, not 2 January
    const parts: DateParts = { month, day };
    if (y) parts.year = y.length === 4 ? Number(y) : 2000 + Number(y);
    out.push({ start: m.index, end: m.index + whole.length, parts });
  }
}

function quarters(s: string, out: DateCandidate[]): void {
  for (const m of s.matchAll(PERIOD_RE)) {
    const [whole, yearBefore, word, highWord, yearAfter] = m;
    // Q3 and H1 only in capitals: q3 is no period
    if (/^[qh]\d/.test(word) || (highWord && /^[qh]\d/.test(highWord))) continue;
    const period = periods.get(word.toLowerCase().replace(/-/g, ' '));
    if (!period) continue;
    // Q1-Q2: a run of quarters ends at the second; any other pair (H1-H2) keeps only its first, without the year
    const other = highWord ? periods.get(highWord.toLowerCase().replace(/-/g, ' ')) : undefined;
    const high = period.quarter && !period.highQuarter && other?.quarter && !other.highQuarter && other.quarter > period.quarter ? other : undefined;
    const end = highWord && !high ? m.index + whole.indexOf(word) + word.length : m.index + whole.length;
    const parts: DateParts = {};
    if (period.quarter) parts.quarter = period.quarter;
    if (period.half) parts.half = period.half;
    if (period.highQuarter) parts.highQuarter = period.highQuarter;
    if (high?.quarter) parts.highQuarter = high.quarter;
    if (period.month) parts.month = period.month;
    if (period.highMonth) parts.high = { month: period.highMonth };
    const year = yearBefore ?? (end === m.index + whole.length ? yearAfter : undefined);
    if (year) parts.year = Number(year);
    out.push({ start: m.index, end, parts });
  }
}

/** Whether a decade written without its century (the 80s, the nineties) at `at` stands after "the" and no word of temperature or age (highs in the 80s). */
function bareDecadeAt(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 60), at);
  return /(?:^|[^A-Za-z])the\s+$/i.test(before) && !BARE_DECADE_NOT_AFTER.test(before);
}
/** The century of a decade written without it: this one's for its first decades ('10s), the last one's after. */
const centuryOfBareDecade = (decade: number): number => (decade <= shortDecadesOfThisCentury ? 2000 : 1900);

/** The nineties, the nineteen-eighties: a decade in words after "the", as "the 80s" is, not after a word of temperature or age (highs in the nineties). */
function wordDecades(s: string, out: DateCandidate[]): void {
  for (const m of s.matchAll(WORD_DECADE)) {
    if (!bareDecadeAt(s, m.index)) continue;
    const decade = decadeWords.get(m[2].toLowerCase())!;
    const century = m[1] ? centuryWords.get(m[1].toLowerCase())! : centuryOfBareDecade(decade);
    out.push({ start: m.index, end: m.index + m[0].length, figure: { type: 'year', value: century + decade, high: century + decade + 9, approx: false } });
  }
}

/** The 1990s: a year with its decade as the range. */
function decades(s: string, out: DateCandidate[]): void {
  for (const m of s.matchAll(DECADE)) {
    const from = Number(`${m[1]}0`);
    out.push({ start: m.index, end: m.index + m[0].length, figure: { type: 'year', value: from, high: from + 9, approx: false } });
  }
  for (const m of s.matchAll(SHORT_DECADE)) {
    if (!m[1] && !bareDecadeAt(s, m.index)) continue;
    const decade = Number(m[2]) * 10;
    const from = centuryOfBareDecade(decade) + decade;
    out.push({ start: m.index, end: m.index + m[0].length, figure: { type: 'year', value: from, high: from + 9, approx: false } });
  }
  for (const m of s.matchAll(FISCAL_YEAR)) {
    const from = fullYear(m[1]);
    const to = m[2] && fullYear(m[2]);
    const figure: Figure = { type: 'year', value: from, approx: false };
    if (to && to > from && to - from < 3) figure.high = to;
    if (inYears(from)) out.push({ start: m.index, end: m.index + m[0].length, figure });
  }
  for (const m of s.matchAll(YEAR_RANGE)) {
    const from = Number(m[1]);
    const written = m[2] ?? m[3];
    const to = written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) : Number(written);
    if (!inYears(from) || to <= from || to - from > 100) continue;
    out.push({ start: m.index, end: m.index + m[0].length, figure: { type: 'year', value: from, high: to, approx: false } });
  }
  for (const m of s.matchAll(BRACKETED_YEARS)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    // a range of recent years the pattern above has read already
    if (to <= from || to > maxYear || (inYears(from) && to - from <= 100)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, figure: { type: 'year', value: from, high: to, approx: false } });
  }
}

/** The end of 2025 is December 2025; mid-2021 and early 2022 are those years. */
function yearParts(s: string, out: DateCandidate[]): void {
  for (const m of s.matchAll(YEAR_PART)) {
    const [whole, part, year] = m;
    const month = yearEndParts[part.toLowerCase()];
    if (month) out.push({ start: m.index, end: m.index + whole.length, parts: { year: Number(year), month } });
    else out.push({ start: m.index, end: m.index + whole.length, figure: { type: 'year', value: Number(year), approx: false } });
  }
}

/** Which kinds of date words a sentence holds, so that a sentence without a month skips the month patterns. */
export interface DateHints {
  month: boolean;
  period: boolean;
  digit: boolean;
  /** The sentence holds a decade in words (nineties). */
  decade?: boolean;
  /** The text puts the day first in numeric dates (3/5/2021 is 3 May), as a British paper does. */
  dayFirst?: boolean;
}

/** Every date in sentence `s`, sorted by start, longest first at one start; overlaps are left to the caller. */
export function findDates(s: string, hints: DateHints): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (hints.month) {
    monthRange(s, out);
    monthFirst(s, out);
    dayFirst(s, out);
  }
  if (hints.digit) {
    numeric(s, out, hints.dayFirst ?? false);
    decades(s, out);
    yearParts(s, out);
  }
  if (hints.period) quarters(s, out);
  if (hints.decade) wordDecades(s, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
