import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/annotation';
import { figureWords } from '../../../lib/format/figure-words';
import { formatFigureValue } from '../../../lib/summary/figure-value';

const f = (figure: Partial<Figure> & Pick<Figure, 'type' | 'value'>): Figure => ({ approx: false, ...figure });

describe('formatFigureValue', () => {
  it('is the figure in plain words', () => {
    const money = f({ type: 'money', value: 364240000000, unit: 'CNY' });
    expect(formatFigureValue(money, 'zh')).toBe(figureWords(money, 'zh'));
    expect(formatFigureValue(money, 'en')).toContain('364,240,000,000');
  });

  it('marks an approximate figure in the UI language', () => {
    const households = f({ type: 'count', value: 1800, unit: '户', approx: true });
    expect(formatFigureValue(households, 'zh')).toBe('约1,800户');
    expect(formatFigureValue(households, 'en')).toBe('about 1,800 households');
  });
});
