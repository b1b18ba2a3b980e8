// What the collection view needs from the browser, as one object: the extension passes the real
// one (entrypoints/collection/browser-api.ts), tests a fake.
import type { LookupCache } from '../../lib/collection/lookup-cache';
import type { CollectionStore } from '../../lib/collection/store';
import type { OutlinesFile } from '../../lib/map/outlines';
import type { SettingsStore } from '../../lib/settings-store';

/** The tab beside the side panel: the page the reader is on. */
export interface PanelTab {
  /** The page's address without its fragment; undefined where there is no web page. */
  url(): Promise<string | undefined>;
  /** Calls `onChange` when the reader switches tabs or the tab goes to another page; returns a function that stops it. */
  watch(onChange: () => void): () => void;
  /** Scrolls the page to a saved item and flashes it; false when the page did not find it. */
  reveal(itemId: string): Promise<boolean>;
}

export interface CollectionApi {
  settings: SettingsStore;
  store: Pick<CollectionStore, 'all' | 'save' | 'update' | 'remove' | 'addNew'>;
  /** Calls `onChange` when another page changes the collection; returns a function that stops it. */
  watch(onChange: () => void): () => void;
  /** Tells the other pages that this one changed the collection. */
  announce(): void;
  /** Place facts from the background, asked once per code. */
  places: LookupCache;
  /** The bundled map outlines. */
  outlines(): Promise<OutlinesFile>;
  /** The place the view starts filtered to (a place card's link opens the view on it). */
  startPlace?: string;
  /** The side panel's tab (absent in the full page). */
  tab?: PanelTab;
  /** Opens an address in a new tab. */
  open(url: string): void;
  /** Opens the full collection page in a new tab (from the side panel). */
  openFullView(): void;
  /** Hands text to the browser as a downloaded file. */
  download(fileName: string, type: string, text: string): void;
}
