// Makes each figure a fact (contract version 2): what it measures, the place and the time it is
// about, its sentence, and the figure a rate or share qualifies. Runs inside extract() over the
// figures and places the engine found, so the extension and the command line get the same facts.
import type { Annotation, FigureAnnotation, FigureRelation, FigureSubject, Lang, PlaceAnnotation } from '../annotation';
import { countNoun, isGrade, listItems, measureText, nounAfterCount, rankWindow, sharedHead, trimMeasure, unitNounNear, withoutPlace } from './measure';
import { TextLines } from './lines';
import { isPointInTime, periodFor, statedTimes, type StatedTime } from './period';
import { linkRates, relationOf } from './relations';
import { spanAt, trimmed, type Span } from './sentence';
import { ancestorCodes } from '../division-code';
import { articleWordSubject, ArticlePlaces, inChineseDateline, isSubjectPlace, nearestPlace, subjectOfPlace } from './subject';
import { eachWordIn, factVocabulary, holdsWord, indexWords, mayHoldWordStart, wordAtEdge, type FactVocabulary } from './vocabulary';
import { firstAt } from '../util/text-search';

const isTime = (a: Annotation): boolean => a.kind === 'figure' && (a.figure.type === 'date' || a.figure.type === 'year');
const isFigure = (a: Annotation): a is FigureAnnotation => a.kind === 'figure';
const isPlace = (a: Annotation): a is PlaceAnnotation => a.kind === 'place';
const within = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;
const LIST_GAP = /^[\s、，,和及与;；]*(?:and|or|以及)?[\s、，,]*$/;

/**
 * Gives every figure among `annotations` (sorted, as extract() returns them) its sentence and,
 * for figures that are not times, the measure, subject and period its text states. `year` is the
 * article's year as lib/figures/dates.ts settled it; `sentences` and `clauses` are the text's
 * (sentencesAndClauses, split once by extract(), the sentences for the English figures too).
 */
