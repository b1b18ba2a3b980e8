import { describe, expect, it } from 'vitest';
import { figures } from './en-helpers';

describe('English units', () => {
  it('reads imperial and metric units, plural or singular', () => {
    const text = 'The storm dropped 20 inches of rain, crews pumped 8,000 gallons a minute, the wall stands 4 feet high and the truck carried 12 metric tons and 85 lbs of tools.';
    expect(figures(text)).toEqual([
      ['20 inches', 'quantity', 20, 'in', false],
      ['8,000 gallons', 'quantity', 8000, 'gal', false],
      ['4 feet', 'quantity', 4, 'ft', false],
      ['12 metric tons', 'quantity', 12, 't', false],
      ['85 lbs', 'quantity', 85, 'lb', false],
    ]);
  });

  it('reads a measure in two units as one figure in the larger: feet and inches, pounds and ounces', () => {
    expect(figures('The hedge must be cut to 4ft 3in, the goalkeeper is 6 ft 2 inches tall and the twins weighed 5lb 8oz; the wall is 2ft in places.')).toEqual([
      ['4ft 3in', 'quantity', 4.25, 'ft', false],
      ['6 ft 2 inches', 'quantity', 6 + 2 / 12, 'ft', false],
      ['5lb 8oz', 'quantity', 5.5, 'lb', false],
      ['2ft', 'quantity', 2, 'ft', false],
    ]);
  });

  it('reads a race time as one duration in its first unit: minutes and seconds in words or with a colon, hours with two colons', () => {
    expect(figures('Kerr won in 7 minutes 42.98 seconds, short of the 3:26.73 he ran last year; the marathon was won in 2:05:30 and the relay took 2 hours 30 minutes.')).toEqual([
      ['7 minutes 42.98 seconds', 'duration', 7 + 42.98 / 60, 'min', false],
      ['3:26.73', 'duration', Number((3 + 26.73 / 60).toPrecision(12)), 'min', false],
      ['2:05:30', 'duration', Number((2 + 5 / 60 + 30 / 3600).toPrecision(12)), 'h', false],
      ['2 hours 30 minutes', 'duration', 2.5, 'h', false],
    ]);
    expect(figures('The meeting starts at 10:30 on Monday.')).toEqual([]);
    // scored twice as Manchester City won: no comparison, so a count of times
    expect(figures('Haaland scored twice as Manchester City won, and prices are twice as high.')).toEqual([
      ['twice', 'count', 2, 'time', false],
      ['twice', 'ratio', 2, 'x', false],
    ]);
  });

  it('reads no length from a distance that names a race, and no figure from a route\'s number', () => {
    expect(figures("She won the women's 1500m and the 400m, took the 800m title and ran beside the 300m-long bridge.")).toEqual([
      ['300m', 'quantity', 300, 'm', false],
    ]);
    expect(figures('Riders said the 77 service and the 2 Crosstown line were full, while the 16 bus ran every 90 minutes.')).toEqual([['90 minutes', 'duration', 90, 'min', false]]);
    expect(figures('Lyles won the 100 metres in 9.83 seconds; the road runs 100 metres to the sea.')).toEqual([
      ['9.83 seconds', 'duration', 9.83, 's', false],
      ['100 metres', 'quantity', 100, 'm', false],
    ]);
  });

  it('reads a storm\'s category as a grade, temperatures in Celsius and Fahrenheit words or after from and around, and wind in metres per second', () => {
    expect(figures('The Category 4 hurricane brought winds of 33 meters per second; highs of 43 Celsius (110 Fahrenheit) will fall from 36 C to around 29 C.')).toEqual([
      ['Category 4', 'other', 4, 'category', false],
      ['33 meters per second', 'quantity', 33, 'm/s', false],
      ['43 Celsius', 'quantity', 43, '°C', false],
      ['110 Fahrenheit', 'quantity', 110, '°F', false],
      ['36 C', 'quantity', 36, '°C', false],
      ['29 C', 'quantity', 29, '°C', true],
    ]);
  });

  it('reads "top" before a number as a rank only after an article or at a phrase\'s start; after a noun or a verb it is a verb', () => {
    expect(figures('Cases top 2,000 and highs could top 115 degrees; the city is in the top 10 and top three firms gained.')).toEqual([
      ['2,000', 'other', 2000, null, false],
      ['115 degrees', 'quantity', 115, '°', false],
      ['top 10', 'rank', 10, null, false],
      ['top three', 'rank', 3, null, false],
    ]);
  });

  it('reads no figure from the base of a rate after per, and counts cases of a disease whose name ends in s', () => {
    expect(figures('The region reported 351 cases per 100,000 people, and 2,168 measles cases in all; coverage among two-year-olds is 70%.')).toEqual([
      ['351 cases', 'count', 351, 'case', false],
      ['2,168 measles cases', 'count', 2168, 'case', false],
      ['two-year-olds', 'other', 2, '岁', false],
      ['70%', 'percent', 70, '%', false],
    ]);
  });

  it('reads hyphenated measures before a noun: 5-inch, 300-foot, 12.6-kilometer', () => {
    expect(figures('Workers laid 5-inch pipes under a 300-foot bridge beside a 12.6-kilometer canal.')).toEqual([
      ['5-inch', 'quantity', 5, 'in', false],
      ['300-foot', 'quantity', 300, 'ft', false],
      ['12.6-kilometer', 'quantity', 12.6, 'km', false],
    ]);
  });

  it('reads areas, mu, hectares, energy and rainfall in mm', () => {
    const text = 'Gansu built 45 square kilometres of terraces on 1.5 million mu (100,000 hectares); the farm makes 260 million kWh and rain averages 400 mm.';
    expect(figures(text)).toEqual([
      ['45 square kilometres', 'quantity', 45, 'km2', false],
      ['1.5 million mu', 'quantity', 1.5e6, 'mu', false],
      ['100,000 hectares', 'quantity', 100000, 'ha', false],
      ['260 million kWh', 'quantity', 2.6e8, 'kWh', false],
      ['400 mm', 'quantity', 400, 'mm', false],
    ]);
  });
});

