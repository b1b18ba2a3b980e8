// Reads the marked pages of shandong-pages.fixtures.ts as the evaluation's gold files hold them:
// the plain text and its spans, places ([[span|level|code]]) and figures ({{span|type|value|unit}})
// in one list sorted by start, in the shape ../../shared/eval/score.mjs reads.
import { fullCode, readValue, unmark } from '../marked-text';

export interface GoldSpan {
  start: number;
  end: number;
  kind: 'place' | 'figure';
  text: string;
  level?: string;
  code?: string;
  type?: string;
  value?: number | string;
  high?: number | string;
  unit?: string;
}

const MARK = /\[\[([^\]|]+)\|([a-z]+)(?:\|(\d+))?\]\]|\{\{([^}|]+)\|([^}|]+)\|([^}|]+)\|?([^}|]*)\}\}/g;

/** The plain text of a marked page and its gold spans. */
export function parsePage(marked: string): { text: string; spans: GoldSpan[] } {
  const { text, marks } = unmark(marked, MARK);
  const spans = marks.map(({ start, end, text: span, match: m }): GoldSpan => {
    if (m[1] !== undefined) return { start, end, kind: 'place', text: span, level: m[2], ...(m[3] && { code: fullCode(m[3]) }) };
    const [low, high] = m[6].split('~');
    return {
      start, end, kind: 'figure', text: span, type: m[5], value: readValue(low),
      ...(high !== undefined && { high: readValue(high) }), ...(m[7] && { unit: m[7] }),
    };
  });
  return { text, spans };
}
