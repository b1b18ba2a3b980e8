// What a figure measures: the words before it in its clause (完成投资412.6亿元, 同比增长9.3%,
// "exports rose 8.5%"), trimmed of what is not the measure — the place and time that open the
// clause (they are the subject and the period), connectors and fillers at the front (其中, 分别),
// linking verbs and a year word at the back (达到, 完成, 去年, "rose to"). An English count names its own measure
// (3 million visitors). The words are data (vocabulary/*.json).
import type { FigureAnnotation } from '../annotation';
import type { Span } from './sentence';
import { maskWord, mayHoldWordStart, wordAtEdge, type FactVocabulary } from './vocabulary';
import { CodeFilter } from '../util/code-filter';
import { firstAt, lastAt } from '../util/text-search';

const HAS_WORD = /[\p{L}]/u;
const BLANK = /\s/;

/** The span [start, end) without the words the vocabulary trims from each end, or undefined when nothing is left. */
export function trimMeasure(text: string, window: Span, v: FactVocabulary): Span | undefined {
  let { start, end } = window;
  const fronts = frontWords(v);
  const { mayOpen, mayClose } = edgeFilters(v);
  for (let changed = true; changed && start < end; ) {
    changed = false;
    while (start < end && BLANK.test(text[start])) start++;
    while (end > start && BLANK.test(text[end - 1])) end--;
    // a front that holds no front word's first character is not looked at further (edgeFilters);
    // 有进出口实绩的企业: a word that opens a phrase ending in 的 before its noun stays with it
    const mayTrimFront = mayOpen?.mayHave(text.charCodeAt(start)) ?? true;
    const keepFront =
      mayTrimFront &&
      (!!wordAtEdge(text, start, end, v.keep, v.lang, 'start') || v.phraseOpeners.some((word) => text.startsWith(word, start) && firstAt(text, '的', start + word.length, end - 2) >= 0));
    for (const words of !mayTrimFront || keepFront ? [] : fronts) {
      const word = wordAtEdge(text, start, end, words, v.lang, 'start');
      if (word && !opensQuote(text, start, end, word)) {
        start += word.length;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    // a year word after the noun (产值去年突破) is the period, as before it; so is an English article
    // word the subject ("sales in the city"), where a Chinese one is a comparison's base (高于全省)
    const word =
      (mayClose?.mayHave(text.charCodeAt(end - 1)) ?? true) && !wordAtEdge(text, start, end, v.keep, v.lang, 'end') && backWordAt(text, start, end, v);
    if (word) {
      end -= word.length;
      changed = true;
    }
  }
  const cut = lastCut(text, { start, end }, v) ?? nameEndBeforeVerb(text, { start, end }, v);
  if (cut !== undefined) return trimMeasure(text, { start: cut, end }, v);
  if (end - start < v.minMeasure || !HAS_WORD.test(text.slice(start, end))) return undefined;
  return shorten(text, { start, end }, v);
}

// The word lists trimmed from a measure's front, in order: article words before fillers ("the
// county" goes whole, not as "the" and a stray "county"). Made once per vocabulary, so that
// wordAtEdge's index of each list is made once too.
const frontsCache = new WeakMap<FactVocabulary, string[][]>();
function frontWords(v: FactVocabulary): string[][] {
  let fronts = frontsCache.get(v);
  if (!fronts) frontsCache.set(v, (fronts = [v.comparisonBases, [...v.articleSuffix.keys()], [...v.articleFixed.keys()], v.relativeYearWords, v.yearPartWords, v.leading]));
  return fronts;
}

// The word lists trimmed from a measure's back, in order, made once per vocabulary as the fronts are.
const backsCache = new WeakMap<FactVocabulary, string[][]>();
function backWords(v: FactVocabulary): string[][] {
  let backs = backsCache.get(v);
  if (!backs) backsCache.set(v, (backs = [v.trailing, v.relativeYearWords, v.yearPartWords, ...(v.lang === 'en' ? [[...v.articleSuffix.keys()], [...v.articleFixed.keys()]] : [])]));
  return backs;
}

// The first characters of the front lists' words and the last of the back lists': a Chinese measure
// whose edge holds none is passed over without asking each list (English words are matched without
// case, so none there). Made once per vocabulary.
const edgeFiltersCache = new WeakMap<FactVocabulary, { mayOpen?: CodeFilter; mayClose?: CodeFilter }>();
function edgeFilters(v: FactVocabulary): { mayOpen?: CodeFilter; mayClose?: CodeFilter } {
  let filters = edgeFiltersCache.get(v);
  if (filters) return filters;
  const filter = (lists: string[][], at: (word: string) => number) => {
    if (v.lang === 'en' || lists.some((words) => words.some((word) => !word))) return undefined;
    const codes = new CodeFilter();
    for (const words of lists) for (const word of words) codes.add(word.charCodeAt(at(word)));
    return codes;
  };
  filters = { mayOpen: filter(frontWords(v), () => 0), mayClose: filter(backWords(v), (word) => word.length - 1) };
  edgeFiltersCache.set(v, filters);
  return filters;
}

// The first word of the back lists, in their order, that text[start, end) ends with.
function backWordAt(text: string, start: number, end: number, v: FactVocabulary): string | undefined {
  for (const words of backWords(v)) {
    const word = wordAtEdge(text, start, end, words, v.lang, 'end');
    if (word) return word;
  }
  return undefined;
}

// Where the measure begins after a modal or a finished verb inside it (家里可增收: 增收), when words
// follow; undefined when none is there.
function lastCut(text: string, span: Span, v: FactVocabulary): number | undefined {
  // most measures hold no first character of a word to cut after: those are not copied and masked
  if (v.lang !== 'en' && !mayHoldWordStart(text, span.start, span.end - 1, v.cutAfter)) return undefined;
  const piece = v.lang === 'en' ? text.slice(span.start, span.end).toLowerCase() : text.slice(span.start, span.end);
  const masked = v.notCut.reduce((t, word) => maskWord(t, word), piece);
  let best: number | undefined;
  for (const word of v.cutAfter) {
    const at = v.lang === 'en' ? lastWordAt(masked, word) : masked.lastIndexOf(word);
    if (at >= 0 && at + word.length < piece.length && (best === undefined || at + word.length > best)) best = at + word.length;
  }
  return best === undefined ? undefined : span.start + best;
}

// 龙眼港完成货物吞吐量: where the name of a port or station that opens the measure ends, when a word
// that says the figure was done follows it (the name is whose figure it is); undefined when none does
// (港口完成货物吞吐量 opens with the noun itself).
function nameEndBeforeVerb(text: string, span: Span, v: FactVocabulary): number | undefined {
  // 港口完成货物吞吐量: an ending that opens the measure is its noun, not a name's end. Looked for
  // only as far as a name's end may lie; most measures hold no ending's first character there.
  const last = span.start + v.nameEndLength;
  if (!mayHoldWordStart(text, span.start + 1, last, v.nameEnds)) return undefined;
  for (const word of v.nameEnds) {
    const at = firstAt(text, word, span.start + 1, last);
    if (at < 0) continue;
    const after = at + word.length;
    if (after < span.end && wordAtEdge(text, after, span.end, v.bareVerbs, v.lang, 'start')) return after;
  }
  return undefined;
}

/**
 * The words of a measure: the text of its span without the words inside it that say how its
 * figures are shared out (农村居民人均可支配收入分别增长: 农村居民人均可支配收入增长), nor line breaks in Chinese.
 */
export function measureText(text: string, span: Span, v: FactVocabulary): string {
  // a Chinese measure a page break cut (新开工的⏎⏎项目) is one word again
  const piece = text.slice(span.start, span.end);
  const words = v.lang === 'zh' && piece.includes('\n') ? piece.replace(/\s*\n\s*/g, '') : piece;
  const shared = v.inner.reduce((t, word) => (t.length > word.length && t.includes(word) ? t.slice(0, 1) + t.slice(1, -1).split(word).join('') + t.slice(-1) : t), words);
  return withoutLinks(withoutAdverbs(shared, v), v);
}

// 石化产业实现营业收入: a linking verb between the noun and what it counts is no part of the measure,
// as at its front; 计划实现率 keeps it (too little follows to be what is counted).
function withoutLinks(words: string, v: FactVocabulary): string {
  let out = words;
  for (const link of v.innerLinks) {
    const at = out.indexOf(link, 1);
    if (at > 0 && out.length - at - link.length >= v.minMeasure) out = out.slice(0, at) + out.slice(at + link.length);
  }
  return out;
}

// 黄烟种植收入就增加: an adverb between a measure's noun and its change (就, 也, 又) is no part of it;
// 就业增长 keeps its 就.
function withoutAdverbs(words: string, v: FactVocabulary): string {
  let out = words;
  for (const adverb of v.innerAdverbs) {
    for (let at = out.indexOf(adverb, 1); at > 0; at = out.indexOf(adverb, at + 1)) {
      if (wordAtEdge(out, at + adverb.length, out.length, v.change, v.lang, 'start')) out = out.slice(0, at) + out.slice(at + adverb.length);
    }
  }
  return out;
}

/**
 * The head the items of a list before 分别 share (小麦、玉米播种面积: 播种面积), or '' when they share
 * none: the earlier items are short modifiers, all of one length, and the last is that modifier and a head.
 */
export function sharedHead(text: string, items: Span[], v: FactVocabulary): string {
  if (items.length < 2) return '';
  const last = items[items.length - 1];
  const modifier = items[0].end - items[0].start;
  const earlier = items.slice(0, -1);
  if (modifier > v.sharedHeadItemMax || earlier.some((item) => item.end - item.start !== modifier)) return '';
  if (last.end - last.start < modifier + v.minMeasure) return '';
  return text.slice(last.start + modifier, last.end);
}

const CLOSING: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '（': '）', '(': ')' };

// An opening quote whose closing one is in the measure is part of it (“微法庭”结案率), not a stray mark.
const opensQuote = (text: string, start: number, end: number, word: string): boolean => word in CLOSING && text.slice(start + 1, end).includes(CLOSING[word]);

/** Where a whole English word last occurs in `haystack`, or -1. */
function lastWordAt(haystack: string, word: string): number {
  const found = [...haystack.matchAll(new RegExp(`\\b${word}\\b`, 'g'))];
  return found.length ? found[found.length - 1].index : -1;
}

/**
 * The words a rank's measure is read from (结案率列全省第二: 结案率): the window up to the words that
 * place it; the rank ranks another figure when nothing comes before them (全省排名第七).
 */
export function rankWindow(text: string, window: Span, v: FactVocabulary): Span {
  const piece = v.lang === 'en' ? text.slice(window.start, window.end).toLowerCase() : text.slice(window.start, window.end);
  let cut = piece.length;
  for (const word of v.rankWords) {
    const at = v.lang === 'en' ? piece.search(new RegExp(`\\b${word}\\b`)) : piece.indexOf(word);
    if (at >= 0 && at < cut) cut = at;
  }
  return { start: window.start, end: window.start + cut };
}

/**
 * The noun a count without one of its own counts, told elsewhere in its clause or sentence by a
 * word that ends in its unit (对92户…的贫困户, 属于B类贫困户，全镇有2312户): the first such word after
 * it in its clause, else the last before it in its sentence, outside other figures.
 */
export function unitNounNear(text: string, figure: FigureAnnotation, clause: Span, sentence: Span, taken: Span[], v: FactVocabulary): Span | undefined {
  const unit = figure.figure.unit;
  if (figure.figure.type !== 'count' || !unit || !v.unitNouns.includes(unit)) return undefined;
  const free = (at: number) => !taken.some((a) => a.start <= at && at < a.end);
  const nounEndingAt = (at: number): Span | undefined => {
    let start = at;
    while (start > Math.max(sentence.start, at - v.countNounMax) && NOUN_START.test(text[start - 1]) && !v.unitNounBoundaries.includes(text[start - 1]) && free(start - 1)) start--;
    return at + 1 - start >= v.minMeasure ? { start, end: at + 1 } : undefined;
  };
  for (let at = firstAt(text, unit, figure.end, clause.end - 1); at >= 0; at = firstAt(text, unit, at + 1, clause.end - 1)) {
    const noun = free(at) ? nounEndingAt(at) : undefined;
    if (noun && noun.start >= figure.end) return noun;
  }
  for (let at = lastAt(text, unit, sentence.start, figure.start - 1); at >= 0; at = lastAt(text, unit, sentence.start, at - 1)) {
    const noun = free(at) ? nounEndingAt(at) : undefined;
    if (noun) return noun;
  }
  return undefined;
}

// A measure longer than the vocabulary allows keeps its end, where the head noun is: after the
// last 的 in Chinese, the last words in English.
function shorten(text: string, span: Span, v: FactVocabulary): Span {
  if (v.lang === 'zh') {
    if (span.end - span.start <= v.maxMeasure) return span;
    const de = lastAt(text, '的', span.start, span.end - 1);
    const start = de >= span.start && span.end - de - 1 >= 2 ? de + 1 : span.start;
    return { start: Math.max(start, span.end - v.maxMeasure), end: span.end };
  }
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)];
  if (words.length <= v.maxMeasure) return span;
  return { start: span.start + words[words.length - v.maxMeasure].index, end: span.end };
}