export function addFacts(text: string, annotations: Annotation[], lang: Lang, year: number | undefined, sentences: Span[], clauses: Span[]): void {
  const v = factVocabulary(lang);
  if (lang === 'zh') indexWords(text);
  let article: ArticlePlaces | undefined;
  const lines = new TextLines(text);
  const articlePlaces = () => (article ??= new ArticlePlaces(text, annotations.filter(isPlace).filter(isSubjectPlace), lang));

  let from = 0;
  let carried: CarriedPeriod | undefined;
  // the day or month the last sentence with figures dated an event by, which 此次 points back at
  let event: CarriedPeriod | undefined;
  let topic: CarriedSubject | undefined;
  let section: FigureSubject | undefined;
  let read = -1;
  const headline = headlineTime(text, lines, annotations, v, year);
  // a line break between a paragraph's sentence and the next ends what it carried, but for a
  // headline's deck line, which goes on with the headline's place and time
  const newParagraphBefore = (at: Span) => {
    if (lines.underHeadline(at.start)) return;
    if (carried && lines.breakBetween(carried.end, at.start)) carried = undefined;
    if (topic && lines.breakBetween(topic.end, at.start)) topic = undefined;
  };
  // a time a sentence states for its paragraph is carried from its end; else what was carried goes on over it
  const carryTime = (time: StatedTime | undefined, end: number) => {
    if (time) carried = { time, end };
    else if (carried) carried.end = end;
  };
  while (from < annotations.length) {
    const index = spanAt(sentences, annotations[from].start);
    // the annotations after it that start before its sentence ends are in it too (the last sentence holds all the rest)
    const end = index === sentences.length - 1 ? Infinity : sentences[index].end;
    const to = runBefore(annotations, from + 1, end);
    const inSentence = annotations.slice(from, to);
    from = to;
    // the sentences between that hold no annotation may still state the paragraph's time or place
    for (let quiet = read + 1; quiet < index; quiet++) {
      const at = trimmed(text, sentences[quiet]);
      if (at.start === at.end) continue;
      newParagraphBefore(at);
      const said = saidOfParagraph(text, at, [], articlePlaces, v, year);
      carryTime(said.time, at.end);
      if (said.subject) topic = { subject: said.subject, end: at.end };
      else if (topic) topic.end = at.end;
    }
    read = index;
    const sentence = trimmed(text, sentences[index]);
    newParagraphBefore(sentence);
    if (v.lang === 'zh') section = headlinePlace(lines, sentence, inSentence) ?? section;
    if (!inSentence.some(isFigure)) {
      // a sentence that names a place without a figure moves the paragraph on to it (今年，周村区启动…。
      // 区住建局已改造…), when it names one (or one inside another); one that names none may say the
      // paragraph's time (今年，…) or, by an article word, its place (对全镇…)
      const named = inSentence.filter(isPlace).filter(isSubjectPlace);
      const said = saidOfParagraph(text, sentence, inSentence, articlePlaces, v, year);
      carryTime(said.time, sentence.end);
      // a dateline (本报淄博讯) says where the story was filed, not what its sentences are about
      const subject = DATELINE_END.test(text.slice(sentence.start, sentence.end)) ? undefined : named.length ? onePlace(named) : said.subject;
      topic = subject ? { subject, end: sentence.end } : named.length ? undefined : topic && { ...topic, end: sentence.end };
      continue;
    }
    let times = statedTimes(text, sentence, inSentence, v, year);
    // 6月10日，…出现冰雹。此次灾害导致…: a sentence pointing back at the event before is of its day
    const eventBack = !times.length && event && !lines.breakBetween(event.end, sentence.start) && wordAtEdge(text, sentence.start, sentence.end, v.eventBack, v.lang, 'start');
    if (eventBack) times = [{ ...event!.time, start: sentence.start, end: sentence.start }];
    const stated = times.filter((t) => eventBack || !ONE_DAY_OR_MONTH.test(t.period) || isPointInTime(text, t, v));
    // the event is the sentence's last time when that is a day or month (9月3日至4日 dates a span, not one)
    const last = times[times.length - 1];
    event = last && ONE_DAY_OR_MONTH.test(last.period) ? { time: last, end: sentence.end } : undefined;
    const ownTime = times.length > 0 || inPresent(text, sentence, v);
    const subjects = sentenceFacts(text, sentence, inSentence, clauses, articlePlaces, v, ownTime ? times : carried ? [carried.time] : headline && sentence.start >= headline.end ? [headline] : [], topic?.subject, section);
    if (stated.length) carried = { time: { ...stated[stated.length - 1], start: sentence.start, end: sentence.start }, end: sentence.end };
    else if (carried) carried.end = sentence.end;
    topic = subjects.length === 1 ? { subject: subjects[0], end: sentence.end } : subjects.length > 1 ? undefined : topic && { ...topic, end: sentence.end };
  }
  // the text is not kept past its reading
  if (lang === 'zh') indexWords(undefined);
}

/** Where the run of annotations from `from` on that start before `end` stops: those are a sentence's or a line's. */
function runBefore(annotations: readonly Annotation[], from: number, end: number): number {
  let to = from;
  while (to < annotations.length && annotations[to].start < end) to++;
  return to;
}

/**
 * The span of time the first line states when it reads as a headline and states no figure beside it
 * (潍坊前三季度外贸进出口稳中有升, 10月份济宁…, 2023年德州粮食…): the period of the story's figures below
 * it that state none and carry none. Not a headline's time with a figure of its own (前三季度临淄区完成
 * 进出口总额86.3亿元), which is that figure's and its deck line's, nor a single day, which dates an
 * event (10月1日起施行).
 */
function headlineTime(text: string, lines: TextLines, annotations: Annotation[], v: FactVocabulary, year: number | undefined): StatedTime | undefined {
  const line = lines.at(0);
  if (!line) return undefined;
  const inLine = annotations.slice(0, runBefore(annotations, 0, line.end));
  if (inLine.some((a) => isFigure(a) && !isTime(a))) return undefined;
  return statedTimes(text, line, inLine, v, year).find((t) => !ONE_DAY.test(t.period));
}

const ONE_DAY = /-\d{2}-\d{2}$/;

