// One saved fact or passage of a researcher's collection: where it was read (page, title, site,
// publication date), when it was saved, what it is (an annotation in the contract's shape, or a
// passage of the reader's own), how to find it again (W3C selectors), and the reader's note and tags.
import type { Annotation, FigureRelation, FigureSubject } from '../annotation';
import type { Selectors } from '../anchoring/selectors';
import { withoutFragment } from '../util/url';

/**
 * The longest title and note an item holds (characters). A page title is rarely past 200 and a
 * note is a few sentences; the limits keep a hostile page or file from storing megabytes in one
 * field. A saved page's longer title is cut to the limit, the note fields take no more, and an
 * import refuses an item past either.
 */
export const MAX_TITLE_LENGTH = 1000;
export const MAX_NOTE_LENGTH = 10_000;

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
  /** For a figure, its subject's division code and name (so filtering by 淄博市 and the map find 淄博's figures too). */
  context?: { placeCode: string; placeName: string };
  /** For a figure, what it is about, kept with it since the page's text is not. */
  fact?: ItemFact;
  /** How often the page mentions the same unit or figure, when the whole page was saved at once (each fact is saved once, at its first mention). */
  mentions?: number;
  /** Set when the passage could not be found again on its page (re-anchoring failed); kept, never dropped. */
  orphan?: boolean;
}

/** A saved figure as a fact: its sentence (the figure marked inside by `at`), measure, place, period and qualifying rates. */
export interface ItemFact {
  sentence: string;
  /** Where the figure starts in the sentence. */
  at: number;
  measure?: string;
  subject?: FigureSubject;
  period?: string;
  /** The rates and shares that qualify the figure (同比增长 9.3%), in text order. */
  rates?: ItemRate[];
}

/** A measure as compared across pages (grouping conflicts, charting a series): without blanks or case. */
export const measureKey = (measure: string): string => measure.replace(/\s+/g, '').toLowerCase();

export interface ItemRate {
  text: string;
  relation: FigureRelation;
  measure?: string;
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

/** JSON with every object's keys in order: two values that are equal give the same text. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/**
 * Whether two items with one id hold the same saved fact: the same page, title, passage, note,
 * tags and annotation. When it was saved and whether its page still has it do not count.
 */
export function sameContent(a: CollectedItem, b: CollectedItem): boolean {
  const content = (item: CollectedItem) => canonicalJson([item.url, item.title, item.text, item.note ?? '', item.tags, item.annotation ?? null]);
  return content(a) === content(b);
}

/** The items of `incoming` whose id the collection holds with other content (the collection's is kept; the reader is told). */
export function differingDuplicates(existing: readonly CollectedItem[], incoming: readonly CollectedItem[]): CollectedItem[] {
  const byId = new Map(existing.map((item) => [item.id, item]));
  return incoming.filter((item) => {
    const held = byId.get(item.id);
    return held !== undefined && !sameContent(held, item);
  });
}
