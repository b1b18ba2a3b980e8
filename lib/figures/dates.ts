// Turns the parts of a date (2019年9月5日, 3月17日, 一季度, 去年9月份, March 4) into the contract's
// ISO-like strings, deciding the year of dates that do not state one. The one place where the
// article's year is settled, for Chinese and English text alike.
//
// A yearless date takes a year only when it is certain: a year stated earlier in the same
// sentence (2019这一年，特别是8月16日; not one that opens a span, 2018年以来, 自2018年 or since 2016, nor a base of
// comparison, 比2020年), a relative word (去年9月份) counted from the article's year,
// or the article's year itself. The article's year is the publication date the caller knows
// (ExtractOptions.date: the page's markup, the command line's --date); else a dateline
// (2020年1月1日 星期三, 发布时间：2020-01-01); else the latest year the article reports as fact
// (years after 到, 力争, 预计 or before 目标 are plans, and years before 以来 or 至今 start a span
// that runs to a later time: neither is the article's time). Without any of these
// the value keeps the ISO form for an unknown year: --03-17. A date that cannot exist in the year
// found (2月29日 in 2023) keeps the unknown year too.
import type { Figure, FigureAnnotation } from '../annotation';
import { firstIndex } from '../util/binary-search';

/** What the scanner read of a date, before the year is settled. */
export interface DateParts {
  year?: number;
  /** The year was written with two digits (98年): its century is settled with the article's time. */
  shortYear?: boolean;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  /** Offset from the article's year given by 去年 (-1), 今年 (0)... */
  relative?: number;
  /** The relative year counts from the year the text reports on, not the article's (上年末 of a bulletin). */
  ofReport?: boolean;
  /** Offset from the article's month given by 本月 (0), 上月 (-1)... before a day without its month. */
  relativeMonth?: number;
  /** The other end of a range such as 7月28日—30日, 1-9月, 2015年3月到2018年5月 (high quarter in highQuarter); nextYear after 次年. */
  high?: { year?: number; month?: number; day?: number; nextYear?: boolean };
  highQuarter?: number;
}

/** A year the text states, with where it stands. */
interface StatedYear {
  year: number;
  start: number;
  end: number;
  /** A full date standing as the page's dateline (followed by the weekday, after 发布时间：). */
  dateline: boolean;
  /** The dateline's month: a yearless month long after it lies in the year before. */
  month?: number;
  /** A year that names an exam's or a budget's (2024年度): ahead of the article's, no time of the dates after it. */
  named?: boolean;
}

/** A figure found by a scanner, with the parts of its date when it is one. */
export interface DatedCandidate {
  start: number;
  end: number;
  figure: Figure;
  date?: DateParts;
  /** 2024年度, 2024财年: a year that names an exam's, a budget's or a season's, which when ahead of the article's is no time of the dates after it. */
  named?: boolean;
}

/** Figures found in a text, with the article's year when the dates made it certain. */
export interface FiguresRead {
  figures: FigureAnnotation[];
  year?: number;
}

/** The publication date, as far as the caller knows it. */
interface Reference {
  year: number;
  month?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Whether the day exists in that month of that year (no 2月29日 in 2023, no 4月31日 ever). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  return day <= (month === 2 && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]);
}

/**
 * The publication date given to extract() (YYYY-MM-DD, YYYY-MM or YYYY, a time after it
 * allowed), or undefined when it is absent or not a date.
 */
function readReference(date: string | undefined): Reference | undefined {
  const m = typeof date === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T|\s)/.exec(date.trim()) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  if (year < 1000 || (month !== undefined && (month < 1 || month > 12))) return undefined;
  if (month !== undefined && m[3] && !isCalendarDate(year, month, Number(m[3]))) return undefined;
  return month === undefined ? { year } : { year, month };
}

/**
 * The full year of a two-digit one (98年 -> 1998, 05年 -> 2005): this century up to the
 * article's year, the last one after it (without the article's year, up to 29).
 */
function fullYear(short: number, reference: Reference | undefined): number {
  const pivot = reference ? reference.year % 100 : 29;
  const century = reference ? reference.year - (reference.year % 100) : 2000;
  return short <= pivot ? century + short : century - 100 + short;
}

