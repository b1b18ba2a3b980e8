// The one way the engine looks a word list up at a position of a text: the list's words by their
// first character (or by their last, to read back from a position), so that most positions cost
// one table entry and the rest try only the few words that open with their character. Figures
// (units, periods, signs, the names of a unit before it), facts (the word lists a clause is asked
// about, at its edges), landmarks (words of place and path) and recognition (place markers) all ask
// "which word of this list starts (or ends) here?" at every position a pass visits.

/** An entry of a list: its word and whatever the list says of it (a unit, a month...). */
export interface Word {
  word: string;
}

/** A list of plain words as entries. */
export const toWords = (list: Iterable<string>): Word[] => Array.from(list, (word) => ({ word }));

/** The entries of one first character, with their words apart (a loop over strings of one shape). */
interface Slot<T> {
  words: string[];
  entries: T[];
  /**
   * By the second character, for a first character that opens many words (sixty numeral words open
   * with 一): the words with that second character, then those of one character, in the slot's
   * order. Under ONE_CHARACTER, those of one character alone.
   */
  bySecond?: Map<number, { words: string[]; entries: T[] }>;
}

// The key of the words of one character among those of a first character (no character's code).
const ONE_CHARACTER = -1;
/** Fewer words than this under one first character are tried one by one, with no table by the second. */
const SECOND_TABLE_FROM = 4;

/**
 * A list of words by first character. By default the longest word first, ties in the list's order,
 * so that `match` finds 平方公里 before 平方; `{ listed: true }` keeps the list's order, for a pass
 * that wants every word at a position in the order the lists give them (eachAt), or the first the
 * list gives. `{ edge: 'end' }` keys the words by their last character instead, for `matchBefore`
 * (a word ending at a position); `match`, `eachAt` and `opens` then see only the words whose last
 * character stands there, so such an index is asked by matchBefore alone.
 *
 * The first characters are a table in pages of 256 codes made only where some word opens: one or
 * two array reads per position, as a table of all 65,536 codes, in half a kilobyte per page used
 * (a list's 128 KB table, as landmarks kept, for each of the figures' thirty lists would be 4 MB).
 * A word of no characters is left out: it would stand everywhere.
 */
export class WordIndex<T extends Word> {
  private pages: Array<Uint16Array | undefined> = [];
  private slots: Array<Slot<T>> = [];

  constructor(entries: Iterable<T>, { listed = false, edge = 'start' }: { listed?: boolean; edge?: 'start' | 'end' } = {}) {
    const all = [...entries];
    if (!listed) all.sort((a, b) => b.word.length - a.word.length);
    for (const e of all) {
      if (e.word.length === 0) continue;
      const code = e.word.charCodeAt(edge === 'start' ? 0 : e.word.length - 1);
      let slot = this.slotOf(code);
      if (!slot) {
        const page = (this.pages[code >>> 8] ??= new Uint16Array(256));
        page[code & 255] = this.slots.push((slot = { words: [], entries: [] }));
      }
      slot.words.push(e.word);
      slot.entries.push(e);
    }
    // In the list's order a word of one character may come before longer ones, which the table by
    // the second character would try last: such an index tries its slot's words in order.
    if (!listed && edge === 'start') for (const slot of this.slots) if (slot.words.length >= SECOND_TABLE_FROM) slot.bySecond = bySecondCharacter(slot);
  }

  private slotOf(code: number): Slot<T> | undefined {
    const page = this.pages[code >>> 8];
    if (page === undefined) return undefined;
    const k = page[code & 255];
    return k === 0 ? undefined : this.slots[k - 1];
  }

  /** Whether some word opens with the character of this code. */
  opens(code: number): boolean {
    const page = this.pages[code >>> 8];
    return page !== undefined && page[code & 255] !== 0;
  }

  /** Every word indexed (a scanner builds its trigger characters from them). */
  words(): string[] {
    return this.slots.flatMap((slot) => slot.words);
  }

  /** The first entry, in the index's order (the longest, by default), whose word starts at `at` and ends by `end`. */
  match(text: string, at: number, end = text.length): T | undefined {
    const slot = this.slotOf(text.charCodeAt(at));
    if (slot === undefined) return undefined;
    const { words, entries } = slot.bySecond ? (slot.bySecond.get(text.charCodeAt(at + 1)) ?? slot.bySecond.get(ONE_CHARACTER)!) : slot;
    const room = end - at;
    for (let k = 0; k < words.length; k++) if (words[k].length <= room && text.startsWith(words[k], at)) return entries[k];
    return undefined;
  }

  /** In an index by last character: the first entry whose word ends at `end` (exclusive) and starts at `start` or after. */
  matchBefore(text: string, end: number, start = 0): T | undefined {
    const slot = this.slotOf(text.charCodeAt(end - 1));
    if (slot === undefined) return undefined;
    const { words, entries } = slot;
    // (startsWith reads a position before 0 as 0: the word must fit after `start`)
    for (let k = 0; k < words.length; k++) if (end - words[k].length >= start && text.startsWith(words[k], end - words[k].length)) return entries[k];
    return undefined;
  }

  /** The word of `match`. */
  wordAt(text: string, at: number): string | undefined {
    return this.match(text, at)?.word;
  }

  /** The word of `matchBefore`. */
  wordBefore(text: string, end: number, start = 0): string | undefined {
    return this.matchBefore(text, end, start)?.word;
  }

  /** Whether a word of the list starts at `at`. */
  startsAt(text: string, at: number): boolean {
    return this.match(text, at) !== undefined;
  }

  /**
   * Calls `visit` with each entry whose word starts at `at` and ends by `end`, in the index's
   * order, until it returns true (then true).
   */
  eachAt(text: string, at: number, visit: (entry: T) => boolean | void, end = text.length): boolean {
    const slot = this.slotOf(text.charCodeAt(at));
    if (slot === undefined) return false;
    const { words, entries } = slot;
    const room = end - at;
    for (let k = 0; k < words.length; k++) if (words[k].length <= room && text.startsWith(words[k], at) && visit(entries[k])) return true;
    return false;
  }
}

/** A slot's words by their second character (see Slot.bySecond); the order within each is the slot's. */
function bySecondCharacter<T>(slot: Slot<T>): Map<number, { words: string[]; entries: T[] }> {
  const out = new Map<number, { words: string[]; entries: T[] }>();
  const single = { words: [] as string[], entries: [] as T[] };
  slot.words.forEach((word, k) => {
    if (word.length === 1) {
      single.words.push(word);
      single.entries.push(slot.entries[k]);
      return;
    }
    const second = word.charCodeAt(1);
    let group = out.get(second);
    if (!group) out.set(second, (group = { words: [], entries: [] }));
    group.words.push(word);
    group.entries.push(slot.entries[k]);
  });
  for (const group of out.values()) {
    group.words.push(...single.words);
    group.entries.push(...single.entries);
  }
  out.set(ONE_CHARACTER, single);
  return out;
}
