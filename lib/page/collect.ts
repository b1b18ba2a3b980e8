// What the content script saves to the collection: items made against the page text
// (page-text.ts) at save time. No extension API: the content script (entrypoints/content/) sends them.
import { collectedItem, moved, type PageMeta } from '../collection/from-document';
import type { FigureAnnotation } from '../annotation';
import type { CollectedItem } from '../collection/item';
import type { PageFact } from './facts';
import { offsetsOf, type PageText } from './page-text';
import { pagePublicationDate } from './page-date';
import { datelineDate } from './publication-date';
import { withoutFragment } from '../util/url';

/**
 * What every item saved from this page now shares: the page without its fragment, its title, site
 * and date (its markup's or its byline's), else the dateline's (the first chunk's offsets are the page text's, and the dateline is in it).
 */
export function pageMeta(document: Document, facts: readonly PageFact[]): PageMeta {
  const published = pagePublicationDate(document) ?? datelineDate(facts.map((fact) => fact.annotation));
  const meta: PageMeta = { url: withoutFragment(document.URL), title: document.title, site: document.location.host, savedAt: new Date().toISOString() };
  if (published) meta.published = published;
  return meta;
}

/** Facts still on the page as items: their annotations' offsets those of the page text now, with the rates that qualify them. */
export const factItems = (page: PageText, facts: readonly PageFact[], meta: PageMeta): CollectedItem[] =>
  facts.flatMap(({ range, annotation, rates }) => {
    const at = offsetsOf(page, range);
    if (!at) return [];
    const qualifying = (rates ?? []).map((rate) => rate.annotation).filter((a): a is FigureAnnotation => a.kind === 'figure');
    return [collectedItem(page.text, at.start, at.end, meta, moved(annotation, at.start), qualifying)];
  });
