// Stretches of text whose numbers are never figures: set phrases (千家万户, 十四五), book and
// document titles (《…》), short quoted labels (“六个一”, ‘线上3级’, "one country, two systems"), URLs and e-mail addresses,
// and the page number of a printed page's header line (03 县区新闻, A4 要闻, 日照日报 3).
// They are found once per text, so the scanner only asks "is this position inside one?".
import { firstCodeTable } from '../util/code-filter';
import { PHONE_AFTER_VERB } from './en-vocabulary';
import { appendTo } from '../util/multimap';

/** Sorted, non-overlapping [start, end) spans with a cursor for left-to-right queries. */
export class SpanSet {
  private starts: number[] = [];
  private ends: number[] = [];
  private cursor = 0;

  constructor(spans: Array<[number, number]>) {
    spans.sort((a, b) => a[0] - b[0]);
    for (const [s, e] of spans) {
      const last = this.ends.length - 1;
      if (last >= 0 && s <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], e);
      else {
        this.starts.push(s);
        this.ends.push(e);
      }
    }
  }

  /** Whether [start, end) touches a span. Queries must come with non-decreasing `start`. */
  overlaps(start: number, end: number): boolean {
    while (this.cursor < this.ends.length && this.ends[this.cursor] <= start) this.cursor++;
    return this.cursor < this.starts.length && this.starts[this.cursor] < end;
  }
}

/** Quote pairs whose short contents are labels, not reported speech. */
const QUOTES: Array<[string, string]> = [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['"', '"']];
const TITLE: [string, string] = ['《', '》'];
/** Longest quoted text still read as a label (“24小时不打烊” is one; a quoted sentence is not). */
const MAX_LABEL_LENGTH = 12;
const SENTENCE_END = /[。！？!?；;]/;
/** A quoted date and nothing else (落款为“二〇二三年十一月廿日”) is the date it quotes, not a label. */
const QUOTED_DATE = /^[0-9０-９〇零一二三四五六七八九十廿卅]{2,4}年[0-9０-９〇零一二三四五六七八九十]{1,2}月(?:[0-9０-９〇零一二三四五六七八九十廿卅]{1,3}[日号])?$/;
/**
 * A page number opening a line, a space after it and the section's or paper's name (03 县区新闻,
 * A04 要闻, 10 鲁中晨报), or ending the line after the paper's name (日照日报 3).
 */
const PAGE_NUMBER = /^[A-Z]?\d{1,3}(?=[ \u3000]+[\u4e00-\u9fff])|(?<=报[ \u3000]+)[A-Z]?\d{1,3}$/gm;
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s\u3000-\u9fff\uff00-\uffef]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function pairs(text: string, open: string, close: string, maxLength: number, out: Array<[number, number]>): void {
  let from = 0;
  for (;;) {
    const s = text.indexOf(open, from);
    if (s < 0) return;
    const e = text.indexOf(close, s + 1);
    if (e < 0) return;
    const inner = text.slice(s + 1, e);
    if (e - s - 1 <= maxLength && !inner.includes('\n') && !SENTENCE_END.test(inner) && !QUOTED_DATE.test(inner)) out.push([s, e + 1]);
    from = e + 1;
  }
}

/** Longest quoted English text still read as a label ("four elephants, eight bulls", "one country, two systems"). */
const MAX_ENGLISH_LABEL_LENGTH = 32;

/**
 * A phone number by its shape: a trunk 0 or a country code and groups of digits (0800 555 111,
 * 020 7946 0958, +44 20 7946 0958), or North America's (555) 123-4567 and 1-800-273-8255.
 */
const PHONE_NUMBER = /(?<![\w.,+-])(?:\+\d{1,3}(?:[ -]\d{1,4}){2,4}|(?:\(0?\d{2,5}\)[ -]?|0\d{2,4}[ -])\d{3,4}(?:[ -]\d{3,4})?|(?:1-)?\d{3}-\d{3}-\d{4})(?![\d,.]\d|\d)/g;

/**
 * Short quoted labels in English text, and phone numbers. A quote with digits quotes a figure
 * ("around 5%"), and one ending in a stop or a comma is reported speech ("I come here three or
 * four times a year,").
 */
