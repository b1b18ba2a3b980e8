// The places of a collection as the collection view's place picker lists them: the popup's tree
// (lib/summary/place-tree.ts), province > prefecture > county > township > village, counting
// items instead of a page's mentions. A figure (or passage) counts at the place its sentence names,
// as the place filter finds it, so each node's count is what choosing it shows.
import type { PlaceAnnotation } from '../annotation';
import { codeLevel } from '../division-code';
import { placeTree, type Mention, type PlaceNode } from '../summary/place-tree';
import type { CollectedItem } from './item';

/** The items of one code: the first as the tree names it, and the first whose path names its ancestors. */
interface CodeMentions {
  first: Mention;
  withPath?: Mention;
}

// Rebuilt on every keystroke from up to 20,000 items, so the items are first counted by code and the
// tree is made from one mention per code (bench/collection.bench.ts): the same tree as one mention
// per item, since a unit's name, its first position and its ancestors' names come from its first mentions.
export function collectionPlaceTree(items: CollectedItem[]): PlaceNode[] {
  const byCode = new Map<string, CodeMentions>();
  let index = 0;
  /** One more item at `code`; `make` gives its place, made only when the tree needs it. */
  const count = (code: string | undefined, make: () => PlaceAnnotation['place'], hasPath: boolean) => {
    const at = index++;
    if (!code) return;
    const seen = byCode.get(code);
    if (!seen) {
      const first = { index: at, id: at, place: make(), count: 1 };
      byCode.set(code, { first, withPath: hasPath ? first : undefined });
      return;
    }
    seen.first.count++;
    if (hasPath && !seen.withPath) seen.withPath = { index: at, id: at, place: make(), count: 0 };
  };
  // Places first, so that a unit's name and level come from an annotation of it where one exists.
  for (const item of items) {
    const a = item.annotation;
    if (a?.kind === 'place') count(a.place.code, () => a.place, !!a.place.path);
  }
  // A figure's sentence gives its place's code and name, no path.
  for (const item of items) {
    if (item.annotation?.kind === 'place' || !item.context) continue;
    const { placeCode: code, placeName: name } = item.context;
    count(code, () => ({ name, level: codeLevel(code), code }), false);
  }
  const mentions: Mention[] = [];
  for (const { first, withPath } of byCode.values()) {
    mentions.push(first);
    if (withPath && withPath !== first) mentions.push(withPath);
  }
  return placeTree(mentions);
}
