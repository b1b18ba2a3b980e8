// The places of a collection as the collection view's place picker lists them: the popup's tree
// (lib/summary/place-tree.ts), province > prefecture > county > township > village, counting
// items instead of a page's mentions. A figure (or passage) counts at the place its sentence names,
// as the place filter finds it, so each node's count is what choosing it shows.
import type { PlaceAnnotation } from '../annotation';
import { codeLevel } from '../division-code';
import type { PageItem } from '../messaging/protocol';
import { summarizePlaces, type PlaceNode } from '../summary/place-tree';
import type { CollectedItem } from './item';

export function collectionPlaceTree(items: CollectedItem[]): PlaceNode[] {
  const mentions: PageItem[] = [];
  // Places first, so that a unit's name and level come from an annotation of it where one exists.
  for (const item of items) if (item.annotation?.kind === 'place') mentions.push({ id: mentions.length, annotation: item.annotation });
  for (const item of items) {
    if (item.annotation?.kind === 'place' || !item.context) continue;
    const { placeCode: code, placeName: name } = item.context;
    const annotation: PlaceAnnotation = { kind: 'place', start: 0, end: 0, text: name, place: { name, level: codeLevel(code), code } };
    mentions.push({ id: mentions.length, annotation });
  }
  return summarizePlaces(mentions).tree;
}
