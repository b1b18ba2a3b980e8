import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/annotation';
import { figureWords } from '../../../lib/format/figure-words';

const figure = (type: Figure['type'], value: Figure['value'], more: Partial<Figure> = {}): Figure => ({ type, value, approx: false, ...more });

describe('figureWords in English', () => {
  it.each<[Figure, string]>([
    [figure('money', 364240000000, { unit: 'CNY' }), '364,240,000,000 CNY (364.24 billion)'],
    [figure('money', 2600, { unit: 'CNY', approx: true }), '2,600 CNY'],
    [figure('money', 150000, { unit: 'USD' }), '150,000 USD (150 thousand)'],
    [figure('percent', 4.6, { unit: '%' }), '4.6%'],
    [figure('percent', 1.2, { unit: 'pp' }), '1.2 percentage points'],
    [figure('count', 86349, { unit: '户' }), '86,349 households (86.35 thousand)'],
    [figure('count', 126, { unit: '户' }), '126 households'],
    [figure('count', 1, { unit: '人' }), '1 person'],
    [figure('count', 21483, { unit: '人' }), '21,483 people (21.48 thousand)'],
    // a classifier that only counts, and one the table lacks: the number alone, no Chinese word
    [figure('count', 3000, { unit: '个', approx: true }), '3,000'],
    [figure('count', 12, { unit: '坨' }), '12'],
    [figure('quantity', 1500, { unit: 'm2', approx: true }), '1,500 m²'],
    [figure('quantity', 2, { unit: 'mu', high: 3 }), '2 – 3 mu'],
    [figure('quantity', 865000, { unit: 't' }), '865,000 t (865 thousand)'],
    [figure('quantity', 12, { unit: 'furlong' }), '12 furlong'],
    [figure('duration', 1, { unit: 'day' }), '1 day'],
    [figure('duration', 3, { unit: 'month' }), '3 months'],
    [figure('rank', 7), 'No. 7'],
    [figure('year', 2026), '2026'],
    [figure('year', 2021, { high: 2025 }), '2021 – 2025'],
    [figure('ratio', 0.333333, { unit: 'x' }), '0.3333 times'],
    [figure('other', 42), '42'],
  ])('%o reads %s', (f, words) => {
    expect(figureWords(f, 'en')).toBe(words);
  });

  it.each<[string, string]>([
    ['2019-09-05', '2019-09-05 (September 5, 2019)'],
    ['2019-09', '2019-09 (September 2019)'],
    ['2020-Q1', '2020-Q1 (Q1 2020)'],
    ['2020-H2', '2020-H2 (second half of 2020)'],
    ['--03-17', 'March 17 (year not stated)'],
    ['--02-29', 'February 29 (year not stated)'],
    ['2019', '2019'],
  ])('the date %s reads %s', (value, words) => {
    expect(figureWords(figure('date', value), 'en')).toBe(words);
  });

  it('writes a range of dates as both ends', () => {
    expect(figureWords(figure('date', '2023-03', { high: '2023-05' }), 'en')).toBe('2023-03 – 2023-05 (March 2023 – May 2023)');
  });
});

describe('figureWords in Chinese', () => {
  it.each<[Figure, string]>([
    [figure('money', 364240000000, { unit: 'CNY' }), '364,240,000,000 CNY（3642.4亿）'],
    [figure('quantity', 2, { unit: 'mu', high: 3 }), '2 – 3亩'],
    [figure('percent', 9.5, { unit: 'pp' }), '9.5个百分点'],
    [figure('rank', 7), '第7'],
    [figure('count', 21483, { unit: '人' }), '21,483人（2.15万）'],
    [figure('date', '2019-09-05'), '2019-09-05（2019年9月5日）'],
    [figure('date', '2020-Q1'), '2020-Q1（2020年第1季度）'],
    [figure('date', '2020-H1'), '2020-H1（2020年上半年）'],
  ])('%o reads %s', (f, words) => {
    expect(figureWords(f, 'zh')).toBe(words);
  });
});