describe('English durations and ranges', () => {
  it('reads decades as years and spans of time', () => {
    expect(figures('It was the lowest rate in four decades, and the scheme will run for 18 months.')).toEqual([
      ['four decades', 'duration', 40, 'year', false],
      ['18 months', 'duration', 18, 'month', false],
    ]);
  });

  it('reads a hyphenated span of time, but not in the name of a plan', () => {
    expect(figures('The province adopted a five-year plan and a three-year action plan for the three-day fair.')).toEqual([
      ['three-day', 'duration', 3, 'day', false],
    ]);
  });

  it('reads ranges in words and digits with their unit', () => {
    const text = 'Seedlings need two to four weeks; each family plants three to five hectares and prices rose 5-10 percent.';
    expect(figures(text)).toEqual([
      ['two to four weeks', 'duration', 2, 'week', false, 4],
      ['three to five hectares', 'quantity', 3, 'ha', false, 5],
      ['5-10 percent', 'percent', 5, '%', false, 10],
    ]);
  });

  it('reads "between 5 and 10 percent" as a range, and two years after between as years', () => {
    expect(figures('Prices rose between 5 and 10 percent; between 2015 and 2019 output doubled.')).toEqual([
      ['5 and 10 percent', 'percent', 5, '%', false, 10],
      ['2015', 'year', 2015, null, false],
      ['2019', 'year', 2019, null, false],
    ]);
  });

  it('gives the low end of a range the high end\'s scale', () => {
    expect(figures('The project needs two to three million yuan.')).toEqual([['two to three million yuan', 'money', 2e6, 'CNY', false, 3e6]]);
  });

  it('does not read a score or a vote as a range', () => {
    expect(figures('The bill passed by a vote of 69-30.')).toEqual([]);
  });
});

