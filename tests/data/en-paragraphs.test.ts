// Scores English place finding on whole news paragraphs (en-paragraphs.fixtures.ts) the way the
// evaluation does: a place counts when its span is exact, a link when its code is the expected one.
import { describe, expect, it } from 'vitest';
import { paragraphs } from './en-paragraphs.fixtures';
import { realPlaces } from './real-places';

const places = realPlaces();

describe('English news paragraphs', () => {
  it('finds the expected places with exact spans, and links them to the expected codes', () => {
    let expected = 0, predicted = 0, exact = 0, withCode = 0, linked = 0;
    const misses: string[] = [];
    for (const [name, [text, spans]] of Object.entries(paragraphs)) {
      const got = places.find(text, 'en');
      predicted += got.length;
      let at = 0;
      for (const [surface, code] of spans) {
        const start = text.indexOf(surface, at);
        at = start + surface.length;
        expected++;
        const hit = got.find((a) => a.start === start && a.end === at);
        if (hit) exact++;
        else misses.push(`${name}: ${surface}`);
        if (code) {
          withCode++;
          if (hit?.place.code === code) linked++;
        }
      }
    }
    const precision = exact / predicted;
    const recall = exact / expected;
    expect({ precision: precision >= 0.97, recall: recall >= 0.95, misses: misses.length <= 10 }).toEqual({ precision: true, recall: true, misses: true });
    expect(linked / withCode).toBeGreaterThanOrEqual(0.97);
  });
});
