// Finds the figures in Chinese text: money, percentages, quantities, counts, ratios, ranks,
// dates, years and durations, each normalised (see ../shared/contract/annotations.md).
//
// One left-to-right pass: a regular expression jumps to characters that can start a figure
// (digits, numerals, 第, 半, 上半年, 负...), and at each the matchers below try, in order, the
// forms that start there. Words come from vocabulary/zh.json; this file holds only the rules.
import type { Figure, FigureAnnotation, FigureType } from '../annotation';
import { isCalendarDate, settleDates, type DatedCandidate, type DateParts, type FiguresRead } from './dates';
import { excludedSpans } from './excluded-spans';
import { arabicDigitsAt, chineseDigitsAt, digitRunAt, LONGEST_NUMBER_DIGITS, NUMBER_CHARS, NUMERAL_START_CHARS, readNumeral, type NumeralMatch } from './numerals';
import * as vocab from './vocabulary';
import { isNumeralDigit } from '../util/han';

/** A kilometre post's mark and form (K123+500, K12+050.5); it can start a figure, so it is a trigger character too. */
const KILOMETRE_POST_MARK = 'K';
const KILOMETRE_POST = /^K(\d{1,4})\+(\d{3}(?:\.\d+)?)(?![\d.A-Za-z])/;
const KILOMETRE_POST_LONGEST = 16;
/**
 * Characters that can start a figure: those of numerals, and the first characters of every
 * vocabulary word that can open one (periods 上半年, 年底, 第一季度; rank prefixes 第, 倒数第, 前;
 * century words 上世纪; 百分之; 半; signs 负, 零下, -), so a word added to the data is found
 * without a code change.
 */
const TRIGGER_CHARS = new Set([
  ...NUMERAL_START_CHARS,
  ...[...vocab.periods.words(), ...vocab.currencySigns.words(), ...vocab.wordFigures.words(), ...vocab.firstPlace.words, ...vocab.rankPrefixes, ...vocab.topRankPrefixes, ...vocab.centuryWords, ...vocab.fractionPercents.words(), ...vocab.negativeSigns.words(), vocab.half].map((w) => w[0]),
  KILOMETRE_POST_MARK,
]);
/** The trigger characters by UTF-16 unit: finding the next costs one table entry per character of the text. */
const TRIGGER_TABLE = new Uint8Array(0x10000);
for (const c of TRIGGER_CHARS) for (let k = 0; k < c.length; k++) TRIGGER_TABLE[c.charCodeAt(k)] = 1;

/** Where the next trigger character is at or after `from`, or -1. */
function nextTrigger(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (TRIGGER_TABLE[text.charCodeAt(i)]) return i;
  return -1;
}
/** The month character: a longer unit that begins with it (月龄) is not a month. */
const MONTH = '月';
/** Characters joining the two ends of a range: 2-3亩, 1.5—3倍, 3至5万元. */
const RANGE_JOINERS = '-—–~～至到－';
/** The numeral right after a range's joiner at `at` (1-9月, 两块八到三块二): a range's other end, or null. */
const numeralAfterJoiner = (text: string, at: number) => (RANGE_JOINERS.includes(text[at] ?? '') ? readNumeral(text, at + 1) : null);
/** A numeral glued to these is part of a code, a plate or a model name (鲁C12345, 5G, G20). */
const CODE_CHAR = /[A-Za-z0-9_.:/\\#@０-９Ａ-Ｚａ-ｚ]/;
/** An abbreviation of two or more capitals may stand right before a figure (GDP3642.40亿元, ABCD四类). */
const ABBREVIATION_BEFORE = /(?:^|[^A-Za-z0-9])[A-Z]{2,}$/;
/** Page breaks and spaces that may stand between a numeral and its classifier (两\n\n个). */
const GAP = /^[ \t\r\n\u3000]{1,4}/;

/** A match before the year of yearless dates is settled. */
interface Candidate extends DatedCandidate {
  /** 一斤, 一亩: a measure of one, which before a price or a yield in its clause is their unit. */
  one?: boolean;
}

interface Attempt {
  candidate?: Candidate;
  /** Where scanning resumes: past a numeral that was read, so it is never read again from its middle. */
  next: number;
}

const isYearNumeral = (n: NumeralMatch): boolean =>
  n.digits === 4 && Number.isInteger(n.value) && n.value >= 1000 && n.value <= 2999 && (n.arabicOnly || n.value >= 1900);

const validMonth = (n: NumeralMatch | null): n is NumeralMatch =>
  !!n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12;
const validDay = (n: NumeralMatch | null): n is NumeralMatch =>
  !!n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31;

function figureOf(type: FigureType, value: number, unit: string | undefined, approx: boolean, high?: number): Figure {
  const f: Figure = { type, value, approx };
  if (high !== undefined) f.high = high;
  if (unit !== undefined) f.unit = unit;
  return f;
}

/** Whether the text right after `end` (page breaks allowed) marks the number approximate. */
function approxAfterAt(text: string, end: number): boolean {
  const gap = GAP.exec(text.slice(end, end + 5));
  return !!vocab.approxAfter.match(text, end) || (!!gap && !!vocab.approxAfter.match(text, end + gap[0].length));
}

const isDayMark = (c: string | undefined): boolean => c === '日' || c === '号';

/**
 * Reads the month, day and month part (底, 下旬, 份) after a month numeral, and the other end of
 * a range after it: 7月28日—30日, 3月5日到8日, 5月30日到6月2日, 3月至5月.
 */
function readMonthDay(text: string, monthNumeral: NumeralMatch, parts: DateParts): number {
  parts.month = monthNumeral.value;
  let end = monthNumeral.end + 1; // past 月
  const day = readNumeral(text, end);
  if (validDay(day) && isDayMark(text[day.end])) {
    parts.day = day.value;
    end = day.end + 1;
    if (RANGE_JOINERS.includes(text[end])) {
      const nextYear = vocab.nextYearWords.match(text, end + 1);
      const a = readNumeral(text, end + 1 + (nextYear?.word.length ?? 0));
      if (!nextYear && validDay(a) && isDayMark(text[a.end]) && a.value > day.value) {
        parts.high = { day: a.value };
        end = a.end + 1;
      } else if (validMonth(a) && text[a.end] === '月') {
        const d2 = readNumeral(text, a.end + 1);
        if (validDay(d2) && isDayMark(text[d2.end])) {
          parts.high = nextYear ? { month: a.value, day: d2.value, nextYear: true } : { month: a.value, day: d2.value };
          end = d2.end + 1;
        }
      }
    }
    return end;
  }
  // 11月20至21日, 11月20、21日: the first day writes its 日 only after the last (a range is one date, a list's days are each their own)
  if (validDay(day) && !day.approx && day.high === undefined) {
    const separator = text[day.end] ?? '';
    const other = RANGE_JOINERS.includes(separator) || separator === vocab.listSeparator ? readNumeral(text, day.end + 1) : null;
    if (validDay(other) && isDayMark(text[other.end]) && other.value > day.value && other.high === undefined) {
      parts.day = day.value;
      if (separator === vocab.listSeparator) return day.end;
      parts.high = { day: other.value };
      return other.end + 1;
    }
  }
  const suffix = vocab.monthSuffixes.match(text, end);
  if (suffix) end += suffix.word.length;
  if (RANGE_JOINERS.includes(text[end] ?? '')) {
    // 3月至5月份; 12月至次年2月, whose other end lies in the year after (formatDate counts it there);
    // 9月中旬至10月下旬, 11月底至12月初: parts of months, a range of the months
    const nextYear = vocab.nextYearWords.match(text, end + 1);
    const other = readNumeral(text, end + 1 + (nextYear?.word.length ?? 0));
    if (validMonth(other) && text[other.end] === '月' && (nextYear || other.value > monthNumeral.value) && !validDay(readNumeral(text, other.end + 1))) {
      parts.high = nextYear ? { month: other.value, nextYear: true } : { month: other.value };
      end = other.end + 1 + (vocab.monthSuffixes.match(text, other.end + 1)?.word.length ?? 0);
    }
  }
  return end;
}

/** Reads what follows a year's 年: a month and day, a span of months or quarters, a year-end or a quarter; returns the new end, or undefined for a bare year. */
function readAfterYear(text: string, yearEnd: number, parts: DateParts): number | undefined {
  const end = yearEnd + 1;
  const month = readNumeral(text, end);
  if (validMonth(month) && text[month.end] === '月') return readMonthDay(text, month, parts);
  const span = month ? readMonthSpan(text, month, parts) ?? readQuarterSpan(text, end, parts) : readQuarterSpan(text, end, parts);
  if (span !== undefined) return span;
  const period = vocab.periods.match(text, yearEnd) ?? vocab.yearStarts.match(text, yearEnd);
  if (period?.month) {
    parts.month = Number(period.month);
    return yearEnd + period.word.length;
  }
  const quarter = !period ? vocab.periods.match(text, end) : undefined;
  if (quarter && !quarter.month) {
    parts.quarter = quarter.quarter;
    parts.half = quarter.half;
    const suffix = vocab.periodSuffixes.match(text, end + quarter.word.length);
    return end + quarter.word.length + (suffix?.word.length ?? 0);
  }
  return undefined;
}

/**
 * A date or a year starting with a numeral followed by 年 (2019年9月5日, 2020年8月底, 2019年), and
 * a range to a later one of the same kind (2015年到2018年, 2015年3月至2018年5月).
 */
function matchYearDate(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (text[n.end] !== '年' || !isYearNumeral(n)) return undefined;
  const parts: DateParts = { year: n.value };
  const end = readAfterYear(text, n.end, parts);
  const other = numeralAfterJoiner(text, end ?? n.end + 1);
  if (other && other.value > n.value && text[other.end] === '年' && isYearNumeral(other) && !parts.high) {
    // the other end must be as precise as this one: a year to a year, a month to a month
    const high: DateParts = { year: other.value };
    const highEnd = readAfterYear(text, other.end, high);
    const same = !!high.day === !!parts.day && !!high.month === !!parts.month && !high.quarter && !parts.quarter && !high.half && !parts.half && !high.high;
    if (same && end === undefined && highEnd === undefined) return { start, end: other.end + 1, figure: figureOf('year', n.value, undefined, false, other.value) };
    if (same && end !== undefined && highEnd !== undefined) {
      parts.high = { year: other.value, month: high.month, day: high.day };
      return { start, end: highEnd, figure: { type: 'date', value: '', approx: false }, date: parts };
    }
  }
  if (end === undefined) {
    const suffix = vocab.yearSuffixes.match(text, n.end + 1)?.word.length ?? 0;
    return { start, end: n.end + 1 + suffix, figure: figureOf('year', n.value, undefined, false), ...(suffix > 0 && { named: true }) };
  }
  return { start, end, figure: { type: 'date', value: '', approx: false }, date: parts };
}

/** 80年代, 1990年代, 上世纪八十年代, 20世纪90年代末: a decade, the span of its ten years. */
function matchDecade(text: string, start: number, n: NumeralMatch, centuryBase?: number): Candidate | undefined {
  if (!text.startsWith(vocab.decadeWord, n.end) || !Number.isInteger(n.value) || n.value % 10 !== 0) return undefined;
  let low: number;
  if (n.value >= 1000 && isYearNumeral(n)) low = n.value;
  else if (n.value < 100) low = (centuryBase ?? (n.value === 0 ? 2000 : 1900)) + n.value;
  else return undefined;
  let end = n.end + vocab.decadeWord.length;
  const suffix = vocab.decadeSuffixes.match(text, end);
  if (suffix) end += suffix.word.length;
  return { start, end, figure: figureOf('year', low, undefined, false, low + 9) };
}

/** A decade after a century: 上世纪80年代 (the word from data) or 20世纪80年代 (its numeral at `start`). */
function matchCenturyDecade(text: string, start: number): Attempt | undefined {
  const word = vocab.centuries.match(text, start);
  let at: number;
  let base: number;
  if (word) {
    at = start + word.word.length;
    base = word.base;
  } else {
    const century = readNumeral(text, start);
    if (!century || !text.startsWith(vocab.centuryWord, century.end) || !Number.isInteger(century.value) || century.value < 1 || century.value > 30) return undefined;
    at = century.end + vocab.centuryWord.length;
    base = (century.value - 1) * 100;
  }
  const decade = readNumeral(text, at);
  const candidate = decade && decade.value < 100 ? matchDecade(text, start, decade, base) : undefined;
  if (candidate) return { candidate, next: candidate.end };
  // 19世纪末, 二十一世纪: the century alone, its number the figure (上世纪 alone names none); a numeral after
  // 世纪 reads on to its decade (20世纪90年代)
  if (word || (decade && isNumeralDigit(text[at]))) return undefined;
  const century = figureOf('other', base / 100 + 1, vocab.centuryUnit, false);
  return { candidate: { start, end: at, figure: century }, next: at };
}

const CHINESE_DIGITS = /^[〇零一二三四五六七八九]{2}$/;

/**
 * 98年, 05年, 九八年: a year written with two digits, or undefined for a duration (用了98年,
 * 98年来); the words that decide are data (zh.json shortYear*), the century is settled later.
 */
function matchShortYear(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (text[n.end] !== '年' || n.digits !== 2 || n.approx || !Number.isInteger(n.value)) return undefined;
  if (!n.arabicOnly && !CHINESE_DIGITS.test(text.slice(start, n.end))) return undefined;
  const parts: DateParts = { year: n.value, shortYear: true };
  const after = readAfterYear(text, n.end, parts);
  if (after !== undefined) return { start, end: after, figure: { type: 'date', value: '', approx: false }, date: parts };
  const year = (): Candidate => ({ start, end: n.end + 1, figure: figureOf('year', n.value, undefined, false), date: { year: n.value, shortYear: true } });
  if ('0０〇零'.includes(text[start])) return year();
  if (vocab.shortYearDurationBefore.wordBefore(text, start) || vocab.shortYearDurationAfter.match(text, n.end + 1)) return undefined;
  if (vocab.shortYearBefore.wordBefore(text, start) || vocab.shortYearAfter.match(text, n.end + 1)) return year();
  return n.value >= vocab.shortYearFrom ? year() : undefined;
}

/** A yearless date: 3月17日, 1月份, 7月28日—30日, 3月至5月, 去年9月份, and the months 1-9月. */
function matchMonthDate(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!validMonth(n)) return undefined;
  if (vocab.anyWordBefore(text, start, vocab.lunarWindow, vocab.lunarMarkers)) return undefined;
  const parts: DateParts = {};
  readRelativeYear(text, start, parts);
  const end = text[n.end] === '月' ? readMonthDay(text, n, parts) : readMonthSpan(text, n, parts);
  return end === undefined ? undefined : { start, end, figure: { type: 'date', value: '', approx: false }, date: parts };
}

