// One saved fact or passage of a researcher's collection: where it was read (page, title, site,
// publication date), when it was saved, what it is (an annotation in the contract's shape, or a
// passage of the reader's own), how to find it again (W3C selectors), and the reader's note and tags.
import type { Annotation } from '../annotation';
import type { Selectors } from '../anchoring/selectors';
import { withoutFragment } from '../util/url';

export interface CollectedItem {
  /** Stable id: the same fact of the same page always gets the same id (imports merge on it). */
  id: string;
  url: string;
  title: string;
  site: string;
  /** The page's publication date when it states one (ISO date). */
  published?: string;
  /** ISO timestamp. */
  savedAt: string;
  /** The engine's annotation; absent for a passage the reader selected. */
  annotation?: Annotation;
  /** The passage itself (the annotation's text, or the reader's selection). */
  text: string;
  selectors: Selectors;
  note?: string;
  tags: string[];
  /** For a figure, the place its sentence names (so filtering by 淄博市 finds 淄博's figures too). */
  context?: { placeCode: string; placeName: string };
  /** How often the page mentions the same unit or figure, when the whole page was saved at once (each fact is saved once, at its first mention). */
  mentions?: number;
  /** Set when the passage could not be found again on its page (re-anchoring failed); kept, never dropped. */
  orphan?: boolean;
}

/** FNV-1a over a string, as 8 hex digits: ids that are stable across sessions and machines. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The id of a passage of a page: the page without its fragment, the offsets and the text. */
export function itemId(url: string, start: number, end: number, text: string): string {
  const page = withoutFragment(url);
  return `nf-${hash(page)}-${hash(`${start}:${end}:${text}`)}`;
}

/** The items of `incoming` not already in the collection (same id), and how many were duplicates. */
export function mergeNew(existingIds: ReadonlySet<string>, incoming: CollectedItem[]): { added: CollectedItem[]; duplicates: number } {
  const seen = new Set(existingIds);
  const added: CollectedItem[] = [];
  for (const item of incoming) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    added.push(item);
  }
  return { added, duplicates: incoming.length - added.length };
}
