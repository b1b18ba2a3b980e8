// Words that hold a country's name without being a place: currencies (挪威克朗, 新加坡元) and
// a few set words (发展中国家, 沿海地区's 海地区). A name found inside one is dropped. The words
// come from world.json (notPlaces); only the few positions where a word could cover a mention are read.
import { keyAt } from './name-index';
import type { Mention } from './recognize';
import { appendTo } from '../util/multimap';

export class NotPlaceWords {
  /** Words by the key of their first two characters (no string made per position), longest first. */
  private byKey = new Map<number, string[]>();
  /** Whether some word starts with a character, by its code: most positions are passed over without a lookup. */
  private starts = new Uint8Array(65536);
  private longest = 0;

  /** @param words world.json's notPlaces (space-separated) */
  constructor(words: string) {
    for (const word of words.split(' ').filter((w) => w.length >= 2)) {
      this.starts[word.charCodeAt(0)] = 1;
      this.longest = Math.max(this.longest, word.length);
      const key = keyAt(word, 0);
      appendTo(this.byKey, key, word).sort((a, b) => b.length - a.length);
    }
  }

  /** `mentions` without those lying inside one of the words. */
  drop(text: string, mentions: Mention[]): Mention[] {
    if (!mentions.length || !this.byKey.size) return mentions;
    return mentions.filter((m) => !this.holds(text, m));
  }

  // Whether a word covering the mention's first character (so starting at most the longest word's
  // length before it) reaches its end; the longest word at a position reaches furthest.
  private holds(text: string, m: Mention): boolean {
    for (let i = Math.max(0, m.start - this.longest + 1); i <= m.start && i < text.length - 1; i++) {
      if (!this.starts[text.charCodeAt(i)]) continue;
      const word = this.byKey.get(keyAt(text, i))?.find((w) => text.startsWith(w, i));
      if (word && i + word.length > m.start && i + word.length >= m.end) return true;
    }
    return false;
  }
}
