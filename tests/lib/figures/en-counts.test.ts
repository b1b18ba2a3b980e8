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

  it('counts animals whose noun is its own plural (reindeer, moose, elk, bison, salmon, trout), and the noun after one used as a modifier', () => {
    expect(figures('The family keeps 70 reindeer; rangers counted 1,200 moose, 45 elk and 300 bison, and 8,000 salmon and 500 trout were released.')).toEqual([
      ['70 reindeer', 'count', 70, 'reindeer', false],
      ['1,200 moose', 'count', 1200, 'moose', false],
      ['45 elk', 'count', 45, 'elk', false],
      ['300 bison', 'count', 300, 'bison', false],
      ['8,000 salmon', 'count', 8000, 'salmon', false],
      ['500 trout', 'count', 500, 'trout', false],
    ]);
    expect(figures('About 30 reindeer herders met; 12 salmon farms closed.')).toEqual([
      ['30 reindeer herders', 'count', 30, 'herder', true],
      ['12 salmon farms', 'count', 12, 'farm', false],
    ]);
    // a year before such a noun, and a capitalised name after a number (40 Elk Grove homes), count no animals
    expect(figures('In 2019 salmon cost $12 at Elk Grove, and 40 Elk Grove homes flooded.')).toEqual([
      ['2019', 'year', 2019, null, false],
      ['$12', 'money', 12, 'USD', false],
    ]);
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

  it("reads no rank in 'first' saying when something happened: after a verb of happening, or before a past participle", () => {
    expect(figures('In Wusu the sun rises first in the country. Black tea was first made here, and the tulou were first listed by Unesco.')).toEqual([]);
    // a rank verb before it, or no participle after it, keeps the rank
    expect(figures('The county ranked first in the province, and it was first in exports.')).toEqual([
      ['first', 'rank', 1, null, false],
      ['first', 'rank', 1, null, false],
    ]);
    // a verb of ranking before it outweighs a word in -ed after it, as 'the first ... to' does
    expect(figures('Shandong ranked first followed by Jiangsu. She placed first based on the judges’ scores. He was the first unseeded player to win.')).toEqual([
      ['first', 'rank', 1, null, false],
      ['first', 'rank', 1, null, false],
      ['first', 'rank', 1, null, false],
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

  it('leaves out second homes, a kind of home, without an article too (Second homes: ..., are second homes)', () => {
    expect(figures('Second homes: 40% of homes here are second homes; the team came second.')).toEqual([
      ['40%', 'percent', 40, '%', false],
      ['second', 'rank', 2, null, false],
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

describe('English numbers that name or reach something (round 8)', () => {
  it('reads an age between commas after a name, not after a month', () => {
    expect(figures('Amina Yusuf, 52, said the ward was full. In March, 52 patients waited.')).toEqual([
      ['52', 'other', 52, '岁', false],
      ['March', 'date', '--03', null, false],
      ['52 patients', 'count', 52, 'patient', false],
    ]);
  });

  it('leaves out the number of a model (737 MAX, a 787 Dreamliner, Windows 11, iPhone 15), not a count beside it', () => {
    expect(figures('Boeing delivered 46 aircraft, most of them 737 MAX jets and one 787 Dreamliner; the Windows 11 update and the iPhone 15 sold well.')).toEqual([
      ['46 aircraft', 'count', 46, 'aircraft', false],
    ]);
  });

  it('leaves out the second of two labels (junctions 10 and 11, exits 50 and 64, Articles 12 to 14), not a count after them', () => {
    expect(figures('Drivers face delays between junctions 10 and 11 and exits 50 and 64, and Articles 12 to 14 apply to 30 firms.')).toEqual([['30 firms', 'count', 30, 'firm', false]]);
  });

  it('leaves out a zip code after a state\'s two capitals or after zip code, not a count after US or UK', () => {
    expect(figures('Offices in New York, NY 10001 and zip code 90210 closed; the US 10000 troops stayed.')).toEqual([['10000 troops', 'count', 10000, 'troop', false]]);
  });

  it('leaves out phone numbers by their shape or after a verb of calling, not a count after call', () => {
    expect(figures('Call 101 or 0800 555 111, (555) 123-4567, 1-800-273-8255 or +44 20 7946 0958; police will call 20 witnesses.')).toEqual([
      ['20 witnesses', 'count', 20, 'witness', false],
    ]);
  });

  it('counts a number compared with a count before it, never with a unit (up from 987: patients, not hours)', () => {
    expect(figures('The trust said 1,432 patients waited more than 12 hours in A&E last month, up from 987 in April.')).toEqual([
      ['1,432 patients', 'count', 1432, 'patient', false],
      ['12 hours', 'duration', 12, 'h', true],
      ['987', 'count', 987, 'patient', false],
      ['April', 'date', '--04', null, false],
    ]);
  });

  it('leaves out a house number before a street\'s name, not a count before capitalised words', () => {
    expect(figures('Visit 12 High Street or 10 Downing Street, where 12 Labour MPs met.')).toEqual([['12 Labour MPs', 'count', 12, 'MP', false]]);
  });

  it('counts Tests and species, the capital or the -s notwithstanding, where a capitalised plural elsewhere makes a title', () => {
    expect(figures('He scored 11 tries in 14 Tests; two new species were found, but Jinan is among the Top 20 Cities.')).toEqual([
      ['11 tries', 'count', 11, 'try', false],
      ['14 Tests', 'count', 14, 'test', false],
      ['two new species', 'count', 2, 'species', false],
    ]);
  });

  it('counts people before dead, injured or missing, their noun unsaid, not a count with its noun', () => {
    expect(figures('The crash left two dead and 14 injured; 3 missing hikers were found.')).toEqual([
      ['two', 'count', 2, null, false],
      ['14', 'count', 14, null, false],
      ['3 missing hikers', 'count', 3, 'hiker', false],
    ]);
  });

  it('counts past a modifier with digits in it (4.9 million PS5 consoles)', () => {
    expect(figures('Sony sold 4.9 million PS5 consoles.')).toEqual([['4.9 million PS5 consoles', 'count', 4.9e6, 'console', false]]);
  });

  it('reads India\'s grouping of digits (1,32,000), never two numbers in a list as one', () => {
    expect(figures('The stadium holds 1,32,000 fans; 1,200, 300 and 1,200,000 tickets.')).toEqual([
      ['1,32,000 fans', 'count', 132000, 'fan', false],
      ['1,200', 'other', 1200, null, false],
      ['300', 'other', 300, null, false],
      ['1,200,000 tickets', 'count', 1200000, 'ticket', false],
    ]);
  });

  it('counts nouns whose plural ends in -ves by their singular (loaves, knives)', () => {
    expect(figures('The bakery sells 1,200 loaves and seized 14 knives.')).toEqual([
      ['1,200 loaves', 'count', 1200, 'loaf', false],
      ['14 knives', 'count', 14, 'knife', false],
    ]);
  });
});

describe('English counts, round 10 (batch H)', () => {
  it('reads a label before a noun it would otherwise count as no figure, in any case (stage 6 cuts, the iPhone 15 Pro, Falcon 9 rockets, Apollo 11), and not "top" as a verb', () => {
    expect(figures('Stage 6 cuts hit as the iPhone 15 Pro starts at $999; Falcon 9 rockets flew and Apollo 11 landed, but cases could top 2,000 people.')).toEqual([
      ['$999', 'money', 999, 'USD', false],
      ['2,000 people', 'count', 2000, 'person', false],
    ]);
  });

  it('reads a number after an age phrase as an age whatever word follows it (adults over 65 meets), and after the or a and a noun of a person between commas (the singer, 67,), not the total, 45,', () => {
    expect(figures('Only one in five adults over 65 meets the guidelines.')).toEqual([
      ['one in five', 'ratio', 0.2, 'fraction', false],
      ['65', 'other', 65, '岁', true],
    ]);
    expect(figures('The singer, 67, said the total, 45, was low.')).toEqual([
      ['67', 'other', 67, '岁', false],
      ['45', 'other', 45, null, false],
    ]);
  });

  it('counts people after verbs of drawing a crowd (now draws 210,000), not after other verbs', () => {
    expect(figures('The festival now draws 210,000 and attracted 95,000 last year; it reaches 300.')).toEqual([
      ['210,000', 'count', 210000, null, false],
      ['95,000', 'count', 95000, null, false],
      ['300', 'other', 300, null, false],
    ]);
  });
});

describe('English counts, round 10 (batch I)', () => {
  it('counts peoples written with a capital (73 Britons), where a title stays no figure (the Top 20 Tips)', () => {
    expect(figures('Some 73 Britons made the trip and read the Top 20 Tips.')).toEqual([['73 Britons', 'count', 73, 'briton', true]]);
  });

  it('reads an age after a possessive and a noun of a person named in the data (its CEO, 62; the quarterback, 24), not after other nouns', () => {
    expect(figures('The quarterback, 24, and its CEO, 62, met; the index, 45, fell.')).toEqual([
      ['24', 'other', 24, '岁', false],
      ['62', 'other', 62, '岁', false],
      ['45', 'other', 45, null, false],
    ]);
  });

  it('counts digits before "of the" as the things named after them (516 of the A320neo family), not a label\'s number (Article 5 of the treaty)', () => {
    expect(figures('Airbus built 516 of the A320neo family, under Article 5 of the treaty.')).toEqual([['516', 'count', 516, null, false]]);
  });

  it('reads a number after a model name (the 737 MAX 9) and a text message\'s five-digit short code (text 85258) as no figures', () => {
    expect(figures('A Boeing 737 MAX 9 landed; for help, text 85258.')).toEqual([]);
  });
});

describe('English counts: people unsaid, and numbers to call', () => {
  it('counts people after killing, injuring and wounding, and after home to, when no noun follows', () => {
    expect(figures('The blast killed 12, injuring 40.')).toEqual([
      ['12', 'count', 12, null, false],
      ['40', 'count', 40, null, false],
    ]);
    expect(figures('Lagos is home to 15.4 million, and the park is home to 300 species.')).toEqual([
      ['15.4 million', 'count', 1.54e7, null, false],
      ['300 species', 'count', 300, 'species', false],
    ]);
  });

  it('reads a short number after call or text and before for or to as a phone number, not a count', () => {
    expect(figures('Call 211 for help or text 2868 to donate.')).toEqual([]);
    expect(figures('He called 300 farmers to the meeting.')).toEqual([['300 farmers', 'count', 300, 'farmer', false]]);
  });
});

describe('English counts: a number in a hyphened adjective of size', () => {
  it('reads no figure from a six-figure salary or a six-digit code, and still counts a 1,000-seat theatre', () => {
    expect(figures('She earns a six-figure salary and has a six-digit code.')).toEqual([]);
    expect(figures('They built a 1,000-seat theatre.')).toEqual([['1,000-seat', 'count', 1000, 'seat', false]]);
  });
});

describe('English counts: plurals in -zes, and a part of a number of things', () => {
  it('keeps the e of prizes and bronzes in the unit, and drops -zes from quizzes', () => {
    expect(figures('They won 22 bronzes, 5 prizes and 3 quizzes.').map((r) => r[3])).toEqual(['bronze', 'prize', 'quiz']);
  });

  it('counts the noun the second number counts in "23 of 38 games", and nothing unnamed in "23 of 38"', () => {
    expect(figures('The club won 23 of 38 games.')).toEqual([
      ['23', 'count', 23, 'game', false],
      ['38 games', 'count', 38, 'game', false],
    ]);
    expect(figures('The index rose 23 of 38 points.')[0]).toEqual(['23', 'count', 23, 'point', false]);
    expect(figures('The index closed at 7,512.')).toEqual([['7,512', 'other', 7512, null, false]]);
  });

  it('reads no number in a run of more digits than a number is written with (a card, a serial), and the figures around it', () => {
    expect(figures('Card 4111111111111111 was used; 1,000,000,000,000,000 people; 123456789012345 people and 12 firms.')).toEqual([
      ['123456789012345 people', 'count', 123456789012345, 'person', false],
      ['12 firms', 'count', 12, 'firm', false],
    ]);
  });
});
