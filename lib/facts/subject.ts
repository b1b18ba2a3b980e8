// Which place a figure is about. A place its own clause names comes first (淄川区完成投资12亿元，
// 博山区8亿元), then one its sentence names, nearest first; a word that stands for the article's
// place (全市, 全县, 本区, "the city") means the unit the article is about with a name of that
// kind: the one its headline or dateline names (via 'title'), else the one its places add up to
// (via 'article'): every mention counts for itself and the units above it, so an article about
// the townships of 淄川区 is about 淄川区 and 淄博市.
import type { FigureSubject, PlaceAnnotation, PlaceLevel } from '../annotation';
import { ancestorCodes } from '../division-code';
import type { Span } from './sentence';
import { eachWordIn, maskWord, type FactVocabulary } from './vocabulary';

/** A unit the article names or lies in, with how much the text speaks of it. */
interface ArticleUnit {
  code: string;
  name: string;
  path: string[];
  /** Depth in the division tree: deeper units are more particular. */
  depth: number;
  votes: number;
  /** 2 when the headline names the unit itself, 1 when a dateline does or the headline names a place inside it, else 0. */
  inTitle: number;
}

/** Levels of places that a figure can be about (a river or a road is not counted in). */
const COUNTED_LEVELS: ReadonlySet<PlaceLevel> = new Set(['country', 'province', 'prefecture', 'county', 'township', 'village', 'devzone', 'region', 'foreign']);

export const isSubjectPlace = (place: PlaceAnnotation): boolean => COUNTED_LEVELS.has(place.place.level);

// The headline is the text's first line when it is short; a dateline (本报淄博讯, 新华社济南6月1日电,
// "ZIBO, June 1 --") names its place near the top, before 讯 or 电, or at the start of a line
// before a date or a dash.
const HEADLINE_CHARS = 80;
const DATELINE_WINDOW = 400;
const DATELINE_AFTER_ZH = /^[^\n。，,]{0,14}?[讯电]/;
const DATELINE_AFTER_EN = /^,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\(|[-–—]{1,2})/;

// 2 for a place the headline names, 1 for one a dateline names (寿光… under 潍坊日报…讯: the story is
// about the headline's place, the dateline says whose paper it is), else 0.
function inTitle(text: string, headlineEnd: number, place: PlaceAnnotation, lang: FactVocabulary['lang']): number {
  if (headlineEnd <= HEADLINE_CHARS && place.end <= headlineEnd) return 2;
  if (place.start > DATELINE_WINDOW) return 0;
  const after = text.slice(place.end, place.end + 40);
  if (lang === 'zh') return DATELINE_AFTER_ZH.test(after) ? 1 : 0;
  return /(?:^|\n)\s*$/.test(text.slice(Math.max(0, place.start - 4), place.start)) && DATELINE_AFTER_EN.test(after) ? 1 : 0;
}

