// The lines of a text as the facts ask about them for every sentence: whether a line break lies
// between two places (a paragraph's end), and which lines read as headlines or section titles
// (short lines without a sentence's stop, whose place and time go on over the figures under them).
// The line breaks are found once, each with one native search, so each question is a binary
// search among them, and each line is read at most once, at its two ends.
import type { Span } from './sentence';
import { firstIndex } from '../util/binary-search';

// A headline or section title: a short line without a sentence's stop.
const HEADLINE_MAX = 40;
const SENTENCE_STOP = /[。！？!?；;]/;
const BLANK = /\s/;

export class TextLines {
  private readonly breaks: number[] = [];
  /** By line number: the headline the line is, null when it is none. */
  private readonly read = new Map<number, Span | null>();

  constructor(private readonly text: string) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.breaks.push(at);
  }

  /** Whether a line break lies in text[from, to). */
  breakBetween(from: number, to: number): boolean {
    const next = firstIndex(this.breaks.length, (i) => this.breaks[i] >= from);
    return next < this.breaks.length && this.breaks[next] < to;
  }

  /**
   * The line `at` is on (a line break ends the line before it), without its blanks, when it reads
   * as a headline: at most HEADLINE_MAX characters from its first to its last non-blank one, and no stop.
   */
  at(at: number): Span | undefined {
    const line = firstIndex(this.breaks.length, (i) => this.breaks[i] >= at);
    let headline = this.read.get(line);
    if (headline === undefined) this.read.set(line, (headline = this.headline(line) ?? null));
    return headline ?? undefined;
  }

  /**
   * Whether `at` is on a deck line: a headline line right under another (一季度全市重点项目完成投资412.6亿元 /
   * 新开工项目86个 服务业增加值同比增长9.3%), whose figures are of the headline's place and time.
   */
  underHeadline(at: number): boolean {
    const line = this.at(at);
    if (!line) return false;
    let before = line.start - 1;
    while (before >= 0 && BLANK.test(this.text[before]) && line.start - before <= HEADLINE_MAX) before--;
    return before >= 0 && this.breakBetween(before, line.start) && !!this.at(before);
  }

  private headline(line: number): Span | undefined {
    let start = line > 0 ? this.breaks[line - 1] + 1 : 0;
    let end = line < this.breaks.length ? this.breaks[line] : this.text.length;
    while (start < end && BLANK.test(this.text[start])) start++;
    while (end > start && BLANK.test(this.text[end - 1])) end--;
    if (start === end || end - start > HEADLINE_MAX || SENTENCE_STOP.test(this.text.slice(start, end))) return undefined;
    return { start, end };
  }
}
