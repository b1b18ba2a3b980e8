import { describe, expect, it } from 'vitest';
import { extractEnglishFigures } from '../../../lib/figures/en';

const figures = (text: string) =>
  extractEnglishFigures(text).map((a) => [a.text, a.figure.type, a.figure.value, a.figure.unit ?? null, a.figure.approx]);

describe('English figures', () => {
  it('reads money, percentages, ranks, measures and counts', () => {
    const text =
      "Zichuan's output reached 52.4 billion yuan in 2022, up 6.1% on the year and seventh in the province. " +
      'Nearly 4,200 households joined the scheme, which covers 1,500 square meters and cost $3.5 million.';
    expect(figures(text)).toEqual([
      ['52.4 billion yuan', 'money', 52400000000, 'CNY', false],
      ['2022', 'year', 2022, null, false],
      ['6.1%', 'percent', 6.1, '%', false],
      ['seventh', 'rank', 7, null, false],
      ['4,200 households', 'count', 4200, 'household', true],
      ['1,500 square meters', 'quantity', 1500, 'm2', false],
      ['$3.5 million', 'money', 3500000, 'USD', false],
    ]);
  });

  it('dates take the year from the dateline, not from compromise\'s today', () => {
    const text = 'ZIBO, June 2, 2021 — The fair opened on May 30 and runs for 12 days. Jobless rate fell 0.4 percentage points.';
    expect(figures(text)).toEqual([
      ['June 2, 2021', 'date', '2021-06-02', null, false],
      ['May 30', 'date', '2021-05-30', null, false],
      ['12 days', 'duration', 12, 'day', false],
      ['0.4 percentage points', 'percent', 0.4, 'pp', false],
    ]);
  });

  it('leaves a yearless date without a year when the text states none', () => {
    expect(figures('The market reopens on March 17.')).toEqual([['March 17', 'date', '--03-17', null, false]]);
  });

  it('keeps offsets exact', () => {
    const text = 'Over 2,000 people — about 35% — attended the 3rd forum.';
    for (const a of extractEnglishFigures(text)) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('English periods, counts and plans', () => {
  it('reads quarters, counts with modifiers, and does not take a planned year as the article\'s', () => {
    const text = 'Output in the first quarter of 2023 rose; 36 large ceramic firms joined on May 18. By 2030 the city aims higher.';
    expect(figures(text)).toEqual([
      ['first quarter of 2023', 'date', '2023-Q1', null, false],
      ['36 large ceramic firms', 'count', 36, 'firm', false],
      ['May 18', 'date', '2023-05-18', null, false],
      ['2030', 'year', 2030, null, false],
    ]);
    expect(figures('Sales rose on May 18. By 2030 the city aims higher.')[0]).toEqual(['May 18', 'date', '--05-18', null, false]);
  });
});

describe('English compound adjectives, headlines and lengths', () => {
  it('reads a scale and a count written as compound adjectives', () => {
    expect(figures('It built a 1.5-billion-yuan pig farm and a 400-space car park, with 40-odd staff.')).toEqual([
      ['1.5-billion-yuan', 'money', 1500000000, 'CNY', false],
      ['400-space', 'count', 400, 'space', false],
      ['40-odd staff', 'count', 40, 'staff', true],
    ]);
  });

  it('counts a capitalised noun in a title-case headline, but not a title in a sentence', () => {
    expect(figures("Hefei's EV Bet Pays Off as Output Tops 1.3 Million Units")).toEqual([['1.3 Million Units', 'count', 1300000, 'unit', false]]);
    expect(figures('It entered the Top 10 Cities list.')).toEqual([]);
    expect(figures('Singapore and Australia were the top three partners.')).toEqual([['top three', 'rank', 3, null, false]]);
  });

  it('reads "a fifth" after down or by as a share, and a stock index\'s number as its name', () => {
    expect(figures('Turnover is down a fifth on last summer; the FTSE 100 index rose to 8,433.76 points.')).toEqual([
      ['a fifth', 'ratio', 0.2, 'fraction', false],
      ['8,433.76 points', 'count', 8433.76, 'point', false],
    ]);
    expect(figures('It was settled by a third party.')).toEqual([]);
  });

  it('counts the noun after a singular word of time, and reads double and triple before a comparison as ratios', () => {
    expect(figures('It draws 1.5 million day visitors, double that of last year; sales could double to 150,000.')).toEqual([
      ['1.5 million day visitors', 'count', 1500000, 'visitor', false],
      ['double', 'ratio', 2, 'x', false],
      ['150,000', 'other', 150000, null, false],
    ]);
  });

  it('reads a glued m given again in feet as metres', () => {
    expect(figures('Storms washed away up to 4m (13ft) of dunes, and 4m people watched.')).toEqual([
      ['4m', 'quantity', 4, 'm', true],
      ['13ft', 'quantity', 13, 'ft', false],
      ['4m people', 'count', 4000000, 'person', false],
    ]);
  });

  it('reads an age written apart as its years, old outside the span as ago is, and one hyphened as one adjective whole', () => {
    expect(figures('The county is home to a tea tree about 800 years old and a 41-year-old grower.')).toEqual([
      ['800 years', 'duration', 800, 'year', true],
      ['41-year-old', 'other', 41, '岁', false],
    ]);
  });
});
