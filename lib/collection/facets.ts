// The choices the collection view's filters offer, from the collection itself: its sites, tags,
// kinds and figure types, so a select never lists something that would find nothing.
import type { FigureType } from '../annotation';
import { FIGURE_TYPES } from '../summary/figure-groups';
import type { CollectedItem } from './item';
import { itemKind } from './query';

export type ItemKind = ReturnType<typeof itemKind>;
const KINDS: readonly ItemKind[] = ['figure', 'place', 'passage'];

export interface CollectionFacets {
  kinds: ItemKind[];
  figureTypes: FigureType[];
  sites: string[];
  tags: string[];
}

export function collectionFacets(items: CollectedItem[]): CollectionFacets {
  const kinds = new Set<ItemKind>();
  const figureTypes = new Set<FigureType>();
  const sites = new Set<string>();
  const tags = new Set<string>();
  for (const item of items) {
    kinds.add(itemKind(item));
    if (item.annotation?.kind === 'figure') figureTypes.add(item.annotation.figure.type);
    if (item.site) sites.add(item.site);
    for (const tag of item.tags) tags.add(tag);
  }
  return {
    kinds: KINDS.filter((k) => kinds.has(k)),
    figureTypes: FIGURE_TYPES.filter((type) => figureTypes.has(type)),
    sites: [...sites].sort(),
    tags: [...tags].sort((a, b) => a.localeCompare(b)),
  };
}
