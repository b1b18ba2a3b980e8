// Collected items from an annotated document: what the command line exports, and what "save
// every fact on this page" stores.
import type { Annotation } from '../annotation';
import { describe } from '../anchoring/selectors';
import { placesBySentence } from '../figure-place';
import { itemId, type CollectedItem } from './item';

export interface PageMeta {
  url: string;
  title: string;
  site: string;
  published?: string;
  savedAt: string;
}

/** How far into a text a full date still reads as its publication date (a dateline or byline). */
const DATELINE_WINDOW = 300;

/** The publication date a text states near its top (its first full date), as YYYY-MM-DD. */
export function publicationDate(annotations: Annotation[]): string | undefined {
  for (const a of annotations) {
    if (a.start > DATELINE_WINDOW) break;
    if (a.kind === 'figure' && a.figure.type === 'date' && typeof a.figure.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a.figure.value)) return a.figure.value;
  }
  return undefined;
}

export function itemsFromAnnotations(text: string, annotations: Annotation[], page: PageMeta): CollectedItem[] {
  const places = placesBySentence(text, annotations);
  return annotations.map((annotation, k) => {
    const item: CollectedItem = {
      id: itemId(page.url, annotation.start, annotation.end, annotation.text),
      url: page.url,
      title: page.title,
      site: page.site,
      savedAt: page.savedAt,
      annotation,
      text: annotation.text,
      selectors: describe(text, annotation.start, annotation.end),
      tags: [],
    };
    if (page.published) item.published = page.published;
    const linked = annotations[places.get(k) ?? -1];
    const place = linked?.kind === 'place' ? linked.place : undefined;
    if (place?.code) item.context = { placeCode: place.code, placeName: place.name };
    return item;
  });
}
