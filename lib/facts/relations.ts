// Which figure a rate or share belongs to: 同比增长9.3% and 占年度计划的27.8% qualify the
// 412.6亿元 of 完成投资 before them; "rose 8.5% to $12 billion" qualifies the level after "to";
// with 分别 / "respectively" the rates go to the figures before them in order (接待游客120万人次，
// 旅游收入8.5亿元，分别增长12%和15.3%).
import type { FigureAnnotation, FigureRelation } from '../annotation';
import type { Span } from './sentence';
import { holdsWord, maskWord, wordAtEdge, type FactVocabulary } from './vocabulary';

const RATE_TYPES = new Set(['percent', 'ratio']);
const isTime = (f: FigureAnnotation): boolean => f.figure.type === 'date' || f.figure.type === 'year';

/**
 * The relation of a rate to another figure, read from the words before it (`spans`: its window
 * and its measure, which a list member shares) and in English the words right after it
 * (增长1.2倍, "8.5% growth"): a change before a share, since 占比提高 is a change of a share.
 */
export function relationOf(text: string, figure: FigureAnnotation, spans: Span[], v: FactVocabulary): FigureRelation | undefined {
  if (!RATE_TYPES.has(figure.figure.type) && figure.figure.unit !== '倍') return undefined;
  let end = figure.start;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (wordAtEdge(text, Math.max(0, end - 8), end, v.levelBefore, v.lang, 'end')) return undefined;
  const after = { start: figure.end, end: Math.min(text.length, figure.end + (v.lang === 'zh' ? 3 : 24)) };
  const reads = (words: string[], masked: string[] = []) =>
    spans.some((s) => {
      const piece = maskWords(text.slice(s.start, s.end), masked);
      return holdsWord(piece, 0, piece.length, words, v.lang);
    }) || (v.lang === 'en' && holdsWord(text, after.start, after.end, words, v.lang));
  if (reads(v.change)) return 'change';
  if (reads(v.share, v.notShare)) return 'share';
  return undefined;
}

/** The text with each of `words` blanked out (占比 hides its 占), offsets unchanged. */
const maskWords = (text: string, words: string[]): string => words.reduce(maskWord, text);

/**
 * Links the rates among `figures` (one sentence's, in order; `relations` gives each rate's) to the
 * figures they qualify, as `qualifies` on the rate.
 */
export function linkRates(text: string, sentence: Span, figures: FigureAnnotation[], relations: Map<FigureAnnotation, FigureRelation>, v: FactVocabulary): void {
  if (!relations.size) return;
  const isBase = (f: FigureAnnotation) => !relations.has(f) && !isTime(f);
  for (let i = 0; i < figures.length; i++) {
    const rate = figures[i];
    const relation = relations.get(rate);
    if (!relation) continue;
    const base = respectively(text, sentence, figures, i, isBase, relations, v) ?? levelAfter(text, figures, i, isBase, v) ?? nearest(figures, i, isBase);
    if (base && !(relation === 'change' && changesOwnMeasure(rate, base, v))) rate.figure.qualifies = { start: base.start, end: base.end, relation };
  }
}

// 新开工项目86个，服务业增加值同比增长9.3%: a change whose measure names a noun of its own after the
// figure before it is the change of that noun, not of the figure (同比增长15.2% or 比上年增长 right
// after a figure are the figure's: their words are all words of change and comparison).
function changesOwnMeasure(rate: FigureAnnotation, base: FigureAnnotation, v: FactVocabulary): boolean {
  const measure = rate.figure.measure;
  if (!measure || measure.start < base.end) return false;
  const own = maskWords(maskWords(measure.text, v.comparisonBases), v.change).replace(/[\s\p{P}\p{Cc}]/gu, '');
  return own.length >= 2;
}

// 分别 before the rates, or "respectively" after them: the k-th of a run of rates goes to the k-th
// of as many figures before the run.
function respectively(text: string, sentence: Span, figures: FigureAnnotation[], i: number, isBase: (f: FigureAnnotation) => boolean, relations: Map<FigureAnnotation, unknown>, v: FactVocabulary): FigureAnnotation | undefined {
  let first = i;
  while (first > 0 && relations.has(figures[first - 1])) first--;
  let last = i;
  while (last + 1 < figures.length && relations.has(figures[last + 1])) last++;
  const before = first > 0 ? figures[first - 1].end : sentence.start;
  const said = v.lang === 'zh' ? holdsWord(text, before, figures[first].start, v.respectively, v.lang) : holdsWord(text, figures[last].end, sentence.end, v.respectively, v.lang);
  if (!said) return undefined;
  const bases = figures.slice(0, first).filter(isBase);
  const run = last - first + 1;
  return run > 1 && bases.length >= run ? bases[bases.length - run + (i - first)] : undefined;
}

// "rose 8.5% to $12 billion": the level after "to" in the same stretch of words.
function levelAfter(text: string, figures: FigureAnnotation[], i: number, isBase: (f: FigureAnnotation) => boolean, v: FactVocabulary): FigureAnnotation | undefined {
  const next = figures[i + 1];
  // a language with no such words (Chinese) copies no text between figures for them
  if (!next || !v.levelAfter.length || !isBase(next)) return undefined;
  const between = text.slice(figures[i].end, next.start).trim().toLowerCase();
  return v.levelAfter.includes(between) ? next : undefined;
}

// The nearest figure before the rate that is no rate itself, else the nearest after it when that has
// no words of its own after the rate (同比增长8.6%，达到5.2万户; not 同比增长12.5%，新设企业14家).
function nearest(figures: FigureAnnotation[], i: number, isBase: (f: FigureAnnotation) => boolean): FigureAnnotation | undefined {
  for (let j = i - 1; j >= 0; j--) if (isBase(figures[j])) return figures[j];
  const after = figures.slice(i + 1).find(isBase);
  const own = after?.figure.measure && after.figure.measure.start >= figures[i].end;
  return own ? undefined : after;
}
