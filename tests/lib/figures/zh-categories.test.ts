// Scores the Chinese figure scanner on the category sentences of zh-categories.fixtures.ts the
// way the evaluation scores a text (category-score.ts). Each batch must keep its scores; a failure
// lists every miss, spurious figure and wrong field (NF_REPORT=1 prints them always).
import { describe, expect, it } from 'vitest';
import { extractChineseFigures } from '../../../lib/figures/zh';
import { batchA, batchB, batchC, batchE, batchF, batchG, batchH, batchI, batchJ, batchK, batchL, batchM, batchN, batchO, DATE, type Batch } from './zh-categories.fixtures';
import { score as scoreWith } from './category-score';

const score = (batch: Batch, date: string | null = DATE) => scoreWith(extractChineseFigures, batch, date);

describe('Chinese figures by category of language', () => {
  it('batch A (the sentences the rules were made on)', () => {
    const { scores, report } = score(batchA);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.type, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch B (written after the rules, scored before any change for it)', () => {
    const { scores, report } = score(batchB);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch E (every category again, written after batches A to D)', () => {
    const { scores, report } = score(batchE);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch F (more county stories without a publication date, written after batch E)', () => {
    const { scores, report } = score(batchF, null);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch C (whole county stories without a publication date, written after batch B)', () => {
    const { scores, report } = score(batchC, null);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch G (reports by genre with ratios, scores, compound durations, listed dates and tiers; blind F1 0.857)', () => {
    const { scores, report } = score(batchG);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch H (the genres again, written after batch G\'s rules; blind F1 0.962, value 1.000)', () => {
    const { scores, report } = score(batchH);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch I (the genres again, written after batch H\'s rules; blind F1 0.974, value 1.000)', () => {
    const { scores, report } = score(batchI);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch J (markets, health, schools, courts, transport, housing, farming, people\'s words, dates; blind F1 0.846, value 0.992)', () => {
    const { scores, report } = score(batchJ);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.type, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch K (the genres of batch J again, with spoken numerals, signs, ranges and dates; written after batch J\'s rules; blind F1 0.960, value 1.000)', () => {
    const { scores, report } = score(batchK);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch L (stocks, weather, sports, medical, exams, housing, farm prices, signs and dates; blind F1 0.903, value 1.000)', () => {
    const { scores, report } = score(batchL);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch M (the genres of batch L again, written after its rules; blind F1 0.960, value 1.000)', () => {
    const { scores, report } = score(batchM);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch N (bulletins, budgets, pensions, ridership, energy, holidays, spoken 毛; blind F1 0.942, value 1.000)', () => {
    const { scores, report } = score(batchN);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.995);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });

  it('batch O (the genres of batch N again, written after its rules; blind F1 0.972, value 1.000)', () => {
    const { scores, report } = score(batchO);
    const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
    expect(scores.f1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  });
});
