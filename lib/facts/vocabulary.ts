// The words of lib/facts/vocabulary/*.json compiled once into what the fact rules look up: lists
// longest first (so 分别达到 goes before 达到), and per language the same shape, so the rules
// read Chinese and English alike.
import type { Lang } from '../annotation';
import en from './vocabulary/en.json';
import zh from './vocabulary/zh.json';
import { firstIndex } from '../util/binary-search';
import { toWords, WordIndex, type Word } from '../util/word-index';

export interface FactVocabulary {
  lang: Lang;
  /** Words for the article's place (全市, "the city") with the last character of the unit's name they mean. */
  articleSuffix: Map<string, string>;
  /** Words for a fixed place (全国: 中国). */
  articleFixed: Map<string, string>;
  /** The words of articleSuffix and articleFixed, for a quick test that a span holds none. */
  articleWordList: string[];
  /** Longer words that hold an article word without being one (全市场). */
  notArticleWords: string[];
  relativeYears: Map<string, number>;
  /** The keys of relativeYears, longest first, as a list the word look-ups index once. */
  relativeYearWords: string[];
  /** Words for a month of the article's year (年初: "01"). */
  yearParts: Map<string, string>;
  /** The keys of yearParts, longest first, as a list the word look-ups index once. */
  yearPartWords: string[];
  /** Words for a public holiday's days off (国庆长假), longest first, with the holiday each names and each year's days off for it ("2023:国庆"). */
  holidayWords: string[];
  holidayOf: Map<string, string>;
  holidayDays: Map<string, string>;
  /** Words before a day or month, and endings of it, that make it a point figures are counted to (截至9月末), carried on to later sentences. */
  pointBefore: string[];
  pointEnds: string[];
  /** Words opening a sentence that point back at the event of the day or month before (此次, 本次). */
  eventBack: string[];
  /** Whether the language says a figure's time after it in its clause (English), so that such a time comes first. */
  timeAfterFirst: boolean;
  /** Words that set a sentence in the present (目前, "currently"): an earlier sentence's period is not carried to it. */
  present: string[];
  /** Characters before a present word that make it the end of another word (出现在): by the word. */
  presentNotAfter: Record<string, string>;
  /** Words before a span of years that make it the years to come (未来五年), and words after one that make it the year it ends (2年后). */
  yearsAhead: string[];
  yearsLater: string[];
  baseBefore: string[];
  baseAfter: string[];
  leading: string[];
  trailing: string[];
  comparisonBases: string[];
  placePrepositions: string[];
  change: string[];
  share: string[];
  respectively: string[];
  levelAfter: string[];
  /** Words that hold a share word without making a share (占比 is a noun, not 占). */
  notShare: string[];
  /** Words right before a percentage that make it a level of its own (由12%, 提高到21.5%). */
  levelBefore: string[];
  /** The longest measure kept: characters for Chinese, words for English. */
  maxMeasure: number;
  /** Words that end the noun after a Chinese count (组建30个服务队【稳定】…), and its longest length. */
  countNounStops: string[];
  countNounMax: number;
  /** Nouns after a count that hold a word that would end them (规模以上企业). */
  countNounKeeps: string[];
  /** Endings of a figure that is a grade, not an amount (百亿级龙头企业). */
  gradeSuffixes: string[];
  /** Words inside a measure that are not part of what it measures (…收入分别增长: …收入增长). */
  inner: string[];
  /** Adverbs between a measure's noun and its change word (…收入就增加), left out of its words. */
  innerAdverbs: string[];
  /** Linking verbs between a measure's noun and what it counts (…产业实现营业收入), left out of its words. */
  innerLinks: string[];
  /** Endings of a port's or station's name that opens a measure (日照港, 龙眼港完成…), and how far into the measure such a name may end. */
  nameEnds: string[];
  nameEndLength: number;
  /** Endings of a market's, park's or scenic area's name written after its place (寿光农产品物流园), and how long such a name may be. */
  siteEnds: string[];
  siteNameLength: number;
  /** The longest earlier item of a list before 分别 read as a modifier of the last item's head (小麦、玉米播种面积). */
  sharedHeadItemMax: number;
  /** Words at a measure's edge that stay though they begin or end with a trimmed word (对应, 人均). */
  keep: string[];
  /** Front words that stay when they open a phrase ending in 的 (有进出口实绩的企业). */
  phraseOpeners: string[];
  /** Words that say a figure was done but not what was counted (完成), and words that end a sentence's opening topic (方面). */
  bareVerbs: string[];
  topicEnds: string[];
  /** Words after which a measure begins (可增收: 增收), and words that hold them without being them (可支配). */
  cutAfter: string[];
  notCut: string[];
  /** Words of approximation between a count and its noun (20个左右优势产业链条). */
  countNounSkips: string[];
  /** Units that end the noun they count (户: 贫困户), looked for around a count without a noun of its own, and where such a noun begins. */
  unitNouns: string[];
  unitNounBoundaries: string[];
  /** Words that place a rank (名列, 排名, "ranked"): a rank measures what comes before them. */
  rankWords: string[];
  /** The shortest measure kept from the words before a figure (a lone 个 or 近 is no measure). */
  minMeasure: number;
  /** Words for two places at once (两地相差): such a clause's figure is about neither alone. */
  pairWords: string[];
  /** Words after an article word that make it a ranking's scope (全省排名第七), not a place. */
  rankScope: string[];
}