export function englishLabels(text: string): SpanSet {
  const spans: Array<[number, number]> = [];
  for (const [open, close] of QUOTES) pairs(text, open, close, MAX_ENGLISH_LABEL_LENGTH, spans);
  const labels = spans.filter(([start, end]) => !/\d/.test(text.slice(start, end)) && !/[,.!?]\s*.$/.test(text.slice(start, end)));
  for (const m of text.matchAll(PHONE_NUMBER)) labels.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(PHONE_AFTER_VERB)) labels.push([m.index + m[0].length - m[1].length, m.index + m[0].length]);
  return new SpanSet(labels);
}

/** A list of set phrases by the code of their first character, each with its place in the list. */
interface PhraseTable {
  /** Whether some phrase starts with a character, by its code: most positions need no lookup. */
  first: Uint8Array;
  byFirst: Map<number, Array<{ word: string; id: number }>>;
  count: number;
}
const phraseTables = new WeakMap<readonly string[], PhraseTable>();

function phraseTable(words: readonly string[]): PhraseTable {
  let table = phraseTables.get(words);
  if (!table) {
    const byFirst = new Map<number, Array<{ word: string; id: number }>>();
    const first = new Uint8Array(0x10000);
    words.forEach((word, id) => {
      first[word.charCodeAt(0)] = 1;
      appendTo(byFirst, word.charCodeAt(0), { word, id });
    });
    phraseTables.set(words, (table = { first, byFirst, count: words.length }));
  }
  return table;
}

// The characters of a string as a table by their codes (the scanner's numeral characters), made once per string.
const codeTables = new Map<string, Uint8Array>();
function codeTable(chars: string): Uint8Array {
  let table = codeTables.get(chars);
  if (!table) {
    codeTables.set(chars, (table = firstCodeTable(chars)));
  }
  return table;
}

/**
 * Every occurrence of each phrase, an occurrence starting no earlier than the end of the same
 * phrase's last one: one pass over the text for all the phrases, not one per phrase.
 */
function occurrences(text: string, words: readonly string[], out: Array<[number, number]>, numeralChars: string, unitAt?: UnitAt): void {
  const { first, byFirst, count } = phraseTable(words);
  const numeral = codeTable(numeralChars);
  const free = new Int32Array(count); // per phrase, where its next occurrence may start
  for (let i = 0; i < text.length; i++) {
    if (!first[text.charCodeAt(i)]) continue;
    // 二十四五岁 holds 十四五 inside a longer number: a phrase opening with a numeral does not start there
    if (i > 0 && numeral[text.charCodeAt(i)] && numeral[text.charCodeAt(i - 1)]) continue;
    for (const { word, id } of byFirst.get(text.charCodeAt(i))!) {
      if (i < free[id] || !text.startsWith(word, i)) continue;
      // 十四五岁 is an age: a phrase ending with a numeral is a number where a unit follows it
      if (unitAt && numeral[word.charCodeAt(word.length - 1)] && unitAt(text, i + word.length)) continue;
      out.push([i, i + word.length]);
      free[id] = i + word.length;
    }
  }
}

/** Whether a unit or classifier of the scanner's language starts at `at`. */
export type UnitAt = (text: string, at: number) => boolean;

/**
 * Set phrases, titles, labels, addresses and page numbers; `numeralChars` are the characters numbers
 * are written with, `unitAt` says where a unit starts (a phrase that ends with a numeral before one
 * is a number: 十四五岁).
 */
export function excludedSpans(text: string, idioms: readonly string[], numeralChars = '', unitAt?: UnitAt): SpanSet {
  const spans: Array<[number, number]> = [];
  occurrences(text, idioms, spans, numeralChars, unitAt);
  for (const [open, close] of QUOTES) pairs(text, open, close, MAX_LABEL_LENGTH, spans);
  pairs(text, TITLE[0], TITLE[1], 200, spans);
  // an address holds one of these: a text without any is not read by the pattern, which tries every run of word characters
  if (text.includes('@') || text.includes('://') || text.includes('www.')) for (const m of text.matchAll(WEB_ADDRESS)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(PAGE_NUMBER)) spans.push([m.index, m.index + m[0].length]);
  return new SpanSet(spans);
}
