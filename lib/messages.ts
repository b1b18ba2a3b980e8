// The messages the extension's parts exchange. The content script stays small: it sends page text
// to the background, which holds the engine and the gazetteer, and gets annotations back; the
// popup asks the content script for a summary of its page. Settings travel through storage
// (lib/settings.ts), not through messages.
import type { Annotation, Lang } from './annotation';
import type { CollectedItem } from './collection/item';
import type { MessageTables } from './i18n';
import type { PlaceFacts } from './gazetteer/types';

/** Content script -> background: find the annotations in one chunk of a page's text. */
export interface ExtractRequest {
  type: 'nf:extract';
  text: string;
  /** The page's host, for the home region a regional outlet implies. */
  host: string;
  /** The page's language when already known from an earlier chunk, so every chunk is read alike. */
  lang?: Lang;
  /** The page's publication date as its markup states it (YYYY-MM-DD): the year of its yearless dates. */
  date?: string;
}
export interface ExtractResponse {
  lang: Lang;
  annotations: Annotation[];
}

/** Content script or popup -> background: the facts of a place for its card. */
export interface LookupRequest {
  type: 'nf:lookup';
  code: string;
}
export type LookupResponse = PlaceFacts | null;

/** Content script -> background: how many facts the sender's page shows now (the badge). */
export interface CountRequest {
  type: 'nf:count';
  count: number;
}

/**
 * Content script -> background: add items to the collection (the IndexedDB lives in the
 * extension's origin, out of the content script's reach). A failed save answers { error } with
 * the store's message for the reader (a full disk included).
 */
export interface SaveRequest {
  type: 'nf:save';
  items: CollectedItem[];
}
export interface SaveResponse {
  saved: number;
}

/**
 * Content script -> background: the items saved from a page (its URL without fragment). Given
 * the page's text now, each item is found again in it (lib/anchoring/selectors.ts, in the
 * background so that the content script stays small): its position selector then says where it
 * is in `text`, and `orphan` whether it is gone.
 */
export interface PageItemsRequest {
  type: 'nf:page-items';
  url: string;
  text?: string;
}

/** Content script -> background: which of its page's items could (anchored) or could not (orphans) be found again. */
export interface MarkOrphansRequest {
  type: 'nf:mark-orphans';
  orphans: string[];
  anchored: string[];
}

/** Content script -> background: the newest items about a place or inside it, for its card; those of `exceptUrl` left out. */
export interface PlaceItemsRequest {
  type: 'nf:place-items';
  code: string;
  exceptUrl?: string;
}
export type ItemsResponse = CollectedItem[];

/** Content script -> background: the core UI strings (lib/i18n/core.ts), which the content script does not carry. */
export interface StringsRequest {
  type: 'nf:strings';
}
export type StringsResponse = MessageTables;

export type BackgroundRequest =
  | StringsRequest
  | ExtractRequest | LookupRequest | CountRequest | SaveRequest | PageItemsRequest | MarkOrphansRequest | PlaceItemsRequest;

/** One annotation as the page shows it, with the id the popup uses to reveal it. */
export interface PageItem {
  id: number;
  annotation: Annotation;
}

/** Popup -> content script: what the page shows. */
export interface SummaryRequest {
  type: 'nf:summary';
}
export interface PageSummary {
  host: string;
  /** Whether NewsFacts annotates this site (the popup's switch). */
  enabled: boolean;
  items: PageItem[];
}

/** Popup -> content script: scroll to an annotation and flash it. */
export interface RevealRequest {
  type: 'nf:reveal';
  id: number;
}

/** Popup -> content script: save every fact the page shows; answered like SaveRequest. */
export interface SavePageRequest {
  type: 'nf:save-page';
}

/** Background (context menu, keyboard command) -> content script: save the reader's selection, asking for a note and tags first. */
export interface SaveSelectionRequest {
  type: 'nf:save-selection';
}

export type ContentRequest = SummaryRequest | RevealRequest | SavePageRequest | SaveSelectionRequest;

const TYPES = new Set([
  'nf:strings', 'nf:extract', 'nf:lookup', 'nf:count', 'nf:save', 'nf:page-items', 'nf:mark-orphans', 'nf:place-items',
  'nf:summary', 'nf:reveal', 'nf:save-page', 'nf:save-selection',
]);

/** Whether a runtime message is one of ours (other extensions' and pages' messages are ignored). */
export function isNewsFactsMessage(message: unknown): message is BackgroundRequest | ContentRequest {
  return typeof message === 'object' && message !== null && TYPES.has((message as { type?: unknown }).type as string);
}
