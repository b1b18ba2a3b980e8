// Scores the English figure scanner on the category sentences of en-categories.fixtures.ts the way
// the evaluation scores a text (category-score.ts). Each batch must keep its scores; a failure
// lists every miss, spurious figure and wrong field (NF_REPORT=1 prints them always).
import { describe, expect, it } from 'vitest';
import { extractEnglishFigures } from '../../../lib/figures/en';
import { DATE, enBatchA, enBatchB, enBatchC, enBatchD } from './en-categories.fixtures';
import { score } from './category-score';

describe('English figures by category of language', () => {
  it('batch A (company and market news, sport; blind F1 0.965, value 0.982)', () => {
    const { scores, report } = score(extractEnglishFigures, enBatchA, DATE);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch B (the genres of batch A again, written after its rules; blind F1 0.950, value 1.000)', () => {
    const { scores, report } = score(extractEnglishFigures, enBatchB, DATE);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch C (earnings, public finance, transport, energy, tourism, sport; blind F1 0.946, value 1.000)', () => {
    const { scores, report } = score(extractEnglishFigures, enBatchC, DATE);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch D (the genres of batch C again, written after its rules; blind F1 0.952, value 1.000)', () => {
    const { scores, report } = score(extractEnglishFigures, enBatchD, DATE);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });
});