describe('English rates and spans of one', () => {
  it('reads a unit per second or per hour as one unit, never "second" as a rank', () => {
    expect(figures('The flow peaked at 1,000 cubic meters per second as winds reached 90 km per hour.')).toEqual([
      ['1,000 cubic meters per second', 'quantity', 1000, 'm3/s', false],
      ['90 km per hour', 'quantity', 90, 'km/h', false],
    ]);
  });

  it('leaves out one hour or one day written in words, as 一天, but keeps one tonne', () => {
    expect(figures('Rain fell for one hour and the road shut for one day; one tonne of aid arrived.')).toEqual([['one tonne', 'quantity', 1, 't', false]]);
  });
});

describe('English fractions and multiples', () => {
  it('reads fractions as ratios with a decimal value', () => {
    const text = 'About one-sixth of firms cut jobs, two-thirds raised prices and nearly half of the land is farmed.';
    expect(figures(text)).toEqual([
      ['one-sixth', 'ratio', 1 / 6, 'fraction', true],
      ['two-thirds', 'ratio', 2 / 3, 'fraction', false],
      ['half', 'ratio', 0.5, 'fraction', true],
    ]);
  });

  it('reads "a fifth" after "by" as a share, and "a third party" as no figure', () => {
    expect(figures('The town has grown by a fifth since 2001, and bus fares were cut by a quarter.')).toEqual([
      ['a fifth', 'ratio', 0.2, 'fraction', false],
      ['2001', 'year', 2001, null, false],
      ['a quarter', 'ratio', 0.25, 'fraction', false],
    ]);
    expect(figures('The survey was run by a third party.')).toEqual([]);
  });

  it('reads "a quarter" compared with another share (against, from, to) as a share, not "over a quarter century" nor "to a third party"', () => {
    expect(figures('Renters are two-fifths of households, against a quarter in 2001; it rose from a fifth to a third.')).toEqual([
      ['two-fifths', 'ratio', 0.4, 'fraction', false],
      ['a quarter', 'ratio', 0.25, 'fraction', false],
      ['2001', 'year', 2001, null, false],
      ['a fifth', 'ratio', 0.2, 'fraction', false],
      ['a third', 'ratio', 0.3333333333333333, 'fraction', false],
    ]);
    expect(figures('The data went to a third party over a quarter century.')).toEqual([]);
  });

  it('reads a share of a number (one in four, two out of three, 1 in 20) as a fraction, never one in a year', () => {
    expect(figures('One in four households and two out of three firms said 1 in 20 loans failed in 2022.')).toEqual([
      ['One in four', 'ratio', 0.25, 'fraction', false],
      ['two out of three', 'ratio', 2 / 3, 'fraction', false],
      ['1 in 20', 'ratio', 0.05, 'fraction', false],
      ['2022', 'year', 2022, null, false],
    ]);
  });

  it('reads times after a verb of change or after a decimal as a ratio, as 增长2.5倍; times done as a count', () => {
    expect(figures('Exports grew 4 times, imports 1.8 times, and the minister came 3 times.')).toEqual([
      ['4 times', 'ratio', 4, 'x', false],
      ['1.8 times', 'ratio', 1.8, 'x', false],
      ['3 times', 'count', 3, 'time', false],
    ]);
  });

  it('reads a temperature with a spaced C after minus or a word of reading, never a grade or a battery', () => {
    expect(figures('Harbin fell to minus 32 C, and highs of 38 C hit Turpan; Year 4 C class bought 2 C batteries.')).toEqual([
      ['minus 32 C', 'quantity', -32, '°C', false],
      ['38 C', 'quantity', 38, '°C', false],
      ['2 C batteries', 'count', 2, 'battery', false],
    ]);
  });

  it('reads a negative number with a spaced C as a temperature, and inches glued to the digits', () => {
    expect(figures('Mohe braces for -45 C after 80mm (3in) of snow; it rose to 5 in 2020.')).toEqual([
      ['-45 C', 'quantity', -45, '°C', false],
      ['80mm', 'quantity', 80, 'mm', false],
      ['3in', 'quantity', 3, 'in', false],
      ['5', 'other', 5, null, false],
      ['2020', 'year', 2020, null, false],
    ]);
  });

  it('reads a half after a whole number or after its unit', () => {
    expect(figures('It took a day and a half to cut, two and a half years to build and an hour and a half to drive; one and a half million people came.')).toEqual([
      ['a day and a half', 'duration', 1.5, 'day', false],
      ['two and a half years', 'duration', 2.5, 'year', false],
      ['an hour and a half', 'duration', 1.5, 'h', false],
      ['one and a half million people', 'count', 1.5e6, 'person', false],
    ]);
  });

  it('reads a decade after "a" as ten years, square km, and a range with a suspended hyphen', () => {
    expect(figures('Coverage rose from 48 percent a decade ago on 27,500 square km, and gazelle numbers grew two- to threefold in a week.')).toEqual([
      ['48 percent', 'percent', 48, '%', false],
      ['a decade', 'duration', 10, 'year', false],
      ['27,500 square km', 'quantity', 27500, 'km2', false],
      ['two- to threefold', 'ratio', 2, 'x', false, 3],
    ]);
  });

  it('reads a unit of several words hyphenated before a noun, and a share after "as much as"', () => {
    expect(figures('A 120-square-kilometre reserve and a 90-square-metre flat lost as much as a third since 2023.')).toEqual([
      ['120-square-kilometre', 'quantity', 120, 'km2', false],
      ['90-square-metre', 'quantity', 90, 'm2', false],
      ['a third', 'ratio', 1 / 3, 'fraction', true],
      ['2023', 'year', 2023, null, false],
    ]);
  });

  it('reads a range with the unit at both ends joined by a hyphen, never a change from one level to another', () => {
    expect(figures('The forecast was 3.5%-5.5% for a 10km-12km route; prices rose from 5% to 6%.')).toEqual([
      ['3.5%-5.5%', 'percent', 3.5, '%', false, 5.5],
      ['10km-12km', 'quantity', 10, 'km', false, 12],
      ['5%', 'percent', 5, '%', false],
      ['6%', 'percent', 6, '%', false],
    ]);
  });

  it('reads twice and thrice before a comparison as ratios, and twice a day as a count of times (as three times a day), never once or a double room', () => {
    expect(figures('Rents are twice what they were, prices thrice as high; buses run twice a day, trams three times a day and ferries once a day from a double berth.')).toEqual([
      ['twice', 'ratio', 2, 'x', false],
      ['thrice', 'ratio', 3, 'x', false],
      ['twice', 'count', 2, 'time', false],
      ['three times', 'count', 3, 'time', false],
    ]);
  });

  it('reads an earthquake\'s magnitude with the word before or after the number inside the span', () => {
    expect(figures('A magnitude 5.2 tremor followed the 7.4-magnitude quake and a magnitude-6.1 aftershock.')).toEqual([
      ['magnitude 5.2', 'other', 5.2, 'magnitude', false],
      ['7.4-magnitude', 'other', 7.4, 'magnitude', false],
      ['magnitude-6.1', 'other', 6.1, 'magnitude', false],
    ]);
  });

  it('reads "a quarter" before a comparative as a share, wherever it stands', () => {
    expect(figures('Rents are a third higher than in 2019, and a fifth more homes stand empty.')).toEqual([
      ['a third', 'ratio', 1 / 3, 'fraction', false],
      ['2019', 'year', 2019, null, false],
      ['a fifth', 'ratio', 0.2, 'fraction', false],
    ]);
  });

  it('reads a whole number with a fraction as one number (2 1/2 hours)', () => {
    expect(figures('The drive takes 2 1/2 hours along 1 3/4 miles of track.')).toEqual([
      ['2 1/2 hours', 'duration', 2.5, 'h', false],
      ['1 3/4 miles', 'quantity', 1.75, 'mi', false],
    ]);
  });

  it('reads a range without a unit when its high end has a scale word', () => {
    expect(figures('The population grew from 1.2 to 1.5 million.')).toEqual([['1.2 to 1.5 million', 'other', 1.2e6, null, false, 1.5e6]]);
    // a low end above the high end's number before its scale is a number of its own
    expect(figures('The population rose by 480,000 to 1.41 billion.')).toEqual([['480,000', 'other', 480000, null, false], ['1.41 billion', 'other', 1.41e9, null, false]]);
  });

  it('reads a digit fraction before a unit as a measure, not a date', () => {
    expect(figures('Nearly 1/2 mile of the road flooded.')).toEqual([['1/2 mile', 'quantity', 0.5, 'mi', true]]);
  });

  it('reads multiples: ten-fold, threefold, 1.5 times the average', () => {
    expect(figures('Yields rose ten-fold, exports threefold, and rainfall was 1.5 times the average; he visited three times.')).toEqual([
      ['ten-fold', 'ratio', 10, 'x', false],
      ['threefold', 'ratio', 3, 'x', false],
      ['1.5 times', 'ratio', 1.5, 'x', false],
      ['three times', 'count', 3, 'time', false],
    ]);
  });
});

