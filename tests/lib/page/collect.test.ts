// @vitest-environment happy-dom
// Items the content script saves, made against the page text now.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { factItems, pageMeta } from '../../../lib/page/collect';
import type { PageFact } from '../../../lib/page/facts';
import { joinRuns, rangeAt } from '../../../lib/page/page-text';
import { collectTextRuns } from '../../../lib/page/text-map';

const ARTICLE = '<h1>淄川区大棚蔬菜喜获丰收</h1><p>2024年5月12日 本报讯 今年以来，淄川区新建冬暖式大棚120个，带动农户增收1.35亿元。</p><p>龙泉镇台头村种植面积达1500多亩。</p>';

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = ARTICLE;
  document.title = '淄川区大棚蔬菜喜获丰收';
});

const page = () => joinRuns(collectTextRuns(document.body));

// A fact over the first occurrence of `text`, its annotation's offsets those of a chunk (not of the page).
function fact(annotation: Annotation): PageFact {
  const text = page();
  const start = text.text.indexOf(annotation.text);
  return { id: start, annotation: { ...annotation, start: 0, end: annotation.text.length }, range: rangeAt(text, { start, end: start + annotation.text.length })!, spans: [], highlight: '' };
}
// 1.35亿元 as a chunk that starts at 带动 would give it: its sentence and measure at that chunk's offsets
const money = () =>
  fact({
    kind: 'figure', start: 0, end: 7, text: '1.35亿元',
    figure: { type: 'money', value: 135000000, unit: 'CNY', approx: false, measure: { text: '带动农户增收', start: -6, end: 0 }, sentence: { start: -26, end: 7 }, period: '2024', subject: { code: '370302000000', name: '淄川区', via: 'sentence' } },
  });
const date = () => fact({ kind: 'figure', start: 0, end: 10, text: '2024年5月12日', figure: { type: 'date', value: '2024-05-12', approx: false } });

describe('the page’s publication date', () => {
  it('is the one the markup states, else the dateline’s', () => {
    expect(pageMeta(document, []).published).toBeUndefined();
    expect(pageMeta(document, [date()]).published).toBe('2024-05-12');
    document.head.innerHTML = '<meta property="article:published_time" content="2024-05-11T09:30:00+08:00">';
    expect(pageMeta(document, [date()]).published).toBe('2024-05-11');
    document.head.innerHTML = '';
    document.body.insertAdjacentHTML('beforeend', '<time datetime="2024-05-10">5月10日</time>');
    expect(pageMeta(document, []).published).toBe('2024-05-10');
  });
});

describe('a fact as an item', () => {
  it('carries the page, its offsets in the page text, selectors and its fact: sentence, measure, subject and period', () => {
    const text = page();
    const [item] = factItems(text, [money()], pageMeta(document, []));
    const start = text.text.indexOf('1.35亿元');
    expect(item).toMatchObject({
      url: document.URL.replace(/#.*$/, ''),
      title: '淄川区大棚蔬菜喜获丰收',
      text: '1.35亿元',
      annotation: { kind: 'figure', start, end: start + 6 },
      selectors: { quote: { exact: '1.35亿元', prefix: expect.stringMatching(/带动农户增收$/), suffix: '。\n龙泉镇台头村种植面积达1500多亩。' }, position: { start, end: start + 6 } },
      context: { placeCode: '370302000000', placeName: '淄川区' },
      fact: { sentence: '今年以来，淄川区新建冬暖式大棚120个，带动农户增收1.35亿元。', at: 26, measure: '带动农户增收', period: '2024', subject: { code: '370302000000', name: '淄川区', via: 'sentence' } },
      tags: [],
    });
  });
});
