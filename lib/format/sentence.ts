// A saved passage in its sentence, from the context its quote selector keeps (32 characters
// each side): the prefix from the last sentence end on, the suffix up to and with the next one.
// Where the context stops before the sentence does, an ellipsis says the sentence goes on. Where
// a sentence ends is lib/facts/sentence.ts's to say (Chinese and Latin stops, semicolons, line
// breaks; a stop before a digit, as in 3.5, goes on).
import { sentenceSpans, spanAt } from '../facts/sentence';

const ELLIPSIS = '…';
/** Stands for the passage between its context, and for the rest of the text after it: no sentence end, nor part of one. */
const ELSEWHERE = '\u0001';

/** The text around a passage that belongs to its sentence: before it and after it. */
export function sentenceAround(prefix: string, suffix: string): { before: string; after: string } {
  const text = prefix + ELSEWHERE + suffix + ELSEWHERE;
  const spans = sentenceSpans(text, 'zh');
  const sentence = spans[spanAt(spans, prefix.length)];
  const suffixEnd = text.length - ELSEWHERE.length;
  // the sentence reaches what follows the context: the context stops before it does
  const goesOn = sentence.end === text.length;
  const before = prefix.slice(sentence.start).trimStart();
  const after = text.slice(prefix.length + ELSEWHERE.length, Math.min(sentence.end, suffixEnd));
  return {
    before: sentence.start === 0 && prefix.length > 0 ? ELLIPSIS + before : before,
    after: goesOn && suffix.length > 0 ? after + ELLIPSIS : after.trimEnd(),
  };
}
