// The one way the engine looks a word list up at a position of a text: the list's words by their
// first character, so that most positions cost one table entry and the rest try only the few words
// that open with their character. Figures (units, periods, signs), facts (the word lists a clause
// is asked about), landmarks (words of place and path) and recognition (place markers) all ask
// "which word of this list starts here?" at every position a pass visits.

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
 * that wants every word at a position in the order the lists give them (eachAt).
 *
 * The first characters are a table in pages of 256 codes made only where some word opens: one or
 * two array reads per position, as a table of all 65,536 codes, in a few kilobytes per list.
 */
export class WordIndex<T extends Word> {
  private pages: Array<Uint16Array | undefined> = [];
  private slots: Array<Slot<T>> = [];

  constructor(entries: Iterable<T>, { listed = false }: { listed?: boolean } = {}) {
    const all = [...entries];
    if (!listed) all.sort((a, b) => b.word.length - a.word.length);
    for (const e of all) {
      if (e.word.length === 0) continue;
      const code = e.word.charCodeAt(0);
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
    if (!listed) for (const slot of this.slots) if (slot.words.length >= SECOND_TABLE_FROM) slot.bySecond = bySecondCharacter(slot);
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

  /** The first entry, in the index's order (the longest, by default), whose word starts at `at`. */
  match(text: string, at: number): T | undefined {
    const slot = this.slotOf(text.charCodeAt(at));
    if (slot === undefined) return undefined;
    const { words, entries } = slot.bySecond ? (slot.bySecond.get(text.charCodeAt(at + 1)) ?? slot.bySecond.get(ONE_CHARACTER)!) : slot;
    for (let k = 0; k < words.length; k++) if (text.startsWith(words[k], at)) return entries[k];
    return undefined;
  }

  /** The word of `match`. */
  wordAt(text: string, at: number): string | undefined {
    return this.match(text, at)?.word;
  }

  /** Whether a word of the list starts at `at`. */
  startsAt(text: string, at: number): boolean {
    return this.match(text, at) !== undefined;
  }

  /** Calls `visit` with each entry whose word starts at `at`, in the index's order. */
  eachAt(text: string, at: number, visit: (entry: T) => void): void {
    const slot = this.slotOf(text.charCodeAt(at));
    if (slot === undefined) return;
    const { words, entries } = slot;
    for (let k = 0; k < words.length; k++) if (text.startsWith(words[k], at)) visit(entries[k]);
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