describe('English percentages', () => {
  it('reads %, percent, per cent and percentage points', () => {
    expect(figures('Inflation hit 11.1%, wages rose 4 per cent, GDP grew 6.1 percent and the jobless rate fell 0.4 percentage points.')).toEqual([
      ['11.1%', 'percent', 11.1, '%', false],
      ['4 per cent', 'percent', 4, '%', false],
      ['6.1 percent', 'percent', 6.1, '%', false],
      ['0.4 percentage points', 'percent', 0.4, 'pp', false],
    ]);
  });

  it('reads minus before a measure inside the span', () => {
    expect(figures('Temperatures in Mohe fell to minus 30 degrees Celsius.')).toEqual([['minus 30 degrees Celsius', 'quantity', -30, '°C', false]]);
  });

  it('reads temperatures the British press writes with a glued capital, but not a label', () => {
    expect(figures('Overnight it fell to minus 3C in Buxton, after highs of 24C on Monday.')).toEqual([
      ['minus 3C', 'quantity', -3, '°C', false],
      ['24C', 'quantity', 24, '°C', false],
    ]);
    expect(figures('Pupils in Grade 3C wrote about the weather.')).toEqual([]);
  });

  it('reads a negative percentage', () => {
    expect(figures('Profits changed by -3.5% on the year.')).toEqual([['-3.5%', 'percent', -3.5, '%', false]]);
  });
});