const longestFirst = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);
// The entries of a table of the JSON, its comments left out, longest keys first (今年以来 before 今年).
const entries = (table: Record<string, string | number>) =>
  Object.entries(table)
    .filter(([key]) => !key.startsWith('_'))
    .sort(([a], [b]) => b.length - a.length);

const VOCABULARIES: Record<Lang, FactVocabulary> = {
  zh: {
    lang: 'zh',
    articleSuffix: new Map(entries(zh.articleWords.suffix) as Array<[string, string]>),
    articleFixed: new Map(entries(zh.articleWords.fixed) as Array<[string, string]>),
    articleWordList: [...entries(zh.articleWords.suffix), ...entries(zh.articleWords.fixed)].map(([word]) => word),
    notArticleWords: zh.articleWords.notArticleWords,
    relativeYears: new Map(entries(zh.periods.relativeYears) as Array<[string, number]>),
    relativeYearWords: entries(zh.periods.relativeYears).map(([word]) => word),
    yearParts: new Map(entries(zh.periods.yearParts) as Array<[string, string]>),
    yearPartWords: longestFirst(entries(zh.periods.yearParts).map(([word]) => word)),
    holidayWords: longestFirst(Object.keys(zh.periods.holidays.words)),
    holidayOf: new Map(Object.entries(zh.periods.holidays.words)),
    holidayDays: new Map(Object.entries(zh.periods.holidays.calendar).flatMap(([year, days]) => Object.entries(days).map(([holiday, period]): [string, string] => [`${year}:${holiday}`, period]))),
    pointBefore: longestFirst(zh.periods.pointBefore),
    pointEnds: zh.periods.pointEnds,
    eventBack: longestFirst(zh.periods.eventBack),
    timeAfterFirst: zh.periods.timeAfterFirst,
    present: zh.periods.present,
    presentNotAfter: zh.periods.presentNotAfter,
    yearsAhead: longestFirst(zh.periods.yearsAhead),
    yearsLater: longestFirst(zh.periods.yearsLater),
    baseBefore: longestFirst(zh.periods.baseBefore),
    baseAfter: longestFirst(zh.periods.baseAfter),
    leading: longestFirst(zh.measure.leading),
    trailing: longestFirst(zh.measure.trailing),
    comparisonBases: longestFirst(zh.measure.comparisonBases),
    placePrepositions: [],
    change: zh.relations.change,
    share: zh.relations.share,
    respectively: zh.relations.respectively,
    levelAfter: [],
    notShare: zh.relations.notShare,
    levelBefore: longestFirst(zh.relations.levelBefore),
    maxMeasure: zh.measure.maxLength,
    countNounStops: zh.measure.countNounStops,
    countNounMax: zh.measure.countNounMax,
    countNounSkips: longestFirst(zh.measure.countNounSkips),
    countNounKeeps: zh.measure.countNounKeeps,
    gradeSuffixes: zh.measure.gradeSuffixes,
    inner: zh.measure.inner,
    innerAdverbs: zh.measure.innerAdverbs,
    innerLinks: zh.measure.innerLinks,
    nameEnds: longestFirst(zh.measure.nameEnds),
    nameEndLength: zh.measure.nameEndLength,
    siteEnds: longestFirst(zh.measure.siteEnds),
    siteNameLength: zh.measure.siteNameLength,
    sharedHeadItemMax: zh.measure.sharedHeadItemMax,
    keep: zh.measure.keep,
    phraseOpeners: zh.measure.phraseOpeners,
    bareVerbs: zh.measure.bareVerbs,
    topicEnds: zh.measure.topicEnds,
    cutAfter: zh.measure.cutAfter,
    notCut: zh.measure.notCut,
    unitNouns: zh.measure.unitNouns,
    unitNounBoundaries: zh.measure.unitNounBoundaries,
    rankWords: zh.measure.rankWords,
    minMeasure: zh.measure.minLength,
    pairWords: zh.articleWords.pairWords,
    rankScope: zh.articleWords.rankScope,
  },
  en: {
    lang: 'en',
    articleSuffix: new Map(entries(en.articleWords.suffix) as Array<[string, string]>),
    articleFixed: new Map(entries(en.articleWords.fixed) as Array<[string, string]>),
    articleWordList: [...entries(en.articleWords.suffix), ...entries(en.articleWords.fixed)].map(([word]) => word),
    notArticleWords: [],
    relativeYears: new Map(entries(en.periods.relativeYears) as Array<[string, number]>),
    relativeYearWords: entries(en.periods.relativeYears).map(([word]) => word),
    yearParts: new Map(),
    yearPartWords: [],
    holidayWords: [],
    holidayOf: new Map(),
    holidayDays: new Map(),
    pointBefore: [],
    pointEnds: [],
    eventBack: [],
    timeAfterFirst: en.periods.timeAfterFirst,
    present: en.periods.present,
    presentNotAfter: {},
    yearsAhead: [],
    yearsLater: [],
    baseBefore: longestFirst(en.periods.baseBefore),
    baseAfter: longestFirst(en.periods.baseAfter),
    leading: longestFirst(en.measure.leading),
    trailing: longestFirst(en.measure.trailing),
    comparisonBases: [],
    placePrepositions: en.measure.placePrepositions,
    change: en.relations.change,
    share: en.relations.share,
    respectively: en.relations.respectively,
    levelAfter: en.relations.levelAfter,
    notShare: en.relations.notShare,
    levelBefore: longestFirst(en.relations.levelBefore),
    maxMeasure: en.measure.maxWords,
    countNounStops: [],
    countNounMax: 0,
    countNounSkips: [],
    countNounKeeps: [],
    gradeSuffixes: [],
    inner: [],
    innerAdverbs: [],
    innerLinks: [],
    nameEnds: [],
    nameEndLength: 0,
    siteEnds: [],
    siteNameLength: 0,
    sharedHeadItemMax: 0,
    keep: [],
    phraseOpeners: [],
    bareVerbs: en.measure.bareVerbs,
    topicEnds: en.measure.topicEnds,
    cutAfter: en.measure.cutAfter,
    notCut: [],
    unitNouns: [],
    unitNounBoundaries: [],
    rankWords: en.measure.rankWords,
    minMeasure: 1,
    pairWords: en.articleWords.pairWords,
    rankScope: en.articleWords.rankScope,
  },
};