/** 1-9月, 1至11月份: the months from the numeral `n` to a later one; the end, or undefined. */
function readMonthSpan(text: string, n: NumeralMatch, parts: DateParts): number | undefined {
  const last = numeralAfterJoiner(text, n.end);
  if (!validMonth(n) || !validMonth(last) || text[last.end] !== '月' || last.value <= n.value) return undefined;
  parts.month = n.value;
  parts.high = { month: last.value };
  const end = last.end + 1;
  return text[end] === '份' ? end + 1 : end;
}

/** 一至三季度, 第一至第三季度, 1—3季度 at `at`: the quarters from one to a later one; the end, or undefined. */
function readQuarterSpan(text: string, at: number, parts: DateParts): number | undefined {
  const n = readNumeral(text, text[at] === '第' ? at + 1 : at);
  if (!n || !Number.isInteger(n.value) || n.value < 1 || n.value > 3 || !RANGE_JOINERS.includes(text[n.end] ?? '')) return undefined;
  const last = vocab.periods.match(text, n.end + 1);
  if (!last?.quarter || last.quarter <= n.value) return undefined;
  parts.quarter = n.value;
  parts.highQuarter = last.quarter;
  return n.end + 1 + last.word.length;
}

/** A span of quarters standing without a year (今年一至三季度: the date is 一至三季度). */
function matchQuarterSpan(text: string, start: number): Candidate | undefined {
  if (!'第1234一二三'.includes(text[start])) return undefined;
  const parts: DateParts = {};
  const end = readQuarterSpan(text, start, parts);
  if (end === undefined) return undefined;
  setRelativeYear(parts, vocab.relativeYears.wordBefore(text, start));
  return { start, end, figure: { type: 'date', value: '', approx: false }, date: parts };
}

/** A span of years: 2021—2025年, 2019-2020年. */
function matchYearRange(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!isYearNumeral(n) || !RANGE_JOINERS.includes(text[n.end] ?? '')) return undefined;
  const last = readNumeral(text, n.end + 1);
  if (!last || text[last.end] !== '年') return undefined;
  // 2010-12年: the later year written with its last two digits, in the first one's century
  const high = last.arabicOnly && last.digits === 2 && n.arabicOnly ? n.value - (n.value % 100) + last.value : isYearNumeral(last) ? last.value : undefined;
  if (high === undefined || high <= n.value) return undefined;
  return { start, end: last.end + 1, figure: figureOf('year', n.value, undefined, false, high) };
}

/** 2019-09-05, 2019.9.5, 2019/9/5: dates written with separators, year first. */
const NUMERIC_DATE = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d.])/;
/** 2023-11, 2023/11: a month written with its year and a dash or slash (not a dot: 2023.11 is a decimal), and no unit after it (2010-12年 is years). */
const NUMERIC_YEAR_MONTH = /^(\d{4})([-/])(\d{1,2})(?![\d.\-/－]|\s*[年月日号万亿%％])/;
/** 15.3.2021, 3/15/2021: year last, day and month in an order that only a number above 12 settles. */
const NUMERIC_DATE_YEAR_LAST = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\d.])/;
function matchNumericDate(text: string, start: number): Candidate | undefined {
  // both forms open with one, two or four digits and a separator: most numbers are not so written,
  // and no piece of the text is copied for them
  let digits = 0;
  for (let c = text.charCodeAt(start); c >= 0x30 && c <= 0x39; c = text.charCodeAt(start + digits)) digits++;
  if (!(digits === 4 || digits === 1 || digits === 2) || !'-./'.includes(text[start + digits] ?? ' ')) return undefined;
  const m = NUMERIC_DATE.exec(text.slice(start, start + 12));
  const last = m ? null : NUMERIC_DATE_YEAR_LAST.exec(text.slice(start, start + 12));
  if (!m && !last) {
    const ym = NUMERIC_YEAR_MONTH.exec(text.slice(start, start + 12));
    const [year, month] = ym ? [Number(ym[1]), Number(ym[3])] : [0, 0];
    if (!ym || year < 1900 || year > 2100 || month < 1 || month > 12) return undefined;
    return { start, end: start + ym[0].length, figure: { type: 'date', value: '', approx: false }, date: { year, month } };
  }
  const figure: Figure = { type: 'date', value: '', approx: false };
  let parts: DateParts;
  if (m) parts = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
  else {
    const [a, b, year] = [Number(last![1]), Number(last![3]), Number(last![4])];
    // 2.11.2021 reads as 2 November or February 11: only its year is certain
    if (a < 1 || b < 1) return undefined;
    parts = a > 12 ? { year, month: b, day: a } : b > 12 ? { year, month: a, day: b } : { year };
  }
  if (parts.year! < 1900 || (parts.month !== undefined && !isCalendarDate(parts.year!, parts.month, parts.day!))) return undefined;
  const end = start + (m ?? last)![0].length;
  // 2023.12.1—2023.12.31: a range to a later date written the same way
  const other = m && RANGE_JOINERS.includes(text[end] ?? '') ? NUMERIC_DATE.exec(text.slice(end + 1, end + 13)) : null;
  if (other && other[2] === m![2]) {
    const high = { year: Number(other[1]), month: Number(other[3]), day: Number(other[4]) };
    const later = high.year * 10000 + high.month * 100 + high.day > parts.year! * 10000 + parts.month! * 100 + parts.day!;
    if (later && isCalendarDate(high.year, high.month, high.day)) return { start, end: end + 1 + other[0].length, figure, date: { ...parts, high } };
  }
  return { start, end, figure, date: parts };
}

/** 一季度, 上半年, 年底 standing without a year. */
function matchPeriod(text: string, start: number): Candidate | undefined {
  const period = vocab.periods.match(text, start);
  if (!period) return undefined;
  const parts: DateParts = {};
  if (period.quarter) parts.quarter = period.quarter;
  if (period.half) parts.half = period.half;
  if (period.month) parts.month = Number(period.month);
  // 去年一季度 (the date is 一季度); and 去年底, one date whose 年 is shared with the period word
  const before = vocab.relativeYears.wordBefore(text, listOpening(text, start));
  const shared = before || period.word[0] !== '年' ? undefined : vocab.relativeYears.wordBefore(text, start + 1);
  setRelativeYear(parts, before ?? shared);
  const from = shared ? start + 1 - shared.length : start;
  const end = start + period.word.length;
  const suffix = period.month ? undefined : vocab.periodSuffixes.match(text, end);
  return { start: from, end: end + (suffix?.word.length ?? 0), figure: { type: 'date', value: '', approx: false }, date: parts };
}

/** Whether position `start` opens a clause (after 。, ；, a line break or the start). */
function atClauseStart(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u3000')) k--;
  return k < 0 || vocab.clauseStarts.has(text[k]);
}

/** A character after 前N that continues a number or a word of time (前十天, 前3年): no bare top N. */
const CJK_DIGIT_NEXT = /[0-9０-９年月日天周期批]/;

