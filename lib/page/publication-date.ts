// When a page says its article was published: its markup's stamps (meta article:published_time
// and the other names in publication-date.json, JSON-LD datePublished, <time datetime>), else the
// byline printed by its headline (bylineDate), else the dateline its text opens with. One reading
// for the command line (HTML through htmlparser2, in lib/html-text.ts; plain text) and the content
// script (the DOM, lib/page/page-date.ts): both feed the elements they meet to
// PublicationDateReader and the lines around the headline to bylineDate. No DOM or parser import
// here, so either side can load it alone.
import type { Annotation } from '../annotation';
import { isCalendarDate } from '../figures/dates';
import { holdsTitlePart, titleParts } from './headline';
import markup from './publication-date.json';

const PUBLISHED = new Set(markup.published);
const NAMED = new Set(markup.named);

/** How sure a source is, best first. */
const Rank = { Published: 0, JsonLd: 1, Named: 2, TimePubdate: 3, Time: 4, None: 5 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMERIC = /(?:^|[^\d])(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|(\d{2})(\d{2}))(?!\d)/;
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/;
const MONTH_DAY = /\b([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

const iso = (year: number, month: number, day: number): string | undefined =>
  isCalendarDate(year, month, day) && year >= 1900 ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * The calendar date a stamp writes (2024-03-05T10:00:00+08:00, 2024/3/5 10:00, 2024年3月5日,
 * 20240305, 5 March 2024, Mar 5, 2024) as YYYY-MM-DD, or undefined. The date is taken as
 * written, not moved to another time zone: it is the date the page's readers saw.
 */
export function toIsoDate(stamp: string): string | undefined {
  const numeric = NUMERIC.exec(stamp);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2] ?? numeric[4]), Number(numeric[3] ?? numeric[5]));
  const dayMonth = DAY_MONTH.exec(stamp);
  if (dayMonth && monthOf(dayMonth[2])) return iso(Number(dayMonth[3]), monthOf(dayMonth[2]), Number(dayMonth[1]));
  const monthDay = MONTH_DAY.exec(stamp);
  if (monthDay && monthOf(monthDay[1])) return iso(Number(monthDay[3]), monthOf(monthDay[1]), Number(monthDay[2]));
  return undefined;
}

/** The datePublished in a JSON-LD block (an object, a list, or an @graph), or undefined; bad JSON is ignored. */
function jsonLdDate(json: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const pending: unknown[] = [data];
  for (let k = 0; k < pending.length && k < 200; k++) {
    const node = pending[k];
    if (Array.isArray(node)) pending.push(...node);
    else if (node && typeof node === 'object') {
      const value = (node as Record<string, unknown>)[markup.jsonLdKey];
      const date = typeof value === 'string' ? toIsoDate(value) : undefined;
      if (date) return date;
      const graph = (node as Record<string, unknown>)['@graph'];
      if (graph) pending.push(graph);
    }
  }
  return undefined;
}

/** An element's attributes as either reader gives them: a value, or null/undefined when absent. */
export type Attributes = (name: string) => string | null | undefined;

/**
 * Collects the dates the markup states, element by element in document order, and keeps the
 * surest. An element whose date is in its text (<time>5 March 2024</time>) is read with its text.
 */
export class PublicationDateReader {
  private best: string | undefined;
  private rank: Rank = Rank.None;

  private offer(date: string | undefined, rank: Rank): void {
    if (date && rank < this.rank) {
      this.best = date;
      this.rank = rank;
    }
  }

  /** A <meta> element. */
  meta(attr: Attributes): void {
    const content = attr('content');
    if (!content) return;
    for (const key of [attr('property'), attr('name'), attr('itemprop')]) {
      const name = key?.trim().toLowerCase();
      if (!name) continue;
      if (PUBLISHED.has(name)) this.offer(toIsoDate(content), Rank.Published);
      else if (NAMED.has(name)) this.offer(toIsoDate(content), Rank.Named);
    }
  }

  /** Whether an element other than <meta> states a date: <time>, or one marked itemprop=datePublished. */
  static states(tag: string, attr: Attributes): boolean {
    return tag === 'time' || PUBLISHED.has(attr('itemprop')?.trim().toLowerCase() ?? '');
  }

  /** An element for which states() holds, with its text (read only when no attribute holds the date). */
  element(tag: string, attr: Attributes, text: () => string): void {
    const published = PUBLISHED.has(attr('itemprop')?.trim().toLowerCase() ?? '');
    const rank = published ? Rank.Published : attr('pubdate') != null ? Rank.TimePubdate : Rank.Time;
    if (rank >= this.rank) return;
    const stamp = attr('datetime') ?? attr('content') ?? (tag === 'time' || published ? text() : '');
    this.offer(toIsoDate(stamp), rank);
  }