export const factVocabulary = (lang: Lang): FactVocabulary => VOCABULARIES[lang];

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9'’-]/.test(c);

/**
 * The word of `words` that `text` holds at `from` (reading forwards) or ending at `to` (reading
 * backwards), within [from, to): English words case-insensitively and whole, Chinese as
 * characters. The first of `words` that fits, so lists are kept longest first.
 */
export function wordAtEdge(text: string, from: number, to: number, words: readonly string[], lang: Lang, edge: 'start' | 'end'): string | undefined {
  if (lang !== 'en') {
    const byEdge = wordsByEdge(words)[edge];
    if (!byEdge) return chineseWordAtEdge(text, from, to, words, edge);
    return (edge === 'start' ? byEdge.match(text, from, to) : byEdge.matchBefore(text, to, from))?.word;
  }
  for (const word of words) {
    if (word.length > to - from) continue;
    const at = edge === 'start' ? from : to - word.length;
    const piece = text.slice(at, at + word.length);
    if (piece.toLowerCase() !== word.toLowerCase()) continue;
    if (isWordChar(word[0]) && isWordChar(text[at - 1])) continue;
    if (isWordChar(word[word.length - 1]) && isWordChar(text[at + word.length])) continue;
    return word;
  }
  return undefined;
}

// The first of `words` written at the edge, compared in place (no piece of the text is made).
function chineseWordAtEdge(text: string, from: number, to: number, words: readonly string[], edge: 'start' | 'end'): string | undefined {
  for (const word of words) {
    if (word.length > to - from) continue;
    if (text.startsWith(word, edge === 'start' ? from : to - word.length)) return word;
  }
  return undefined;
}

