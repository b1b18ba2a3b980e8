// Which characters of a text some spans cover: the rules that must not read a name across one
// already found ask this of every stretch they try, so the answer is one array, built once.

/** Per character of a text `length` long, 1 where one of `spans` covers it and 0 elsewhere (one more slot, for an end). */
export function coverage(length: number, spans: Iterable<{ start: number; end: number }>): Uint8Array {
  const covered = new Uint8Array(length + 1);
  for (const s of spans) covered.fill(1, s.start, s.end);
  return covered;
}

/** Whether `covered` (coverage's array) marks any character from `start` to `end`: a stretch that would read a name across one already found. */
export const anyCovered = (covered: Uint8Array, start: number, end: number): boolean => covered.subarray(start, end).includes(1);
