import { describe, expect, it } from 'vitest';
import { factConflicts } from '../../../lib/collection/conflicts';
import { itemsFromAnnotations } from '../../../lib/collection/from-document';
import { extract } from '../../../lib/extract';
import { fixtureIndex } from '../places/fixture-index';

const places = fixtureIndex();
const page = (url: string, text: string) =>
  itemsFromAnnotations(text, extract(text, { places, date: '2024-04-20' }), { url, title: url.slice(-6), site: 'news.example.cn', savedAt: '2024-04-21T08:00:00.000Z' });

describe('facts that pages disagree on', () => {
  it('are figures of one measure, place and period from different pages with different values', () => {
    const items = [
      ...page('https://a.example.cn/1.html', '一季度，淄川区完成投资86亿元，接待游客52万人次。'),
      ...page('https://b.example.cn/2.html', '一季度，淄川区完成投资82.5亿元，接待游客52万人次。'),
      ...page('https://c.example.cn/3.html', '去年一季度，淄川区完成投资70亿元。'),
    ];
    const conflicts = factConflicts(items);
    expect(conflicts.map((c) => [c.place, c.period, c.measure, c.entries.map((e) => `${e.item.text} ${e.item.url.slice(8, 9)}`)])).toEqual([
      ['淄川区', '2024-Q1', '完成投资', ['86亿元 a', '82.5亿元 b']],
    ]);
  });

  it('are not two values of one page (a correction in the same article is the article’s own)', () => {
    expect(factConflicts(page('https://a.example.cn/1.html', '一季度，淄川区完成投资86亿元。一季度，淄川区完成投资82亿元。'))).toEqual([]);
  });
});
