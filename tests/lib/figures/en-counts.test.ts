import { describe, expect, it } from 'vitest';
import { figures } from './en-helpers';

describe('English counts', () => {
  it('spans the number and its counted noun, unit in the singular', () => {
    const text = 'More than 3,000 teachers and 120 households in two villages joined, as did 36 large ceramic firms and 27 coal mines.';
    expect(figures(text)).toEqual([
      ['3,000 teachers', 'count', 3000, 'teacher', true],
      ['120 households', 'count', 120, 'household', false],
      ['two villages', 'count', 2, 'village', false],
      ['36 large ceramic firms', 'count', 36, 'firm', false],
      ['27 coal mines', 'count', 27, 'mine', false],
    ]);
  });

  it('counts people and keeps "or so" inside the span', () => {
    expect(figures('Three people died and 100 or so residents left; 1.41 billion people live in China.')).toEqual([
      ['Three people', 'count', 3, 'person', false],
      ['100 or so residents', 'count', 100, 'resident', true],
      ['1.41 billion people', 'count', 1.41e9, 'person', false],
    ]);
  });

  it('reads a school year or a grade before a noun as a label, and ages as a range', () => {
    expect(figures('Year 6 pupils and Grade 3 students aged 11 to 16 joined 40 teachers.')).toEqual([
      ['11 to 16', 'other', 11, '岁', false, 16],
      ['40 teachers', 'count', 40, 'teacher', false],
    ]);
  });

  it('keeps -odd and -plus glued to the number inside the span, as approximations', () => {
    expect(figures('The club has 9,000-odd members and a 2,000-plus staff list; 40-odd years ago it had none.')).toEqual([
      ['9,000-odd members', 'count', 9000, 'member', true],
      ['2,000-plus staff', 'count', 2000, 'staff', true],
      ['40-odd years', 'duration', 40, 'year', true],
    ]);
  });

  it('leaves out one in words, referential counts and titles', () => {
    expect(figures('One official said the two countries and both sides agreed. The city is among the Top 10 Cities.')).toEqual([]);
  });

  it('reads a year after in as a year, not a count of what follows', () => {
    expect(figures('In 2019 farmers earned more.')).toEqual([['2019', 'year', 2019, null, false]]);
  });
});

describe('English partitive counts', () => {
  it('counts the noun of "Of the 70 cities surveyed," with the number alone, where no plural follows it', () => {
    expect(figures('Of the 70 cities surveyed, 57 reported month-on-month declines. Of the 12 schools, 9 pupils left.')).toEqual([
      ['70 cities', 'count', 70, 'city', false],
      ['57', 'count', 57, 'city', false],
      ['12 schools', 'count', 12, 'school', false],
      ['9 pupils', 'count', 9, 'pupil', false],
    ]);
  });
});

describe('English ranks and ordinals', () => {
  it('reads ranks and the ordinal of second-largest', () => {
    const text = 'Shandong ranked third in the country, Dongguan is the province\'s second-largest city and Heilongjiang came first nationwide.';
    expect(figures(text)).toEqual([
      ['third', 'rank', 3, null, false],
      ['second', 'rank', 2, null, false],
      ['first', 'rank', 1, null, false],
    ]);
  });

  it('reads an ordinal before a time in a streak as a rank (the eighth year in a row), the time alone not', () => {
    expect(figures('Its brand ranked first for the eighth year in a row, and exports rose for a third month running; the second year was harder.')).toEqual([
      ['first', 'rank', 1, null, false],
      ['eighth', 'rank', 8, null, false],
      ['third', 'rank', 3, null, false],
    ]);
  });

  it('reads "the first province to" as a rank', () => {
    expect(figures('Zhejiang was the first province to publish the data.')).toEqual([['first', 'rank', 1, null, false]]);
  });

  it('leaves out session ordinals, numbered plans, phases and "the first time"', () => {
    const text = 'The fifth plenary session of the 19th Central Committee adopted the 14th Five-Year Plan; the first phase opened for the first time. First, a first-hand account.';
    expect(figures(text)).toEqual([]);
  });

  it('leaves out an ordinal after "a" (a second home, a third runway), which ranks nothing', () => {
    expect(figures('One in four homes is a second home, and a third runway is planned; the town came fourth.')).toEqual([
      ['One in four', 'ratio', 0.25, 'fraction', false],
      ['fourth', 'rank', 4, null, false],
    ]);
  });

  it('counts plurals in -men (craftsmen, fishermen), never a word that only ends so', () => {
    expect(figures('The workshop employs 26 craftsmen, the port 140 fishermen, and the lab keeps 3 specimen jars.')).toEqual([
      ['26 craftsmen', 'count', 26, 'craftsman', false],
      ['140 fishermen', 'count', 140, 'fisherman', false],
      ['3 specimen jars', 'count', 3, 'jar', false],
    ]);
  });

  it('counts the plural of an acronym (HGVs, SMEs), capitalised as it is', () => {
    expect(figures('About 4,000 HGVs queued and 300 SMEs closed.')).toEqual([
      ['4,000 HGVs', 'count', 4000, 'HGV', true],
      ['300 SMEs', 'count', 300, 'SME', false],
    ]);
  });

  it('leaves out numbers in a short quoted label, but not a quoted figure', () => {
    expect(figures('He praised "one country, two systems" and the "four elephants, eight bulls" of the silk trade, and set growth of "around 5%".')).toEqual([
      ['5%', 'percent', 5, '%', true],
    ]);
  });

  it('reads the numbers of a short quote that is reported speech', () => {
    expect(figures('"I come here three or four times a year," said Ahmed.')).toEqual([['three or four times', 'count', 3, 'time', false, 4]]);
  });
});

