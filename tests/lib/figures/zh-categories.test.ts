// Scores the Chinese figure scanner on the category sentences of zh-categories.fixtures.ts the
// way the evaluation scores a text (category-score.ts). Each batch must keep its scores; a failure
// lists every miss, spurious figure and wrong field (NF_REPORT=1 prints them always).
import { describe, it } from 'vitest';
import { extractChineseFigures } from '../../../lib/figures/zh';
import { batchA, batchB, batchC, batchE, batchF, batchG, batchH, batchI, batchJ, batchK, batchL, batchM, batchN, batchO, batchP, batchQ, batchR, batchS, batchT, batchU, batchV, batchW, batchX, batchY, batchZ, batchAA, batchAB, batchAC, batchAD, batchAE, batchAF, batchAG, batchAH, batchAI, batchAJ, DATE, type Batch } from './zh-categories.fixtures';
import { expectFloors, type Floors } from './category-score';

describe('Chinese figures by category of language', () => {
  it.each<[string, Batch, string | null, Floors]>([
    ['batch A (the sentences the rules were made on)', batchA, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch B (written after the rules, scored before any change for it)', batchB, DATE, { f1: 0.995, value: 0.99 }],
    ['batch E (every category again, written after batches A to D)', batchE, DATE, { f1: 0.99, value: 0.99 }],
    ['batch F (more county stories without a publication date, written after batch E)', batchF, null, { f1: 0.99, value: 0.99 }],
    ['batch C (whole county stories without a publication date, written after batch B)', batchC, null, { f1: 0.99, value: 0.99 }],
    ['batch G (reports by genre with ratios, scores, compound durations, listed dates and tiers; blind F1 0.857)', batchG, DATE, { f1: 0.995, value: 0.99 }],
    ['batch H (the genres again, written after batch G\'s rules; blind F1 0.962, value 1.000)', batchH, DATE, { f1: 0.995, value: 0.99 }],
    ['batch I (the genres again, written after batch H\'s rules; blind F1 0.974, value 1.000)', batchI, DATE, { f1: 0.995, value: 0.99 }],
    ['batch J (markets, health, schools, courts, transport, housing, farming, people\'s words, dates; blind F1 0.846, value 0.992)', batchJ, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch K (the genres of batch J again, with spoken numerals, signs, ranges and dates; written after batch J\'s rules; blind F1 0.960, value 1.000)', batchK, DATE, { f1: 0.995, value: 0.99 }],
    ['batch L (stocks, weather, sports, medical, exams, housing, farm prices, signs and dates; blind F1 0.903, value 1.000)', batchL, DATE, { f1: 0.995, value: 0.99 }],
    ['batch M (the genres of batch L again, written after its rules; blind F1 0.960, value 1.000)', batchM, DATE, { f1: 0.99, value: 0.99 }],
    ['batch N (bulletins, budgets, pensions, ridership, energy, holidays, spoken 毛; blind F1 0.942, value 1.000)', batchN, DATE, { f1: 0.995, value: 0.99 }],
    ['batch O (the genres of batch N again, written after its rules; blind F1 0.972, value 1.000)', batchO, DATE, { f1: 0.99, value: 0.99 }],
    ['batch P (weather and disasters, sports, stocks and futures, courts, land, health, exams, timetables, energy and carbon, date forms; blind F1 0.939, value 0.990)', batchP, DATE, { f1: 0.995, value: 0.99 }],
    ['batch Q (the genres of batch P again, written after its rules; blind F1 0.977, value 1.000)', batchQ, DATE, { f1: 0.995, value: 0.99 }],
    ['batch R (school calendar, crushing season, fishing ban, Hong Kong results, pastures, market talk, Spring Festival travel, cotton; dates of every form, signs, spoken amounts; blind F1 0.881, 0.899 against the corrected marks, value 1.000)', batchR, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch S (temple fair, loan court, dam, marathon, Yiwu exports, a dig, household money talk, Tibet railway, college exam; capital, old and mixed numerals, bare amounts, 毛 and 分, 成 with a tenth, ranks, centuries; blind F1 0.945, value 1.000)', batchS, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch T (ice festival, annual results, salt lake, canyon bridge, duty-free shops, apple growers, hotpot street, garden repair; the forms of batch S again, written after its fixes; blind F1 0.970, value 0.992)', batchT, DATE, { f1: 0.985, value: 0.99, type: 0.99 }],
    ['batch U (vegetable market, typhoon toll, basketball, verdicts, obituary, package tours, recipes, stonemason, cold wave; bare prices in lists, ages without 岁, 三天两夜, old units 尺 寸 丈 里, 来 and 半 forms; blind F1 0.903, 0.907 against the corrected marks, value 1.000)', batchU, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch V (seafood market, mountain flood, table tennis and football, verdicts, longevity village, tailor, noodle stall, self-drive tour; the forms of batch U again, written after its fixes; blind F1 0.946, 0.961 against the corrected marks, value 1.000)', batchV, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch W (the forms number and date parsers are tested on, as news prints them: losses below zero, Chinese decimals, dates in Chinese numerals and with 号, school years, spans in several units, foreign currencies, screens, fuel and data, spoken amounts, ranges, fractions; blind F1 0.973, value 0.986)', batchW, DATE, { f1: 0.99, value: 0.99, type: 0.99 }],
    ['batch X (herb market, landslide, volleyball, verdicts, ferryman, New Year dinners, blizzard, pear growers; the forms batch W left: old units 钱 and 斤两, listed prices, a score\'s points, watts; blind F1 0.930, value 1.000; 1.000 after its fixes)', batchX, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch Y (communique, stocks and funds, marathon and football, diseases, exam lines, a congress\'s votes, lottery, a fire by the hour, timetables; times of day, train and flight numbers and ordinals as no figures; blind F1 0.953, 0.963 against the corrected marks, value 1.000; 1.000 after its fixes)', batchY, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch Z (a county\'s quarters, Hong Kong stocks and bonds, swimming and basketball, influenza, lottery and a village election, an expressway fire; the genres of batch Y again, written after its fixes; blind F1 0.988, value 1.000; 1.000 after its fixes)', batchZ, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch AA (parsers\' forms in household accounts, a cold wave, border trade, a stone bridge, oil tea and solar power; written after batch Z\'s fixes; blind F1 0.893, value 1.000; 0.982 after its fixes)', batchAA, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch AB (a county budget and its votes, the civil service exam, badminton, a Beibu Gulf port, wedding banquets, an emergency room; written after batch AA\'s fixes; blind F1 0.918, 0.952 against the corrected marks, value 0.985; 0.980 and value 1.000 after its fixes)', batchAB, DATE, { f1: 0.985, value: 0.99, type: 0.99 }],
    ['batch AD (electric cars, a court auction, a blood drive, water tunnels, cut flowers, autumn tea, a crewed launch; written after batch AC\'s fixes; blind F1 0.961, value 1.000; 1.000 after its fixes)', batchAD, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch AE (procurement notice, rainstorm warning, hog prices, unpaid wages, rentals, admission line, village football; written after batch AD\'s fixes; blind F1 0.918, 0.929 against the corrected marks, value 1.000; 0.994 after its fixes)', batchAE, DATE, { f1: 0.99, value: 0.99, type: 0.99 }],
    ['batch AF (vegetable market, savings, island ferries, short holidays, a tour\'s offer, rice plots, night market; spoken forms batches before left; written after batch AE\'s fixes; blind F1 0.819, 0.837 against the corrected marks, value 1.000; 1.000 after its fixes)', batchAF, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch AC (a fund\'s quarter, a railway timetable, a provincial congress, citrus prices, a ski resort; written after batch AB\'s fixes; blind F1 0.949, value 1.000; 1.000 after its fixes)', batchAC, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch AG (the parsers\' forms one written form at a time: capital numerals, 〇 and 零, 廿 and 卅, halves, approximations, scales, full-width digits, fractions, 成 折 倍, ordinals, signs of every script, relative days and times as no figures, durations, currencies and units; blind F1 0.983, 0.989 against the corrected marks, value 1.000; 1.000 after its fixes)', batchAG, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch AH (the forms of batch AG again, written after its fixes: receipts, 〇 inside amounts, halfway, mixed and full-width digits, 成 with a half, 倍 with 多, signs, a magnitude in words, 下个月, a lunar festival, trips, 澳元 and 卢布; blind F1 0.992, value 1.000; 1.000 after its fix)', batchAH, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch AI (cocoons, taxi fares, bride prices, yaks, driving schools, honey, medical insurance, jade; written after batch AF\'s fixes; blind F1 0.968, value 1.000; 1.000 after its fixes)', batchAI, DATE, { f1: 0.995, value: 0.99, type: 0.985 }],
    ['batch AJ (lifts for old blocks, a ceramics fair, paddy crabs, dragon boats, a water price hearing, pomegranates; written after round 15\'s merge; blind F1 0.966, value 1.000; no mark put right; 1.000 after its fixes)', batchAJ, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
  ])('%s', (_, batch, date, floors) => expectFloors(extractChineseFigures, batch, date, floors));
});