/**
 * 第二杯半价, 第二件八折: where the classifier after an ordinal at `at` is followed by an offer's
 * word or a discount in 折, the end of the classifier (the ordinal counts items bought, no rank).
 */
function offeredItemEnd(text: string, at: number): number | undefined {
  const unit = vocab.units.match(text, at);
  if (unit?.type !== 'count') return undefined;
  const end = at + unit.word.length;
  const discount = readNumeral(text, end);
  return vocab.offersAfterOrdinal.startsAt(text, end) || (discount && vocab.units.match(text, discount.end)?.tenths) ? end : undefined;
}

/** Ranks: 第七, 第八个, 倒数第一, 前三名. Not 第十二届, 第一时间, nor a list's 第一，. */
function matchRank(text: string, start: number): Attempt | undefined {
  const ordinal = vocab.rankPrefixes.find((p) => text.startsWith(p, start));
  const top = ordinal ? undefined : vocab.topRankPrefixes.find((p) => text.startsWith(p, start));
  const prefix = ordinal ?? top;
  if (!prefix) return undefined;
  const n = readNumeral(text, start + prefix.length);
  if (!n || !Number.isInteger(n.value) || n.value < 1 || n.approx) return { next: start + 1 };
  const next = n.end;
  if (top) {
    // 前三季度, 前5个月: the year so far, a period from its start
    const months = text.startsWith('个月', n.end) ? 2 : 0;
    if (months || text.startsWith('季度', n.end)) {
      if (n.value > (months ? 12 : 4)) return { next };
      const parts: DateParts = months ? { month: 1, high: { month: n.value } } : { quarter: 1, highQuarter: n.value };
      setRelativeYear(parts, vocab.relativeYears.wordBefore(text, start));
      const end = n.end + 2;
      return { candidate: { start, end, figure: { type: 'date', value: '', approx: false }, date: parts }, next: end };
    }
    // 前三名, 前10位, 前五强: "the top N"; a bare 前三 is too often "the three before", but not
    // after a word that sets a ranking's scope (进入全国前十)
    if (vocab.topRankSuffixes.has(text[n.end])) return { candidate: { start, end: n.end + 1, figure: figureOf('rank', n.value, undefined, false) }, next: n.end + 1 };
    // 提前5天, 春节前15天, 前三天: 前 ends a word or means "before", and the span of time after it is a figure of its own
    if (vocab.units.match(text, n.end)?.type === 'duration') return { next: start + prefix.length };
    if (!vocab.topRankScopes.wordBefore(text, start) || vocab.units.match(text, n.end) || CJK_DIGIT_NEXT.test(text[n.end] ?? '')) return { next };
    return { candidate: { start, end: n.end, figure: figureOf('rank', n.value, undefined, false) }, next };
  }
  // 第1/2页: a page of a count, no rank; 两人同行第二人: a group offer's member
  if (vocab.notAfterOrdinal.match(text, n.end) || vocab.periods.match(text, n.end) || text[n.end] === '/') return { next };
  if (text.startsWith(vocab.groupOffer.member, n.end) && groupMemberBefore(text, start)) return { next: n.end + vocab.groupOffer.member.length };
  // 第一、二、三产业: the ordinals of a list of names
  let listEnd = n.end;
  for (let item: NumeralMatch | null; text[listEnd] === '、' && (item = readNumeral(text, listEnd + 1)); ) listEnd = item.end;
  if (listEnd > n.end && vocab.notAfterOrdinal.match(text, listEnd)) return { next: listEnd };
  const offer = offeredItemEnd(text, n.end);
  if (offer) return { next: offer };
  const classifier = vocab.rankClassifiers.match(text, n.end);
  if (!classifier && vocab.listMarkerFollowers.has(text[n.end]) && atClauseStart(text, start)) return { next };
  if (n.value === 1) {
    // 第一笔钱, 第一次: "the first one", like 一笔 and 一次, states no rank
    const unit = vocab.units.match(text, n.end);
    if (unit && unit.type === 'count' && !vocab.firstRankClassifiers.has(unit.word)) return { next };
  }
  const end = classifier ? n.end + classifier.word.length : n.end;
  return { candidate: { start, end, figure: figureOf('rank', n.value, classifier?.word, false) }, next: end };
}

/** 两人同行第二人: whether the group's size and a word of going together end right before the ordinal at `start`. */
function groupMemberBefore(text: string, start: number): boolean {
  const together = vocab.groupOffer.togetherEnding.wordBefore(text, start);
  return !!together && text[start - together.length - 1] === vocab.groupOffer.member;
}

/** 三分之一, 2/3 written in Chinese: a ratio. */
function matchFraction(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!text.startsWith('分之', n.end) || !n.value) return undefined;
  const part = readNumeral(text, n.end + 2);
  if (!part) return undefined;
  const approx = !!vocab.approxWordBefore(text, start) || approxAfterAt(text, part.end);
  return { start, end: part.end, figure: figureOf('ratio', part.value / n.value, vocab.fractionUnit, approx) };
}

/** 个把月: a word that states a figure without a numeral. */
function matchWordFigure(text: string, start: number): Attempt | undefined {
  const word = vocab.wordFigures.match(text, start);
  if (!word || word.notAfter.some((w) => text.startsWith(w, start - w.length))) return undefined;
  const end = start + word.word.length;
  const approx = word.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, end);
  return { candidate: { start, end, figure: figureOf(word.type, word.value, word.unit, approx) }, next: end };
}

/**
 * K862+300: a road's kilometre post (a stake number), the kilometres before + and the metres after
 * it, a distance along the road in kilometres; not inside a code (AK47+1) nor without the metres (K8).
 */
function matchKilometrePost(text: string, start: number): Attempt | undefined {
  if (text[start] !== KILOMETRE_POST_MARK || (start > 0 && CODE_CHAR.test(text[start - 1]))) return undefined;
  const m = KILOMETRE_POST.exec(text.slice(start, start + KILOMETRE_POST_LONGEST));
  if (!m) return undefined;
  const end = start + m[0].length;
  return { candidate: { start, end, figure: figureOf('quantity', Number(m[1]) + Number(m[2]) / 1000, 'km', false) }, next: end };
}

/** 居全国首位, 位居全省榜首: first place, a rank of 1, after a verb of ranking in its clause. */
function matchFirstPlace(text: string, start: number): Attempt | undefined {
  const word = vocab.firstPlace.words.find((w) => text.startsWith(w, start));
  if (!word) return undefined;
  let from = start;
  while (from > 0 && start - from < vocab.firstPlace.window && !CLAUSE_BREAK.test(text[from - 1])) from--;
  const before = text.slice(from, start);
  if (!vocab.firstPlace.verbs.some((v) => before.includes(v))) return { next: start + 1 };
  const end = start + word.length;
  return { candidate: { start, end, figure: figureOf('rank', 1, undefined, false) }, next: end };
}

/** ￥68, $5, HK$200万: an amount after a currency sign (a currency word after it stays in the span). */
function matchCurrencySign(text: string, start: number): Attempt | undefined {
  const sign = vocab.currencySigns.match(text, start);
  if (!sign || (start > 0 && CODE_CHAR.test(text[start - 1]))) return undefined;
  const at = start + sign.word.length;
  const n = readNumeral(text, at);
  if (!n) return undefined;
  const unit = vocab.units.match(text, n.end);
  const end = unit?.type === 'money' ? n.end + unit.word.length : n.end;
  const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, end);
  return { candidate: { start, end, figure: figureOf('money', n.value, sign.unit, approx, n.high) }, next: end };
}

/** 1/3, 3/4: a fraction written with a slash, its numerator the smaller (a date has its year: 2023/1/3). */
function matchSlashFraction(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (text[n.end] !== '/' || !n.arabicOnly || !Number.isInteger(n.value) || n.value < 1 || /[\d/.]/.test(text[start - 1] ?? '')) return undefined;
  const of = readNumeral(text, n.end + 1);
  if (!of || !of.arabicOnly || !Number.isInteger(of.value) || of.value <= n.value || of.value > 100 || /[\d/.]/.test(text[of.end] ?? '')) return undefined;
  const approx = !!vocab.approxWordBefore(text, start) || approxAfterAt(text, of.end);
  return { start, end: of.end, figure: figureOf('ratio', n.value / of.value, vocab.fractionUnit, approx) };
}

/** 百分之十, 千分之三, 百分之三四十 (a range). */
function matchFractionPercent(text: string, start: number): Attempt | undefined {
  const per = vocab.fractionPercents.match(text, start);
  if (!per) return undefined;
  // 百分之负五: a sign word between 之 and the number
  const sign = vocab.negativeSigns.match(text, start + per.word.length);
  const signed = sign && CJK.test(sign.word) && readNumeral(text, start + per.word.length + sign.word.length);
  const at = start + per.word.length + (signed ? sign.word.length : 0);
  const n = readNumeral(text, at);
  if (!n) return { next: at };
  let end = n.end;
  let high = n.high;
  if (high === undefined && !signed && RANGE_JOINERS.includes(text[end] ?? '')) {
    // 百分之八十到九十, 百分之五至百分之八: a range
    const again = text.startsWith(per.word, end + 1) ? per.word.length : 0;
    const other = readNumeral(text, end + 1 + again);
    if (other && other.high === undefined && other.value > n.value) {
      high = other.value;
      end = other.end;
    }
  }
  const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, end);
  const figure = figureOf('percent', n.value, per.unit, approx, high);
  if (signed) {
    figure.value = -(n.high ?? n.value);
    if (n.high !== undefined) figure.high = -n.value;
  }
  return { candidate: { start, end, figure }, next: end };
}

/** 半亩, 半年, 半个月: a half of a measure. Not 上半年 (a period) nor 一半. */
function matchHalf(text: string, start: number): Attempt | undefined {
  if (!text.startsWith(vocab.half, start)) return undefined;
  if (start > 0 && vocab.halfNotAfter.includes(text[start - 1]) && !vocab.halfStillAfter.some((w) => text.endsWith(w, start))) return { next: start + 1 };
  const unit = vocab.units.match(text, start + vocab.half.length);
  if (!unit || (unit.type !== 'quantity' && unit.type !== 'duration')) return { next: start + 1 };
  const end = start + vocab.half.length + unit.word.length;
  return { candidate: { start, end, figure: figureOf(unit.type, 0.5, unit.unit, false) }, next: end };
}

/** 2024财年, 2023—2024学年, 2023/2024榨季: a year of accounts, school or a season named by the word right after its number, or a span of two such years. */
function matchYearWord(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!n.arabicOnly || !isYearNumeral(n)) return undefined;
  let end = n.end;
  let high: number | undefined;
  if ((RANGE_JOINERS + '/').includes(text[end] ?? '')) {
    const other = readNumeral(text, end + 1);
    if (!other || !other.arabicOnly || !isYearNumeral(other) || other.value <= n.value) return undefined;
    high = other.value;
    end = other.end;
  }
  const word = vocab.yearWords.match(text, end);
  return word ? { start, end: end + word.word.length, figure: figureOf('year', n.value, undefined, false, high), named: true } : undefined;
}

