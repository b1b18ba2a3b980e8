// Shared by the Chinese figure tests: the figures found in a sentence, in a form that gives
// readable diffs.
import type { FigureAnnotation } from '../../../lib/annotation';
import { extractChineseFigures } from '../../../lib/figures/zh';

export type Expected = [text: string, type: string, value: number | string, extra?: { unit?: string; approx?: boolean; high?: number | string }];

/** The figures found in a sentence, as [text, type, value, {unit, approx, high}]. */
export function figures(text: string): Expected[] {
  return extractChineseFigures(text).map((a: FigureAnnotation) => {
    const extra: Expected[3] = {};
    if (a.figure.unit !== undefined) extra.unit = a.figure.unit;
    if (a.figure.approx) extra.approx = true;
    if (a.figure.high !== undefined) extra.high = a.figure.high;
    return Object.keys(extra).length ? [a.text, a.figure.type, a.figure.value, extra] : [a.text, a.figure.type, a.figure.value];
  });
}
