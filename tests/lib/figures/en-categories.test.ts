// Scores the English figure scanner on the category sentences of en-categories.fixtures.ts the way
// the evaluation scores a text (category-score.ts). Each batch must keep its scores; a failure
// lists every miss, spurious figure and wrong field (NF_REPORT=1 prints them always).
import { describe, it } from 'vitest';
import { extractEnglishFigures } from '../../../lib/figures/en';
import { DATE, enBatchA, enBatchB, enBatchC, enBatchD, enBatchE, enBatchF, enBatchG, enBatchH, enBatchI, enBatchJ, enBatchK } from './en-categories.fixtures';
import type { Batch } from './zh-categories.fixtures';
import { expectFloors, type Floors } from './category-score';

describe('English figures by category of language', () => {
  it.each<[string, Batch, string | null, Floors]>([
    ['batch A (company and market news, sport; blind F1 0.965, value 0.982)', enBatchA, DATE, { f1: 0.995, value: 0.99 }],
    ['batch B (the genres of batch A again, written after its rules; blind F1 0.950, value 1.000)', enBatchB, DATE, { f1: 0.995, value: 0.99 }],
    ['batch C (earnings, public finance, transport, energy, tourism, sport; blind F1 0.946, value 1.000)', enBatchC, DATE, { f1: 0.995, value: 0.99 }],
    ['batch D (the genres of batch C again, written after its rules; blind F1 0.952, value 1.000)', enBatchD, DATE, { f1: 0.995, value: 0.99 }],
    ['batch E (weather, health, courts, property, gadgets, India, Japan, elections, motoring, prices; blind F1 0.932, value 0.993)', enBatchE, DATE, { f1: 0.99, value: 0.99 }],
    ['batch F (airlines, schools, farming, science, rugby and athletics, a council, energy, wildlife, jobs; written after batch E\'s rules; blind F1 0.942, value 1.000)', enBatchF, DATE, { f1: 0.99, value: 0.99 }],
    ['batch G (crime and storms, Indian cricket and markets, Australia, Asian tech, hospitals, tourism, motor racing, shipping; blind F1 0.916, value 1.000)', enBatchG, DATE, { f1: 0.98, value: 0.99 }],
    ['batch H (music, space, gadgets, a road trip, African business, fitness, food, elections abroad, retail; blind F1 0.910, value 1.000)', enBatchH, DATE, { f1: 0.99, value: 0.99 }],
    ['batch I (a war anniversary, American football, a drug trial, Canadian winter and housing, aviation safety, South-East Asian markets, personal finance, commuter rail; written after batch H\'s fixes; blind F1 0.966, value 1.000)', enBatchI, DATE, { f1: 0.99, value: 0.99 }],
    ['batch J (an earthquake, copper and iron ore, American colleges, French wine, tennis, an Irish budget, Pakistan, an Arizona heatwave; written after round 10\'s fixes; blind F1 0.990, value 1.000; after its fixes F1 1.000, type 0.994)', enBatchJ, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
    ['batch K (the parsers\' forms one category at a time: cardinals in words and digits, ordinals, fractions and percentages, negatives, ranges, money of every sign, relative days and times as no figures, quarters, fiscal years and decades, feet and inches, speeds; blind F1 0.938, 0.957 against the corrected marks, value 1.000; 1.000 after its fixes)', enBatchK, DATE, { f1: 0.995, value: 0.99, type: 0.99 }],
  ])('%s', (_, batch, date, floors) => expectFloors(extractEnglishFigures, batch, date, floors));
});