/** A year written alone: 2019这一年, and a heading's 2019 whose 年 starts the next word. */
function matchBareYear(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!n.arabicOnly || !isYearNumeral(n) || n.value < 1900 || n.value > 2100) return undefined;
  const rest = text.slice(n.end, n.end + 6);
  if (!/^(?:[ \t\r\n\u3000]+年|这一?年|年度)/.test(rest)) return undefined;
  return { start, end: n.end, figure: figureOf('year', n.value, undefined, false) };
}

/** 1小时20分钟, 2小时35分18秒, 8分30秒, 三年零两个月, 三个月零五天, 12秒35, 三天两夜: a span of time in several units, one duration in its last unit. */
function matchCompoundDuration(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  const first = vocab.durationParts.match(text, n.end);
  if (!first || !(first.first || first.decimals) || n.high !== undefined || (first.family === 'day' && isYearNumeral(n))) return undefined;
  let total = n.value * first.scale;
  let last = first;
  let end = n.end + first.word.length;
  let parts = 1;
  for (;;) {
    const at = end + (vocab.durationJoiners.match(text, end)?.word.length ?? 0);
    const m = readNumeral(text, at);
    const part = m && m.high === undefined && !m.approx ? vocab.durationParts.match(text, m.end) : undefined;
    // 一年365天 restates the year: a lower part holds less than one of the unit before it (三个月零五天)
    if (!m || !part || part.family !== last.family || part.scale >= last.scale || m.value * part.scale >= last.scale) break;
    total += m.value * part.scale;
    last = part;
    end = m.end + part.word.length;
    parts++;
  }
  // 12秒35: a race time's hundredths after its seconds
  const decimals = arabicDigitsAt(text, end, last.decimals);
  if (decimals && !/[\d.]/.test(text[end + decimals.length] ?? '') && !vocab.units.match(text, end + decimals.length)) {
    total += Number(`0.${decimals}`) * last.scale;
    end += decimals.length;
    parts++;
  }
  // 三天两夜, 五天四晚: a trip's nights after its days are inside the span and add nothing
  if (parts === 1 && first.word === vocab.durationNights.after) {
    const nights = readNumeral(text, end);
    const word = nights && nights.high === undefined && !nights.approx ? vocab.durationNights.words.match(text, nights.end) : undefined;
    if (word) {
      end = nights!.end + word.word.length;
      parts++;
    }
  }
  if (parts < 2) return undefined;
  const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, end);
  return { start, end, figure: figureOf('duration', Number((total / last.scale).toPrecision(12)), last.unit, approx) };
}

const CLAUSE_MARKS = [...'，,。；;！？!?\n'];
const SENTENCE_MARKS = [...'。；;！？!?\n'];
/** The clause (or with `marks` SENTENCE_MARKS, the sentence) before `start`, as far back as `window` characters. */
function clauseBefore(text: string, start: number, window: number, marks = CLAUSE_MARKS): string {
  const before = text.slice(Math.max(0, start - window), start);
  const k = Math.max(...marks.map((c) => before.lastIndexOf(c)));
  return before.slice(k + 1);
}

/** The sentence before `start`, as far back as a context reading looks. */
const sentenceBefore = (text: string, start: number): string => clauseBefore(text, start, vocab.contextSentenceWindow, SENTENCE_MARKS);

/** The unit at `at` after a number starting at `start`: a listed unit, or one its sentence's context makes one (块 after a word of price). */
const unitOrContextUnitAt = (text: string, at: number, start: number) =>
  vocab.units.match(text, at) ?? vocab.contextUnitAt(text, at, start, () => sentenceBefore(text, start));

/**
 * 四十块到五十五块, 三百度到五百度: a word that is a unit only in context, written at both ends of a
 * range, is read at its high end, where nothing but the clause follows it; that reading, or undefined.
 */
function contextUnitOfRange(text: string, at: number, start: number): vocab.UnitEntry | undefined {
  const word = vocab.contextUnitWord(text, at);
  const other = word ? numeralAfterJoiner(text, at + word.length) : null;
  const unit = other ? unitOrContextUnitAt(text, other.end, start) : undefined;
  return unit?.word === word ? unit : undefined;
}

/**
 * Whether a verb of a match's result follows a score within a few characters of its clause
 * (以2:1逆转取胜); a verb of one character (胜, 负) only right after it (not 19:30在胜利路).
 */
function scoreVerbAfter(text: string, end: number): boolean {
  for (let at = end; at <= end + vocab.ratioCues.scoreVerbReach && !CLAUSE_MARKS.includes(text[at] ?? '，'); at++) {
    const verb = vocab.ratioCues.scoreAfter.match(text, at);
    if (verb && (at === end || verb.word.length > 1)) return true;
  }
  return false;
}

const RACE_TIME = /^[:：](\d{2})(?:[:：](\d{2}(?:\.\d{1,3})?)|(\.\d{1,3}))(?![\d:：])/;
/**
 * 以2:08:36的成绩, 游出1:45.63: a race's time written with colons (hours, minutes and seconds, or
 * minutes and seconds with their hundredths), in seconds as 2小时08分36秒 is; only by a word of a
 * result (zh.json raceTimes), 08:30:15 alone being a time of day.
 */
function matchRaceTime(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!n.arabicOnly || !Number.isInteger(n.value) || n.high !== undefined || n.approx) return undefined;
  const m = RACE_TIME.exec(text.slice(n.end, n.end + 12));
  if (!m) return undefined;
  const end = n.end + m[0].length;
  const words = vocab.raceTimes;
  if (!words.before.some((w) => clauseBefore(text, start, words.window).includes(w)) && !words.after.some((w) => text.startsWith(w, end))) return undefined;
  const seconds = m[2] !== undefined ? n.value * 3600 + Number(m[1]) * 60 + Number(m[2]) : n.value * 60 + Number(m[1] + m[3]);
  return { start, end, figure: figureOf('duration', Number(seconds.toPrecision(12)), 's', false) };
}

/**
 * 比例尺1:500, 按1:3的比例: a ratio a/b; 以3:1战胜, 比分2比0: a match score, and each score listed
 * after one (比分分别为25:21、22:25、25:18、25:20). Only with the words that say which (zh.json ratioCues).
 */
function matchRatio(text: string, start: number, n: NumeralMatch, previous: Candidate | undefined): Candidate | undefined {
  const cues = vocab.ratioCues;
  const separator = cues.separators.match(text, n.end);
  if (!separator || n.high !== undefined || n.approx) return undefined;
  const m = readNumeral(text, n.end + separator.word.length);
  // 08:30:15, 10.9:39.1:50.0: a time or a ratio of three
  if (!m || m.high !== undefined || m.approx || cues.separators.match(text, m.end) || CODE_CHAR.test(text[m.end] ?? '')) return undefined;
  const clause = clauseBefore(text, start, cues.window);
  const listedScore = previous?.figure.unit === cues.scoreUnit && previous.end === start - vocab.listSeparator.length && text.startsWith(vocab.listSeparator, previous.end);
  if (listedScore || cues.scoreBefore.some((w) => clause.includes(w)) || scoreVerbAfter(text, m.end)) {
    return { start, end: m.end, figure: figureOf('other', n.value, cues.scoreUnit, false) };
  }
  if (!m.value || !(cues.before.some((w) => clause.includes(w)) || cues.after.match(text, m.end))) return undefined;
  return { start, end: m.end, figure: figureOf('ratio', Number((n.value / m.value).toPrecision(12)), cues.unit, false) };
}

/** 城乡居民收入比由上年的1.91缩小至1.89, 基尼系数0.46: a bare number after a word that says it is a ratio or an index. */
function matchBareRatio(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!n.arabicOnly || isYearNumeral(n) || n.high !== undefined || /[\dA-Za-z%％.]/.test(text[n.end] ?? '')) return undefined;
  const sentence = clauseBefore(text, start, vocab.ratioCues.window, SENTENCE_MARKS);
  if (!vocab.ratioCues.subjects.some((w) => sentence.includes(w))) return undefined;
  const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, n.end);
  return { start, end: n.end, figure: figureOf('other', n.value, undefined, approx) };
}

/** The positions of the numbers listed with 、 from `n` on (3、4、5月), and where the last one starts; undefined when `n` lists nothing. */
function listedAfter(text: string, n: NumeralMatch): { last: NumeralMatch; lastStart: number; items: NumeralMatch[] } | undefined {
  if (text[n.end] !== vocab.listSeparator) return undefined; // most numbers list nothing: no list is made for them
  const items = [n];
  let lastStart = -1;
  for (let at = n.end; text[at] === vocab.listSeparator; ) {
    const m = readNumeral(text, at + 1);
    if (!m || m.high !== undefined) break;
    items.push(m);
    lastStart = at + 1;
    at = m.end;
  }
  return items.length > 1 ? { last: items[items.length - 1], lastStart, items } : undefined;
}

/** Where the list of numbers that ends right before `start` (3、4月份 at 4) begins, or `start`. */
function listOpening(text: string, start: number): number {
  let at = start;
  while (text[at - 1] === vocab.listSeparator && NUMERAL_START_CHARS.includes(text[at - 2] ?? '')) {
    at -= 2;
    while (at > 0 && NUMERAL_START_CHARS.includes(text[at - 1])) at--;
  }
  return at;
}

/** 去年3月, 去年3、4月份: the relative year written before a date, or before the list it ends, into `parts`. */
function readRelativeYear(text: string, start: number, parts: DateParts): void {
  setRelativeYear(parts, vocab.relativeYears.wordBefore(text, listOpening(text, start)));
}

/** The offset of a relative year's word (去年 -1) into `parts`, and whether it counts from the year the text reports on (上年末 of a bulletin). */
function setRelativeYear(parts: DateParts, word: string | undefined): void {
  if (!word) return;
  parts.relative = vocab.relativeYearOffset[word];
  if (vocab.reportRelativeYears.has(word)) parts.ofReport = true;
}

/** 3、4月份, 一、二季度, 2021、2022年: a number listed before another that carries the unit of date they share. */
function matchDateListItem(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  const list = listedAfter(text, n);
  if (!list || !list.items.every((m) => Number.isInteger(m.value) && !m.approx)) return undefined;
  const parts: DateParts = {};
  readRelativeYear(text, start, parts);
  const end = n.end;
  if (text[list.last.end] === MONTH && !vocab.units.match(text, list.last.end) && list.items.every(validMonth)) parts.month = n.value;
  else if (vocab.periods.match(text, list.lastStart)?.quarter && list.items.every((m) => m.value >= 1 && m.value <= 4)) parts.quarter = n.value;
  else if (text[list.last.end] === '年' && list.items.every((m) => m.arabicOnly && isYearNumeral(m))) return { start, end, figure: figureOf('year', n.value, undefined, false) };
  else return undefined;
  return { start, end, figure: { type: 'date', value: '', approx: false }, date: parts };
}

