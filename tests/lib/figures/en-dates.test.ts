import { describe, expect, it } from 'vitest';
import { extractEnglishFigures } from '../../../lib/figures/en';
import { figureAt, figures } from './en-helpers';

describe('English dates', () => {
  it('reads month-first, day-first and abbreviated dates with their years', () => {
    const text = 'The plant opened on March 4, 2021, after work began on 12 May 2018 and the permit came on Sept 9th 2019.';
    expect(figures(text)).toEqual([
      ['March 4, 2021', 'date', '2021-03-04', null, false],
      ['12 May 2018', 'date', '2018-05-12', null, false],
      ['Sept 9th 2019', 'date', '2019-09-09', null, false],
    ]);
  });

  it('gives yearless dates the dateline\'s year, and "end of June" its month', () => {
    const text = 'CHANGSHA, Oct. 18, 2021 (Xinhua) -- The bridge will open by the end of June, and the survey ran from June 12-14. Inspectors visited on 5/17.';
    expect(figures(text)).toEqual([
      ['Oct. 18, 2021', 'date', '2021-10-18', null, false],
      ['end of June', 'date', '2021-06', null, false],
      ['June 12-14', 'date', '2021-06-12', null, false, '2021-06-14'],
      ['5/17', 'date', '2021-05-17', null, false],
    ]);
  });

  it('gives a yearless date after an attribution (", according to a poll") no year stated before the comma', () => {
    expect(figures('Growth may slow to 4.5% in 2025, according to a poll in mid-October. Sales fell in 2023, mostly in March.')).toEqual([
      ['4.5%', 'percent', 4.5, '%', false],
      ['2025', 'year', 2025, null, false],
      ['mid-October', 'date', '--10', null, false],
      ['2023', 'year', 2023, null, false],
      ['March', 'date', '2023-03', null, false],
    ]);
  });

  it('takes the article\'s year from an Updated line, and never from a year mentioned in passing', () => {
    expect(figures('By LI WEI | China Daily | Updated: 2021-03-04 07:31\nThe fair opens on June 12.')).toEqual([
      ['2021-03-04', 'date', '2021-03-04', null, false],
      ['June 12', 'date', '2021-06-12', null, false],
    ]);
    expect(figures('Prices rose in the year to June. Records began in 2006.')).toEqual([
      ['June', 'date', '--06', null, false],
      ['2006', 'year', 2006, null, false],
    ]);
  });

  it('reads a month alone after in or since, and keeps march and May-the-verb out', () => {
    expect(figures('Farmers will march on the capital. Prices have risen since March and may fall in July.')).toEqual([
      ['March', 'date', '--03', null, false],
      ['July', 'date', '--07', null, false],
    ]);
  });

  it("reads a reign's or a life's years in brackets after its name, of any age or length, not a bracketed range of amounts", () => {
    expect(figures('Kilns fired in the Song Dynasty (960-1279) and the Ming Dynasty (1368-1644); Su Shi (1037-1101) wrote of them.')).toEqual([
      ['960-1279', 'year', 960, null, false, 1279],
      ['1368-1644', 'year', 1368, null, false, 1644],
      ['1037-1101', 'year', 1037, null, false, 1101],
    ]);
    expect(figures('Prices (150-200) and scores (300-500) held.')).toEqual([]);
  });

  it('reads a day written alone as an ordinal as a day of the latest month named, never a floor or a time', () => {
    expect(figures('The library closed in October 2023. It reopens on the 21st, and fees fall by the 3rd.')).toEqual([
      ['October 2023', 'date', '2023-10', null, false],
      ['21st', 'date', '2023-10-21', null, false],
      ['3rd', 'date', '2023-10-03', null, false],
    ]);
    expect(figures('Bins are collected on the 2nd and the 16th. Offices on the 4th floor shut for the 3rd time.')).toEqual([
      ['2nd', 'date', '---02', null, false],
      ['16th', 'date', '---16', null, false],
    ]);
  });

  it('reads the first months of a year as a range of months, as 1-9月', () => {
    expect(figures('Exports rose in the first 10 months of 2024, after falling in the first eight months.')).toEqual([
      ['first 10 months of 2024', 'date', '2024-01', null, false, '2024-10'],
      ['first eight months', 'date', '2024-01', null, false, '2024-08'],
    ]);
  });

  it('reads a month after every or each as a date', () => {
    expect(figures('The fair is held every August and the count each May.')).toEqual([
      ['August', 'date', '--08', null, false],
      ['May', 'date', '--05', null, false],
    ]);
  });

  it('reads numeric dates', () => {
    expect(figures('The rule took effect on 2021-03-15 and was revised on 17/5/2022.')).toEqual([
      ['2021-03-15', 'date', '2021-03-15', null, false],
      ['17/5/2022', 'date', '2022-05-17', null, false],
    ]);
  });

  it('reads bare years, decades and ranges of years', () => {
    const text = 'Exports have grown since the 1990s; the plan for 2021-2025 builds on output in 2019.';
    expect(figures(text)).toEqual([
      ['1990s', 'year', 1990, null, false, 1999],
      ['2021-2025', 'year', 2021, null, false, 2025],
      ['2019', 'year', 2019, null, false],
    ]);
  });

  it('reads the end of a year as its December, and mid-, early or late before a year inside its span', () => {
    expect(figures('The line opened in mid-2021, trains ran from early 2022, and the second phase ends by the end of 2025.')).toEqual([
      ['mid-2021', 'year', 2021, null, false],
      ['early 2022', 'year', 2022, null, false],
      ['end of 2025', 'date', '2025-12', null, false],
    ]);
  });

  it('reads early, mid- or late before a decade inside its span', () => {
    expect(figures('Orders moved online in the late 2010s; the line opens by the early 2030s, as planned in the mid-1990s.')).toEqual([
      ['late 2010s', 'year', 2010, null, false, 2019],
      ['early 2030s', 'year', 2030, null, false, 2039],
      ['mid-1990s', 'year', 1990, null, false, 1999],
    ]);
  });

  it('joins two dates or two years with to or through into one range, as 2015年到2018年', () => {
    expect(figures('Output doubled from 2015 to 2018 and the plan runs 2021 through 2025; in 2019 and 2020 it fell.')).toEqual([
      ['2015 to 2018', 'year', 2015, null, false, 2018],
      ['2021 through 2025', 'year', 2021, null, false, 2025],
      ['2019', 'year', 2019, null, false],
      ['2020', 'year', 2020, null, false],
    ]);
    expect(figures('The fair ran from May 30 to June 2, 2021.')).toEqual([['May 30 to June 2, 2021', 'date', '2021-05-30', null, false, '2021-06-02']]);
    // the second end before the first: two dates
    expect(figures('He stayed from June 2 to May 30.')).toEqual([['June 2', 'date', '--06-02', null, false], ['May 30', 'date', '--05-30', null, false]]);
  });

  it('reads a season or fiscal year written with a slash as a range of years', () => {
    expect(figures('The council\'s budget for 2019/20 was cut, and 12/20 of the seats went to Labour.')).toEqual([
      ['2019/20', 'year', 2019, null, false, 2020],
      ['12/20', 'ratio', 0.6, 'fraction', false],
    ]);
  });

  it('reads a range of months as one date, as 1-11月', () => {
    expect(figures('BEIJING, Dec. 15, 2021 -- Output rose in the January-November period; sales in March-May 2020 fell.')).toEqual([
      ['Dec. 15, 2021', 'date', '2021-12-15', null, false],
      ['January-November', 'date', '2021-01', null, false, '2021-11'],
      ['March-May 2020', 'date', '2020-03', null, false, '2020-05'],
    ]);
  });

  it('reads the 18th century as other, unit century', () => {
    expect(figures('The temple dates from the 18th century.')).toEqual([['18th century', 'other', 18, 'century', false]]);
  });
});

