// The orders the collection's results can be read in. Items saved together (a whole page at once)
// share their saving time, so every order ends on the passage's place in its page: the same
// items always come in the same order.
import type { CollectedItem } from './item';
import { withoutFragment } from '../util/url';

export type ItemOrder = 'document' | 'saved' | 'published' | 'value';
export const ITEM_ORDERS: readonly ItemOrder[] = ['document', 'saved', 'published', 'value'];

const position = (item: CollectedItem): number => item.selectors.position.start;
const byPosition = (a: CollectedItem, b: CollectedItem): number => position(a) - position(b);
/** Later strings (ISO dates) first; items without one last. */
const laterFirst = (a: string | undefined, b: string | undefined): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? 1 : -1);
/** A figure's number (the low end of a range); undefined for places, dates and passages. */
const numberOf = (item: CollectedItem): number | undefined => {
  const a = item.annotation;
  return a?.kind === 'figure' && typeof a.figure.value === 'number' ? a.figure.value : undefined;
};

/**
 * `items` in `order`, a new array. 'document': page by page (the page saved from most recently
 * first), each page's items as its text has them; 'saved' and 'published': newest first;
 * 'value': figures largest first, then everything without a number.
 */
export function sortItems(items: readonly CollectedItem[], order: ItemOrder): CollectedItem[] {
  const pages = new Map<string, string>();
  for (const item of items) {
    const page = withoutFragment(item.url);
    if ((pages.get(page) ?? '') < item.savedAt) pages.set(page, item.savedAt);
  }
  const pageOf = (item: CollectedItem) => withoutFragment(item.url);
  const samePageFirst = (a: CollectedItem, b: CollectedItem) =>
    laterFirst(pages.get(pageOf(a)), pages.get(pageOf(b))) || (pageOf(a) < pageOf(b) ? -1 : pageOf(a) > pageOf(b) ? 1 : 0);
  const compare: Record<ItemOrder, (a: CollectedItem, b: CollectedItem) => number> = {
    document: (a, b) => samePageFirst(a, b) || byPosition(a, b),
    saved: (a, b) => laterFirst(a.savedAt, b.savedAt) || samePageFirst(a, b) || byPosition(a, b),
    published: (a, b) => laterFirst(a.published, b.published) || samePageFirst(a, b) || byPosition(a, b),
    value: (a, b) => {
      const [x, y] = [numberOf(a), numberOf(b)];
      if (x !== y) return x === undefined ? 1 : y === undefined ? -1 : y - x;
      return samePageFirst(a, b) || byPosition(a, b);
    },
  };
  return [...items].sort(compare[order]);
}