describe('English measures of bodies, devices and time (round 8)', () => {
  it('reads stone spelt out or glued, never the St of a street nor an ordinal', () => {
    expect(figures('He weighed 24 stone and lost 9st; she lives at St Mary\'s Road and came 21st.')).toEqual([
      ['24 stone', 'quantity', 24, 'st', false],
      ['9st', 'quantity', 9, 'st', false],
      ['21st', 'rank', 21, null, false],
    ]);
  });

  it('reads the units of devices (GB, TB glued, mAh, GHz, W glued, watts), not a disease or a network', () => {
    expect(figures('The phone has 256GB, a 4,500mAh battery, a 3.2GHz chip, a 65W charger and 2TB of cloud space; the lamp draws 15 watts.')).toEqual([
      ['256GB', 'quantity', 256, 'GB', false],
      ['4,500mAh', 'quantity', 4500, 'mAh', false],
      ['3.2GHz', 'quantity', 3.2, 'GHz', false],
      ['65W', 'quantity', 65, 'W', false],
      ['2TB', 'quantity', 2, 'TB', false],
      ['15 watts', 'quantity', 15, 'W', false],
    ]);
    expect(figures('The 5G network reached 500 TB patients.')).toEqual([['500 TB patients', 'count', 500, 'patient', false]]);
  });

  it('reads grams glued to the digits, but not a G after them', () => {
    expect(figures('Add 500g of flour; the G7 met and 4G phones sold.')).toEqual([['500g', 'quantity', 500, 'g', false]]);
  });

  it('reads a fortnight as 14 days, as a decade is 10 years', () => {
    expect(figures('The strike lasted a fortnight, then two fortnights.')).toEqual([
      ['a fortnight', 'duration', 14, 'day', false],
      ['two fortnights', 'duration', 28, 'day', false],
    ]);
  });

  it('reads basis points written bps or bp, and a decimal without its leading zero only after a space', () => {
    expect(figures('The Fed cut by 25 bps, the Bank by 25bp, and sales rose .5% against 2.5% in version 2.5.')).toEqual([
      ['25 bps', 'percent', 25, 'bp', false],
      ['25bp', 'percent', 25, 'bp', false],
      ['.5%', 'percent', 0.5, '%', false],
      ['2.5%', 'percent', 2.5, '%', false],
    ]);
  });
});

