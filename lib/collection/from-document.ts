// Collected items from an annotated document: what the command line exports, and what the
// content script saves (a fact from its card, every fact of the page, the reader's selection).
import type { Annotation, FigureAnnotation } from '../annotation';
import { describe } from '../anchoring/selectors';
import { itemId, MAX_TITLE_LENGTH, type CollectedItem, type ItemFact } from './item';

export interface PageMeta {
  url: string;
  title: string;
  site: string;
  published?: string;
  savedAt: string;
}

/**
 * One item: the passage `text.slice(start, end)` of a page, described by selectors against `text`,
 * with the annotation it is (none for the reader's own selection, its offsets against `text`) and,
 * for a figure, its fact with the rates that qualify it (`rates`).
 */
export function collectedItem(text: string, start: number, end: number, page: PageMeta, annotation?: Annotation, rates: FigureAnnotation[] = []): CollectedItem {
  const passage = text.slice(start, end);
  const item: CollectedItem = {
    id: itemId(page.url, start, end, passage),
    url: page.url,
    title: page.title.slice(0, MAX_TITLE_LENGTH),
    site: page.site,
    savedAt: page.savedAt,
    text: passage,
    selectors: describe(text, start, end),
    tags: [],
  };
  if (annotation) item.annotation = annotation;
  if (page.published) item.published = page.published;
  if (annotation?.kind === 'figure') {
    const fact = itemFact(text, annotation, rates);
    if (fact) item.fact = fact;
    const subject = annotation.figure.subject;
    if (subject?.code) item.context = { placeCode: subject.code, placeName: subject.name };
  }
  return item;
}

/** The fact a figure annotation states, as an item keeps it; none for a figure without a sentence. */
function itemFact(text: string, { start, figure }: FigureAnnotation, rates: FigureAnnotation[]): ItemFact | undefined {
  if (!figure.sentence) return undefined;
  const fact: ItemFact = { sentence: text.slice(figure.sentence.start, figure.sentence.end), at: start - figure.sentence.start };
  if (figure.measure) fact.measure = figure.measure.text;
  if (figure.subject) fact.subject = figure.subject;
  if (figure.period) fact.period = figure.period;
  const qualifying = rates.filter((r) => r.figure.qualifies);
  if (qualifying.length > 0) {
    fact.rates = qualifying.map((r) => (r.figure.measure ? { text: r.text, relation: r.figure.qualifies!.relation, measure: r.figure.measure.text } : { text: r.text, relation: r.figure.qualifies!.relation }));
  }
  return fact;
}

/** The annotation found at offset `from` of some text moved to `to` (a chunk's annotation placed in the page's text), its inner spans too. */
export function moved(annotation: Annotation, to: number): Annotation {
  const delta = to - annotation.start;
  const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  if (annotation.kind === 'place') return shift(annotation);
  const figure = { ...annotation.figure };
  if (figure.measure) figure.measure = shift(figure.measure);
  if (figure.sentence) figure.sentence = shift(figure.sentence);
  if (figure.qualifies) figure.qualifies = shift(figure.qualifies);
  return { ...shift(annotation), figure };
}

export function itemsFromAnnotations(text: string, annotations: Annotation[], page: PageMeta): CollectedItem[] {
  const rates = new Map<number, FigureAnnotation[]>();
  for (const a of annotations) {
    if (a.kind !== 'figure' || !a.figure.qualifies) continue;
    const list = rates.get(a.figure.qualifies.start) ?? [];
    list.push(a);
    rates.set(a.figure.qualifies.start, list);
  }
  return annotations.map((annotation) => collectedItem(text, annotation.start, annotation.end, page, annotation, rates.get(annotation.start)));
}
