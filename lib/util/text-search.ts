// Searching a text near a place in it. String.indexOf from an offset reads on to the end of the
// text when the word is not near, so a rule that asks it once per mention makes one long
// document quadratic; these stop where the rule stops looking.

/** The first offset from `from` to `last` (both included) where `word` begins in `text`, else -1. */
export function firstAt(text: string, word: string, from: number, last: number): number {
  for (let at = from; at <= last; at++) if (text.startsWith(word, at)) return at;
  return -1;
}

/** The last offset from `from` down to `first` (both included) where `word` begins in `text`, else -1. */
export function lastAt(text: string, word: string, first: number, from: number): number {
  for (let at = from; at >= first; at--) if (text.startsWith(word, at)) return at;
  return -1;
}
