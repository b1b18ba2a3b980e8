// What the popup needs from the browser, as one object: the extension passes the real one
// (entrypoints/popup/browser-api.ts), tests a fake.
import type { PlaceFacts } from '../../lib/gazetteer/types';
import type { SettingsStore } from '../../lib/settings-store';
import type { PageSummary } from '../../lib/messaging/protocol';

export interface PopupApi {
  settings: SettingsStore;
  /** What the page under the popup shows, or null where no content script answers. */
  summary(): Promise<PageSummary | null>;
  /** Scrolls the page to an annotation and flashes it. */
  reveal(id: number): Promise<void>;
  openOptions(): void;
  /** Saves every fact the page shows to the collection: how many, or rejects with a message for the reader. */
  savePage(): Promise<number>;
  /** Opens the collection view in a tab. */
  openCollection(): void;
  /** Puts text on the clipboard (the facts table copied as CSV or Markdown). */
  copy(text: string): Promise<void>;
  /** The gazetteer's facts of a division code (asked of the background), null for an unknown code. */
  lookup(code: string): Promise<PlaceFacts | null>;
}