/** 11月25日、26日, 11月22日夜间到23日: a day listed after a date, or ending its range after a part of the day, takes its month and year. */
function matchListedDay(text: string, start: number, n: NumeralMatch, previous: Candidate | undefined): Candidate | undefined {
  const date = previous?.date;
  if (!date?.day || date.high || previous!.end >= start) return undefined;
  const between = text.slice(previous!.end, start);
  const part = vocab.dayParts.find((w) => between.startsWith(w));
  if (between !== vocab.listSeparator && !(part && between.length === part.length + 1 && RANGE_JOINERS.includes(between[part.length]))) return undefined;
  if (!validDay(n) || !isDayMark(text[n.end]) || n.value <= date.day) return undefined;
  // a day without its month (预计21日夜间到22日) leaves the month to the article's, as its first day does
  const parts: DateParts = { day: n.value };
  if (date.month !== undefined) parts.month = date.month;
  if (date.relativeMonth !== undefined) parts.relativeMonth = date.relativeMonth;
  if (date.year !== undefined) parts.year = date.year;
  // 上年11月25日、26日 in a bulletin: both days count from the year it reports on
  if (date.relative !== undefined) parts.relative = date.relative;
  if (date.ofReport) parts.ofReport = true;
  return { start, end: n.end + 1, figure: { type: 'date', value: '', approx: false }, date: parts };
}

/** Whether an hour of the clock in digits starts at `at` (16时, 8点, 9:30). */
function clockHourAt(text: string, at: number): boolean {
  const digits = /^\d{1,2}/.exec(text.slice(at, at + 2))?.[0];
  return !!digits && vocab.bareDay.clock.includes(text[at + digits.length] ?? '');
}

/** 18日，记者获悉, 本月20日: a day opening a clause without its month, or after a word naming it, which the article's month gives (settleDates). */
function matchBareDay(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (!validDay(n) || !isDayMark(text[n.end]) || n.approx || n.high !== undefined) return undefined;
  // 本月20日, 上月15日: a word names the month
  const month = vocab.relativeMonths.wordBefore(text, start);
  if (month) return { start, end: n.end + 1, figure: { type: 'date', value: '', approx: false }, date: { day: n.value, relativeMonth: vocab.relativeMonthOffset[month] } };
  if (text[n.end] !== '日') return undefined;
  const before = text[start - 1];
  const at = n.end + 1;
  const after = text[at];
  // 市气象台20日16时发布, 哈尔滨19日最低气温: an hour of the clock, a part of the day or a reading of the
  // weather after it makes a day a date wherever it stands (not 每月15日8时; nor 未来3日白天, a span)
  const read = vocab.bareDay.anywhereBefore.some((w) => text.startsWith(w, at)) && !vocab.bareDay.spanAfter.some((w) => text.startsWith(w, start - w.length));
  const clocked = before !== '月' && (clockHourAt(text, at) || read);
  if (!clocked && before !== undefined && !CLAUSE_MARKS.includes(before) && !vocab.bareDay.before.some((w) => text.startsWith(w, start - w.length))) return undefined;
  if (!clocked && after !== undefined && !CLAUSE_MARKS.includes(after) && ![...vocab.dayParts, ...vocab.bareDay.after].some((w) => text.startsWith(w, at))) return undefined;
  // 23日至25日: a range to a later day of the same month
  const last = numeralAfterJoiner(text, at);
  if (validDay(last) && text[last.end] === '日' && last.value > n.value && last.high === undefined) {
    return { start, end: last.end + 1, figure: { type: 'date', value: '', approx: false }, date: { day: n.value, high: { day: last.value } } };
  }
  return { start, end: at, figure: { type: 'date', value: '', approx: false }, date: { day: n.value } };
}

/** 十日内, 15日以内: a number of days within which something is done, not a day of the month. */
function matchDaysWithin(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (text[n.end] !== '日' || text[start - 1] === MONTH || !Number.isInteger(n.value) || n.high !== undefined || !vocab.daysWithin.match(text, n.end + 1)) return undefined;
  return { start, end: n.end + 1, figure: figureOf('duration', n.value, 'day', n.approx) };
}

/**
 * Whether `sentence` holds an amount of money (3280元, 两百元, 五十美元): a numeral and a unit of money as figures read it, so
 * not 一元化 nor 一元复始 (notUnitWords). A sentence that prices something so before a bare change names money (第二人减五百).
 */
function holdsAmountOfMoney(sentence: string): boolean {
  for (let i = 1; i < sentence.length; i++) {
    if (NUMBER_CHARS.includes(sentence[i - 1]) && !NUMBER_CHARS.includes(sentence[i]) && vocab.units.match(sentence, i)?.type === 'money') return true;
  }
  return false;
}

/**
 * 报名人数达474万，比去年减少3.6万; 卖了三万零五百，比去年多了两千; 老伴的少一点，一千五: the kind of
 * amount (money, or a count of people) a bare change right after a word of change (or its comma)
 * is, as the words of its sentence before it say.
 */
function kindOfChange(text: string, start: number): 'money' | 'count' | undefined {
  const at = text[start - 1] === '，' || text[start - 1] === ',' ? start - 1 : start;
  if (!vocab.bareChangeWords.wordBefore(text, at)) return undefined;
  const sentence = sentenceBefore(text, start);
  if (namesMoney(sentence)) return 'money';
  return vocab.countContext.some((w) => sentence.includes(w)) ? 'count' : undefined;
}

/** Whether a sentence names money: a word of money, or an amount of it (每人3280元). */
const namesMoney = (sentence: string): boolean => vocab.moneyContext.some((w) => sentence.includes(w)) || holdsAmountOfMoney(sentence);

/**
 * 标价一万八，摊主说一万五就能拿走; 两千就够了: a bare amount right before a word of a deal, in a
 * sentence that named money, is a price though no word of money stands close before it.
 */
const settlesDeal = (text: string, start: number, end: number): boolean => !!vocab.dealWords.match(text, end) && namesMoney(sentenceBefore(text, start));

/** 一年也就十来万, 一个月三千五: a bare amount after a word of the time it is earned in, in a sentence with no word of people before it. */
function earnedIn(text: string, start: number): boolean {
  if (!vocab.earningPeriodBefore(text, start)) return false;
  const sentence = sentenceBefore(text, start);
  return !vocab.countContext.some((w) => sentence.includes(w));
}

/**
 * 总投资2.3亿, 800万: a number in 万 or 亿 written without a unit. Money when a money word
 * stands shortly before it, a count when a word of people does (游客20多万), else a figure of
 * unknown kind (a reader still wants it marked).
 */
function matchBareAmount(text: string, start: number, n: NumeralMatch, moneyKnown = false): Candidate | undefined {
  const deal = settlesDeal(text, start, n.end);
  let money = moneyKnown || deal || vocab.moneyBefore(text, start);
  // 年薪二三十万的不少, 月租从四千五涨到五千二, 从一千五到三千二不等: a word of money before it lets 的 or a word of its change's or span's other end follow
  if (/[\u4e00-\u9fff]/.test(text[n.end] ?? '') && !'，。、；：,;）)'.includes(text[n.end]) && !deal && !(money && (text[n.end] === vocab.moneyAfterJoiner || vocab.amountFollowers.match(text, n.end) || particleEndsClause(text, n.end)))) {
    // 3万名 is handled as a count; 2亿人口 or 万里长城 are not bare amounts
    if (!vocab.approxAfter.match(text, n.end)) return undefined;
  }
  let people = !money && vocab.anyWordBefore(text, start, vocab.moneyContextWindow, vocab.countContext);
  if (!money && !people) {
    const kind = kindOfChange(text, start);
    money = kind === 'money' || (kind === undefined && earnedIn(text, start));
    people = kind === 'count';
  }
  const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, n.end);
  return { start, end: n.end, figure: figureOf(money ? 'money' : people ? 'count' : 'other', n.value, money ? 'CNY' : undefined, approx, n.high) };
}

/** 只剩七百七了。: a particle that ends its clause at `at`. */
const particleEndsClause = (text: string, at: number): boolean =>
  vocab.clauseEndParticles.includes(text[at]) && (at + 1 >= text.length || CLAUSE_BREAK.test(text[at + 1]));

/** 五十出头, 七十开外: a spoken number of years before a word that follows an age; after a word of money a price (售价五十出头). */
function matchBareAge(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  if (n.arabicOnly || n.bareOne || !Number.isInteger(n.value) || !vocab.bareAges.after.match(text, n.end)) return undefined;
  if (vocab.moneyBefore(text, start)) return { start, end: n.end, figure: figureOf('money', n.value, 'CNY', true, n.high) };
  if (n.value >= vocab.bareAges.below) return undefined;
  return { start, end: n.end, figure: figureOf('other', n.value, vocab.ageUnit, true, n.high) };
}

/** 七十有三, 八十有二: an age in the classical form, whole tens, 有 and one digit with no unit after it (not 七十有五个). */
function matchClassicalAge(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  const joiner = vocab.bareAges.classicalJoiner;
  if (n.arabicOnly || n.approx || n.high !== undefined || n.value % 10 !== 0 || n.value < 20 || n.value >= vocab.bareAges.below || !text.startsWith(joiner, n.end)) return undefined;
  const at = n.end + joiner.length;
  const digit = readNumeral(text, at);
  if (!digit || digit.end !== at + 1 || digit.value < 1 || digit.value > 9 || unitOrContextUnitAt(text, digit.end, at)) return undefined;
  return { start, end: digit.end, figure: figureOf('other', n.value + digit.value, vocab.ageUnit, false) };
}

const CJK_NOUN = /^[\u4e00-\u9fff]+$/;
/** Whether a spoken amount ending at `end` ends a list's item: a stop, a separator, an approximation word or the text's end after it. */
const endsItem = (text: string, end: number): boolean =>
  end >= text.length || CLAUSE_BREAK.test(text[end]) || vocab.listedAmounts.separators.includes(text[end]) || !!vocab.approxAfter.match(text, end);

/** 虾饺一笼, 一晚, 每斤: 一 or 每 and a measure or a word of a night, or 一 and a classifier, right before `start` (a measure of one is a candidate of its own; 每组十二 counts). */
function eachBefore(text: string, start: number): boolean {
  const { measures, classifiers, words } = vocab.listedAmounts.each;
  for (let at = start - 1; at >= Math.max(1, start - 3); at--) {
    const word = text.slice(at, start);
    const unit = vocab.units.match(text, at);
    const whole = unit?.word === word ? unit.type : undefined;
    const opening = words.includes(word) || whole === 'quantity' ? measures : whole === 'count' ? classifiers : undefined;
    if (opening?.includes(text[at - 1])) return true;
  }
  return false;
}