/** Whether a sentence is set in the present by a word of it (目前, 现在), not by the end of another word (出现在). */
function inPresent(text: string, sentence: Span, v: FactVocabulary): boolean {
  if (v.lang !== 'zh') return holdsWord(text, sentence.start, sentence.end, v.present, v.lang);
  return eachWordIn(text, sentence.start, sentence.end, v.present, (word, at) => !v.presentNotAfter[word]?.includes(text[at - 1]));
}

/** The one place `places` name, the innermost when each lies in the next (淄川区太河镇): undefined when they name more than one. */
function onePlace(places: PlaceAnnotation[]): FigureSubject | undefined {
  const codes = new Map(places.map((p) => [p.place.code ?? p.place.name, p]));
  if (codes.size === 1) return subjectOfPlace(places[0]);
  const coded = [...codes.values()].filter((p) => p.place.code);
  if (coded.length !== codes.size) return undefined;
  const lineage = (p: PlaceAnnotation) => new Set(ancestorCodes(p.place.code!).map((a) => a.code));
  const innermost = coded.reduce((a, b) => (lineage(b).has(a.place.code!) ? b : a));
  const above = lineage(innermost);
  return coded.every((p) => p === innermost || above.has(p.place.code!)) ? subjectOfPlace(innermost) : undefined;
}

/**
 * What a sentence without figures says of its paragraph's later sentences: the time it opens with,
 * when that is not a single day or month (今年，道路改造工作有序开展。为此…; not 去年 inside it, an
 * event's time), and the article's place when it speaks of it by an article word (对全镇贫困户实行分级管理。…).
 */
function saidOfParagraph(text: string, sentence: Span, annotations: Annotation[], article: () => ArticlePlaces, v: FactVocabulary, year: number | undefined): { time?: StatedTime; subject?: FigureSubject } {
  const opening = statedTimes(text, sentence, annotations, v, year).find((t) => t.start === sentence.start && !ONE_DAY_OR_MONTH.test(t.period));
  const time = opening && { ...opening, end: sentence.start };
  const subject = articleWordSubject(text, sentence, article(), v);
  return { time, subject };
}

const DATELINE_END = /[讯电]$/;

/**
 * The place a Chinese headline or section title is about (淄川区太河镇 因户施策…, “六大赋能”加速淄博崛起):
 * its first place, the last of a chain written together (淄川区太河镇: 太河镇). A page of several
 * stories gives the figures of each that name no place its own title's, not the first story's.
 */
function headlinePlace(lines: TextLines, sentence: Span, annotations: Annotation[]): FigureSubject | undefined {
  const line = lines.at(sentence.start);
  if (!line) return undefined;
  const places = annotations.filter(isPlace).filter((p) => isSubjectPlace(p) && within(p, line));
  if (!places.length) return undefined;
  let place = places[0];
  for (const next of places.slice(1)) {
    if (next.start !== place.end) break;
    place = next;
  }
  return { ...subjectOfPlace(place), via: 'title' };
}

/**
 * The place a paragraph's sentence was about, that the next sentences go on speaking of when they
 * name none (临沂市外贸进出口总值…。其中，出口762.8亿元…): the one place all the figures of the last
 * sentence with figures were about, until the paragraph ends, a sentence is about another place or
 * more than one, or names a place without a figure.
 */
interface CarriedSubject {
  subject: FigureSubject;
  end: number;
}

const ONE_DAY_OR_MONTH = /^(?:\d{4}|-)-\d{2}(?:-\d{2})?$/;

/**
 * A time a paragraph stated and its later sentences go on speaking of (2019年，全市…。全年新增…):
 * the last one an earlier sentence stated, until the paragraph ends or a sentence states its own.
 * A single day or month is an event's date or a deadline (2020年8月底, a dateline's 10月17日 whose
 * year is not stated), not the paragraph's period, so it is not carried; nor is any to a sentence
 * set in the present (目前).
 */
interface CarriedPeriod {
  time: StatedTime;
  /** Where the last sentence it was carried through ends. */
  end: number;
}

