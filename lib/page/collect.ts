// What the content script saves to the collection and finds again on a later visit: items made
// against the page text (page-text.ts) at save time, and saved items anchored in the text as it is
// now (lib/anchoring/selectors.ts), or reported as orphans. No extension API: content.ts sends.
import type { Place } from '../annotation';
import { anchor } from '../anchoring/selectors';
import { collectedItem, publicationDate, type PageMeta } from '../collection/from-document';
import type { CollectedItem } from '../collection/item';
import type { PageFact } from './facts';
import { offsetsOf, rangeAt, type Offsets, type PageText } from './page-text';

/** A fact with its offsets in the page text now. */
export interface LocatedFact {
  fact: PageFact;
  at: Offsets;
}

export interface FoundItem {
  item: CollectedItem;
  range: Range;
}

// Where the markup states when an article was published (Open Graph, schema.org, <time>).
const DATE_SOURCES =
  'meta[property="article:published_time"],meta[property="og:published_time"],meta[property="og:article:published_time"],[itemprop="datePublished"],time[datetime]';

/** The publication date the page's markup states, as YYYY-MM-DD. */
export function statedDate(document: Document): string | undefined {
  for (const element of document.querySelectorAll(DATE_SOURCES)) {
    const date = /\d{4}-\d{2}-\d{2}/.exec(element.getAttribute('content') ?? element.getAttribute('datetime') ?? '');
    if (date) return date[0];
  }
  return undefined;
}

/** The facts still on the page, with their offsets in its text now. */
export const locateFacts = (page: PageText, facts: readonly PageFact[]): LocatedFact[] =>
  facts.flatMap((fact) => {
    const at = offsetsOf(page, fact.range);
    return at ? [{ fact, at }] : [];
  });

/** What every item saved from this page now shares: the page without its fragment, its title, site and date. */
export function pageMeta(document: Document, located: LocatedFact[]): PageMeta {
  const published = statedDate(document) ?? publicationDate(located.map(({ fact, at }) => ({ ...fact.annotation, ...at })));
  const meta: PageMeta = { url: document.URL.replace(/#.*$/, ''), title: document.title, site: document.location.host, savedAt: new Date().toISOString() };
  if (published) meta.published = published;
  return meta;
}

const placeOf = (fact: PageFact): Place | undefined => (fact.place?.annotation.kind === 'place' ? fact.place.annotation.place : undefined);

/** A fact as an item, its annotation's offsets those of the page text. */
export const factItem = (page: PageText, { fact, at }: LocatedFact, meta: PageMeta): CollectedItem =>
  collectedItem(page.text, at.start, at.end, meta, { ...fact.annotation, ...at }, placeOf(fact));

/** Finds each saved item in the page text now: the ones found with their ranges, the others' ids (orphans). */
export function findAgain(page: PageText, items: CollectedItem[]): { found: FoundItem[]; orphans: string[] } {
  const found: FoundItem[] = [];
  const orphans: string[] = [];
  for (const item of items) {
    const at = anchor(page.text, item.selectors);
    const range = at && rangeAt(page, at);
    if (range) found.push({ item, range });
    else orphans.push(item.id);
  }
  return { found, orphans };
}
