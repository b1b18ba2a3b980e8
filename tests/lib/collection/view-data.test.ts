// The collection view's data from a collection: the place picker's tree, the filters' choices,
// place facts asked once, export file names.
import { describe, expect, it, vi } from 'vitest';
import { collectionFacets } from '../../../lib/collection/facets';
import { lookupCache } from '../../../lib/collection/lookup-cache';
import { collectionPlaceTree } from '../../../lib/collection/place-tree';
import { CollectionIndex } from '../../../lib/collection/query';
import { codeLevel } from '../../../lib/division-code';
import { exportFileName } from '../../../lib/export/file-name';
import type { PlaceNode } from '../../../lib/summary/place-tree';
import { collectionSeed } from '../../fixtures/collection/seed';

const seed = collectionSeed();

const find = (nodes: PlaceNode[], code: string): PlaceNode | undefined =>
  nodes.map((n) => (n.code === code ? n : find(n.children, code))).find(Boolean);

describe("the collection's place tree", () => {
  it('nests the places province > prefecture > county > township > village', () => {
    const tree = collectionPlaceTree(seed.items);
    expect(tree.map((n) => n.name)).toEqual(['山东省', '北京市']);
    const zibo = find(tree, '370300000000')!;
    expect(zibo.children.map((n) => n.name)).toEqual(['淄川区', '张店区']);
    expect(find(tree, '370302112000')!.children.map((n) => n.name)).toEqual(['台头村']);
  });

  it('counts at each node what choosing it shows: places and the figures about them', () => {
    const index = new CollectionIndex(seed.items);
    const tree = collectionPlaceTree(seed.items);
    for (const code of ['370000000000', '370300000000', '370302000000', '370302112000', '370302112206', '370200000000']) {
      expect(find(tree, code)!.count, code).toBe(index.query({ placeCode: code }).length);
    }
  });

  it("names a unit's ancestors from the first of its items with a path, and counts every item", () => {
    const village = seed.items.find((item) => item.annotation?.kind === 'place' && item.annotation.place.code === '370302112206')!;
    if (village.annotation?.kind !== 'place') throw new Error('the seed has no village');
    const place = village.annotation.place;
    const withoutPath = { ...village, annotation: { ...village.annotation, place: { ...place, path: undefined } } };
    const tree = collectionPlaceTree([withoutPath, village, village]);
    expect(tree.map((n) => n.name)).toEqual(['山东省']);
    expect(find(tree, '370302112000')!.children.map((n) => [n.name, n.count])).toEqual([['台头村', 3]]);
    expect(find(tree, '370300000000')!.count).toBe(3);
  });

  it('reads the level of a code a figure names from the code', () => {
    expect(['370000000000', '370300000000', '370302000000', '370302112000', '370302112206', '110101000000'].map(codeLevel)).toEqual([
      'province', 'prefecture', 'county', 'township', 'village', 'county',
    ]);
  });
});

describe("the filters' choices", () => {
  it('offer what the collection holds, figure types in the popup order', () => {
    const facets = collectionFacets(seed.items);
    expect(facets.kinds).toEqual(['figure', 'place']);
    expect(facets.figureTypes).toEqual(['money', 'percent', 'count', 'date', 'year']);
    expect(facets.sites).toEqual(['english.example.cn', 'news.qingdao.example.cn', 'paper.dzrb.example.cn', 'www.lznews.example.cn']);
    expect(facets.tags).toEqual(['GDP', '农业', '大棚']);
  });
});

describe('the place facts cache', () => {
  it('asks once per code and answers synchronously afterwards', async () => {
    const ask = vi.fn(async (code: string) => seed.lookup(code) ?? null);
    const cache = lookupCache(ask);
    const lookup = await cache.forItems(seed.items);
    expect(lookup('370302000000')?.name).toBe('淄川区');
    expect(lookup('999999999999')).toBeUndefined();
    const asked = ask.mock.calls.length;
    await cache.forItems(seed.items);
    expect(ask.mock.calls.length).toBe(asked);
  });

  it('asks again for a code whose question failed', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('no answer')).mockResolvedValue(seed.lookup('370302000000'));
    const cache = lookupCache(ask);
    const items = seed.items.filter((i) => i.text === '淄川区').slice(0, 1);
    expect((await cache.forItems(items))('370302000000')).toBeUndefined();
    expect((await cache.forItems(items))('370302000000')?.name).toBe('淄川区');
  });
});

describe('export file names', () => {
  it('are newsfacts-YYYY-MM-DD with the format extension, by the local date', () => {
    expect(exportFileName('csv', new Date(2024, 4, 3, 23, 30))).toBe('newsfacts-2024-05-03.csv');
    expect(exportFileName('jsonld', new Date(2024, 11, 31))).toBe('newsfacts-2024-12-31.jsonld');
    expect(exportFileName('md', new Date(2024, 0, 1))).toBe('newsfacts-2024-01-01.md');
  });
});
