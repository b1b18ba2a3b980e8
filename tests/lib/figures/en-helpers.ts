// Shared by the English figure tests: each figure as [text, type, value, unit, approx] (and high when set).
import { extractEnglishFigures } from '../../../lib/figures/en';

export type Row = [string, string, number | string, string | null, boolean] | [string, string, number | string, string | null, boolean, number | string];

export function figures(text: string): Row[] {
  return extractEnglishFigures(text).map((a) => {
    const { type, value, unit, approx, high } = a.figure;
    const row: Row = [a.text, type, value, unit ?? null, approx];
    return high === undefined ? row : [...row, high] as Row;
  });
}

/** The figure whose text is `span`, or undefined. */
export const figureAt = (text: string, span: string): Row | undefined => figures(text).find((r) => r[0] === span);