  /** The text of a <script type="application/ld+json">. */
  jsonLd(json: string): void {
    if (this.rank > Rank.JsonLd) this.offer(jsonLdDate(json), Rank.JsonLd);
  }

  /** The surest date met, as YYYY-MM-DD. */
  date(): string | undefined {
    return this.best;
  }
}

/** Whether a <script type> holds JSON-LD. */
export const isJsonLd = (type: string | null | undefined): boolean => type?.trim().toLowerCase() === 'application/ld+json';

/** The publication date a live document's markup states, as YYYY-MM-DD (the content script's reading). */
export function documentPublicationDate(document: Document): string | undefined {
  const reader = new PublicationDateReader();
  for (const element of document.querySelectorAll('meta, time, [itemprop], script')) {
    const tag = element.localName;
    const attr: Attributes = (name) => element.getAttribute(name);
    if (tag === 'meta') reader.meta(attr);
    else if (tag === 'script') {
      if (isJsonLd(attr('type'))) reader.jsonLd(element.textContent ?? '');
    } else if (PublicationDateReader.states(tag, attr)) reader.element(tag, attr, () => element.textContent ?? '');
  }
  return reader.date();
}

/**
 * The date a text states near its top (its first full date: a dateline or a byline), as
 * YYYY-MM-DD, from its annotations: the fallback when the markup states none.
 */
export function datelineDate(annotations: readonly Annotation[]): string | undefined {
  for (const a of annotations) {
    if (a.start > markup.datelineWindow) break;
    if (a.kind === 'figure' && a.figure.type === 'date' && typeof a.figure.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.figure.value)) return a.figure.value;
  }
  return undefined;
}

const { byline } = markup;
const BYLINE_LABEL = new RegExp(`${byline.labels.join('|')}|\\b(?:${byline.englishLabels.join('|')})\\b`, 'i');
// a sentence mark, or a full stop at the end (not a.m.'s)
const SENTENCE = new RegExp(`[${byline.sentenceMarks}]|(?<![ap]\\.m)\\.\\s*$`, 'i');
const WEEKDAY = /(?:星期|周|礼拜)[一二三四五六日天]|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
// what a line holding only its date also holds: the date's and time's digits, words and signs
const DATE_ONLY = /^(?:[\d\s:：/.,\-年月日时分秒]|[ap]\.?m\.?|gmt|utc|[+]|[a-z]{3,9}\.?(?=[\s\d,]|$)|(?:st|nd|rd|th|at|on)\b)*$/i;

/** Whether a line is the story's text rather than a byline: a sentence, or longer than a byline is. */
const isStoryLine = (line: string): boolean => line.length > byline.maxLine || SENTENCE.test(line);

/**
 * The date a byline line states, or undefined when the line is no byline: a date with a label
 * (发布时间：, 来源：, Updated), with its weekday, or alone with its time. `header` lines (above
 * the headline) count only labelled or with their weekday.
 */
function bylineLineDate(line: string, header: boolean): string | undefined {
  const text = line.trim();
  if (!text || isStoryLine(text)) return undefined;
  const date = toIsoDate(text);
  if (!date) return undefined;
  if (BYLINE_LABEL.test(text) || WEEKDAY.test(text)) return date;
  return !header && DATE_ONLY.test(text) ? date : undefined;
}

/**
 * The date the byline by a page's headline prints, as YYYY-MM-DD: `lines` are the page's lines
 * in order and `headline` the index of the headline's (undefined: the text's top). The lines
 * below the headline are read up to the story's first sentence, then a header's above it (see
 * publication-date.json); a date inside the story or in a list of other articles is never read.
 */
export function bylineDate(lines: readonly string[], headline?: number): string | undefined {
  const first = headline === undefined ? 0 : headline + 1;
  for (let k = first; k < Math.min(lines.length, first + byline.after); k++) {
    const date = bylineLineDate(lines[k], false);
    if (date) return date;
    if (isStoryLine(lines[k].trim())) break;
  }
  if (headline === undefined) return undefined;
  for (let k = headline - 1; k >= Math.max(0, headline - byline.before); k--) {
    const date = bylineLineDate(lines[k], true);
    if (date) return date;
  }
  return undefined;
}

/**
 * The date a page's text prints by its headline (the command line's reading of an HTML file's
 * text or a plain text): the headline is the first line that holds a part of the `title`, else
 * the text's top.
 */
export function textBylineDate(text: string, title = ''): string | undefined {
  const lines = text.split('\n');
  const squeezed = lines.map((line) => line.replace(/\s+/g, ' ').trim());
  for (const part of title ? titleParts(title) : []) {
    const headline = squeezed.findIndex((line) => holdsTitlePart(line, part));
    if (headline >= 0) return bylineDate(lines, headline);
  }
  return bylineDate(lines);
}
