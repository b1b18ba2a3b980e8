// Words that hold a country's name without being a place: currencies (挪威克朗, 新加坡元) and
// a few set words (发展中国家, 沿海地区's 海地区). A name found inside one is dropped. The words
// come from world.json (notPlaces); one pass over the text finds them.
import { keyAt } from './name-index';
import type { Mention } from './recognize';

export class NotPlaceWords {
  /** Words by the key of their first two characters (no string made per position), longest first. */
  private byKey = new Map<number, string[]>();
  /** Whether some word starts with a character, by its code: most positions are passed over without a lookup. */
  private starts = new Uint8Array(65536);

  /** @param words world.json's notPlaces (space-separated) */
  constructor(words: string) {
    for (const word of words.split(' ').filter((w) => w.length >= 2)) {
      this.starts[word.charCodeAt(0)] = 1;
      const key = keyAt(word, 0);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), word].sort((a, b) => b.length - a.length));
    }
  }

  /** `mentions` without those lying inside one of the words. */
  drop(text: string, mentions: Mention[]): Mention[] {
    if (!mentions.length || !this.byKey.size) return mentions;
    const inside = new Int32Array(text.length + 1).fill(-1); // the end of the word covering each position
    for (let i = 0; i < text.length - 1; i++) {
      if (!this.starts[text.charCodeAt(i)]) continue;
      const word = this.byKey.get(keyAt(text, i))?.find((w) => text.startsWith(w, i));
      if (word) for (let k = i; k < i + word.length; k++) inside[k] = Math.max(inside[k], i + word.length);
    }
    // a word covering a mention's first character began at or before it: it holds the mention if it reaches its end
    return mentions.filter((m) => inside[m.start] < m.end);
  }
}
