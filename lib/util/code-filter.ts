// A set of UTF-16 codes asked at each position of a text: the first characters of the names a
// text may hold (made per text), or of a word list's words (made once per list). A table of
// 65,536 entries answers as fast but costs more to make and clear, per text, than the pass it
// speeds up, and more memory per list; this keeps 4,096 bits, a code's
// low twelve, so codes that share them pass together: a code it passes is then looked up where
// the words are, as it would be without the filter.
export class CodeFilter {
  private bits = new Uint32Array(128);

  add(code: number): void {
    this.bits[(code >>> 5) & 127] |= 1 << (code & 31);
  }

  /** False when no code added shares `code`'s low twelve bits; true for every code added. */
  mayHave(code: number): boolean {
    return (this.bits[(code >>> 5) & 127] & (1 << (code & 31))) !== 0;
  }
}

/**
 * A table by UTF-16 code with 1 at the first code of each of `strings` (a list's characters, or its
 * words' first characters) and 0 elsewhere: exact, for a list made once and asked at every position
 * of a text, where a CodeFilter would also pass the codes that share low bits with them.
 */
export function firstCodeTable(strings: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const s of strings) table[s.charCodeAt(0)] = 1;
  return table;
}
