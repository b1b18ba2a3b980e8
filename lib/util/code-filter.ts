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