/** The ISO-like value of a date whose year is known or unknown (undefined). */
function formatDate(parts: DateParts, year: number | undefined): { value: string; high?: string } {
  const y = year === undefined ? '-' : String(year);
  let value: string;
  if (parts.quarter) value = `${y}-Q${parts.quarter}`;
  else if (parts.half) value = `${y}-H${parts.half}`;
  else if (parts.month && parts.day) value = `${y}-${pad(parts.month)}-${pad(parts.day)}`;
  else if (parts.month) value = `${y}-${pad(parts.month)}`;
  else value = y;
  if (parts.highQuarter) return { value, high: `${y}-Q${parts.highQuarter}` };
  if (!parts.high) return { value };
  const month = parts.high.month ?? parts.month;
  // 12月28日至1月3日, 3月1日至次年3月1日: the range runs into the next year
  const highYear = parts.high.year ?? (year !== undefined && (parts.high.nextYear || (month && parts.month && month < parts.month)) ? year + 1 : year);
  const hy = highYear === undefined ? '-' : String(highYear);
  const high = parts.high.day && month ? `${hy}-${pad(month)}-${pad(parts.high.day)}` : month ? `${hy}-${pad(month)}` : parts.high.year ? hy : undefined;
  return high ? { value, high } : { value };
}

const PLAN_BEFORE = /(?:到|至|力争|预计|计划|将于|将在|争取|截至|截止|\b[Bb]y|\b[Uu]ntil|\b[Bb]efore|\b[Tt]hrough)\s*$/;
const PLAN_AFTER = /^(?:年)?(?:前|以前|之前|目标|远景|愿景)/;

/** Whether the words around a span make it a plan or a deadline rather than the article's time. */
const isPlan = (text: string, start: number, end: number): boolean =>
  PLAN_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || PLAN_AFTER.test(text.slice(end, end + 4));

const SINCE_AFTER = /^(?:年)?(?:以来|来|起|开始|至今|以后|之后)/;
const SINCE_BEFORE = /(?:(?:^|[^A-Za-z])(?:[Ss]ince|[Ff]rom)\s+|[自从]\s*)$/;
/** 2019年以来, 2023年12月1日至今, 自2019年9月5日开工以来, since 2015: the start of a span up to the article's time, which lies later. */
const isSince = (text: string, start: number, end: number): boolean =>
  SINCE_AFTER.test(text.slice(end, end + 3)) || SINCE_BEFORE.test(text.slice(Math.max(0, start - 7), start));

const BASE_BEFORE = /(?:比|较|相比|对比|同比|好于|高于|低于|超过|恢复到|回到)\s*$/;
const BASE_AFTER = /^(?:年)?(?:相比|相较|同期|水平)/;
/** 比2020年提高, 与2019年相比, 恢复到2019年同期水平: a year the figures are compared with, not the article's. */
const isBase = (text: string, start: number, end: number): boolean =>
  BASE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || BASE_AFTER.test(text.slice(end, end + 4));

/** Reads the article's own year from the years it states, or undefined when none is certain. */
function articleYear(text: string, years: StatedYear[], latestFactYear: boolean): number | undefined {
  const dateline = years.find((y) => y.dateline);
  if (dateline) return dateline.year;
  return latestFactYear ? reportedYear(text, years) : undefined;
}

/** The latest year the text reports as fact, a dateline's aside: the year a bulletin or report is on. */
function reportedYear(text: string, years: StatedYear[]): number | undefined {
  let best: number | undefined;
  for (const y of years) {
    if (y.dateline || isPlan(text, y.start, y.end) || isSince(text, y.start, y.end) || isBase(text, y.start, y.end)) continue;
    if (best === undefined || y.year > best) best = y.year;
  }
  return best;
}

const SENTENCE_BREAK = /[。！？!?\n]|\.\s/;
/**
 * How many months after the publication a yearless month may lie and still be in its year: an
 * article of January that reports 11月5日 reports last November (a plan such as 12月底前 aside).
 */
const MONTHS_AHEAD = 7;

/**
 * The year a yearless date at start..end belongs to: a year stated earlier in its sentence,
 * else the relative word's offset from the article's year (from `reportYear`, the year the text reports on, for a bulletin's 上年), else the article's year (the year
 * before it for a month long after the publication), or undefined when none is certain.
 */
function yearFor(text: string, start: number, end: number, parts: DateParts, years: StatedYear[], docYear: number | undefined, reportYear: number | undefined, reference: Reference | undefined, clauseBreak?: RegExp): number | undefined {
  // 比上年末提高 in a bulletin on 2025: the year before the one it reports on
  const from = parts.ofReport ? reportYear : docYear;
  if (parts.relative !== undefined) return from === undefined ? undefined : from + parts.relative;
  // the last stated year that ends before the date, unless it opens a span (since 2015, the first
  // half: the half is the article's, not 2015's) or is a base of comparison
  const previous = years[firstIndex(years.length, (i) => years[i].end > start) - 1];
  if (previous && !SENTENCE_BREAK.test(text.slice(previous.end, start)) && !clauseBreak?.test(text.slice(previous.end, start)) && !isSince(text, previous.start, previous.end) && !isBase(text, previous.start, previous.end)) return previous.year;
  if (docYear !== undefined && reference?.month && parts.month && parts.month - reference.month > MONTHS_AHEAD && !isPlan(text, start, end)) {
    return docYear - 1;
  }
  return docYear;
}