describe('English numbers in the forms number parsers read (round 8)', () => {
  it('reads "and" inside a number in words (a hundred and twenty), not between two numbers', () => {
    expect(figures('A hundred and twenty homes, two hundred and fifty schools and three thousand and one nights; two and three rooms.')).toEqual([
      ['A hundred and twenty homes', 'count', 120, 'home', false],
      ['two hundred and fifty schools', 'count', 250, 'school', false],
      ['three thousand and one nights', 'count', 3001, 'night', false],
      ['three rooms', 'count', 3, 'room', false],
    ]);
  });

  it('leaves out both ends of a range of times of day (from 3 to 5 pm, between 9 and 11.30am), not a range of percentages', () => {
    expect(figures('The shop opens from 3 to 5 pm, 9-11am and between 9 and 11.30am; prices rose 3 to 5 per cent.')).toEqual([
      ['3 to 5 per cent', 'percent', 3, '%', false, 5],
    ]);
  });

  it('reads areas and volumes with a superscript (2 km², 30m², 40m³), where a glued m alone is millions', () => {
    expect(figures('It covers 2 km², 30m² and 40m³; 30m people live there.')).toEqual([
      ['2 km²', 'quantity', 2, 'km2', false],
      ['30m²', 'quantity', 30, 'm2', false],
      ['40m³', 'quantity', 40, 'm3', false],
      ['30m people', 'count', 3e7, 'person', false],
    ]);
  });

  it('reads thousands grouped with a space or a thin space, never a year before a number', () => {
    expect(figures('Output reached 10 000 tonnes and 1\u2009250\u2009000 people; in 2019 300 people left.')).toEqual([
      ['10 000 tonnes', 'quantity', 10000, 't', false],
      ['1\u2009250\u2009000 people', 'count', 1250000, 'person', false],
      ['2019', 'year', 2019, null, false],
      ['300 people', 'count', 300, 'person', false],
    ]);
  });

  it('reads half a unit (half an hour, half a metre), half a dozen, and digits with "and a half"; not half a word that is no unit', () => {
    expect(figures('It took half an hour and 17 and a half hours to dig half a metre; half a dozen eggs broke and half a team left.')).toEqual([
      ['half an hour', 'duration', 0.5, 'h', false],
      ['17 and a half hours', 'duration', 17.5, 'h', false],
      ['half a metre', 'quantity', 0.5, 'm', false],
      ['half a dozen eggs', 'count', 6, 'egg', false],
    ]);
  });

  it('reads pints, millilitres, milligrams, engine sizes and power, fuel economy, knots and decibels, never a company (3 HP printers)', () => {
    expect(figures('He drank 2 pints and 330ml, took 500mg of aspirin; a 2,000cc car with 150bhp and 30mpg sailed at 12 knots, 40 nautical miles out, at 85 decibels past 3 HP printers.')).toEqual([
      ['2 pints', 'quantity', 2, 'pt', false],
      ['330ml', 'quantity', 330, 'mL', false],
      ['500mg', 'quantity', 500, 'mg', false],
      ['2,000cc', 'quantity', 2000, 'cc', false],
      ['150bhp', 'quantity', 150, 'bhp', false],
      ['30mpg', 'quantity', 30, 'mpg', false],
      ['12 knots', 'quantity', 12, 'kn', false],
      ['40 nautical miles', 'quantity', 40, 'nmi', false],
      ['85 decibels', 'quantity', 85, 'dB', false],
      ['3 HP printers', 'count', 3, 'printer', false],
    ]);
  });

  it('reads nanometres and the short forms of seconds and minutes (2.3sec, 90 mins), keeping a time in two units joined by and as two figures', () => {
    expect(figures('Chips of 3 nanometres and 5nm; a stop of 2.3sec after 90 mins; it took 42 minutes and 47 seconds.')).toEqual([
      ['3 nanometres', 'quantity', 3, 'nm', false],
      ['5nm', 'quantity', 5, 'nm', false],
      ['2.3sec', 'duration', 2.3, 's', false],
      ['90 mins', 'duration', 90, 'min', false],
      ['42 minutes', 'duration', 42, 'min', false],
      ['47 seconds', 'duration', 47, 's', false],
    ]);
  });

  it('reads tonnes glued as t in lower case (7.9t), never a T', () => {
    expect(figures('Yields hit 7.9t a hectare on a 2T plot.')).toEqual([['7.9t', 'quantity', 7.9, 't', false]]);
  });

  it('reads degrees with a spaced C or F after them as Celsius or Fahrenheit', () => {
    expect(figures('Highs of 40 degrees C and 104 degrees F.')).toEqual([
      ['40 degrees C', 'quantity', 40, '°C', false],
      ['104 degrees F', 'quantity', 104, '°F', false],
    ]);
  });

  it('reads two numbers joined by a colon as a ratio beside a word of ratio, never a score or a time', () => {
    expect(figures('Women outnumbered men 2:1, a 60:40 split was agreed and a 3:1 ratio held; Arsenal won 3:1 at 10:30.')).toEqual([
      ['2:1', 'ratio', 2, 'x', false],
      ['60:40', 'ratio', 1.5, 'x', false],
      ['3:1', 'ratio', 3, 'x', false],
    ]);
  });
});

