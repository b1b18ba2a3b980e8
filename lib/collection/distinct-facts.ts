// Saving a whole page saves each fact once: a place once per unit (聊城 named 47 times is one
// item, not 47), a figure once per value in the same place, each at its first mention with how
// often the page mentions it. Saving every mention flooded the collection with copies.
import type { Annotation } from '../annotation';

interface HasAnnotation {
  annotation: Annotation;
}

/**
 * What makes two mentions the same fact: a place's unit (or, unlinked, its name and level); a
 * figure's type, value, unit and the place it is about, so that 5% of two places stay two.
 */
function factKey(annotation: Annotation, placeCode: string | undefined): string {
  if (annotation.kind === 'place') {
    const { code, name, level } = annotation.place;
    return code ? `place ${code}` : `place ${level} ${name}`;
  }
  const { type, value, high, unit, approx } = annotation.figure;
  return ['figure', type, value, high ?? '', unit ?? '', approx ? '~' : '', placeCode ?? ''].join(' ');
}

/** Each distinct fact of `facts` (in their order) at its first mention, with its number of mentions. */
export function distinctFacts<T extends HasAnnotation>(facts: readonly T[], placeOf: (fact: T) => string | undefined = () => undefined): Array<{ fact: T; mentions: number }> {
  const byKey = new Map<string, { fact: T; mentions: number }>();
  for (const fact of facts) {
    const key = factKey(fact.annotation, placeOf(fact));
    const seen = byKey.get(key);
    if (seen) seen.mentions += 1;
    else byKey.set(key, { fact, mentions: 1 });
  }
  return [...byKey.values()];
}