/**
 * Whether a full date at start..end stands as the page's dateline: 2020年1月1日 星期三,
 * 发布时间：2020-01-01, and a line opening with 2020-01-01 10:32 (a page's stamp; an event's
 * time inside a sentence is no dateline).
 */
function isDatelineAt(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8);
  if (/^[ \u3000\t]*(?:星期|周|礼拜)[一二三四五六日天]/.test(after)) return true;
  // 2024年1月3日讯, 2024年1月3日电: a news story's own dateline
  if (/^(?:讯|电)/.test(after)) return true;
  if (/(?:发布|发表|更新|刊发|出版)?(?:时间|日期)[:：][ \u3000\t]*$/.test(text.slice(Math.max(0, start - 10), start))) return true;
  return /^[ \u3000\t]+[0-2]?\d[:：][0-5]\d/.test(after) && /(?:^|\n)[ \u3000\t]*$/.test(text.slice(Math.max(0, start - 10), start));
}

/** How a language's text states the article's own year. */
export interface YearRules {
  /** Whether the full date at start..end stands as the article's dateline. */
  isDateline(text: string, start: number, end: number): boolean;
  /**
   * Whether, without a dateline, the latest year the text reports as fact is the article's: a
   * Chinese report's figures are of its own year; in English a year mentioned in passing is no
   * ground for a guess.
   */
  latestFactYear: boolean;
  /**
   * What, between a year and a later yearless date of its sentence, opens a clause of its own
   * whose dates do not take that year (English: ", according to a poll in mid-October").
   */
  clauseBreak?: RegExp;
}

/** Chinese text: a dateline as isDatelineAt reads it, else the latest year reported as fact. */
const CHINESE_YEAR_RULES: YearRules = { isDateline: isDatelineAt, latestFactYear: true };

/**
 * Gives every date among `candidates` (sorted by start) its value, the year settled as the top
 * of this file says; `date` is the publication date when the caller knows it (YYYY-MM-DD).
 * Returns the article's year when one is certain: the periods of figures (去年, 今年以来,
 * lib/facts/period.ts) are counted from it.
 */
export function settleDates(text: string, candidates: DatedCandidate[], date?: string, rules: YearRules = CHINESE_YEAR_RULES): number | undefined {
  const reference = readReference(date);
  const years: StatedYear[] = [];
  for (const c of candidates) {
    if (c.date?.shortYear && c.date.year !== undefined) {
      c.date.year = fullYear(c.date.year, reference);
      if (c.figure.type === 'year') c.figure.value = c.date.year;
    }
    // a range of years (2021-2025, the 1990s) is a plan or an era, not a year stated as the time
    if (c.figure.type === 'year') {
      if (c.figure.high === undefined) years.push({ year: c.figure.value as number, start: c.start, end: c.end, dateline: false, ...(c.named && { named: true }) });
    } else if (c.date?.year !== undefined) {
      const dateline = !!c.date.day && rules.isDateline(text, c.start, c.end);
      years.push({ year: c.date.year, start: c.start, end: c.end, dateline, ...(dateline && { month: c.date.month }) });
    }
  }
  const docYear = reference?.year ?? articleYear(text, years, rules.latestFactYear);
  // without a publication date, the dateline's date stands for it
  const dateline = reference ? undefined : years.find((y) => y.dateline);
  const published = reference ?? (dateline && { year: dateline.year, month: dateline.month });
  // 2024年度国家公务员考试报名11月2日结束 in 2023: the exam's year ahead is not the registration's
  const timeYears = published ? years.filter((y) => !(y.named && y.year > published.year)) : years;
  // the year a bulletin reports on, read once for all its 上年 dates (none in most texts)
  const reportYear = candidates.some((c) => c.date?.ofReport) ? (reportedYear(text, timeYears) ?? docYear) : docYear;
  for (const c of candidates) {
    if (!c.date || c.figure.type !== 'date') continue;
    // 18日: a day without its month is of the article's month
    if (c.date.day && !c.date.month) {
      if (!published?.month) continue;
      // 上月15日 in January is of the December before
      const months = published.year * 12 + published.month - 1 + (c.date.relativeMonth ?? 0);
      c.date.month = (months % 12) + 1;
      if (c.date.relativeMonth) c.date.year = Math.floor(months / 12);
    }
    let year = c.date.year;
    if (year === undefined) {
      year = yearFor(text, c.start, c.end, c.date, timeYears, docYear, reportYear, published, rules.clauseBreak);
      if (year !== undefined && c.date.month && c.date.day && !isCalendarDate(year, c.date.month, c.date.day)) year = undefined;
    }
    const { value, high } = formatDate(c.date, year);
    c.figure.value = value;
    if (high) c.figure.high = high;
  }
  return docYear;
}
