// Sentences and clauses of a text, as spans: the one home of where a sentence ends, for the
// English figure scanner (which reads sentence by sentence), for the facts of lib/facts/ (a
// figure's place, time and rate are looked for in its own clause, then its sentence), and for a
// saved passage shown in its sentence (lib/format/sentence.ts).
import type { Lang } from '../annotation';
import { firstIndex } from '../util/binary-search';
import zh from './vocabulary/zh.json';

export interface Span {
  start: number;
  end: number;
}

// Chinese: full-width stops and semicolons, line breaks (each block is a run of its own), and a
// Latin stop before a space; a closing quote or bracket after the stop stays in the sentence.
// A dateline (本报淄博讯, 新华社济南6月1日电) at the start of a line ends where its 讯 or 电 does, and so
// does a paper's dated one (潍坊日报2023年10月25日讯 ) where a blank follows its date's 日讯.
// A long line that ends in a word, not a stop, is a paragraph a page or column break cut (力⏎⏎争,
// 两⏎⏎个): the break does not end its sentence. The line is looked at only where a break is (the
// lookahead first), so each line is read back once.
const DATELINE_OPENERS = zh.datelineOpeners.words.join('|');
const CUT_LINE = `(?<!(?:^|\\n)[^\\n]{${zh.pageBreaks.minLine},}[\\p{Script=Han}\\d])`;
const CHINESE_SENTENCE_END = new RegExp(`[。！？；!?;]+[”’」』）)]*|(?=\\n)(?<!\\n)${CUT_LINE}\\n+|\\.(?=\\s)|(?<=(?:^|\\n)[ \\u3000]*(?:${DATELINE_OPENERS})[^\\n。，]{0,20}?[讯电])[ \\u3000]*|(?<=(?:^|\\n)[^\\n。，,]{0,20}?日[讯电])[ \\u3000]+`, 'gu');
// English: a stop before a capital (Mr. Li stays whole less often than a full stop starts a new
// sentence, so the next word's capital decides), and line breaks.
const ENGLISH_SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z])|\n+/g;
// Clauses within a sentence: commas and colons (a comma between a digit and three more is a thousands separator).
const CHINESE_CLAUSE_END = /[，：:]|(?<!\d),|,(?!\d{3}(?!\d))/g;
const ENGLISH_CLAUSE_END = /[,:;](?=\s)|\s[-–—]+\s/g;

// An exec loop over the shared global pattern rather than matchAll, which copies the pattern on
// every call; an empty match moves on by one character, as matchAll does. A match of the pattern's
// one capture group ends a clause only; with `clauses` given, every match ends one of those.
function split(text: string, pattern: RegExp, clauses?: Span[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  let clauseStart = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
    if (clauses && end > clauseStart) clauses.push({ start: clauseStart, end });
    clauseStart = end;
    if (m[1] !== undefined) continue;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  if (clauses && clauseStart < text.length) clauses.push({ start: clauseStart, end: text.length });
  return out;
}

/** [start, end) of each sentence of `text`, end after its stop; together they cover the text. */
export function sentenceSpans(text: string, lang: Lang): Span[] {
  return split(text, lang === 'zh' ? CHINESE_SENTENCE_END : ENGLISH_SENTENCE_END);
}

/**
 * The sentences of `text` and its clauses (split at commas and colons as well), read in one pass
 * of one pattern: the sentence ends' alternatives come first in it, so at every place it stops
 * where the sentence pattern alone would, and a comma only where that finds nothing.
 */
export function sentencesAndClauses(text: string, lang: Lang): { sentences: Span[]; clauses: Span[] } {
  const clauses: Span[] = [];
  const sentences = split(text, lang === 'zh' ? CHINESE_CLAUSE_OR_SENTENCE_END : ENGLISH_CLAUSE_OR_SENTENCE_END, clauses);
  return { sentences, clauses };
}
const CHINESE_CLAUSE_OR_SENTENCE_END = new RegExp(`${CHINESE_SENTENCE_END.source}|(${CHINESE_CLAUSE_END.source})`, CHINESE_SENTENCE_END.flags);
const ENGLISH_CLAUSE_OR_SENTENCE_END = new RegExp(`${ENGLISH_SENTENCE_END.source}|(${ENGLISH_CLAUSE_END.source})`, ENGLISH_SENTENCE_END.flags);

/** Index of the span holding `offset` among sorted spans that cover the text. */
export const spanAt = (spans: Span[], offset: number): number => Math.max(0, Math.min(spans.length - 1, firstIndex(spans.length, (i) => spans[i].end > offset)));

/** The span without the blanks at its ends (a sentence as a reader would quote it). */
export function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
