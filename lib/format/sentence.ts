// A saved passage in its sentence, from the context its quote selector keeps (32 characters
// each side): the prefix from the last sentence end on, the suffix up to and with the next one.
// Where the context stops before the sentence does, an ellipsis says the sentence goes on.

/**
 * What ends a sentence, or a clause that stands as one in the list (semicolons, line breaks); an
 * English full stop only before a space, so that 3.5 goes on.
 */
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s)/;
const ELLIPSIS = '…';

/** Whether `text` has a sentence end at `i`. */
const endsAt = (text: string, i: number): boolean => SENTENCE_END.test(text.slice(i, i + 2)) && text.slice(i, i + 2).search(SENTENCE_END) === 0;

/** The text around a passage that belongs to its sentence: before it and after it. */
export function sentenceAround(prefix: string, suffix: string): { before: string; after: string } {
  let start = prefix.length;
  while (start > 0 && !endsAt(prefix, start - 1)) start--;
  const endAt = suffix.search(SENTENCE_END);
  const before = prefix.slice(start).trimStart();
  const after = endAt < 0 ? suffix : suffix.slice(0, endAt + 1);
  return {
    before: start === 0 && prefix.length > 0 ? ELLIPSIS + before : before,
    after: endAt < 0 && suffix.length > 0 ? after + ELLIPSIS : after.trimEnd(),
  };
}
