import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/annotation';
import { formatFigureValue } from '../../../lib/summary/figure-value';

const f = (figure: Partial<Figure> & Pick<Figure, 'type' | 'value'>): Figure => ({ approx: false, ...figure });

describe('formatFigureValue', () => {
  it('writes money with its currency', () => {
    expect(formatFigureValue(f({ type: 'money', value: 364240000000, unit: 'CNY' }), 'zh')).toBe('¥364,240,000,000');
    expect(formatFigureValue(f({ type: 'money', value: 2.5e6, unit: 'USD' }), 'en')).toBe('$2,500,000');
    expect(formatFigureValue(f({ type: 'money', value: 12.345, unit: 'CNY' }), 'en')).toBe('¥12.35');
  });

  it('writes percentages and percentage points', () => {
    expect(formatFigureValue(f({ type: 'percent', value: 12.5, unit: '%' }), 'en')).toBe('12.5%');
    expect(formatFigureValue(f({ type: 'percent', value: 1.2, unit: 'pp' }), 'zh')).toBe('1.2个百分点');
    expect(formatFigureValue(f({ type: 'percent', value: 1.2, unit: 'pp' }), 'en')).toBe('1.2 percentage points');
  });

  it('writes units in the UI language where it has words for them, else the code', () => {
    expect(formatFigureValue(f({ type: 'quantity', value: 1500, unit: 'mu' }), 'zh')).toBe('1,500亩');
    expect(formatFigureValue(f({ type: 'quantity', value: 1500, unit: 'm2' }), 'en')).toBe('1,500 m²');
    expect(formatFigureValue(f({ type: 'quantity', value: 3, unit: 'MW' }), 'zh')).toBe('3 MW');
    expect(formatFigureValue(f({ type: 'count', value: 86349, unit: '户' }), 'zh')).toBe('86,349户');
    expect(formatFigureValue(f({ type: 'duration', value: 1, unit: 'day' }), 'en')).toBe('1 day');
    expect(formatFigureValue(f({ type: 'duration', value: 3, unit: 'day' }), 'en')).toBe('3 days');
    expect(formatFigureValue(f({ type: 'duration', value: 3, unit: 'month' }), 'zh')).toBe('3个月');
  });

  it('writes ranks, years and dates as readers write them', () => {
    expect(formatFigureValue(f({ type: 'rank', value: 7 }), 'zh')).toBe('第7');
    expect(formatFigureValue(f({ type: 'rank', value: 7 }), 'en')).toBe('No. 7');
    expect(formatFigureValue(f({ type: 'year', value: 2019 }), 'en')).toBe('2019');
    expect(formatFigureValue(f({ type: 'date', value: '2019-09-05' }), 'zh')).toBe('2019-09-05');
    expect(formatFigureValue(f({ type: 'date', value: '--03-17' }), 'zh')).toBe('03-17（年份未注明）');
  });

  it('writes ranges and approximate values', () => {
    expect(formatFigureValue(f({ type: 'quantity', value: 2, high: 3, unit: 'mu' }), 'zh')).toBe('2亩至3亩');
    expect(formatFigureValue(f({ type: 'count', value: 1500, unit: '人', approx: true }), 'zh')).toBe('约1,500人');
    expect(formatFigureValue(f({ type: 'count', value: 1500, unit: '人', approx: true }), 'en')).toBe('about 1,500人');
  });
});