// A Chinese dateline strictly: the place near its line's start, then 讯 or 电 right after it or after
// a date's 日, then a blank or a bracket (本报淄博讯（记者, 潍坊日报2023年8月3日讯 ; not 淄川区电商, 通讯).
const DATELINE_STRICT_ZH = /^(?:[^\n。，,]{0,14}?日)?[讯电](?=[\s（(【]|$)/;
const LINE_START_BEFORE = /(?:^|\n)[^\n]{0,8}$/;

/** Whether a Chinese place names a dateline's paper or desk (潍坊日报2023年8月3日讯), not what its sentence is about. */
export const inChineseDateline = (text: string, place: PlaceAnnotation): boolean =>
  place.start <= DATELINE_WINDOW && LINE_START_BEFORE.test(text.slice(Math.max(0, place.start - 9), place.start)) && DATELINE_STRICT_ZH.test(text.slice(place.end, place.end + 40));

/** The units an article is about, from its place mentions. */
export class ArticlePlaces {
  private readonly units = new Map<string, ArticleUnit>();
  private readonly bestBySuffix = new Map<string, ArticleUnit | null>();
  /** The subjects of the article words of spans already read, by start and end (null: none): the figures of one clause or sentence ask for the same span. */
  readonly wordSubjects = new Map<number, Map<number, FigureSubject | null>>();

  constructor(text: string, places: PlaceAnnotation[], lang: FactVocabulary['lang']) {
    // where the first line ends, looked for once: a text without line breaks is read to its end
    const firstBreak = text.indexOf('\n');
    const headlineEnd = firstBreak < 0 ? text.length : firstBreak;
    // an article names its few places many times: each code's ancestors are worked out once
    const ancestorsOf = new Map<string, string[]>();
    for (const mention of places) {
      const { code, path } = mention.place;
      if (!code || !path) continue;
      const title = inTitle(text, headlineEnd, mention, lang);
      let ancestors = ancestorsOf.get(code);
      if (!ancestors) ancestorsOf.set(code, (ancestors = ancestorCodes(code).map((a) => a.code)));
      // the path names the ancestors when it has one name for each (a municipality's may skip a grouping)
      const named = path.length === ancestors.length + 1;
      // the chain of units the mention counts for: its ancestors when named, and itself
      for (let i = named ? 0 : ancestors.length; i <= ancestors.length; i++) {
        const own = i === ancestors.length;
        const c = own ? code : ancestors[i];
        let unit = this.units.get(c);
        if (!unit) this.units.set(c, (unit = { code: c, name: own ? mention.place.name : path[i], path: named ? path.slice(0, i + 1) : path, depth: i, votes: 0, inTitle: 0 }));
        unit.votes++;
        // the units above a headline's place are as much in it as a dateline's
        unit.inTitle = Math.max(unit.inTitle, own ? title : Math.min(title, 1));
      }
    }
  }

  /**
   * Whether text[span] holds one of `words` (the article words): their occurrences in the text
   * are found once, sorted by where they start with the least end from each on, so each span asks
   * one binary search instead of looking for every word in it.
   */
  holdsArticleWord(text: string, span: Span, words: readonly string[]): boolean {
    const found = (this.articleWordsAt ??= occurrences(text, words));
    let lo = 0;
    let hi = found.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found.starts[mid] < span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < found.starts.length && found.leastEnd[lo] <= span.end;
  }

  private articleWordsAt?: Occurrences;

  /** The unit whose name ends in `suffix` that the article is about, and how that was found. */
  bySuffix(suffix: string): FigureSubject | undefined {
    // the units are all counted when this is first asked, so each suffix's answer is sought once
    let best = this.bestBySuffix.get(suffix);
    if (best === undefined) this.bestBySuffix.set(suffix, (best = this.bestEndingIn(suffix) ?? null));
    return best ? { code: best.code, name: best.name, path: best.path, via: best.inTitle ? 'title' : 'article' } : undefined;
  }

  private bestEndingIn(suffix: string): ArticleUnit | undefined {
    let best: ArticleUnit | undefined;
    for (const unit of this.units.values()) {
      if (!unit.name.endsWith(suffix)) continue;
      // the headline's first; then the most spoken of; then the more particular
      if (!best || rank(unit) > rank(best)) best = unit;
    }
    return best;
  }
}

/** Where words occur in a text (overlapping ones too), by start; leastEnd[i] is the least end of the occurrences from i on. */
interface Occurrences {
  starts: Int32Array;
  leastEnd: Int32Array;
}

function occurrences(text: string, words: readonly string[]): Occurrences {
  const found: Array<[number, number]> = [];
  eachWordIn(text, 0, text.length, words, (word, at) => {
    found.push([at, at + word.length]);
  });
  const starts = new Int32Array(found.length);
  const leastEnd = new Int32Array(found.length);
  let least = Infinity;
  for (let i = found.length - 1; i >= 0; i--) {
    starts[i] = found[i][0];
    least = Math.min(least, found[i][1]);
    leastEnd[i] = least;
  }
  return { starts, leastEnd };
}

const rank = (u: ArticleUnit): number => u.inTitle * 1e9 + u.votes * 100 + u.depth;

/**
 * The place a clause or sentence names nearest to the figure at `at`: the nearest before it or
 * after it, the one before when both are as near; of those `which` accepts (all by default).
 */
export function nearestPlace(at: Span, places: PlaceAnnotation[], which: (p: PlaceAnnotation) => boolean = () => true): PlaceAnnotation | undefined {
  let best: PlaceAnnotation | undefined;
  let bestDistance = Infinity;
  for (const p of places) {
    if (!which(p)) continue;
    const distance = p.end <= at.start ? at.start - p.end : p.start - at.end + 0.5;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The article words (全市, 全国, "the city") in text[span], as the subjects they stand for; one
 * after a word of comparison (高于全省, "than the province") is the comparison's base, not a subject.
 */
export function articleWordSubject(text: string, span: Span, article: ArticlePlaces, v: FactVocabulary): FigureSubject | undefined {
  let byEnd = article.wordSubjects.get(span.start);
  if (!byEnd) article.wordSubjects.set(span.start, (byEnd = new Map()));
  let subject = byEnd.get(span.end);
  if (subject === undefined) byEnd.set(span.end, (subject = readArticleWords(text, span, article, v) ?? null));
  return subject ? { ...subject } : undefined;
}

function readArticleWords(text: string, span: Span, article: ArticlePlaces, v: FactVocabulary): FigureSubject | undefined {
  // most spans hold no article word at all: they are passed over before any masking
  if (v.lang !== 'en' && !article.holdsArticleWord(text, span, v.articleWordList)) return undefined;
  const piece = v.lang === 'en' ? text.slice(span.start, span.end).toLowerCase() : text.slice(span.start, span.end);
  if (v.lang === 'en' && !v.articleWordList.some((word) => piece.includes(word))) return undefined;
  let masked = piece;
  for (const word of v.notArticleWords) masked = maskWord(masked, word);
  // masking only blanks characters, so the masked piece holds a word only where the piece does:
  // the article words the piece holds are the only ones looked for (most pieces hold one); a
  // Chinese span is read in the text, where addFacts found the article words once (indexWords)
  const held = new Set<string>();
  if (v.lang === 'en') {
    for (const word of v.articleWordList) if (piece.includes(word)) held.add(word);
  } else eachWordIn(text, span.start, span.end, v.articleWordList, (word) => void held.add(word));
  // an article word after a word of comparison (高于全省) is masked; only bases the piece holds can start one
  for (const { base, words } of comparedWords(v)) if (piece.includes(base)) for (const { word, articleWord } of words) if (held.has(articleWord)) masked = maskWord(masked, word);
  for (const [word, suffix] of v.articleSuffix) {
    if (!held.has(word) || !containsWord(masked, word, v.lang)) continue;
    const subject = article.bySuffix(suffix);
    if (subject) return subject;
  }
  for (const [word, name] of v.articleFixed) if (held.has(word) && containsWord(masked, word, v.lang)) return { name, via: 'sentence' };
  return undefined;
}

// Each word of comparison with the article words after it (高于 + 全省: 高于全省, with 全省), made once per vocabulary.
type Compared = Array<{ base: string; words: Array<{ word: string; articleWord: string }> }>;
const comparedCache = new WeakMap<FactVocabulary, Compared>();
function comparedWords(v: FactVocabulary): Compared {
  let compared = comparedCache.get(v);
  if (compared) return compared;
  const gap = v.lang === 'en' ? ' ' : '';
  compared = v.baseBefore.map((base) => ({ base, words: [...v.articleSuffix.keys(), ...v.articleFixed.keys()].map((articleWord) => ({ word: base + gap + articleWord, articleWord })) }));
  comparedCache.set(v, compared);
  return compared;
}

function containsWord(haystack: string, word: string, lang: FactVocabulary['lang']): boolean {
  if (lang !== 'en') return haystack.includes(word);
  for (let i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + 1)) {
    if (lang !== 'en' || (!/[a-z]/.test(haystack[i - 1] ?? '') && !/[a-z]/.test(haystack[i + word.length] ?? ''))) return true;
  }
  return false;
}

/** The subject a place annotation makes. */
export function subjectOfPlace({ place }: PlaceAnnotation): FigureSubject {
  const subject: FigureSubject = { name: place.name, via: 'sentence' };
  if (place.code) subject.code = place.code;
  if (place.path) subject.path = place.path;
  return subject;
}