/**
 * Gives the figures of a sentence their facts; returns the places they are about (each once),
 * `topic` (the paragraph's place) serving those whose sentence names none, else `section` (the
 * place of the headline over them).
 */
function sentenceFacts(text: string, sentence: Span, annotations: Annotation[], clauses: Span[], article: () => ArticlePlaces, v: FactVocabulary, times: StatedTime[], topic: FigureSubject | undefined, section: FigureSubject | undefined): FigureSubject[] {
  // a paper's place in a dateline the sentence runs on from (无锡日报…讯 全市…) is not the sentence's
  const places = annotations.filter(isPlace).filter((p) => isSubjectPlace(p) && !(v.lang === 'zh' && inChineseDateline(text, p)));
  const figures = annotations.filter(isFigure);
  const relations = new Map<FigureAnnotation, FigureRelation>();
  const ownSubject = new Set<FigureAnnotation>();
  let previous: FigureAnnotation | undefined;
  for (const figure of figures) {
    figure.figure.sentence = { start: sentence.start, end: sentence.end };
    if (isTime(figure)) continue;
    const clause = clauseOf(figure, clauses, sentence);
    const window = measureWindow(text, figure, clause, annotations, v);
    const measure = measureOf(text, figure, window, annotations, previous, clause, sentence, v);
    if (measure) figure.figure.measure = { text: measureText(text, measure, v), ...measure };
    const relation = relationOf(text, figure, measure ? [window, measure] : [window], v);
    if (relation) relations.set(figure, relation);
    const period = periodFor(figure, clause, times, v.timeAfterFirst);
    if (period) figure.figure.period = period;
    const subject = subjectOf(text, figure, clause, sentence, places, article, v);
    if (subject) {
      figure.figure.subject = subject.subject;
      if (subject.fromClause) ownSubject.add(figure);
    }
    previous = figure;
  }
  countsOfOneNoun(text, figures);
  distributeList(text, sentence, figures, places, v);
  linkRates(text, sentence, figures, relations, v);
  // a rate whose own clause names no place or time has those of the figure it qualifies
  for (const rate of relations.keys()) {
    const base = rate.figure.qualifies && figures.find((f) => f.start === rate.figure.qualifies!.start);
    if (!base) continue;
    if (!ownSubject.has(rate) && base.figure.subject) rate.figure.subject = base.figure.subject;
    rate.figure.period ??= base.figure.period;
  }
  const facts = figures.filter((f) => !isTime(f));
  const about = new Map<string, FigureSubject>();
  for (const f of facts) if (f.figure.subject) about.set(f.figure.subject.code ?? f.figure.subject.name, f.figure.subject);
  // a sentence that names no place speaks of its paragraph's, else of its story's (the headline's)
  const fallback = about.size === 0 ? (topic ?? section) : undefined;
  if (fallback) {
    for (const f of facts) if (!holdsWord(text, clauseOf(f, clauses, sentence).start, f.start, v.pairWords, v.lang)) f.figure.subject = { ...fallback };
    return [];
  }
  return [...about.values()];
}

const clauseOf = (figure: FigureAnnotation, clauses: Span[], sentence: Span): Span => {
  const span = clauses[spanAt(clauses, figure.start)];
  return { start: Math.max(span.start, sentence.start), end: Math.min(span.end, sentence.end) };
};

// The words a figure's measure is read from: from the last annotation before it in its clause
// (a time, a place or another figure: 一季度全市完成投资, 淄川区完成投资) up to the figure, and after
// the name of a port or station a place opens (日照港); in English a place stays in the window
// (exports from Ningbo rose), withoutPlace takes it out.
function measureWindow(text: string, figure: FigureAnnotation, clause: Span, annotations: Annotation[], v: FactVocabulary): Span {
  let start = clause.start;
  for (const a of annotations) {
    if (a.end > figure.start) break;
    if (a.start >= clause.start && (v.lang === 'zh' || a.kind === 'figure')) start = a.kind === 'place' ? afterNames(text, a.end, figure.start, v) : a.end;
  }
  return { start, end: figure.start };
}

