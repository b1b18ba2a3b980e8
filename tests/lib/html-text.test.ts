import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/html-text';

describe('htmlToText', () => {
  const text = htmlToText(readFileSync(new URL('../fixtures/county-news.html', import.meta.url), 'utf8'));

  it('lays out block elements on lines of their own and joins inline elements', () => {
    expect(text.split('\n')).toEqual([
      '首页 本地',
      '高青县上半年农业增加值增长6.8%',
      '本报记者 王晓东　通讯员 李敏',
      '今年以来，高青县新建高标准农田1.2万亩，带动3200户农户增收。',
      '全县蔬菜种植面积达到4500多亩，',
      '年产值超过2.6亿元。',
      '新增合作社46家',
      '培训农民1800人次',
    ]);
  });

  it('leaves out what a reader never sees', () => {
    expect(text).not.toContain('999');
    expect(text).not.toContain('888');
    expect(text).not.toContain('views');
    expect(text).not.toContain('color:red');
    expect(text).not.toContain('县域经济');
  });

  it('decodes entities and survives malformed markup', () => {
    expect(htmlToText('<p>增长&nbsp;5&#37;</p><div><p>未闭合<b>粗体')).toBe('增长\u00a05%\n未闭合粗体');
    expect(htmlToText('')).toBe('');
  });
});
