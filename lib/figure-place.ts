// Which place a figure belongs to: the nearest place the same sentence names (淄川区……完成投资
// 3642.40亿元), one in the figure's own clause first (淄川区投资12亿元，博山区8亿元). The hover
// card shows it ("the place in the sentence") and saved items keep it (so filtering by a place
// finds its figures too); the content script works it out per chunk, the command line per file.

import type { Annotation } from './annotation';
import { firstIndex } from './util/binary-search';

// Ends of sentences and clauses that stand alone: Chinese and full-width stops, semicolons,
// line breaks (each run is a block of its own), and a Latin full stop before a space.
const SENTENCE_END = /[。！？；!?;\n]|\.(?=\s|$)/g;
// Ends of clauses within a sentence.
const CLAUSE_END = /[，,：:]/g;

const endsOf = (text: string, pattern: RegExp): number[] => [...text.matchAll(pattern)].map((match) => match.index!);

// Index of the sentence (or clause) holding `offset`, given the sorted offsets of their ends.
const sentenceAt = (ends: number[], offset: number): number => firstIndex(ends.length, (i) => ends[i] >= offset);

/**
 * For each figure (by index in `annotations`) the index of the nearest place annotation in the
 * same sentence, one in the same clause before any other; between a place before and one after
 * at the same distance, the one before.
 */
export function placesBySentence(text: string, annotations: Annotation[]): Map<number, number> {
  const ends = endsOf(text, SENTENCE_END);
  const clauseEnds = endsOf(text, CLAUSE_END);
  const sentences = new Map<number, { figures: number[]; places: number[] }>();
  annotations.forEach((annotation, i) => {
    const key = sentenceAt(ends, annotation.start);
    let sentence = sentences.get(key);
    if (!sentence) sentences.set(key, (sentence = { figures: [], places: [] }));
    (annotation.kind === 'figure' ? sentence.figures : sentence.places).push(i);
  });

  const links = new Map<number, number>();
  for (const { figures, places } of sentences.values()) {
    if (places.length === 0) continue;
    for (const f of figures) {
      const figure = annotations[f];
      let best = -1;
      let bestDistance = Infinity;
      for (const p of places) {
        const place = annotations[p];
        const apart = place.end <= figure.start ? figure.start - place.end : place.start - figure.end;
        const otherClause = sentenceAt(clauseEnds, place.start) !== sentenceAt(clauseEnds, figure.start);
        const distance = otherClause ? apart + text.length : apart;
        if (distance < bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
      links.set(f, best);
    }
  }
  return links;
}