// Where the names a place opens end: the name of its port or station (日照港), and the names listed
// after it with the same ending (梁山港、龙拱港货物吞吐量: 货物吞吐量).
function afterNames(text: string, at: number, end: number, v: FactVocabulary): number {
  const ending = v.lang === 'zh' ? wordAtEdge(text, at, end, v.nameEnds, v.lang, 'start') : undefined;
  if (!ending) return v.lang === 'zh' ? afterSite(text, at, end, v) : at;
  let next = at + ending.length;
  for (;;) {
    const joiner = wordAtEdge(text, next, end, LIST_JOINERS, v.lang, 'start');
    if (!joiner) return next;
    const named = firstAt(text, ending, next + joiner.length + 1, next + joiner.length + v.nameEndLength);
    if (named < 0 || named + ending.length >= end || !HAN_RUN.test(text.slice(next + joiner.length, named))) return next;
    next = named + ending.length;
  }
}

// 寿光农产品物流园蔬菜交易量: where the name of a site written after its place ends, when what it
// counts follows; `at` when no such name is there.
function afterSite(text: string, at: number, end: number, v: FactVocabulary): number {
  const last = Math.min(end, at + v.siteNameLength);
  if (!mayHoldWordStart(text, at, last - 1, v.siteEnds)) return at;
  for (const word of v.siteEnds) {
    const found = firstAt(text, word, at, last);
    const after = found + word.length;
    if (found >= 0 && after + v.minMeasure <= end && HAN_RUN.test(text.slice(at, after))) return after;
  }
  return at;
}

const LIST_JOINERS = ['、', '和', '及', '与'];
/** Marks that end the clause before a topic (最大降水出现在临朐县: from after the comma before it). */
const TOPIC_BREAKS = ['，', ',', '；', ';', '：'];
const HAN_RUN = /^[\u3400-\u9fff]+$/;

function measureOf(text: string, figure: FigureAnnotation, window: Span, annotations: Annotation[], previous: FigureAnnotation | undefined, clause: Span, sentence: Span, v: FactVocabulary): Span | undefined {
  const { type } = figure.figure;
  // a duration (十年间, 3个多月) measures something only as a change (工期缩短30天)
  if (type === 'duration') return changeWordBefore(text, window, v) && trimMeasure(text, window, v);
  // a rank measures what its clause names before the words that place it, else the figure it ranks (GDP…，全省排名第七)
  if (type === 'rank') return ownWords(text, rankWindow(text, window, v), annotations, v) ?? copy(previous?.figure.measure);
  // 五十亿级、百亿级、千亿级龙头企业: a grade measures the noun after its list; one that ends its
  // clause (最大风力达10级) the words before it
  if (isGrade(figure, v)) return nounAfterCount(text, lastOfList(text, figure, annotations), clause, v) ?? (GRADE_AT_CLAUSE_END.test(text.slice(figure.end, clause.end)) ? ownWords(text, window, annotations, v) : undefined);
  const noun = v.lang === 'en' ? countNoun(figure) : nounAfterCount(text, figure, clause, v);
  if (noun) return noun;
  const own = ownWords(text, window, annotations, v);
  const bare = !own || v.bareVerbs.includes(text.slice(own.start, own.end));
  if (!bare) return own;
  // a list member (接待游客120万人次、旅游收入8.5亿元 / 增长12%和15.3%), or the end of a change from the
  // figure before (额度由60万元提高到80万元), without words of its own has its neighbour's, before a
  // topic its sentence opened with (玉米、大豆种植面积分别为805万亩和41万亩)
  const gap = previous ? text.slice(previous.end, figure.start) : '';
  const member = !own && previous?.figure.measure && previous.start >= clause.start && (LIST_GAP.test(gap) || v.levelAfter.includes(gap.trim().toLowerCase()) || v.levelBefore.includes(gap.trim()));
  if (member) return copy(previous.figure.measure);
  // 商品房销售面积同比增长6.3%，达到586.2万平方米: a level after its rate has the noun the rate changes
  const rated = !own && previous && previous.start >= sentence.start && previous.figure.type === 'percent' ? nounOfChange(text, previous.figure.measure, v) : undefined;
  if (rated) return rated;
  const elided = elidedMeasure(text, window, previous, sentence, v);
  if (elided) return elided;
  if (own) return own;
  const told = unitNounNear(text, figure, clause, sentence, annotations, v);
  if (told) return told;
  // a rate whose words are only its change (up 12%, 增长12%) is measured by that word
  return changeWordBefore(text, window, v);
}