/**
 * 鸡枞一斤八十, 房子一平米一万三四, 虾饺一笼二十八, 每斤三百八: a spoken amount with no unit right after
 * a measure or classifier of one, or of each, is that one's price, in yuan (一斤二 is 1.2 jin, no price);
 * so is a range of two spoken amounts (每斤一百二到一百八), one figure.
 */
function matchPriceOfOne(text: string, start: number, n: NumeralMatch, previous: Candidate | undefined): Candidate | undefined {
  // a spoken amount of two characters or more: tested first, as most numerals are not, before the words around it are read
  if (n.arabicOnly || n.end - start < 2) return undefined;
  // 一位六十开外的村民: before a word that follows an age, matchBareAge reads it
  const each = !vocab.bareAges.after.match(text, n.end) && eachBefore(text, start);
  if (!((previous?.one && previous.end === start) || each)) return undefined;
  // the other end a spoken amount of two characters or more, above the first (not 每斤三到五, a count of what)
  const other = n.high === undefined ? numeralAfterJoiner(text, n.end) : null;
  const last = other && !other.arabicOnly && other.high === undefined && other.value > n.value && other.end - (n.end + 1) >= 2 ? other : undefined;
  const end = last?.end ?? n.end;
  if (!endsItem(text, end)) return undefined;
  return { start, end, figure: figureOf('money', n.value, 'CNY', n.approx || approxAfterAt(text, end), last?.value ?? n.high) };
}

/**
 * 牛肝菌三十五 after 鸡枞一斤八十, 鸭肠二十六 after 毛肚四十八块: a spoken number with no unit ending a
 * list's item takes the money or age of the item before it.
 */
function matchListedAmount(text: string, start: number, n: NumeralMatch, previous: Candidate | undefined): Candidate | undefined {
  if (!previous || n.arabicOnly || n.bareOne) return undefined;
  const { type, unit } = previous.figure;
  if (type !== 'money' && unit !== vocab.ageUnit) return undefined;
  // 小碗十块 after 大碗十二块: a unit whose kind the item before settles
  const unitWord = type === 'money' ? vocab.listedAmounts.units.find((w) => text.startsWith(w, n.end)) : undefined;
  const end = n.end + (unitWord?.length ?? 0);
  if (!endsItem(text, end)) return undefined;
  const approx = n.approx || approxAfterAt(text, end);
  const between = text.slice(previous.end, start);
  const noun = between.slice(1);
  if (!vocab.listedAmounts.separators.includes(between[0]) || noun.length > vocab.listedAmounts.nounLength || !CJK_NOUN.test(noun)) return undefined;
  return { start, end, figure: figureOf(type, n.value, unit, approx, n.high) };
}

const MAGNITUDE_OR_DIGIT = /[0-9０-９十百千万亿拾佰仟]/;
/** 一米七, 两块五, 三元五, 三毛七: a unit followed by spoken decimals (not 两块五十, a different number, nor 两块一斤). */
function matchSpokenDecimal(text: string, start: number, n: NumeralMatch): Candidate | undefined {
  const unit = vocab.spokenDecimalUnits.match(text, n.end);
  if (!unit || n.high !== undefined || !Number.isInteger(n.value)) return undefined;
  const at = n.end + unit.word.length;
  // 6米42: after arabic digits the decimals are arabic too
  const digits = n.arabicOnly ? arabicDigitsAt(text, at, unit.digits) : chineseDigitsAt(text, at, unit.digits);
  if (!digits || MAGNITUDE_OR_DIGIT.test(text[at + digits.length] ?? '')) return undefined;
  let end = at + digits.length;
  let decimals = digits;
  // 4块3毛, 12元3角5分: the yuan's tenths named, and its hundredths after them
  const tenths = unit.type === 'money' && unit.scale === undefined && digits.length === 1 ? vocab.moneyParts.tenths.find((w) => text.startsWith(w, end)) : undefined;
  if (tenths) {
    end += tenths.length;
    const cents = n.arabicOnly ? arabicDigitsAt(text, end, 1) : chineseDigitsAt(text, end, 1);
    if (cents && text.startsWith(vocab.moneyParts.hundredth, end + 1)) {
      decimals += cents;
      end += 1 + vocab.moneyParts.hundredth.length;
    }
  }
  // 两毛五分: the digit after 毛 names its 分
  else if (unit.type === 'money' && unit.scale !== undefined && text.startsWith(vocab.moneyParts.hundredth, end) && !text.startsWith(vocab.moneyParts.hundredth + vocab.moneyParts.notHundredthBefore, end)) end += vocab.moneyParts.hundredth.length;
  // 4块3毛钱, 两毛五分钱: the 钱 after a named part is inside the span, as in 两毛钱
  if (end > at + digits.length && text.startsWith(vocab.moneyParts.money, end)) end += vocab.moneyParts.money.length;
  // 二尺四寸, 一斤二两: the tenth named by its own unit
  const tenthNamed = !!unit.tenth && digits.length === 1 && text.startsWith(unit.tenth, end);
  if (tenthNamed) end += unit.tenth!.length;
  else if (unit.tenthRequired) return undefined;
  // 五元一斤, 两块一个: the digit counts what follows, it is no decimal; nor in 一块一块看, the unit said again (a reduplication: piece by piece)
  if (!tenths && !tenthNamed && (vocab.units.match(text, end) || text.startsWith(unit.word, end))) return undefined;
  const value = Number((Number(`${n.value}.${decimals}`) * (unit.scale ?? 1)).toPrecision(12));
  // 两块八到三块二, 一米七至一米八: a range with the spoken decimals written at both ends
  const other = numeralAfterJoiner(text, end);
  const high = other ? matchSpokenDecimal(text, end + 1, other) : undefined;
  const ranged = high && high.figure.unit === unit.unit && high.figure.high === undefined && (high.figure.value as number) > value ? high : undefined;
  if (ranged) end = ranged.end;
  const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, end) || !!ranged?.figure.approx;
  return { start, end, figure: figureOf(unit.type, value, unit.unit, approx, ranged?.figure.value as number | undefined) };
}

/** 12\n\n万元: the number read on across a page break before its 万 or 亿, or undefined. */
function magnitudeAfterBreak(text: string, n: NumeralMatch): NumeralMatch | undefined {
  const gap = GAP.exec(text.slice(n.end, n.end + 5));
  if (!gap || !gap[0].includes('\n') || n.high !== undefined || n.endsWithMagnitude) return undefined;
  const m = readNumeral(text, n.end + gap[0].length, true);
  if (!m || m.value !== m.magnitude || m.magnitude < 1e4 || m.end - (n.end + gap[0].length) !== 1) return undefined;
  return { ...n, value: Number((n.value * m.value).toPrecision(12)), end: m.end, endsWithMagnitude: true, magnitude: m.magnitude, arabicOnly: false, digits: 0 };
}

/**
 * Numbers with a unit or classifier, and ranges of them: 3642.40亿元, 2-3亩, 1500多平方米, 两\n\n个.
 * `lowSign` -1 reads the first number as negative when comparing the ends (-3~2℃).
 */
