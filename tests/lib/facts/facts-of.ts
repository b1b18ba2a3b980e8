// The facts extract() gives the figures of a text, by figure text, in a shape tests can compare:
// measure text, subject name (and how it was found), period, and the figure a rate qualifies.
import type { Lang } from '../../../lib/annotation';
import { extract, type ExtractOptions } from '../../../lib/extract';
import { fixtureIndex } from '../places/fixture-index';

export interface FactRow {
  measure?: string;
  subject?: string;
  via?: string;
  period?: string;
  qualifies?: string;
  sentence?: string;
}

const places = fixtureIndex();

/** Facts of every figure that is not a time, keyed by its text (the first of equal texts). */
export function factsOf(text: string, options: ExtractOptions & { lang?: Lang } = {}): Record<string, FactRow> {
  const out: Record<string, FactRow> = {};
  for (const a of extract(text, { places, ...options })) {
    if (a.kind !== 'figure' || a.figure.type === 'date' || a.figure.type === 'year' || a.text in out) continue;
    const { measure, subject, period, qualifies, sentence } = a.figure;
    const row: FactRow = {};
    if (measure) row.measure = measure.text;
    if (subject) Object.assign(row, { subject: subject.name, via: subject.via });
    if (period) row.period = period;
    if (qualifies) row.qualifies = `${text.slice(qualifies.start, qualifies.end)} ${qualifies.relation}`;
    if (sentence) row.sentence = text.slice(sentence.start, sentence.end);
    out[a.text] = row;
  }
  return out;
}
