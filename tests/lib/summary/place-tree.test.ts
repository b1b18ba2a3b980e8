import { describe, expect, it } from 'vitest';
import { summarizePlaces, type PlaceNode } from '../../../lib/summary/place-tree';
import { place, ZIBO_PAGE } from './items';

/** The tree as indented lines "name count/own #revealId", easy to read in a failure. */
function outline(nodes: PlaceNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.name} ${node.count}/${node.own} #${node.revealId}`, ...outline(node.children, depth + 1)]);
}

describe('summarizePlaces: the tree of linked units', () => {
  it('nests units by their codes and counts each subtree', () => {
    expect(outline(summarizePlaces(ZIBO_PAGE).tree)).toEqual([
      '山东省 7/0 #1',
      '  淄博市 7/1 #1',
      '    淄川区 3/1 #2',
      '      龙泉镇 2/1 #4',
      '        台头村 1/1 #5',
      '    张店区 3/3 #6',
    ]);
  });

  it('names a unit by its official name when the text uses a short form', () => {
    const [tree] = summarizePlaces([place(1, '张店', { level: 'county', code: '370303000000', path: ['山东省', '淄博市', '张店区'] })]).tree;
    expect(outline([tree])).toEqual(['山东省 1/0 #1', '  淄博市 1/0 #1', '    张店区 1/1 #1']);
  });

  it('gives each node its level: the annotation’s own, or the one its code implies', () => {
    const [province] = summarizePlaces(ZIBO_PAGE).tree;
    expect(province.level).toBe('province');
    expect(province.code).toBe('370000000000');
    expect(province.children[0].level).toBe('prefecture');
    expect(province.children[0].children.map((c) => c.level)).toEqual(['county', 'county']);
  });

  it('reveals the first mention in the subtree of a unit the page never names', () => {
    const items = [
      place(7, '台头村', { level: 'village', code: '370302104201', path: ['山东省', '淄博市', '淄川区', '龙泉镇', '台头村'] }),
      place(3, '龙泉镇', { level: 'township', code: '370302104000', path: ['山东省', '淄博市', '淄川区', '龙泉镇'] }),
    ];
    const [province] = summarizePlaces(items).tree;
    // the page order decides, not the ids
    expect(province.revealId).toBe(7);
    expect(province.children[0].children[0].children[0].revealId).toBe(3);
  });

  it('leaves out the statistical groupings that paths skip (北京市 > 朝阳区, 河南省 > 济源市)', () => {
    const items = [
      place(1, '朝阳区', { level: 'county', code: '110105000000', path: ['北京市', '朝阳区'] }),
      place(2, '济源', { level: 'county', code: '419001000000', path: ['河南省', '济源市'] }),
    ];
    expect(outline(summarizePlaces(items).tree)).toEqual(['北京市 1/0 #1', '  朝阳区 1/1 #1', '河南省 1/0 #2', '  济源市 1/1 #2']);
  });

  it('keeps a unit whose ancestors cannot be named as a root, and nests it under them once they can', () => {
    const alone = [place(1, '镜铁区', { level: 'township', code: '620201100000', path: ['甘肃省', '嘉峪关市', '镜铁区'] })];
    // 嘉峪关市 is a prefecture with a county-level grouping of the same name below it
    expect(outline(summarizePlaces(alone).tree)).toEqual(['镜铁区 1/1 #1']);
    const withCity = [...alone, place(2, '嘉峪关市', { level: 'prefecture', code: '620200000000', path: ['甘肃省', '嘉峪关市'] })];
    expect(outline(summarizePlaces(withCity).tree)).toEqual(['甘肃省 2/0 #1', '  嘉峪关市 2/1 #2', '    镜铁区 1/1 #1']);
  });

  it('orders siblings by mentions, then by first mention', () => {
    const items = [
      place(1, '淄川区', { level: 'county', code: '370302000000', path: ['山东省', '淄博市', '淄川区'] }),
      place(2, '博山区', { level: 'county', code: '370304000000', path: ['山东省', '淄博市', '博山区'] }),
      place(3, '博山区', { level: 'county', code: '370304000000', path: ['山东省', '淄博市', '博山区'] }),
      place(4, '周村区', { level: 'county', code: '370306000000', path: ['山东省', '淄博市', '周村区'] }),
    ];
    const [province] = summarizePlaces(items).tree;
    expect(province.children[0].children.map((c) => c.name)).toEqual(['博山区', '淄川区', '周村区']);
  });
});

describe('summarizePlaces: other places', () => {
  it('groups places without a code by level, each name once with its mentions', () => {
    expect(summarizePlaces(ZIBO_PAGE).other).toEqual([
      { level: 'foreign', places: [{ name: '日本', count: 1, revealId: 11, unlinked: false }] },
      { level: 'natural', places: [{ name: '黄河', count: 2, revealId: 8, unlinked: false }] },
      { level: 'county', places: [{ name: '城区', count: 1, revealId: 13, unlinked: true }] },
    ]);
  });

  it('is empty for a page without places', () => {
    expect(summarizePlaces([])).toEqual({ tree: [], other: [] });
  });
});
