// What the content script saves to the collection: items made against the page text
// (page-text.ts) at save time. No extension API: the content script (entrypoints/content/) sends them.
import { collectedItem, publicationDate, type PageMeta } from '../collection/from-document';
import type { CollectedItem } from '../collection/item';
import type { PageFact } from './facts';
import { offsetsOf, type PageText } from './page-text';
import { withoutFragment } from '../util/url';

// Where the markup states when an article was published (article:published_time, og:published_time,
// og:article:published_time, schema.org, <time>).
const DATE_SOURCES = 'meta[property$=published_time],[itemprop=datePublished],time[datetime]';

/** The publication date the page's markup states, as YYYY-MM-DD. */
export function statedDate(document: Document): string | undefined {
  for (const element of document.querySelectorAll(DATE_SOURCES)) {
    const date = /\d{4}-\d{2}-\d{2}/.exec(element.getAttribute('content') ?? element.getAttribute('datetime') ?? '');
    if (date) return date[0];
  }
  return undefined;
}

/**
 * What every item saved from this page now shares: the page without its fragment, its title, site
 * and date, else the dateline's (the first chunk's offsets are the page text's, and the dateline is in it).
 */
export function pageMeta(document: Document, facts: readonly PageFact[]): PageMeta {
  const published = statedDate(document) ?? publicationDate(facts.map((fact) => fact.annotation));
  const meta: PageMeta = { url: withoutFragment(document.URL), title: document.title, site: document.location.host, savedAt: new Date().toISOString() };
  if (published) meta.published = published;
  return meta;
}

/** Facts still on the page as items: their annotations' offsets those of the page text now, with the place their sentence names. */
export const factItems = (page: PageText, facts: readonly PageFact[], meta: PageMeta): CollectedItem[] =>
  facts.flatMap(({ range, annotation, place }) => {
    const at = offsetsOf(page, range);
    return at ? [collectedItem(page.text, at.start, at.end, meta, { ...annotation, ...at }, place?.annotation.kind === 'place' ? place.annotation.place : undefined)] : [];
  });
