// Properties of English figure finding on any input: it never throws (no sentence even fails inside), every annotation's text is
// the slice its offsets name, annotations are sorted and never overlap, and values are finite.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEnglishFigures } from '../../../lib/figures/en';

/** Pieces of English news, so that random strings reach deep into the rules, plus hostile characters. */
const pieces = [
  '0', '1', '7', '12', '2019', '1988', '3.5', '1,200', '12,5', '-', '–', '/', '.', ',', '%', '$', 'HK$', '£', '€', 'US$',
  'EUR', 'RMB', 'USD', ' ', ' ', ' ', '\n', '(', ')', ':', "'", 'bn', 'm', 'k', 'th', 'st', 's', 'fold', 'of', 'the', 'a',
  'one', 'two', 'twenty', 'hundred', 'thousand', 'million', 'billion', 'half', 'third', 'thirds', 'first', 'second',
  'quarter', 'Q3', 'H1', 'March', 'May', 'Sept.', 'June', 'end of', 'early', 'mid-', 'in', 'since', 'to', 'or so', 'about',
  'more than', 'percent', 'per cent', 'yuan', 'Yuan', 'pounds', 'weighed', 'mu', 'hectares', 'feet', 'inch', 'decades',
  'years', 'year-old', 'times', 'the', 'people', 'households', 'firms', 'Top', 'Cities', 'session', 'century', '1990s',
  'am', 'No.', '\u00a0', '\u200b', '\ufeff', '\ud83d\ude00', '\ud800', '\udfff', '\u0000', '中', '年',
];
const newsLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

function check(text: string): void {
  let previousEnd = 0;
  const failures: unknown[] = [];
  const annotations = extractEnglishFigures(text, undefined, (error) => failures.push(error));
  // the engine contains a failing sentence, but no sentence should fail in the first place
  expect(failures).toEqual([]);
  for (const a of annotations) {
    expect(a.start).toBeGreaterThanOrEqual(previousEnd);
    expect(a.end).toBeGreaterThan(a.start);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    const v = a.figure.value;
    expect(typeof v === 'string' || Number.isFinite(v)).toBe(true);
    previousEnd = a.end;
  }
}

describe('English figures on arbitrary input', { timeout: 60_000 }, () => {
  it('never throw and keep offsets exact on news-like fragments', () => {
    fc.assert(fc.property(newsLike, check), { numRuns: 2000, examples: [['in the 1988 third quarter'], ['0—2019'], ['$'], ['1/0']] });
  });

  it('never throw on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 500 });
  });
});