const HAN = /[\u3400-\u9fff]/;
// A noun after a count may open with a Latin letter (B类贫困户).
const NOUN_START = /[\u3400-\u9fffA-Za-z]/;

/** Whether a figure is a grade (百亿级, 4A级), not an amount. */
export const isGrade = (figure: FigureAnnotation, v: FactVocabulary): boolean => v.gradeSuffixes.some((s) => figure.text.endsWith(s));

/**
 * The noun a Chinese count or grade is followed by (组建30个科技扶贫服务队, 对210项改革, 百亿级龙头企业): from
 * the figure up to a word that starts what is said of it, a stop or the longest length, when a Han word follows at once.
 */
export function nounAfterCount(text: string, figure: FigureAnnotation, clause: Span, v: FactVocabulary): Span | undefined {
  if ((figure.figure.type !== 'count' && !isGrade(figure, v)) || !NOUN_START.test(text[figure.end] ?? '')) return undefined;
  // 20个左右优势产业链条: the noun comes after the approximation
  const skip = wordAtEdge(text, figure.end, clause.end, v.countNounSkips, v.lang, 'start');
  const from = skip && NOUN_START.test(text[figure.end + skip.length] ?? '') ? figure.end + skip.length : figure.end;
  if (!wordAtEdge(text, from, clause.end, v.countNounKeeps, v.lang, 'start') && wordAtEdge(text, from, clause.end, v.countNounStops, v.lang, 'start')) return undefined;
  let end = from;
  const limit = Math.min(clause.end, from + v.countNounMax);
  end += wordAtEdge(text, end, clause.end, v.countNounKeeps, v.lang, 'start')?.length ?? 0;
  while (end < limit && (HAN.test(text[end]) || (end === from && NOUN_START.test(text[end])) || /[A-Za-z]/.test(text[end - 1])) && (end === from || !wordAtEdge(text, end, clause.end, v.countNounStops, v.lang, 'start'))) end++;
  return end > from && HAN.test(text.slice(from, end)) ? { start: from, end } : undefined;
}