/**
 * A word list by the character each word starts with and by the one it ends with, in the list's
 * order: the rules ask for a word at an edge of many spans, and the character there rules out
 * nearly every word of the list. None for a list holding an empty word (it fits any edge).
 */
interface WordsByEdge {
  start?: WordIndex<Word>;
  end?: WordIndex<Word>;
}
const byEdgeCache = new WeakMap<readonly string[], WordsByEdge>();

function wordsByEdge(words: readonly string[]): WordsByEdge {
  let cached = byEdgeCache.get(words);
  if (cached) return cached;
  cached = {};
  if (words.every((w) => w.length > 0)) cached = { start: new WordIndex(toWords(words), { listed: true }), end: new WordIndex(toWords(words), { listed: true, edge: 'end' }) };
  byEdgeCache.set(words, cached);
  return cached;
}

/**
 * Calls `visit` for each occurrence of `words` inside text[from, to) (overlapping ones too), by
 * where it starts, the words at one place in the list's order, until `visit` returns true (then
 * true): one pass over the span that tries only the words whose first character is there,
 * instead of one search of the span per word. Characters as written (an English caller gives
 * the span lowercased).
 */
export function eachWordIn(text: string, from: number, to: number, words: readonly string[], visit: (word: string, at: number) => boolean | void): boolean {
  const found = indexed?.text === text ? indexed.lists.get(words) : undefined;
  if (found) {
    for (let i = firstStartFrom(found, from); i < found.starts.length && found.starts[i] < to; i++) if (found.ends[i] <= to && visit(found.words[i], found.starts[i])) return true;
    return false;
  }
  const byFirst = wordsByEdge(words).start;
  let at = from;
  if (byFirst) {
    const visitEntry = (e: Word) => visit(e.word, at);
    for (; at < to; at++) if (byFirst.eachAt(text, at, visitEntry, to)) return true;
    return false;
  }
  for (; at < to; at++) for (const word of words) if (at + word.length <= to && text.startsWith(word, at) && visit(word, at)) return true;
  return false;
}

/** Whether one of `words` begins somewhere in text[from, last] (both included): most spans hold none of their first characters. */
export function mayHoldWordStart(text: string, from: number, last: number, words: readonly string[]): boolean {
  const byFirst = wordsByEdge(words).start;
  if (!byFirst) return true;
  for (let at = from; at <= last; at++) if (byFirst.opens(text.charCodeAt(at))) return true;
  return false;
}

