// Scores a figure scanner on category sentences marked {{span|type|value|unit}} the way the
// evaluation scores a text: spans exactly (strict F1), then type, value (with a range's high end)
// and unit on the spans found, every miss, spurious figure and wrong field listed (NF_REPORT=1
// prints them always). Shared by the Chinese and English category tests.
import { expect } from 'vitest';
import type { FigureAnnotation } from '../../../lib/annotation';
import { readValue, unmark } from '../../marked-text';
import { sameValue } from '../../span-pairs';
import type { Batch } from './zh-categories.fixtures';

/** A scanner of one language: the figures of a text, given the article's date. */
export type Scanner = (text: string, date?: string) => FigureAnnotation[];

interface Gold {
  start: number;
  end: number;
  text: string;
  type: string;
  value: number | string;
  high?: number | string;
  unit?: string;
}

const MARK = /\{\{([^}|]+)\|([^}|]+)\|([^}|]+)\|?([^}|]*)\}\}/g;

/** The plain text of a marked sentence and its gold figures. */
export function parse(marked: string): { text: string; gold: Gold[] } {
  const { text, marks } = unmark(marked, MARK);
  const gold = marks.map(({ start, end, text: span, match: m }): Gold => {
    const [low, high] = m[3].split('~');
    return { start, end, text: span, type: m[2], value: readValue(low), ...(high !== undefined && { high: readValue(high) }), ...(m[4] && { unit: m[4] }) };
  });
  return { text, gold };
}

export interface Scores {
  gold: number;
  pred: number;
  hit: number;
  f1: number;
  type: number;
  value: number;
  unit: number;
}

/** Strict F1 and the accuracies of type, value and unit over a batch, with every error listed. */
export function score(scan: Scanner, batch: Batch, date: string | null): { scores: Scores; report: string[] } {
  const n = { gold: 0, pred: 0, hit: 0, typeOk: 0, valueOk: 0, unitOk: 0 };
  const report: string[] = [];
  for (const [category, sentences] of Object.entries(batch)) {
    for (const marked of sentences) {
      const { text, gold } = parse(marked);
      const found = scan(text, date ?? undefined);
      n.gold += gold.length;
      n.pred += found.length;
      for (const g of gold) {
        const f = found.find((a) => a.start === g.start && a.end === g.end);
        if (!f) {
          const near = found.find((a) => a.start < g.end && g.start < a.end);
          report.push(`${category}: missed ${g.text}${near ? ` (found ${near.text})` : ''} in ${text}`);
          continue;
        }
        n.hit++;
        if (f.figure.type === g.type) n.typeOk++;
        else report.push(`${category}: ${g.text} type ${f.figure.type} != ${g.type}`);
        if (sameValue(g.value, f.figure.value) && (g.high === undefined ? f.figure.high === undefined : sameValue(g.high, f.figure.high))) n.valueOk++;
        else report.push(`${category}: ${g.text} value ${JSON.stringify([f.figure.value, f.figure.high])} != ${JSON.stringify([g.value, g.high])}`);
        if ((g.unit ?? '') === (f.figure.unit ?? '')) n.unitOk++;
        else report.push(`${category}: ${g.text} unit ${f.figure.unit} != ${g.unit}`);
      }
      for (const f of found) if (!gold.some((g) => g.start === f.start && g.end === f.end)) report.push(`${category}: spurious ${f.text} in ${text}`);
    }
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const scores: Scores = {
    gold: n.gold,
    pred: n.pred,
    hit: n.hit,
    f1: r(n.hit ? (2 * n.hit) / (n.gold + n.pred) : 0),
    type: r(n.typeOk / Math.max(1, n.hit)),
    value: r(n.valueOk / Math.max(1, n.hit)),
    unit: r(n.unitOk / Math.max(1, n.hit)),
  };
  if (process.env.NF_REPORT) console.log(JSON.stringify(scores), '\n' + report.join('\n'));
  return { scores, report };
}

/** The least scores a batch must keep: strict F1 and value accuracy, and type accuracy where given. */
export interface Floors {
  f1: number;
  value: number;
  type?: number;
}

/** Scores `batch` and fails below any of `floors`, the failure listing every miss, spurious figure and wrong field. */
export function expectFloors(scan: Scanner, batch: Batch, date: string | null, floors: Floors): void {
  const { scores, report } = score(scan, batch, date);
  const why = `${JSON.stringify(scores)}\n${report.join('\n')}`;
  expect(scores.f1, why).toBeGreaterThanOrEqual(floors.f1);
  expect(scores.value, why).toBeGreaterThanOrEqual(floors.value);
  if (floors.type !== undefined) expect(scores.type, why).toBeGreaterThanOrEqual(floors.type);
}