// The words of an English count that state its number: digits, number words and scales, "or so".
const NUMBER_WORDS = /^(?:[\d.,]+(?:m|bn|k)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|m|bn|k|or|so|some|and)$/i;

/** The noun an English count carries after its number (3 million visitors: visitors; 3,120 industrial enterprises: industrial enterprises), as a span of the text. */
export function countNoun(figure: FigureAnnotation): Span | undefined {
  if (figure.figure.type !== 'count' || !figure.figure.unit || !/^[a-z]/i.test(figure.figure.unit)) return undefined;
  let start: number | undefined;
  for (const word of figure.text.matchAll(/\S+/g)) {
    if (NUMBER_WORDS.test(word[0])) continue;
    start = word.index;
    break;
  }
  return start === undefined || !/[A-Za-z]/.test(figure.text.slice(start)) ? undefined : { start: figure.start + start, end: figure.end };
}

/**
 * English: the window without a place and the preposition before it (exports from Ningbo rose:
 * exports), or the words after the place when none come before it (Ningbo's exports).
 */
export function withoutPlace(text: string, window: Span, place: Span, v: FactVocabulary): Span | undefined {
  let end = place.start;
  while (end > window.start && BLANK.test(text[end - 1])) end--;
  const preposition = wordAtEdge(text, window.start, end, v.placePrepositions, v.lang, 'end');
  if (preposition) {
    const before = trimMeasure(text, { start: window.start, end: end - preposition.length }, v);
    if (before) return before;
  }
  let start = place.end;
  const possessive = /^['’]s?\b/.exec(text.slice(start, window.end));
  if (possessive) start += possessive[0].length;
  return trimMeasure(text, { start, end: window.end }, v);
}

/**
 * A list named before 分别 / "respectively" (生产总值、投资和消费分别增长…): the spans of its items,
 * split at 、 和 及 与 or commas and "and", when the measure `span` holds a list at all.
 */
export function listItems(text: string, span: Span, v: FactVocabulary): Span[] {
  const separator = v.lang === 'zh' ? /、|和|及|与|以及/g : /,\s*(?:and\s+)?|\s+and\s+/g;
  const items: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(separator)) {
    const item = trimMeasure(text, { start, end: span.start + m.index }, v);
    if (item) items.push(item);
    start = span.start + m.index + m[0].length;
  }
  const last = trimMeasure(text, { start, end: span.end }, v);
  if (last) items.push(last);
  return items.length > 1 ? items : [];
}
