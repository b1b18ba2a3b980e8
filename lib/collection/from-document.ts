// Collected items from an annotated document: what the command line exports, and what the
// content script saves (a fact from its card, every fact of the page, the reader's selection).
import type { Annotation, Place } from '../annotation';
import { describe } from '../anchoring/selectors';
import { placesBySentence } from '../figure-place';
import { itemId, MAX_TITLE_LENGTH, type CollectedItem } from './item';

export interface PageMeta {
  url: string;
  title: string;
  site: string;
  published?: string;
  savedAt: string;
}

/**
 * One item: the passage `text.slice(start, end)` of a page, described by selectors against `text`,
 * with the annotation it is (none for the reader's own selection) and the place its sentence names.
 */
export function collectedItem(text: string, start: number, end: number, page: PageMeta, annotation?: Annotation, place?: Place): CollectedItem {
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
  if (place?.code) item.context = { placeCode: place.code, placeName: place.name };
  return item;
}

export function itemsFromAnnotations(text: string, annotations: Annotation[], page: PageMeta): CollectedItem[] {
  const places = placesBySentence(text, annotations);
  return annotations.map((annotation, k) => {
    const linked = annotations[places.get(k) ?? -1];
    return collectedItem(text, annotation.start, annotation.end, page, annotation, linked?.kind === 'place' ? linked.place : undefined);
  });
}