describe('English measures, round 10 (batch H)', () => {
  it('reads any share after a unit or digits as after number words (an hour and a quarter, 3 and three quarters miles), not "and a half-time show"', () => {
    expect(figures('It took an hour and a quarter to walk 3 and three quarters miles, and a half-time show followed.')).toEqual([
      ['an hour and a quarter', 'duration', 1.25, 'h', false],
      ['3 and three quarters miles', 'quantity', 3.75, 'mi', false],
    ]);
  });

  it('reads calories as kcal and pounds of a weight word after them (pounds of thrust) as lb, pounds of money as GBP', () => {
    expect(figures('Walking burns 400 calories; the rocket makes 8.8 million pounds of thrust. It cost 5 million pounds of taxpayers\' money.')).toEqual([
      ['400 calories', 'quantity', 400, 'kcal', false],
      ['8.8 million pounds', 'quantity', 8800000, 'lb', false],
      ['5 million pounds', 'money', 5000000, 'GBP', false],
    ]);
  });

  it('reads a temperature after "top" as a verb (temperatures top 110F), not after Grade', () => {
    expect(figures('Temperatures at the bottom top 110F, and Grade 3C pupils stayed in.')).toEqual([['110F', 'quantity', 110, '°F', false]]);
  });

  it('reads a zip code after a state\'s two capitals before a comma as no figure (Seligman, AZ 86337, ...), a number with a decimal comma there still one', () => {
    expect(figures('Rooms in Seligman, AZ 86337, go for $89.')).toEqual([['$89', 'money', 89, 'USD', false]]);
  });
});

describe('English units: hectolitres, and shares of a whole before full or empty', () => {
  it('reads hectolitres as a quantity in hL, not a count of them', () => {
    expect(figures('Output rose to 44 million hectolitres.')).toEqual([['44 million hectolitres', 'quantity', 4.4e7, 'hL', false]]);
  });

  it('reads a third before full or empty as a share, and not before another noun', () => {
    expect(figures('The reservoir is about a third full.')).toEqual([['a third', 'ratio', 1 / 3, 'fraction', true]]);
    expect(figures('The dispute went to a third party.')).toEqual([]);
  });
});

describe('English fractions: a share joined by hyphens', () => {
  it('reads one-and-a-half and two-and-a-half-year as one number with its share, not half alone', () => {
    expect(figures('Turnout was one-and-a-half times the figure before.')).toEqual([['one-and-a-half times', 'ratio', 1.5, 'x', false]]);
    expect(figures('He signed a two-and-a-half-year deal.')).toEqual([['two-and-a-half-year', 'duration', 2.5, 'year', false]]);
    expect(figures('She ran 3-and-a-half miles.')).toEqual([['3-and-a-half miles', 'quantity', 3.5, 'mi', false]]);
  });
});
