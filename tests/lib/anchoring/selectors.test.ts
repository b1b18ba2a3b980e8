import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from '../../../lib/anchoring/selectors';

const page = '本报讯 淄川区今年新建高标准农田1.2万亩，带动3200户农户增收。全县蔬菜种植面积达到4500多亩。带动3200户的做法得到推广。';
const at = (s: string, n = 0) => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = page.indexOf(s, i + 1);
  return i;
};

suite('selectors', () => {
  it('describe a passage with quote, context and position', () => {
    const s = describe(page, at('1.2万亩'), at('1.2万亩') + 5);
    expect(s.quote).toMatchObject({ type: 'TextQuoteSelector', exact: '1.2万亩' });
    expect(s.quote.prefix.endsWith('高标准农田')).toBe(true);
    expect(s.position).toEqual({ type: 'TextPositionSelector', start: at('1.2万亩'), end: at('1.2万亩') + 5 });
  });

  it('re-anchors the exact quote, telling repeated short quotes apart by their context', () => {
    const second = at('3200户', 1);
    const s = describe(page, second, second + 5);
    const edited = '【更新】' + page;
    expect(anchor(edited, s)).toEqual({ start: second + 4, end: second + 9, method: 'exact' });
  });

  it('re-anchors fuzzily after a small edit inside the passage', () => {
    const start = at('全县蔬菜种植面积达到4500多亩');
    const s = describe(page, start, start + '全县蔬菜种植面积达到4500多亩'.length);
    const edited = page.replace('全县蔬菜种植面积达到4500多亩', '全县蔬菜种植面积已达到4600多亩');
    const found = anchor(edited, s)!;
    expect(found.method).toBe('position');
    expect(edited.slice(found.start, found.end)).toContain('4600多亩');
  });

  it('finds an edited passage that moved far away', () => {
    const start = at('全县蔬菜种植面积达到4500多亩');
    const s = describe(page, start, start + 17);
    const moved = page.replace(/全县[^。]*。/, '') + '另据统计，' + '长'.repeat(200) + '全县蔬菜种植面积达到4800多亩。';
    const found = anchor(moved, s)!;
    expect(found.method).toBe('fuzzy');
    expect(moved.slice(found.start, found.end)).toContain('4800多亩');
  });

  it('gives no anchor when the passage is gone (an orphan)', () => {
    const start = at('全县蔬菜种植面积达到4500多亩');
    const s = describe(page, start, start + 17);
    expect(anchor(page.replace(/全县[^。]*。/, ''), s)).toBeUndefined();
  });
});