// what may follow a grade that ends its clause: an approximation and the clause's stop (阵风8级以上。)
const GRADE_AT_CLAUSE_END = /^(?:以上|以下|左右)?[\s，。；：！？,;:!?）)”’]*$/;

/** The words of `span` a figure's measure keeps: trimmed, and in English without the last place inside them. */
function ownWords(text: string, span: Span, annotations: Annotation[], v: FactVocabulary): Span | undefined {
  const place = v.lang === 'en' ? annotations.filter(isPlace).filter(isSubjectPlace).reverse().find((p) => within(p, span)) : undefined;
  return place ? withoutPlace(text, span, place, v) : trimMeasure(text, span, v);
}

/**
 * The measure of a figure whose words only say it was done (翠屏区完成178亿元): the measure of the
 * figure before it in its sentence when that opens with those words (叙州区完成固定资产投资182亿元),
 * else the topic a clause of its sentence before it ends with (A级景区门票收入方面，五天累计实现1.86亿元;
 * 最大降水出现在临朐县，为15.2毫米), from that clause's start.
 */
function elidedMeasure(text: string, window: Span, previous: FigureAnnotation | undefined, sentence: Span, v: FactVocabulary): Span | undefined {
  const words = text.slice(window.start, window.end).trim();
  const before = previous && previous.start >= sentence.start ? previous.figure.measure : undefined;
  if (before && words && before.text.startsWith(words)) return copy(before);
  const opening = text.slice(sentence.start, window.start);
  const topicEnd = Math.max(...v.topicEnds.map((word) => opening.lastIndexOf(word)));
  if (topicEnd <= 0) return undefined;
  const topicStart = Math.max(...TOPIC_BREAKS.map((mark) => opening.lastIndexOf(mark, topicEnd))) + 1;
  return trimMeasure(text, { start: sentence.start + topicStart, end: sentence.start + topicEnd }, v);
}

/** The last figure of the list (joined by 、 和 及) that `figure` opens or is in. */
function lastOfList(text: string, figure: FigureAnnotation, annotations: Annotation[]): FigureAnnotation {
  let last = figure;
  for (const a of annotations) {
    if (a.start < last.end) continue;
    if (!isFigure(a) || !LIST_GAP.test(text.slice(last.end, a.start))) break;
    last = a;
  }
  return last;
}

const copy = (measure: Span | undefined): Span | undefined => measure && { start: measure.start, end: measure.end };

/** The noun a rate's measure changes (商品房销售面积同比增长: 商品房销售面积), or undefined when it names none before its change. */
function nounOfChange(text: string, measure: Span | undefined, v: FactVocabulary): Span | undefined {
  if (!measure) return undefined;
  const words = text.slice(measure.start, measure.end);
  const at = Math.min(...[...v.change, ...v.comparisonBases].map((word) => words.indexOf(word)).filter((i) => i >= 0));
  return Number.isFinite(at) && at >= v.minMeasure ? { start: measure.start, end: measure.start + at } : undefined;
}

function changeWordBefore(text: string, window: Span, v: FactVocabulary): Span | undefined {
  const word = wordAtEdge(text, window.start, window.end.valueOf() - trailingBlanks(text, window), v.change, v.lang, 'end');
  if (!word) return undefined;
  const end = window.end - trailingBlanks(text, window);
  return { start: end - word.length, end };
}

const trailingBlanks = (text: string, span: Span): number => {
  let n = 0;
  while (span.end - n > span.start && /\s/.test(text[span.end - n - 1])) n++;
  return n;
};