/** `text` with each `word` in it blanked by as many NULs (offsets stay); the text itself, with no copy, when it holds none. */
export function maskWord(text: string, word: string): string {
  return text.includes(word) ? text.split(word).join('\u0000'.repeat(word.length)) : text;
}

/** Whether `words` holds a word found anywhere in text[from, to) (whole words for English). */
export function holdsWord(text: string, from: number, to: number, words: readonly string[], lang: Lang): boolean {
  if (lang !== 'en') {
    const found = indexed?.text === text ? indexed.lists.get(words) : undefined;
    if (!found) return eachWordIn(text, from, to, words, () => true);
    const i = firstStartFrom(found, from);
    return i < found.starts.length && found.leastEnd[i] <= to;
  }
  const piece = text.slice(from, to).toLowerCase();
  return words.some((word) => {
    for (let i = piece.indexOf(word); i >= 0; i = piece.indexOf(word, i + 1)) {
      if (!isWordChar(piece[i - 1]) && !isWordChar(piece[i + word.length])) return true;
    }
    return false;
  });
}

/**
 * Where the word lists the facts ask about in every clause and sentence (times, present, pair and
 * scope words, 分别, the article words) occur in the one Chinese text addFacts reads: found for all
 * the lists in one pass over the text when it starts (indexWords), so that eachWordIn and holdsWord
 * answer for that text with a binary search among them, not a pass over each span for each list.
 * Kept by the text itself, so a question about any other string reads that string as before.
 */
interface ListOccurrences {
  /** Where each occurrence starts, in the order eachWordIn visits them (by start, then the list's order). */
  starts: number[];
  ends: number[];
  words: string[];
  /** The least end of the occurrences from each on: whether a span holds one is one binary search. */
  leastEnd: number[];
}
let indexed: { text: string; lists: Map<readonly string[], ListOccurrences> } | undefined;

// The Chinese lists indexed, and all their words by first character, each with its list's number,
// in the lists' order (eachWordIn visits a position's words so); made once.
interface IndexedLists {
  lists: ReadonlyArray<readonly string[]>;
  words: WordIndex<{ word: string; list: number }>;
}
let indexedLists: IndexedLists | undefined;

function listsToIndex(): IndexedLists {
  if (indexedLists) return indexedLists;
  const v = VOCABULARIES.zh;
  const lists = [v.relativeYearWords, v.yearPartWords, v.holidayWords, v.present, v.pairWords, v.rankScope, v.respectively, v.articleWordList].filter((words) => words.every((w) => w.length > 0));
  const words = new WordIndex(lists.flatMap((list, k) => list.map((word) => ({ word, list: k }))), { listed: true });
  return (indexedLists = { lists, words });
}

/** Indexes the Chinese word lists of the facts in `text` (see ListOccurrences); undefined forgets the last text indexed. */
export function indexWords(text: string | undefined): void {
  if (text === undefined) {
    indexed = undefined;
    return;
  }
  const { lists, words } = listsToIndex();
  const found: ListOccurrences[] = lists.map(() => ({ starts: [], ends: [], words: [], leastEnd: [] }));
  let at = 0;
  const add = ({ word, list }: { word: string; list: number }): void => {
    const occurrences = found[list];
    occurrences.starts.push(at);
    occurrences.ends.push(at + word.length);
    occurrences.words.push(word);
  };
  for (; at < text.length; at++) words.eachAt(text, at, add);
  for (const occurrences of found) {
    let least = Infinity;
    for (let i = occurrences.ends.length - 1; i >= 0; i--) occurrences.leastEnd[i] = least = Math.min(least, occurrences.ends[i]);
  }
  indexed = { text, lists: new Map(lists.map((words, list) => [words, found[list]])) };
}

/** The first occurrence that starts at `from` or after. */
const firstStartFrom = (found: ListOccurrences, from: number): number => firstIndex(found.starts.length, (i) => found.starts[i] >= from);
