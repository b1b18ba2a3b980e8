// How pinyin and English names are put together from the readings of a name's characters. The
// build (scripts/build-data/place-names.ts) and the reader (Gazetteer) share these, so that the
// names the build computes are the names the reader rebuilds from the compact core file.

/** Syllables as one capitalised word, with an apostrophe before a, o, e after the first (Xī'ān). */
export function pinyinWord(syllables: readonly string[]): string {
  const joined = syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Pinyin without its tone marks, keeping ü (Lǚliáng → Lüliang). */
export function withoutTones(text: string): string {
  return text.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC');
}

/**
 * The pinyin of a name from the reading of each of its characters and the lengths of its words
 * after the core (淄川区: zī chuān qū, [1] → Zīchuān Qū).
 */
export function pinyinName(syllables: readonly string[], wordLengths: readonly number[]): string {
  const coreLength = syllables.length - wordLengths.reduce((a, b) => a + b, 0);
  const words = [syllables.slice(0, coreLength)];
  let at = coreLength;
  for (const length of wordLengths) words.push(syllables.slice(at, (at += length)));
  return words.map(pinyinWord).join(' ');
}

/** The English of a name from its pinyin and the English of what follows the core ('' for none). */
export function englishName(pinyin: string, tail: string): string {
  const core = withoutTones(pinyin.split(' ')[0]);
  return tail ? `${core} ${tail}` : core;
}