describe('English quarters and halves', () => {
  it('reads quarters as periods, not ranks, with or without a hyphen or Q', () => {
    const text = 'Jiangsu\'s GDP grew 4.9 percent in the third quarter of 2021, while second-quarter profits fell and Q4 2021 looks weaker.';
    expect(figures(text)).toEqual([
      ['4.9 percent', 'percent', 4.9, '%', false],
      ['third quarter of 2021', 'date', '2021-Q3', null, false],
      ['second-quarter', 'date', '2021-Q2', null, false],
      ['Q4 2021', 'date', '2021-Q4', null, false],
    ]);
  });

  it('reads a year before the period, halves and the first three quarters', () => {
    const text = 'Output fell in the 1988 third quarter. In the first half of 2022 and the first three quarters, sales rose.';
    expect(figures(text)).toEqual([
      ['1988 third quarter', 'date', '1988-Q3', null, false],
      ['first half of 2022', 'date', '2022-H1', null, false],
      ['first three quarters', 'date', '2022-Q1', null, false, '2022-Q3'],
    ]);
  });
});

describe('English text never fails as a whole', () => {
  it('annotates the rest of a text around the sentence that once stopped the command line', () => {
    const text = 'Shipments rose 12 percent in the 1988 third quarter. Weifang exported 3,000 tonnes of garlic.';
    expect(figureAt(text, '12 percent')).toEqual(['12 percent', 'percent', 12, '%', false]);
    expect(figureAt(text, '3,000 tonnes')).toEqual(['3,000 tonnes', 'quantity', 3000, 't', false]);
  });

  it('reads a fiscal year written FY with its digits, and FY2023/24 as a range of years', () => {
    expect(figures('Profits for FY23 rose, the FY2023/24 budget was cut and the target is FY2026; FYI 2 firms left.')).toEqual([
      ['FY23', 'year', 2023, null, false],
      ['FY2023/24', 'year', 2023, null, false, 2024],
      ['FY2026', 'year', 2026, null, false],
      ['2 firms', 'count', 2, 'firm', false],
    ]);
  });

  it('reads 3/5/2021 day first in a text written where dates go so (pounds, per cent, a day above 12), month first otherwise', () => {
    expect(figureAt('The notice, dated 3/5/2021, cost £40.', '3/5/2021')).toEqual(['3/5/2021', 'date', '2021-05-03', null, false]);
    expect(figureAt('The notice, dated 3/5/2021, was served on 14/2/2022.', '3/5/2021')).toEqual(['3/5/2021', 'date', '2021-05-03', null, false]);
    expect(figureAt('The notice, dated 3/5/2021, cost $40.', '3/5/2021')).toEqual(['3/5/2021', 'date', '2021-03-05', null, false]);
  });

  it('reads a day written as an ordinal word or after "the" beside its month (May the 3rd, May third, the third of May), never a share of a month', () => {
    expect(figures('It began on May the 3rd, resumed on the third of May and ended on June twenty-first; a third of May\'s rain fell.')).toEqual([
      ['May the 3rd', 'date', '--05-03', null, false],
      ['third of May', 'date', '--05-03', null, false],
      ['June twenty-first', 'date', '--06-21', null, false],
      ['a third', 'ratio', 1 / 3, 'fraction', false],
      ['May', 'date', '--05', null, false],
    ]);
    expect(figures('In May the first shipments came.')).toEqual([['May', 'date', '--05', null, false]]);
  });

  it('reads dotted dates day first, year-first dates with slashes, and a month with an apostrophe year', () => {
    expect(figures('Sales fell on 03.05.2021, on 2021/05/03 and in May \'21; pi is 3.14159.')).toEqual([
      ['03.05.2021', 'date', '2021-05-03', null, false],
      ['2021/05/03', 'date', '2021-05-03', null, false],
      ["May '21", 'date', '2021-05', null, false],
      ['3.14159', 'other', 3.14159, null, false],
    ]);
  });

  it('keeps offsets exact around odd characters', () => {
    const text = 'Prices rose 5%\u00a0— about $3\u200b million — on 4/31 and 12/12/12.\ud800 In 2020s…';
    for (const a of extractEnglishFigures(text)) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('English dates, round 10 (batch H)', () => {
  it("reads a decade in two digits with its apostrophe, or after the, as of the 1900s ('00s and '10s of the 2000s), never a temperature or an age", () => {
    expect(figures("Hits of the '80s, the mid-'90s and the late ’70s came back, as did the 60s and the '00s.")).toEqual([
      ["'80s", 'year', 1980, null, false, 1989],
      ["mid-'90s", 'year', 1990, null, false, 1999],
      ['late ’70s', 'year', 1970, null, false, 1979],
      ['60s', 'year', 1960, null, false, 1969],
      ["'00s", 'year', 2000, null, false, 2009],
    ]);
    expect(figures('Highs in the 80s, temperatures dropping from the 80s to the 50s; she is in her 80s.').filter((r) => r[1] === 'year')).toEqual([]);
  });

  it('reads a run of quarters as one period (Q1-Q2 2023), but no other pair (H1-H2 keeps its first, Q2-Q1 too)', () => {
    expect(figures('Sales rose in Q1-Q2 2023 and in Q1–Q3 2022.')).toEqual([
      ['Q1-Q2 2023', 'date', '2023-Q1', null, false, '2023-Q2'],
      ['Q1–Q3 2022', 'date', '2022-Q1', null, false, '2022-Q3'],
    ]);
    expect(figures('Sales rose in Q3-Q1 2023.')[0]?.[0]).toBe('Q3');
  });

  it('reads a day as any ordinal word the number words make (the twenty-first of March, the thirty-first), with or without digits in the sentence, never the forty-first of May', () => {
    expect(figures('CHANGSHA, Oct. 18, 2021 (Xinhua) -- Work starts on the twenty-first of March and ends on May thirty-first.').slice(1)).toEqual([
      ['twenty-first of March', 'date', '2021-03-21', null, false],
      ['May thirty-first', 'date', '2021-05-31', null, false],
    ]);
    expect(figures('It was the forty-first of May.').filter((r) => r[1] === 'date' && /forty/.test(r[0]))).toEqual([]);
  });
});

describe('English centuries, round 10 (batch I)', () => {
  it('reads a century after the indefinite article (a 19th century farmhouse), where a third runway ranks nothing', () => {
    expect(figures('A 19th century farmhouse stands by a third runway.')).toEqual([['19th century', 'other', 19, 'century', false]]);
  });
});

describe('English dates: quarters named by the month that ends them', () => {
  it('reads the June and September quarters of Australian reports as Q2 and Q3, not June as a month', () => {
    expect(figureAt('BHP shipped 70 million tonnes in the June quarter.', 'June quarter')).toEqual(['June quarter', 'date', '--Q2', null, false]);
    expect(figureAt('Output fell in the December quarter 2022.', 'December quarter 2022')).toEqual(['December quarter 2022', 'date', '2022-Q4', null, false]);
    // a month and a quarter in sentences of their own stay a month
    expect(figures('She left in June. The quarter was weak.')).toEqual([['June', 'date', '--06', null, false]]);
  });
});

describe('English dates: decades in words', () => {
  it('reads a decade in words after "the" as the years of the decade, its part and its hundreds inside the span', () => {
    expect(figures('The firm was founded in the early nineteen-nineties.')).toEqual([['early nineteen-nineties', 'year', 1990, null, false, 1999]]);
    expect(figures('Rates last rose this fast in the mid-eighties.')).toEqual([['mid-eighties', 'year', 1980, null, false, 1989]]);
    expect(figures('Prices doubled in the twenty-twenties.')).toEqual([['twenty-twenties', 'year', 2020, null, false, 2029]]);
  });

  it('reads no decade after a possessive (an age), without "the", or after a word of temperature', () => {
    expect(figures('She is in her forties.')).toEqual([]);
    expect(figures('Nineties music is back.')).toEqual([]);
    expect(figures('Highs will be in the nineties this week.')).toEqual([]);
  });
});
