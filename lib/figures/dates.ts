// Turns the parts of a Chinese date (2019年9月5日, 3月17日, 一季度, 去年9月份) into the contract's
// ISO-like strings, deciding the year of dates that do not state one.
//
// A yearless date takes a year only when the text makes it certain: a year stated earlier in
// the same sentence (2019这一年，特别是8月16日), a relative word (去年9月份), or the article's
// own year, read from a dateline (2020年1月1日 星期三) or else from the latest year the article
// reports as fact (years after 到, 力争, 预计 or before 目标 are plans, not the article's time).
// Without any of these the value keeps the ISO form for an unknown year: --03-17.
import { firstIndex } from '../util/binary-search';

/** What the scanner read of a date, before the year is settled. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  /** Offset from the article's year given by 去年 (-1), 今年 (0)... */
  relative?: number;
  /** The other end of a range such as 7月28日—30日, 1-9月 or 前三季度 (high quarter in highQuarter). */
  high?: { month?: number; day?: number };
  highQuarter?: number;
}

/** A year the text states, with where it stands. */
export interface StatedYear {
  year: number;
  start: number;
  end: number;
  /** A full date followed by the weekday: a page's dateline. */
  dateline: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO-like value of a date whose year is known or unknown (undefined). */
export function formatDate(parts: DateParts, year: number | undefined): { value: string; high?: string } {
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
  const high = parts.high.day && month ? `${y}-${pad(month)}-${pad(parts.high.day)}` : month ? `${y}-${pad(month)}` : undefined;
  return high ? { value, high } : { value };
}

const PLAN_BEFORE = /(?:到|至|力争|预计|计划|将于|将在|争取|截至|截止|\b[Bb]y|\b[Uu]ntil|\b[Bb]efore|\b[Tt]hrough)\s*$/;
const PLAN_AFTER = /^(?:年)?(?:前|以前|之前|目标|远景|愿景)/;

/** Reads the article's own year from the years it states, or undefined when none is certain. */
export function articleYear(text: string, years: StatedYear[]): number | undefined {
  const dateline = years.find((y) => y.dateline);
  if (dateline) return dateline.year;
  let best: number | undefined;
  for (const y of years) {
    if (PLAN_BEFORE.test(text.slice(Math.max(0, y.start - 8), y.start))) continue;
    if (PLAN_AFTER.test(text.slice(y.end, y.end + 4))) continue;
    if (best === undefined || y.year > best) best = y.year;
  }
  return best;
}

const SENTENCE_BREAK = /[。！？!?\n]|\.\s/;

/**
 * The year a yearless date at `start` belongs to: a year stated earlier in its sentence,
 * else the relative word's offset from the article's year, else the article's year.
 */
export function yearFor(
  text: string,
  start: number,
  parts: DateParts,
  years: StatedYear[],
  docYear: number | undefined,
): number | undefined {
  if (parts.relative !== undefined) return docYear === undefined ? undefined : docYear + parts.relative;
  // the last stated year that ends before the date
  const previous = years[firstIndex(years.length, (i) => years[i].end > start) - 1];
  if (previous && !SENTENCE_BREAK.test(text.slice(previous.end, start))) return previous.year;
  return docYear;
}

/** Whether a full date ending at `end` is followed by a weekday, as a page's dateline is. */
export function isDatelineAt(text: string, end: number): boolean {
  return /^[ \u3000\t]*(?:星期|周|礼拜)[一二三四五六日天]/.test(text.slice(end, end + 8));
}
