// A figure's normalised value in plain words for the hover card: every digit written out, with
// the magnitude a reader says aloud (3642.40亿元 -> "364,240,000,000 CNY (364.24 billion)"),
// dates as written in ISO form plus a readable date, ranges as "2 – 3 mu".

import type { Figure } from '../annotation';
import { hasMessage, languageTag, t, type UiLang } from '../i18n';

/** From this size on, a value also gets its compact form (364.24 billion, 3642.4亿). */
const COMPACT_FROM = 10_000;
const RANGE_DASH = ' – ';

const plain = (value: number, lang: UiLang): string =>
  new Intl.NumberFormat(languageTag(lang), { maximumFractionDigits: 4 }).format(value);

const compact = (value: number, lang: UiLang): string =>
  new Intl.NumberFormat(languageTag(lang), { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);

const inParentheses = (text: string, lang: UiLang): string => (lang === 'zh' ? `（${text}）` : ` (${text})`);

// A number (or range of numbers, already written) with the figure's unit.
function withUnit(figure: Figure, written: string, lang: UiLang): string {
  const { type, unit } = figure;
  const count = typeof figure.high === 'number' ? figure.high : (figure.value as number);
  if (type === 'rank') return t('value.rank', lang, { value: written });
  if (type === 'money') return unit ? `${written} ${unit}` : written;
  if (!unit) return written;
  if (unit === '%' || unit === '‰') return `${written}${unit}`;
  const key = `unit.${unit}`;
  if (hasMessage(key)) return t(key, lang, { value: written, count });
  // A count's classifier in the interface's language: 21,483人 is "21,483 people" in English
  // (count.* in lib/i18n/core.*.json); one the tables lack is left out of the English text.
  const classifier = `count.${unit}`;
  if (type === 'count' && hasMessage(classifier)) return t(classifier, lang, { value: written, count });
  if (type === 'count' && lang === 'en') return written;
  // Unit codes after a space, Chinese classifiers (户, 人次) right after the number.
  return /^[a-z]/i.test(unit) ? `${written} ${unit}` : `${written}${unit}`;
}

function numberWords(figure: Figure, lang: UiLang): string {
  const bounds = [figure.value, figure.high].filter((v): v is number => typeof v === 'number');
  if (figure.type === 'year') return bounds.map(String).join(RANGE_DASH);
  const written = withUnit(figure, bounds.map((v) => plain(v, lang)).join(RANGE_DASH), lang);
  const large = figure.type !== 'rank' && bounds.some((v) => Math.abs(v) >= COMPACT_FROM);
  return large ? written + inParentheses(bounds.map((v) => compact(v, lang)).join(RANGE_DASH), lang) : written;
}

const utcDate = (format: Intl.DateTimeFormatOptions, lang: UiLang, year: number, month: number, day = 1): string =>
  new Intl.DateTimeFormat(languageTag(lang), { ...format, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));

// A date value (2019-09-05, 2019-09, 2020-Q1, 2020-H1, --03-17, 2019) read aloud.
function readableDate(value: string, lang: UiLang): string {
  const [, year, month, day] = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value) ?? [];
  if (day) return utcDate({ dateStyle: 'long' }, lang, +year, +month, +day);
  if (month) return utcDate({ year: 'numeric', month: 'long' }, lang, +year, +month);
  if (year) return year;
  const period = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (period) {
    const [, y, kind, n] = period;
    return kind === 'Q' ? t('value.quarter', lang, { year: y, quarter: n }) : t(n === '1' ? 'value.half1' : 'value.half2', lang, { year: y });
  }
  const dayOfYear = /^--(\d{2})-(\d{2})$/.exec(value);
  // 2000 is a leap year, so 29 February reads too.
  if (dayOfYear) return t('value.unknownYear', lang, { value: utcDate({ month: 'long', day: 'numeric' }, lang, 2000, +dayOfYear[1], +dayOfYear[2]) });
  return value;
}

function dateWords(figure: Figure, lang: UiLang): string {
  const bounds = [figure.value, figure.high].filter((v) => v !== undefined).map(String);
  const readable = bounds.map((v) => readableDate(v, lang)).join(RANGE_DASH);
  const iso = bounds.join(RANGE_DASH);
  // A day without its year has no ISO form worth showing, and a bare year reads as itself.
  if (bounds.some((v) => v.startsWith('--')) || readable === iso) return readable;
  return iso + inParentheses(readable, lang);
}

/** A figure's period (2023-Q1, 2019, an interval 2023-01/2023-05) in plain words. */
export function periodWords(period: string, lang: UiLang): string {
  return period
    .split('/')
    .map((value) => readableDate(value, lang))
    .join(RANGE_DASH);
}

/** The figure's value in plain words in `lang` (approximation is shown apart from it). */
export function figureWords(figure: Figure, lang: UiLang): string {
  return typeof figure.value === 'string' ? dateWords(figure, lang) : numberWords(figure, lang);
}
