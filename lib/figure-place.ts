// The place a figure belongs to: the place its sentence names, the nearest one before the
// figure, else the nearest after it (淄川区新建大棚120个 -> 120个 is 淄川区's). Used by the hover
// card ("the place it belongs to") and by saved items (so filtering by a place finds its figures).
import type { Annotation, PlaceAnnotation } from './annotation';

const SENTENCE_END = /[。！？!?；;\n]/;

/** For each annotation index that is a figure, the place annotation its sentence names, if any. */
export function figurePlaces(text: string, annotations: Annotation[]): Map<number, PlaceAnnotation> {
  const out = new Map<number, PlaceAnnotation>();
  const sameSentence = (a: number, b: number) => !SENTENCE_END.test(text.slice(Math.min(a, b), Math.max(a, b)));
  annotations.forEach((a, k) => {
    if (a.kind !== 'figure') return;
    for (let j = k - 1; j >= 0 && sameSentence(annotations[j].end, a.start); j--) {
      const p = annotations[j];
      if (p.kind === 'place') return void out.set(k, p);
    }
    for (let j = k + 1; j < annotations.length && sameSentence(a.end, annotations[j].start); j++) {
      const p = annotations[j];
      if (p.kind === 'place') return void out.set(k, p);
    }
  });
  return out;
}