function matchMeasure(text: string, start: number, n: NumeralMatch, lowSign = 1): Candidate | undefined {
  const joined = magnitudeAfterBreak(text, n);
  if (joined) return matchMeasure(text, start, joined, lowSign);
  let low = n;
  let high: NumeralMatch | undefined;
  if (RANGE_JOINERS.includes(text[n.end] ?? '') && !n.approx) {
    // -5～-3℃: after a minus, the other end may carry its own
    const minus = lowSign < 0 ? vocab.negativeSigns.match(text, n.end + 1) : undefined;
    const read = readNumeral(text, n.end + 1 + (minus && !CJK.test(minus.word) ? minus.word.length : 0));
    const other = read && minus && !CJK.test(minus.word) ? { ...read, value: -read.value } : read;
    if (other && other.value > lowSign * n.value) high = other;
    else if (other && lowSign > 0 && !n.endsWithMagnitude && other.endsWithMagnitude) high = other;
  }
  const last = high ?? low;
  let at = last.end;
  // 一斤能卖到五六块: pieces or yuan, settled by a word of price before (用电300度: by a word of electricity)
  let unit = unitOrContextUnitAt(text, at, start) ?? (high ? undefined : contextUnitOfRange(text, at, start));
  // 800万, and 一万二千五 whose last magnitude is smaller
  if (!unit && (last.magnitude >= 1e4 || (!last.arabicOnly && last.value >= 1e4)) && !high) return matchBareAmount(text, start, n);
  // 挣不了三五千, 纯挣一千五, 两三千的收入, 一箱卖一百二, 标价一千二百九十九, 卖了三万，比去年多了两千: spoken hundreds and thousands by a word of money are yuan
  if (!unit && !last.arabicOnly && (last.magnitude >= 1e2 || last.value >= 1e2) && !high && (vocab.moneyBefore(text, start) || vocab.moneyAfter(text, last.end) || kindOfChange(text, start) === 'money' || earnedIn(text, start) || settlesDeal(text, start, last.end))) return matchBareAmount(text, start, n, true);
  // 摊位费一个月从一千五到三千二不等: bare spoken amounts at a span's two ends by a word of money are each their own figure
  if (!unit && high && !low.arabicOnly && (low.magnitude >= 1e2 || low.value >= 1e2) && (vocab.moneyBefore(text, start) || earnedIn(text, start))) return matchBareAmount(text, start, n, true);
  if (!unit) {
    // a unit after a page break (两\n\n个, 12.5\n%), a unit symbol after one space (175 cm)
    const gap = GAP.exec(text.slice(at, at + 5));
    if (!gap) return undefined;
    unit = vocab.units.match(text, at + gap[0].length);
    if (!unit || !(unit.type === 'count' || gap[0].includes('\n') || (gap[0] === ' ' && vocab.isLatinUnit(unit)))) return undefined;
    at += gap[0].length;
  }
  // 一个半小时, 两个半月: the half stands inside the unit, after its classifier
  let halfInside = false;
  if (unit.type === 'count' && text.startsWith(vocab.half, at + unit.word.length)) {
    const rest = text.slice(at + unit.word.length + vocab.half.length, at + unit.word.length + 8);
    const whole = vocab.units.match(unit.word + rest, 0);
    if (whole && whole.type === 'duration' && whole.word.length > unit.word.length) {
      unit = whole;
      halfInside = true;
    }
  }
  let value = low.value;
  let highValue = high ? (high.high ?? high.value) : low.high;
  if (high && lowSign > 0 && !low.endsWithMagnitude && high.endsWithMagnitude) {
    // 3至5万元: the low end shares the high end's magnitude
    if (value * high.magnitude <= high.value) value *= high.magnitude;
  }
  if (highValue !== undefined && highValue <= lowSign * value) return undefined;
  const written = text.slice(start, last.end);
  if (unit.needsDigits && !n.arabicOnly && written.length < 2 && !vocab.standsAfterOneNumeral(unit.word, text, at + unit.word.length, start)) return undefined;
  let end = at + unit.word.length + (halfInside ? vocab.half.length : 0);
  if (halfInside) value += 0.5;
  let type = unit.type;
  let code: string | undefined = unit.unit;
  let approx = low.approx || last.approx || unit.word.includes('多'); // 3个多月
  let per: ReturnType<typeof vocab.perUnitAt>;
  if (unit.tier) {
    if (last.endsWithMagnitude && last.value >= 1e4) {
      // 百亿级: a money tier
      type = 'money';
      code = 'CNY';
      approx = true;
    }
  } else if (type === 'money' && last.endsWithMagnitude && last.value >= 1e4 && highValue === undefined && text.startsWith(vocab.tierUnit, end)) {
    // 百亿元级: the tier written after the currency
    end += vocab.tierUnit.length;
    approx = true;
  } else if (type === 'quantity' && highValue === undefined && text.startsWith(vocab.tierUnit, end)) {
    // 30万吨级油轮, 5000吨级泊位: a class of ships or berths by their tonnage keeps 级 inside its span
    end += vocab.tierUnit.length;
  } else if (type === 'money' || type === 'quantity' || type === 'count') {
    // 6520元/平方米: a price per unit; 50毫克/千瓦时, 6升/百公里, 120人/平方千米: a measure per unit,
    // whose unit after the slash is no figure of its own (千瓦 is no 1,000 watts)
    per = vocab.perUnitAt(text, end);
    if (per) {
      end += per.word.length;
      code = `${code}/${per.unit}`;
    }
  }
  if (unit.word === '年' && isYearNumeral(last)) return undefined;
  if (vocab.namesEvent(text, start, unit.word)) return undefined; // 建校十周年
  if (unit.tenths) {
    // 三成, 7.5折: tenths; 八五折, 95折: two digits are already hundredths (not 三五成群)
    const tenths = value <= 10 && (highValue ?? 0) <= 10;
    if (!tenths && !(unit.pairs && n.digits === 2 && highValue === undefined && value < 100)) return undefined;
    if (tenths) {
      value = Number((value * 10).toPrecision(12));
      if (highValue !== undefined) highValue *= 10;
    }
  }
  if ((type === 'duration' || type === 'quantity' || code === vocab.ageUnit) && text.startsWith(vocab.half, end) && highValue === undefined) {
    value += 0.5; // 两天半, 3岁半
    end += vocab.half.length;
  } else if ((type === 'money' || unit.tenths) && text.startsWith(vocab.half, end) && highValue === undefined && !vocab.halfNotBefore.includes(text[end + vocab.half.length] ?? '-') && !vocab.units.match(text, end + vocab.half.length)) {
    value += unit.tenths ? 5 : 0.5; // 两块半, 一成半 (15%); not 100万元半年内
    end += vocab.half.length;
  }
  if (highValue === undefined && RANGE_JOINERS.includes(text[end] ?? '')) {
    // 15%-20%, 3万元至5万元, 六折到八折: a range with the unit written at both ends (tenths read as above)
    const other = readNumeral(text, end + 1);
    const tenths = unit.tenths && other ? (other.value <= 10 ? 10 : unit.pairs && other.digits === 2 ? 1 : 0) : 1;
    const otherValue = other ? Number((other.value * tenths).toPrecision(12)) : 0;
    if (other && tenths && other.high === undefined && otherValue > lowSign * value && unitOrContextUnitAt(text, other.end, start)?.word === unit.word) {
      highValue = otherValue;
      end = other.end + unit.word.length;
      // 1800元/月到2500元/月: the other end's price is of the same unit
      if (per && text.startsWith(per.word, end)) end += per.word.length;
      approx ||= other.approx;
    }
  }
  // 一天, 一次, 一批 state no figure; 一吨, 一欧元, 一成 do, and so does 一个多月 or 一年多
  const more = unit.word.includes('多') || (type === 'duration' && (text[end] === '多' || text[end] === '余'));
  if (n.bareOne && value === 1 && highValue === undefined && !more && !vocab.singleOneTypes.has(type)) return undefined;
  if (type === 'count' && vocab.labelClassifiers.has(unit.word) && /[”’」』"]/.test(text[start - 1] ?? '')) return undefined;
  if (type === 'count' && value === vocab.pairBetween.value && highValue === undefined && !n.arabicOnly && gapAfter(text, end)) return undefined;
  if (type === 'count' && highValue === undefined && !n.arabicOnly && countsListBefore(text, start, value, unit.word)) return undefined;
  if (type === 'count' && unit.word === vocab.groupOffer.member && groupMemberAfter(text, end)) return undefined;
  if (vocab.approxWordBefore(text, start) || approxAfterAt(text, end)) approx = true;
  const one = n.bareOne && value === 1 && highValue === undefined && type === 'quantity';
  if (unit.scale) {
    // 两毛钱: a part of the currency
    value = Number((value * unit.scale).toPrecision(12));
    if (highValue !== undefined) highValue = Number((highValue * unit.scale).toPrecision(12));
  }
  return { start, end, figure: figureOf(type, value, code, approx, highValue), ...(one && { one }) };
}

/**
 * 清明、端午、中秋三个小长假: whether the clause right before `start` is a list of `count` short names joined by 、, the count in
 * a classifier of a category (listedCount); the window read back is bounded by the largest such count (九十万个 reads none).
 */
function countsListBefore(text: string, start: number, count: number, classifier: string): boolean {
  const { separator, itemLength, maxCount, classifiers } = vocab.listedCount;
  if (count < 2 || count > maxCount || !classifiers.includes(classifier)) return false;
  const items = clauseBefore(text, start, count * (itemLength + 1)).split(separator);
  return items.length === count && items.every((item) => item.length > 0 && item.length <= itemLength && CJK_NOUN.test(item));
}

/** 两人同行第二人九五折: whether a word of going together and the group's Nth member follow the group's size ending at `end`. */
function groupMemberAfter(text: string, end: number): boolean {
  const together = vocab.groupOffer.together.match(text, end);
  const at = together ? end + together.word.length : -1;
  const nth = together && text.startsWith(vocab.groupOffer.ordinal, at) ? readNumeral(text, at + vocab.groupOffer.ordinal.length) : null;
  return !!nth && text.startsWith(vocab.groupOffer.member, nth.end);
}

/** 两次献全血的间隔, 两剂疫苗之间: a word of the gap between two things later in the clause of a count of two. */
function gapAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + vocab.pairBetween.window);
  const stop = after.search(CLAUSE_BREAK);
  const clause = stop < 0 ? after : after.slice(0, stop);
  return vocab.pairBetween.words.some((w) => clause.includes(w));
}

/** What ends a clause: a measure of one and a price beyond it are not one rate. */
const CLAUSE_BREAK = /[，,。；;！？!?\n]/;

/** Figure types a sign can make negative (not counts, dates or ranks). */
const SIGNED_TYPES = new Set<FigureType>(['money', 'percent', 'quantity', 'ratio', 'other']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * 零下8℃到零下5℃, -5%至-2%, 零下3℃到零上2℃: the other end of a range of signed measures with the
 * unit at both ends, higher than the first (already negated).
 */
function signedRangeEnd(text: string, first: Candidate): Candidate | undefined {
  if (!RANGE_JOINERS.includes(text[first.end] ?? '')) return undefined;
  const above = vocab.positiveSigns.match(text, first.end + 1);
  const sign = above ?? vocab.negativeSigns.match(text, first.end + 1);
  const at = first.end + 1 + (sign?.word.length ?? 0);
  const n = sign && readNumeral(text, at);
  const c = n && matchMeasure(text, at, n);
  if (!c || c.figure.high !== undefined || c.figure.unit !== first.figure.unit || c.figure.type !== first.figure.type) return undefined;
  const value = above ? (c.figure.value as number) : -(c.figure.value as number);
  return value > (first.figure.value as number) ? { ...c, figure: { ...c.figure, value } } : undefined;
}

/**
 * 负8.2, -3.5%, 零下5度: a negative number, sign inside the span. A minus glued to a number, a
 * letter or a figure before it is a hyphen or a range joiner (2-3亩, A-5, 50%-60%, 5吨-8吨),
 * and 下降 is no sign at all. `previousEnd` is where the last figure found ends.
 */
function matchSigned(text: string, start: number, previousEnd: number): Attempt | undefined {
  const sign = vocab.negativeSigns.match(text, start);
  if (!sign) return undefined;
  // a word signs both ends of a range (零下3至5度: -5 to -3), a minus only the first (-3~2℃)
  const both = CJK.test(sign.word);
  const before = text[start - 1] ?? '';
  if (before && (CODE_CHAR.test(before) || NUMERAL_START_CHARS.includes(before) || vocab.negativeNotAfter.includes(before))) return undefined;
  if (!both && previousEnd === start) return undefined;
  const at = start + sign.word.length;
  const n = readNumeral(text, at);
  if (!n) return undefined;
  // 负百分之五: the sign before a percentage written in words
  const c = matchFractionPercent(text, at)?.candidate ?? matchMeasure(text, at, n, both ? 1 : -1);
  if (c && typeof c.figure.value === 'number' && SIGNED_TYPES.has(c.figure.type)) {
    const f = c.figure;
    const low = f.value as number;
    f.value = -low;
    // 零下3至5度 is -5 to -3; 零下2℃至5℃, whose first end has a unit of its own, -2 to 5
    if (typeof f.high === 'number' && both && !vocab.units.match(text, n.end)) {
      f.value = -f.high;
      f.high = -low;
    }
    const other = f.high === undefined ? signedRangeEnd(text, c) : undefined;
    if (other) {
      f.high = other.figure.value;
      return { candidate: { ...c, start, end: other.end }, next: other.end };
    }
    return { candidate: { ...c, start }, next: c.end };
  }
  // 负二层: a count with a sign word is a label, not a figure; after a lone minus the number is read as usual
  if (c) return both ? { next: c.end } : undefined;
  // units that count only after this sign (度 after 零下, 零下3至5度), or a signed number standing alone (负8.2，)
  // 零下5至零下3度: the sign written again at the other end, which is then the higher
  const again = both && RANGE_JOINERS.includes(text[n.end] ?? '') && text.startsWith(sign.word, n.end + 1) ? sign.word.length : 0;
  const other = both && RANGE_JOINERS.includes(text[n.end] ?? '') ? readNumeral(text, n.end + 1 + again) : null;
  const last = other && (again ? other.value < n.value : other.value > n.value) && n.high === undefined ? other : n;
  const unitWord = Object.keys(sign.units).find((u) => text.startsWith(u, last.end));
  // 零下5～零下3℃: with the sign written again, any unit a sign can make negative ends the range
  const unitAfter = !unitWord && again && last !== n ? vocab.units.match(text, last.end) : undefined;
  const unit = unitWord ? { word: unitWord, type: 'quantity' as FigureType, unit: sign.units[unitWord] } : unitAfter && SIGNED_TYPES.has(unitAfter.type) ? unitAfter : undefined;
  const after = text[last.end] ?? '';
  // 零下3，零下5～零下3: a signed number or range standing alone, in °C after a word of temperature
  if (unit || (both && (last === n || again) && !CJK.test(after) && !CODE_CHAR.test(after))) {
    const end = last.end + (unit?.word.length ?? 0);
    const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, end);
    const figure = unit ? figureOf(unit.type, 0, unit.unit, approx) : vocab.temperatureBefore(text, start) ? figureOf('quantity', 0, TEMPERATURE, approx) : figureOf('other', 0, undefined, approx);
    const high = last === n ? n.high : last.value;
    figure.value = again && last !== n ? -n.value : -(high ?? n.value); // 零下三四度, 零下3至4度: -4 to -3
    if (high !== undefined) figure.high = again && last !== n ? -last.value : -n.value;
    return { candidate: { start, end, figure }, next: end };
  }
  return both ? { next: n.end } : undefined;
}

