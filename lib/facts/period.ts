// When a figure holds: the time its sentence states before it (一季度, 上半年, 截至6月底, 1-5月,
// "in 2019"), its own clause first. The times are the date figures the engine already read, their
// years settled by lib/figures/dates.ts; a year word without a number (去年, 今年以来, "last
// year") is counted from the article's year, which dates.ts settled too. A time that is the base of
// a comparison (比去年, 上年同期, "than in 2019") is not the figure's period.
import type { Annotation, FigureAnnotation } from '../annotation';
import type { Span } from './sentence';
import { eachWordIn, wordAtEdge, type FactVocabulary } from './vocabulary';

/** A time stated in a sentence, with its value as the contract writes a date. */
export interface StatedTime extends Span {
  period: string;
}

/** Whether the words around a time make it the base of a comparison. */
function isBase(text: string, span: Span, v: FactVocabulary): boolean {
  const before = Math.max(0, span.start - 16);
  let end = span.start;
  while (end > before && /\s/.test(text[end - 1])) end--;
  if (wordAtEdge(text, before, end, v.baseBefore, v.lang, 'end')) return true;
  let start = span.end;
  while (start < text.length && /\s/.test(text[start])) start++;
  return !!wordAtEdge(text, start, Math.min(text.length, start + 16), v.baseAfter, v.lang, 'start');
}

/** A date figure's value as a period: a range is written as an ISO interval (2023-01/2023-05). */
const periodOf = (figure: FigureAnnotation): string => {
  const { value, high } = figure.figure;
  return high !== undefined ? `${value}/${high}` : String(value);
};

const isTime = (a: Annotation): a is FigureAnnotation => a.kind === 'figure' && (a.figure.type === 'date' || a.figure.type === 'year');

/**
 * The times stated in text[sentence] (its annotations given): date and year figures, and the
 * vocabulary's year words when the article's `year` is known, bases of comparison left out.
 */
export function statedTimes(text: string, sentence: Span, annotations: Annotation[], v: FactVocabulary, year: number | undefined): StatedTime[] {
  const times: StatedTime[] = [];
  for (const a of annotations) if (isTime(a) && !isBase(text, a, v)) times.push({ start: a.start, end: a.end, period: periodOf(a) });
  if (year !== undefined) {
    for (const a of annotations) {
      const span = yearsFromNow(text, a, v, year);
      if (span) times.push(span);
    }
    // the sentence read once for each list of year words; a word inside a longer one (今年 in 今年以来)
    // comes after it, at the same place by the list's order (longest first), at a later place by position
    const haystack = v.lang === 'en' ? text.slice(sentence.start, sentence.end).toLowerCase() : text;
    const shift = v.lang === 'en' ? sentence.start : 0;
    // a word read that gives no period still holds the words inside it: 中秋国庆假期 in a year the calendar lacks is no 国庆假期
    const held: Span[] = [];
    const inside = (span: Span) => (t: Span) => t.start <= span.start && span.end <= t.end;
    const addWords = (words: readonly string[], period: (word: string, span: Span) => string | undefined) =>
      eachWordIn(haystack, sentence.start - shift, sentence.end - shift, words, (word, i) => {
        const span = { start: shift + i, end: shift + i + word.length };
        // a longer year word at the same place wins (今年以来 over 今年); a date figure holds its own (去年底)
        if (annotations.some((a) => a.start <= span.start && span.start < a.end) || times.some(inside(span)) || held.some(inside(span)) || isBase(text, span, v)) return;
        const p = period(word, span);
        if (p !== undefined) times.push({ ...span, period: p });
        else held.push(span);
      });
    addWords(v.relativeYearWords, (word) => String(year + v.relativeYears.get(word)!));
    // 年初, and 去年年初 in the year the word right before it names
    const yearBefore = (span: Span) => times.find((t) => t.end === span.start && v.relativeYears.has(text.slice(t.start, t.end)))?.period ?? String(year);
    addWords(v.yearPartWords, (word, span) => `${yearBefore(span)}-${v.yearParts.get(word)!}`);
    // 元旦假期: the days off of the article's year, where the calendar has them
    addWords(v.holidayWords, (word) => v.holidayDays.get(`${year}:${v.holidayOf.get(word)}`));
  }
  return times.sort((a, b) => a.start - b.start);
}

/** Whether a stated day or month is a point the figures are counted to (截至9月末, 6月底), which later sentences share. */
export function isPointInTime(text: string, time: StatedTime, v: FactVocabulary): boolean {
  return v.pointEnds.some((end) => text.endsWith(end, time.end)) || !!wordAtEdge(text, Math.max(0, time.start - 4), time.start, v.pointBefore, v.lang, 'end');
}

/**
 * A span of years counted from the article's `year`: the years to come (未来五年: 2020/2024) or the
 * year it ends (2年后: 2022); undefined for any other figure.
 */
function yearsFromNow(text: string, a: Annotation, v: FactVocabulary, year: number): StatedTime | undefined {
  if (a.kind !== 'figure' || a.figure.type !== 'duration' || a.figure.unit !== 'year' || typeof a.figure.value !== 'number' || !Number.isInteger(a.figure.value)) return undefined;
  const n = a.figure.value;
  if (wordAtEdge(text, Math.max(0, a.start - 4), a.start, v.yearsAhead, v.lang, 'end')) return { start: a.start, end: a.end, period: n > 1 ? `${year}/${year + n - 1}` : String(year) };
  if (wordAtEdge(text, a.end, Math.min(text.length, a.end + 4), v.yearsLater, v.lang, 'start')) return { start: a.start, end: a.end, period: String(year + n) };
  return undefined;
}

/**
 * The period of a figure at `at` among the times of its sentence: the last time before it in its
 * clause, else the last before it in the sentence, else the first after it in its clause; in a
 * language that says the time after the figure (`afterFirst`: "reached 365 billion yuan in the
 * first half"), the first after it in its clause first, and with no time before it the first after
 * it in its sentence ("earned $2.3 billion, or $1.52 a share, in the third quarter").
 */
export function periodFor(at: Span, clause: Span, times: StatedTime[], afterFirst = false): string | undefined {
  let inSentence: StatedTime | undefined;
  let inClause: StatedTime | undefined;
  for (const t of times) {
    if (t.end > at.start) break;
    inSentence = t;
    if (t.start >= clause.start) inClause = t;
  }
  const after = times.find((t) => t.start >= at.end && t.end <= clause.end);
  if (!afterFirst) return (inClause ?? inSentence ?? after)?.period;
  return (after ?? inClause ?? inSentence ?? times.find((t) => t.start >= at.end))?.period;
}
