// Every message the extension's parts exchange, in one place: each request with the answer it
// gets, grouped by direction in the maps at the end (ContentToBackground, PagesToBackground,
// BackgroundToContent, PopupToContent). The content script stays small: it sends page text to the
// background, which holds the engine and the gazetteer, and gets annotations back; the popup asks
// the content script for a summary of its page. Settings travel through storage
// (lib/settings-store.ts), not through messages.
//
// Senders use the typed clients of ./client.ts, which turn an ErrorResponse into a rejected
// promise; receivers answer through handler tables keyed by these maps (./handlers.ts), so a
// message added here and not handled fails to compile.
import type { Annotation, Lang } from '../annotation';
import type { CollectedItem } from '../collection/item';
import type { MessageTables } from '../i18n';
import type { PlaceFacts } from '../gazetteer/types';

/** Content script -> background: find the annotations in one chunk of a page's text. */
export interface ExtractRequest {
  type: 'nf:extract';
  text: string;
  /** The page's host, for the home region a regional outlet implies. */
  host: string;
  /** The page's publication date as its markup states it (YYYY-MM-DD): the year of its yearless dates. */
  date?: string;
  /**
   * The first screenful of a chunk sent ahead of it (lib/page/annotator.ts): answered with the
   * places only when they are loaded already, with figures alone rather than waiting for them.
   */
  preview?: boolean;
}
export interface ExtractResponse {
  lang: Lang;
  annotations: Annotation[];
}

/** Content script, options page or collection view -> background: the facts of a place (null for an unknown code). */
export interface LookupRequest {
  type: 'nf:lookup';
  code: string;
}
export type LookupResponse = PlaceFacts | null;

/** Options page -> background: the units whose name holds what the reader typed, best first (villages left out). */
export interface SearchPlacesRequest {
  type: 'nf:search-places';
  query: string;
}

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

/**
 * Content script -> background: open the collection view on the reader's items about a place (a
 * place card's link). The content script never gets items from other pages: whatever it puts in
 * the page, the page's scripts could read.
 */
export interface OpenCollectionRequest {
  type: 'nf:open-collection';
  code: string;
}
export type ItemsResponse = CollectedItem[];

/**
 * Content script -> background, once at its start: give the sender's document the highlight style
 * sheet now when its site is switched on, so that the first extraction's answer, which waits until
 * the document has the sheet, finds it inserted while the page's settings and article were read.
 */
export interface StyleRequest {
  type: 'nf:style';
  /** The page's host, whose switch in the settings decides. */
  host: string;
}

/** Content script -> background: the core UI strings (lib/i18n/core.ts), which the content script does not carry. */
export interface StringsRequest {
  type: 'nf:strings';
}
export type StringsResponse = MessageTables;

/** One annotation as the page shows it, with the id the popup uses to reveal it. */
export interface PageItem {
  id: number;
  annotation: Annotation;
  /** For a figure: the ids of the items that are rates or shares of it (同比增长9.3%). */
  rates?: number[];
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

/** Side panel -> content script of the tab beside it: scroll to a saved item of the page and flash it. */
export interface RevealItemRequest {
  type: 'nf:reveal-item';
  /** The CollectedItem's id. */
  id: string;
}

/** Popup -> content script: save every fact the page shows; answered like SaveRequest. */
export interface SavePageRequest {
  type: 'nf:save-page';
}

/** Background (context menu, keyboard command) -> content script: save the reader's selection, asking for a note and tags first. */
export interface SaveSelectionRequest {
  type: 'nf:save-selection';
}

/** Background (keyboard commands) -> content script: move the card to the next or the previous fact. */
export interface StepRequest {
  type: 'nf:step';
  direction: 1 | -1;
}

/**
 * The answer to a request that failed, whichever its direction: the message is written for the
 * reader where the failure is theirs to act on (a full disk), otherwise it names the request.
 */
export interface ErrorResponse {
  error: string;
}

/** One message: what is sent (its `type` is the key it is listed under) and what comes back. */
interface Call<Request extends { type: string }, Response> {
  request: Request;
  response: Response;
}

/** Content script -> background. */
export type ContentToBackground = {
  'nf:strings': Call<StringsRequest, StringsResponse>;
  'nf:style': Call<StyleRequest, null>;
  'nf:extract': Call<ExtractRequest, ExtractResponse>;
  'nf:lookup': Call<LookupRequest, LookupResponse>;
  'nf:count': Call<CountRequest, null>;
  'nf:save': Call<SaveRequest, SaveResponse>;
  'nf:page-items': Call<PageItemsRequest, ItemsResponse>;
  'nf:mark-orphans': Call<MarkOrphansRequest, null>;
  'nf:open-collection': Call<OpenCollectionRequest, null>;
};

/** Extension pages (the options page, the collection view) -> background. */
export type PagesToBackground = {
  'nf:lookup': Call<LookupRequest, LookupResponse>;
  'nf:search-places': Call<SearchPlacesRequest, PlaceFacts[]>;
};

/** Background -> content script: the keyboard commands and the context menu, which get no answer. */
export type BackgroundToContent = {
  'nf:step': Call<StepRequest, void>;
  'nf:save-selection': Call<SaveSelectionRequest, void>;
};

/** Popup (and side panel) -> content script of the tab it was opened over (or is beside). */
export type PopupToContent = {
  'nf:summary': Call<SummaryRequest, PageSummary>;
  /** Whether the fact was there to reveal. */
  'nf:reveal': Call<RevealRequest, boolean>;
  'nf:save-page': Call<SavePageRequest, SaveResponse>;
  /** Whether the item was found on the page to reveal. */
  'nf:reveal-item': Call<RevealItemRequest, boolean>;
};

/** Everything the background answers, and everything a content script answers. */
export type ToBackground = ContentToBackground & PagesToBackground;
export type ToContent = BackgroundToContent & PopupToContent;

/** A protocol map, as the clients and handler tables take it. */
export type Protocol = { [type: string]: Call<{ type: string }, unknown> };
export type MessageType<P> = keyof P & string;
export type RequestOf<P, K extends keyof P> = P[K] extends Call<infer Request, unknown> ? Request : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends Call<{ type: string }, infer Response> ? Response : never;
/** The requests of a direction whose answer is nothing (sent, not asked). */
export type Notification<P> = { [K in keyof P]: ResponseOf<P, K> extends void ? K : never }[keyof P];