/** The unit code of a temperature, which a bare signed number after a word of temperature (气温零下5) is in. */
const TEMPERATURE = '°C';

/** 零上5℃, 零上三度: a number a word says is above zero, the word inside its span (度 after it is a temperature). */
function matchAboveZero(text: string, start: number): Attempt | undefined {
  const sign = vocab.positiveSigns.match(text, start);
  if (!sign) return undefined;
  const at = start + sign.word.length;
  const n = readNumeral(text, at);
  if (!n) return undefined;
  const c = matchMeasure(text, at, n);
  if (c && SIGNED_TYPES.has(c.figure.type)) return { candidate: { ...c, start }, next: c.end };
  if (c) return { next: c.end };
  const unitWord = Object.keys(sign.units).find((u) => text.startsWith(u, n.end));
  const after = text[n.end] ?? '';
  if (!unitWord && (CJK.test(after) || CODE_CHAR.test(after) || !vocab.temperatureBefore(text, start))) return { next: n.end };
  const end = n.end + (unitWord?.length ?? 0);
  const approx = n.approx || !!vocab.approxWordBefore(text, start) || approxAfterAt(text, end);
  return { candidate: { start, end, figure: figureOf('quantity', n.value, unitWord ? sign.units[unitWord] : TEMPERATURE, approx, n.high) }, next: end };
}

/** Whether a lone magnitude at `start` stands before a tier (亿级, 亿元级). */
function isTierAfter(text: string, start: number): boolean {
  const m = readNumeral(text, start, true);
  if (!m) return false;
  const unit = vocab.units.match(text, m.end);
  return text.startsWith(vocab.tierUnit, m.end) || (unit?.type === 'money' && text.startsWith(vocab.tierUnit, m.end + unit.word.length));
}

/** The forms that read their own number, tried in order after the dates (one list for every position). */
const SPECIAL_FORMS = [matchKilometrePost, matchSigned, matchAboveZero, matchCurrencySign, matchWordFigure, matchFirstPlace, matchRank, matchFractionPercent, matchHalf];

/** Tries every form that can start at `start`, most specific first; `previous` is the last figure found. */
function matchAt(text: string, start: number, previous: Candidate | undefined): Attempt {
  const previousEnd = previous ? previous.end : -1;
  const quarters = matchQuarterSpan(text, start);
  if (quarters) return { candidate: quarters, next: quarters.end };
  const period = matchPeriod(text, start);
  if (period) return { candidate: period, next: period.end };
  const decade = matchCenturyDecade(text, start);
  if (decade) return decade;
  for (const special of SPECIAL_FORMS) {
    const attempt = special(text, start, previousEnd);
    if (attempt) return attempt;
  }
  const numeric = matchNumericDate(text, start);
  if (numeric && !(start > 0 && CODE_CHAR.test(text[start - 1]))) return { candidate: numeric, next: numeric.end };
  // 迈上万亿级: 上 ends the verb, the number starts after it
  if (vocab.vagueNotAfter.get(text.charCodeAt(start))?.includes(text[start - 1] ?? '\0')) return { next: start + 1 };
  // 近万名, 超亿元: a magnitude alone after an approximation word; 亿元级: before a tier
  const n = readNumeral(text, start) ?? (vocab.approxWordBefore(text, start) || isTierAfter(text, start) ? readNumeral(text, start, true) : null);
  if (!n) return { next: start + 1 };
  const next = n.end;
  // 100兆瓦/200兆瓦时: a slash after a unit written in Chinese joins two figures, where after a digit or a letter it is a code's
  const slashAfterUnit = text[start - 1] === '/' && CJK.test(text[start - 2] ?? '');
  if (start > 0 && CODE_CHAR.test(text[start - 1]) && !slashAfterUnit && !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
    return { next };
  }
  // 5G, 10W+ are no measures, but 功率2000W is (a unit its context makes one)
  if (/[A-Za-zＡ-Ｚａ-ｚ]/.test(text[n.end] ?? '') && !unitOrContextUnitAt(text, n.end, start)) return { next };
  // 周五 is a weekday, but 黄金周7天, 每周3次 and 航线每周5班 (a unit its context makes one) are figures
  if (vocab.notAfterCount.match(text, n.end) || (vocab.notAfterWords.wordBefore(text, start) && !unitOrContextUnitAt(text, n.end, start))) return { next };
  // 老三家: a nickname
  if (n.end - start === 1 && vocab.isNickname(text, start)) return { next };
  // 一些, 统一, 一方 (a party), 五一: a numeral inside a word states no number
  if (!n.arabicOnly && n.end - start <= 2 && vocab.inNumeralWord(text, start, n.end)) return { next };
  // 每百户, 每万人: a lone magnitude after 每 is a rate's denominator
  if (n.end - start === 1 && n.endsWithMagnitude && text.startsWith(vocab.denominatorBefore, start - vocab.denominatorBefore.length)) return { next };
  // 每10万人口, 每100克: a power of ten after 每 is one too, but not a span of time (每10年)
  if (n.high === undefined && n.value >= 10 && Number.isInteger(Math.log10(n.value)) && text.startsWith(vocab.denominatorBefore, start - vocab.denominatorBefore.length)) {
    const measure = matchMeasure(text, start, n);
    if (measure?.figure.type !== 'duration') return { next: measure?.end ?? next };
  }
  // 8月龄: a unit that begins with the month character is read before the month
  const unit = text[n.end] === MONTH ? vocab.units.match(text, n.end) : undefined;
  if (unit && unit.word.length > 1) {
    const measure = matchMeasure(text, start, n);
    return { candidate: measure, next: measure ? measure.end : next };
  }
  const candidate =
    matchListedDay(text, start, n, previous) ??
    matchCompoundDuration(text, start, n) ??
    matchDateListItem(text, start, n) ??
    matchDecade(text, start, n) ??
    matchYearDate(text, start, n) ??
    matchShortYear(text, start, n) ??
    matchYearWord(text, start, n) ??
    matchYearRange(text, start, n) ??
    matchMonthDate(text, start, n) ??
    matchDaysWithin(text, start, n) ??
    matchBareDay(text, start, n) ??
    matchBareYear(text, start, n) ??
    matchFraction(text, start, n) ??
    matchSlashFraction(text, start, n) ??
    matchSpokenDecimal(text, start, n) ??
    matchRaceTime(text, start, n) ??
    matchRatio(text, start, n, previous) ??
    matchPriceOfOne(text, start, n, previous) ??
    matchMeasure(text, start, n) ??
    matchBareRatio(text, start, n) ??
    matchBareAge(text, start, n) ??
    matchClassicalAge(text, start, n) ??
    matchListedAmount(text, start, n, previous);
  return { candidate, next: candidate ? candidate.end : next };
}

/**
 * All figures in a Chinese text, sorted and non-overlapping; `date` is the publication date when
 * known (YYYY-MM-DD). A rule that fails at one position loses that figure alone (`onError` hears
 * of it, for tests and diagnostics).
 */
export function extractChineseFigures(text: string, date?: string, onError?: (error: unknown, at: number) => void): FigureAnnotation[] {
  return readChineseFigures(text, date, onError).figures;
}

/** The figures of a Chinese text with the article's year (for the periods of lib/facts/). */
export function readChineseFigures(text: string, date?: string, onError?: (error: unknown, at: number) => void): FiguresRead {
  const excluded = excludedSpans(text, vocab.idioms, NUMBER_CHARS, (t, at) => !!vocab.units.match(t, at));
  const candidates: Candidate[] = [];
  for (let at = nextTrigger(text, 0); at >= 0; ) {
    const previous = candidates[candidates.length - 1];
    // a run of more digits than a number is written with is skipped whole, or its tail would read as one
    const run = digitRunAt(text, at);
    if (run > LONGEST_NUMBER_DIGITS) {
      at = nextTrigger(text, at + run);
      continue;
    }
    let found: Attempt;
    try {
      found = matchAt(text, at, previous);
    } catch (error) {
      // a rule failing on odd input costs the figure at this position, never the text's others
      onError?.(error, at);
      at = nextTrigger(text, at + 1);
      continue;
    }
    const { candidate, next } = found;
    // a date may start before its trigger (去年底 at 年): never over the figure before it
    // 11月25日、26日两天, 2022、2023年两年间: a span of time right after dates or years restates how many they are
    const restated = candidate?.figure.type === 'duration' && (previous?.figure.type === 'date' || previous?.figure.type === 'year') && previous.end === candidate.start;
    if (candidate && !restated && !excluded.overlaps(candidate.start, candidate.end) && !(previous && candidate.start < previous.end)) {
      // 一斤土豆只卖两毛钱, 一亩地收入3000元, 一亩能收六吨, 一亩地套一万多个纸袋: the measure of one is the unit of the price, the yield or the count after it, no figure
      const perOne = candidate.figure.type === 'money' || candidate.figure.type === 'count' || (candidate.figure.type === 'quantity' && candidate.figure.unit !== previous?.figure.unit);
      if (previous?.one && perOne && !CLAUSE_BREAK.test(text.slice(previous.end, candidate.start))) candidates.pop();
      // 五元一斤: and so is a measure of one right after a price
      if (!(candidate.one && previous?.figure.type === 'money' && previous.end === candidate.start)) candidates.push(candidate);
    }
    at = nextTrigger(text, Math.max(next, at + 1));
  }
  const year = settleDates(text, candidates, date);
  // a day whose month the article did not give (matchBareDay) is no date
  const figures: FigureAnnotation[] = candidates.filter((c) => !c.date?.day || c.date.month).map((c) => ({
    kind: 'figure',
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    figure: c.figure,
  }));
  return year === undefined ? { figures } : { figures, year };
}