describe('English top ranks', () => {
  it('reads "top 10" as a rank, but not a title', () => {
    expect(figures('Jinan ranked among the top 10 in the country; it is not among the Top 20 Cities.')).toEqual([['top 10', 'rank', 10, null, false]]);
  });
});

describe('English numbers that are not figures', () => {
  it('leaves out digits glued to letters that are no unit (5G, 4K)', () => {
    expect(figures('The 5G network reached 300 cities and 4K screens sold well.')).toEqual([['300 cities', 'count', 300, 'city', false]]);
  });

  it('leaves out times of day, labels, names with digits and ages keep their unit', () => {
    const text = 'At 10:30 am on Route 66, a G20 delegate said COVID-19 rules ended; the 70-year-old fisherman, aged 45 at the time, agreed.';
    expect(figures(text)).toEqual([
      ['70-year-old', 'other', 70, '岁', false],
      ['45', 'other', 45, '岁', false],
    ]);
  });

  it('counts a number in words before a hyphen and a singular noun, not before an adjective or a word of a system', () => {
    expect(figures('They levelled the five-match series and bought a four-room flat in a three-pronged plan for a two-tier system.')).toEqual([
      ['five-match', 'count', 5, 'match', false],
      ['four-room', 'count', 4, 'room', false],
    ]);
  });

  it("leaves out the numbers of America's interstates and of avenues, but not a count after them", () => {
    expect(figures('Crews will repave Route 70 between Interstate 295 and Tampines Avenue 9 for 12 weeks.')).toEqual([['12 weeks', 'duration', 12, 'week', false]]);
  });

  it('counts the things named after "of" (six of eight stations, two of them), never one of', () => {
    expect(figures('Six of eight stations closed, and two of them will not reopen; one of the lines runs.')).toEqual([
      ['Six', 'count', 6, null, false],
      ['eight stations', 'count', 8, 'station', false],
      ['two', 'count', 2, null, false],
    ]);
  });

  it('leaves out the ordinal of a match\'s minute or a birthday', () => {
    expect(figures('Smith equalised in the 90th minute, on his 25th birthday, as City came third.')).toEqual([['third', 'rank', 3, null, false]]);
  });

  it('reads a range of ages written in words and digits', () => {
    expect(figures('Children aged three to 16 and adults aged 18 to sixty took part.')).toEqual([
      ['three to 16', 'other', 3, '岁', false, 16],
      ['18 to sixty', 'other', 18, '岁', false, 60],
    ]);
  });

  it('leaves out a motorway junction\'s number', () => {
    expect(figures('Lorries queued between junction 12 and exit 14 for 3 miles.')).toEqual([['3 miles', 'quantity', 3, 'mi', false]]);
  });

  it('counts people after a verb of harm or hiring and after a crowd of, their noun unsaid', () => {
    expect(figures('The crash killed three and injured 12; a crowd of 61,500 watched, and the quake killed one.')).toEqual([
      ['three', 'count', 3, null, false],
      ['12', 'count', 12, null, false],
      ['61,500', 'count', 61500, null, false],
    ]);
  });

  it('counts a bare number after from or than with the noun of a count before it, not past a rate', () => {
    expect(figures('The firm sold 300 cars, up from 250. The index of 500 stocks fell 2% from 3,000.')).toEqual([
      ['300 cars', 'count', 300, 'car', false],
      ['250', 'count', 250, 'car', false],
      ['500 stocks', 'count', 500, 'stock', false],
      ['2%', 'percent', 2, '%', false],
      ['3,000', 'other', 3000, null, false],
    ]);
  });

  it('ranks an ordinal before a name after an owner or before a streak, where a name alone keeps it', () => {
    expect(figures('He won his 24th Grand Slam title, the club\'s third FA Cup and a fifth straight win; he lives on Fifth Avenue.')).toEqual([
      ['24th', 'rank', 24, null, false],
      ['third', 'rank', 3, null, false],
      ['fifth', 'rank', 5, null, false],
    ]);
  });

  it('counts things after "more" between the number and its noun, where "more than" counts nothing of its own', () => {
    expect(figures('Three more villages opened guesthouses, and two more stations will open.')).toEqual([
      ['Three more villages', 'count', 3, 'village', false],
      ['two more stations', 'count', 2, 'station', false],
    ]);
    expect(figures('Sales were 5 more than a year before.')).toEqual([['5', 'other', 5, null, false]]);
  });
});
