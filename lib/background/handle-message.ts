// What the background answers to the content scripts and the extension pages
// (lib/messaging/protocol.ts: ContentToBackground, PagesToBackground), as one handler table,
// written apart from the browser: the background entry passes in its places, settings and badge,
// and the tests pass in fakes. Nothing here throws to the caller; a failed request gets an
// ErrorResponse.
import { StoreError } from '../collection/store';
import { CORE_MESSAGES } from '../i18n/core';
import { detectLang, extractByLine } from '../extract';
import { answer, type Handlers } from '../messaging/handlers';
import type {
  CountRequest, ErrorResponse, StyleRequest, ExtractRequest, ExtractResponse, LookupRequest, LookupResponse, ResponseOf, SearchPlacesRequest, ToBackground,
} from '../messaging/protocol';
import { searchUnits, type SearchableGazetteer } from '../gazetteer/search';
import type { PlaceFacts } from '../gazetteer/types';
import type { PlaceIndex } from '../places/find';
import { homeRegionForHost } from '../places/home-region';
import { isSiteEnabled, type Settings } from '../settings';
import { handleMarkOrphans, handlePageItems, handleOpenCollection, handleSave, type CollectionDeps } from './collect-messages';
import type { Places } from './place-loader';

/** The loaded places as the handlers use them (place-loader.ts gives more). */
export interface PlacesInUse {
  index: PlaceIndex & { gazetteer: SearchableGazetteer };
  regionsByPinyin: Places['regionsByPinyin'];
}

export interface BackgroundDeps {
  places(): Promise<PlacesInUse>;
  /** The places, with the village packs of the provinces a Chinese text is about loaded. */
  placesFor(text: string): Promise<PlacesInUse>;
  /**
   * Answers a preview ahead of the loading of places, which waits until `answer` is done:
   * `answer` gets the places as loaded so far, or undefined while the index is not.
   */
  ahead<T>(answer: (places: PlacesInUse | undefined) => Promise<T>): Promise<T>;
  settings(): Promise<Settings>;
  /**
   * Gives the sender's document the highlight style sheet if it has not got it yet. Awaited before
   * an extraction is answered, so that the highlights made from the answer are coloured at once.
   */
  styleDocument(sender: MessageSender): Promise<void>;
  /** Shows `text` on the toolbar button of one tab. */
  setBadge(tabId: number, text: string): Promise<void>;
  collection: CollectionDeps;
}

export type BackgroundResponse = ResponseOf<ToBackground, keyof ToBackground> | ErrorResponse;

/** Who sent a message, as runtime.onMessage reports it. */
export interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
  /** Chrome only. */
  documentId?: string;
  url?: string;
}

/** The badge's most: a toolbar button has room for four characters. */
const BADGE_MAX = 999;

/** The badge for a page showing `count` facts: none for 0. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count < 1) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(count));
}

// Figures need no gazetteer, so a page whose places cannot be loaded still gets its figures.
// Mostly Chinese text also gets the village packs of the provinces it names.
async function placesForText(text: string, deps: BackgroundDeps): Promise<PlacesInUse | undefined> {
  try {
    return await (detectLang(text) === 'zh' ? deps.placesFor(text) : deps.places());
  } catch (error) {
    console.warn('[NewsFacts] places could not be loaded, finding figures only:', error);
    return undefined;
  }
}

// A preview (the first screenful, sent ahead of its chunk) is answered at once with the places
// loaded so far: a background that has just started needs seconds to load them, and the loading
// gives way to the preview meanwhile.
export function handleExtract(request: ExtractRequest, sender: MessageSender, deps: BackgroundDeps): Promise<ExtractResponse> {
  return request.preview === true
    ? deps.ahead((places) => extractWith(request, sender, deps, Promise.resolve(places)))
    : extractWith(request, sender, deps, typeof request.text === 'string' ? placesForText(request.text, deps) : Promise.resolve(undefined));
}

async function extractWith(request: ExtractRequest, sender: MessageSender, deps: BackgroundDeps, loading: Promise<PlacesInUse | undefined>): Promise<ExtractResponse> {
  const { text, host } = request;
  if (typeof text !== 'string') throw new Error('the request has no text');
  // The facts still go back when the page cannot be styled. The browser inserts the sheet while
  // the text is read, and the facts go back once it is in, so no highlight shows uncoloured.
  const styled = deps.styleDocument(sender).catch((error: unknown) => console.warn('[NewsFacts] could not style the page:', error));
  const [settings, places] = await Promise.all([deps.settings(), loading]);
  const homeRegion = settings.homeRegion || (places && typeof host === 'string' ? homeRegionForHost(host, places.regionsByPinyin) : undefined);
  const date = typeof request.date === 'string' ? request.date : undefined;
  // Each paragraph in its own language: a page may mix English and Chinese ones.
  const response = extractByLine(text, { places: places?.index, homeRegion, date });
  await styled;
  return response;
}

/** Styles the sender's document ahead of its first extraction, when its site is switched on. */
export async function handleStyle(request: StyleRequest, sender: MessageSender, deps: BackgroundDeps): Promise<null> {
  if (typeof request.host !== 'string') throw new Error('the request has no host');
  if (isSiteEnabled(await deps.settings(), request.host)) await deps.styleDocument(sender);
  return null;
}

export async function handleLookup(request: LookupRequest, deps: BackgroundDeps): Promise<LookupResponse> {
  if (typeof request.code !== 'string') throw new Error('the request has no code');
  return (await deps.places()).index.gazetteer.lookup(request.code) ?? null;
}

export async function handleSearchPlaces(request: SearchPlacesRequest, deps: BackgroundDeps): Promise<PlaceFacts[]> {
  if (typeof request.query !== 'string') throw new Error('the request has no query');
  return searchUnits((await deps.places()).index.gazetteer, request.query);
}

export async function handleCount(request: CountRequest, sender: MessageSender, deps: BackgroundDeps): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a page can report its count');
  await deps.setBadge(tabId, badgeText(request.count));
  return null;
}

/** The background's handler table: one handler per message it answers. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers<ToBackground, MessageSender> {
  return {
    'nf:strings': async () => CORE_MESSAGES,
    'nf:style': (request, sender) => handleStyle(request, sender, deps),
    'nf:extract': (request, sender) => handleExtract(request, sender, deps),
    'nf:lookup': (request) => handleLookup(request, deps),
    'nf:search-places': (request) => handleSearchPlaces(request, deps),
    'nf:count': (request, sender) => handleCount(request, sender, deps),
    'nf:save': (request) => handleSave(request, deps.collection),
    'nf:page-items': (request) => handlePageItems(request, deps.collection),
    'nf:mark-orphans': (request) => handleMarkOrphans(request, deps.collection),
    'nf:open-collection': (request) => handleOpenCollection(request, deps.collection),
  };
}

// The store's message is written for the reader (a full disk, nothing changed): it goes as it is.
export const describeBackgroundError = (error: unknown, type: string): string =>
  error instanceof StoreError ? error.message : `${type}: ${error instanceof Error ? error.message : String(error)}`;

/**
 * The answer to one runtime message, or undefined for one the background does not answer (other
 * extensions' and pages' messages, and those meant for a content script). The background's
 * listener (lib/messaging/handlers.ts' `listener` over the same table) answers the same way.
 */
export function handleBackgroundMessage(message: unknown, sender: MessageSender, deps: BackgroundDeps): Promise<BackgroundResponse> | undefined {
  const reply = answer(backgroundHandlers(deps), message, sender, describeBackgroundError);
  return reply === undefined ? undefined : Promise.resolve(reply);
}
