// What the background answers to the content script and the popup (lib/messages.ts), written
// apart from the browser: the background entry passes in its places, settings and badge, and the
// tests pass in fakes. Nothing here throws to the caller; a failed request gets an ErrorResponse.
import type { Lang } from '../annotation';
import { StoreError } from '../collection/store';
import { CORE_MESSAGES } from '../i18n/core';
import { detectLang, extract } from '../extract';
import {
  isNewsFactsMessage, type BackgroundRequest, type ContentRequest, type CountRequest, type ExtractRequest,
  type ExtractResponse, type ItemsResponse, type LookupRequest, type LookupResponse, type SaveResponse, type StringsResponse,
} from '../messages';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { PlaceIndex } from '../places/find';
import { homeRegionForHost } from '../places/home-region';
import type { Settings } from '../settings';
import { handleMarkOrphans, handlePageItems, handlePlaceItems, handleSave, type CollectionDeps } from './collect-messages';
import type { Places } from './place-loader';

/** The loaded places as the handlers use them (place-loader.ts gives more). */
export interface PlacesInUse {
  index: PlaceIndex & { gazetteer: Pick<Gazetteer, 'lookup'> };
  regionsByPinyin: Places['regionsByPinyin'];
}

export interface BackgroundDeps {
  places(): Promise<PlacesInUse>;
  /** The places, with the village packs of the provinces a Chinese text is about loaded. */
  placesFor(text: string): Promise<PlacesInUse>;
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

/** The answer to a request that failed (lib/messages.ts has no shape for it). */
export interface ErrorResponse {
  error: string;
}

export type BackgroundResponse = StringsResponse | ExtractResponse | LookupResponse | SaveResponse | ItemsResponse | null | ErrorResponse;

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
async function placesForText(text: string, lang: Lang, deps: BackgroundDeps): Promise<PlacesInUse | undefined> {
  try {
    return await (lang === 'zh' ? deps.placesFor(text) : deps.places());
  } catch (error) {
    console.warn('[NewsFacts] places could not be loaded, finding figures only:', error);
    return undefined;
  }
}

export async function handleExtract(request: ExtractRequest, sender: MessageSender, deps: BackgroundDeps): Promise<ExtractResponse> {
  const { text, host } = request;
  if (typeof text !== 'string') throw new Error('the request has no text');
  const lang = request.lang ?? detectLang(text);
  // The facts still go back when the page cannot be styled.
  const styled = deps.styleDocument(sender).catch((error: unknown) => console.warn('[NewsFacts] could not style the page:', error));
  const [settings, places] = await Promise.all([deps.settings(), placesForText(text, lang, deps), styled]);
  const homeRegion = settings.homeRegion || (places && typeof host === 'string' ? homeRegionForHost(host, places.regionsByPinyin) : undefined);
  const date = typeof request.date === 'string' ? request.date : undefined;
  return { lang, annotations: extract(text, { lang, places: places?.index, homeRegion, date }) };
}

export async function handleLookup(request: LookupRequest, deps: BackgroundDeps): Promise<LookupResponse> {
  if (typeof request.code !== 'string') throw new Error('the request has no code');
  return (await deps.places()).index.gazetteer.lookup(request.code) ?? null;
}

export async function handleCount(request: CountRequest, sender: MessageSender, deps: BackgroundDeps): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a page can report its count');
  await deps.setBadge(tabId, badgeText(request.count));
  return null;
}

function answer(message: BackgroundRequest | ContentRequest, sender: MessageSender, deps: BackgroundDeps): Promise<BackgroundResponse> | undefined {
  switch (message.type) {
    case 'nf:strings':
      return Promise.resolve(CORE_MESSAGES);
    case 'nf:extract':
      return handleExtract(message, sender, deps);
    case 'nf:lookup':
      return handleLookup(message, deps);
    case 'nf:count':
      return handleCount(message, sender, deps);
    case 'nf:save':
      return handleSave(message, deps.collection);
    case 'nf:page-items':
      return handlePageItems(message, deps.collection);
    case 'nf:mark-orphans':
      return handleMarkOrphans(message, deps.collection);
    case 'nf:place-items':
      return handlePlaceItems(message, deps.collection);
    default:
      return undefined; // the content script's messages
  }
}

/**
 * The answer to a runtime message, or undefined for one the background does not answer (other
 * extensions' and pages' messages, and those meant for a content script), so that the listener
 * leaves the response channel to others.
 */
export function handleBackgroundMessage(message: unknown, sender: MessageSender, deps: BackgroundDeps): Promise<BackgroundResponse> | undefined {
  if (!isNewsFactsMessage(message)) return undefined;
  return answer(message, sender, deps)?.catch((error: unknown) => {
    console.warn(`[NewsFacts] ${message.type} failed:`, error);
    // The store's message is written for the reader (a full disk, nothing changed): it goes as it is.
    if (error instanceof StoreError) return { error: error.message };
    return { error: `${message.type}: ${error instanceof Error ? error.message : String(error)}` };
  });
}