// 8600户15200名贫困人口: a count right before another of the same thing in other units counts
// what the other does.
function countsOfOneNoun(text: string, figures: FigureAnnotation[]): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const [count, next] = [figures[i], figures[i + 1]];
    if (count.figure.measure || count.figure.type !== 'count' || next.figure.type !== 'count' || !next.figure.measure) continue;
    if (text.slice(count.end, next.start).trim() === '' && next.figure.unit !== count.figure.unit) count.figure.measure = { ...next.figure.measure };
  }
}

// 生产总值、投资和消费分别增长5%、8%和6%: a measure that lists as many items as the figures that share
// it, with 分别 / "respectively", gives each figure its own item, with the head the items share
// (小麦、玉米播种面积: 小麦播种面积); so do as many places named before the measure
// (张店区、临淄区和周村区分别完成投资30亿元、25亿元和12亿元).
function distributeList(text: string, sentence: Span, figures: FigureAnnotation[], places: PlaceAnnotation[], v: FactVocabulary): void {
  for (let i = 0; i < figures.length; i++) {
    const measure = figures[i].figure.measure;
    if (!measure) continue;
    let j = i + 1;
    while (j < figures.length && figures[j].figure.measure?.start === measure.start && figures[j].figure.measure?.end === measure.end) j++;
    const group = figures.slice(i, j);
    const opening = i > 0 ? figures[i - 1].end : sentence.start;
    i = j - 1;
    const said = v.lang === 'zh' ? holdsWord(text, opening, group[0].start, v.respectively, v.lang) : holdsWord(text, group[group.length - 1].end, sentence.end, v.respectively, v.lang);
    if (group.length < 2 || !said) continue;
    const items = listItems(text, measure, v);
    const head = sharedHead(text, items, v);
    if (items.length === group.length) group.forEach((f, k) => (f.figure.measure = { text: measureText(text, items[k], v) + (k < items.length - 1 ? head : ''), ...items[k] }));
    const named = places.filter((p) => p.start >= opening && p.end <= measure.start);
    if (named.length === group.length) group.forEach((f, k) => (f.figure.subject = subjectOfPlace(named[k])));
  }
}

/** The figure's subject, and whether its own clause named it (else its sentence did). */
// The subject comes before the figure as a rule (济宁,以GDP4370亿元超越淄博 is about 济宁): a place
// before it in its clause, an article word in its clause, a place before it in its sentence, then
// a place after it in its clause, an article word in its sentence, a place after it in the sentence.
function subjectOf(text: string, figure: FigureAnnotation, clause: Span, sentence: Span, places: PlaceAnnotation[], article: () => ArticlePlaces, v: FactVocabulary): { subject: FigureSubject; fromClause: boolean } | undefined {
  // 两地相差727亿元: a figure between two places is about neither alone
  if (holdsWord(text, clause.start, figure.start, v.pairWords, v.lang)) return undefined;
  // 全省排名第七: an article word that scopes a rank is not the ranked place
  const scope = figure.figure.type === 'rank' || holdsWord(text, clause.start, clause.end, v.rankScope, v.lang);
  let subject: FigureSubject | undefined;
  if ((subject = placeSubject(figure, places, (p) => p.end <= figure.start && within(p, clause)))) return { subject, fromClause: true };
  if (!scope && (subject = articleWordSubject(text, clause, article(), v))) return { subject, fromClause: true };
  if ((subject = placeSubject(figure, places, (p) => p.end <= figure.start))) return { subject, fromClause: false };
  if ((subject = placeSubject(figure, places, (p) => p.start >= figure.end && within(p, clause)))) return { subject, fromClause: true };
  if (!scope && (subject = articleWordSubject(text, sentence, article(), v))) return { subject, fromClause: false };
  if ((subject = placeSubject(figure, places, (p) => p.start >= figure.end))) return { subject, fromClause: false };
  return undefined;
}

/** The subject of the place nearest `figure` among those `which` accepts. */
function placeSubject(figure: FigureAnnotation, places: PlaceAnnotation[], which: (p: PlaceAnnotation) => boolean): FigureSubject | undefined {
  const found = nearestPlace(figure, places, which);
  return found && subjectOfPlace(found);
}
