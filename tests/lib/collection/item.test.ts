import { describe, expect, it } from 'vitest';
import { differingDuplicates, sameContent, type CollectedItem } from '../../../lib/collection/item';

const item = (id: string, extra: Partial<CollectedItem> = {}): CollectedItem => ({
  id,
  url: 'https://news.example.cn/1.html',
  title: '淄川区大棚',
  site: 'news.example.cn',
  savedAt: '2024-11-06T08:00:00.000Z',
  text: '1500多亩',
  selectors: { quote: { type: 'TextQuoteSelector', exact: '1500多亩', prefix: '达', suffix: '。' }, position: { type: 'TextPositionSelector', start: 10, end: 16 } },
  tags: ['农业'],
  ...extra,
});

describe('items with one id', () => {
  it('are the same saved fact when page, passage, note, tags and annotation agree, whatever their key order, save time or anchoring', () => {
    const annotation = { kind: 'figure', start: 10, end: 16, text: '1500多亩', figure: { type: 'quantity', value: 1500, unit: '亩', approx: true } } as const;
    const reordered = JSON.parse(JSON.stringify({ figure: { approx: true, unit: '亩', value: 1500, type: 'quantity' }, text: '1500多亩', end: 16, start: 10, kind: 'figure' }));
    expect(sameContent(item('a', { annotation }), item('a', { annotation: reordered, savedAt: '2025-01-01T00:00:00.000Z', orphan: true }))).toBe(true);
    expect(sameContent(item('a', { note: '' }), item('a'))).toBe(true);
    expect(sameContent(item('a', { note: '多三成' }), item('a'))).toBe(false);
    expect(sameContent(item('a', { tags: ['大棚'] }), item('a'))).toBe(false);
    expect(sameContent(item('a', { title: '别的标题' }), item('a'))).toBe(false);
  });

  it('differ on import when the collection holds the id with other content; new ids and equal ones do not', () => {
    const held = [item('a'), item('b', { note: '旧备注' })];
    const incoming = [item('a'), item('b', { note: '新备注' }), item('c')];
    expect(differingDuplicates(held, incoming).map((i) => i.id)).toEqual(['b']);
  });
});
