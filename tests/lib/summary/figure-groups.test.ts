import { describe, expect, it } from 'vitest';
import { groupFigures } from '../../../lib/summary/figure-groups';
import { figure, ZIBO_PAGE } from './items';

describe('groupFigures', () => {
  it('groups the figures by type in a fixed order, leaving out places and empty types', () => {
    expect(groupFigures(ZIBO_PAGE).map((group) => group.type)).toEqual(['money', 'percent', 'date']);
  });

  it('lists one entry per normalised value, with the first mention’s text and id', () => {
    const [money] = groupFigures(ZIBO_PAGE);
    expect(money.entries).toEqual([{ text: '3642.40亿元', figure: { type: 'money', value: 364240000000, unit: 'CNY', approx: false }, count: 2, revealId: 3 }]);
  });

  it('keeps apart values that differ in unit, range or approximation', () => {
    const items = [
      figure(1, '300户', { type: 'count', value: 300, unit: '户' }),
      figure(2, '300人', { type: 'count', value: 300, unit: '人' }),
      figure(3, '300多人', { type: 'count', value: 300, unit: '人', approx: true }),
      figure(4, '300至400人', { type: 'count', value: 300, high: 400, unit: '人' }),
    ];
    expect(groupFigures(items)[0].entries.map((entry) => entry.revealId)).toEqual([1, 2, 3, 4]);
  });
});
