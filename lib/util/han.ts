// Whether a character is Chinese: the test the place rules make at a name's edges (a name may not
// start or end inside a run of Han characters that makes another word). By the character's code,
// as the rules ask it at most characters of a text.

/** Whether the UTF-16 unit `code` is a Han ideograph (the Unified block and CJK Extension A, not the hexagram symbols between). */
export const isHanCode = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** Whether `c` (a character of a text, or undefined past its end) holds a Han ideograph. */
export const isHan = (c: string | undefined): boolean => c !== undefined && isHanCode(c.charCodeAt(0));

const NUMERAL_DIGIT = /[0-9０-９〇零一二三四五六七八九十]/;
/** Whether `c` is a digit as a date or a count may write it: Arabic, full-width or Chinese (一, 〇, 十). */
export const isNumeralDigit = (c: string | undefined): boolean => c !== undefined && NUMERAL_DIGIT.test(c);

/**
 * The first position k from `from` to `from + reach` where one of `words` starts, the characters from `from` to k all Han
 * and at least `minGap` of them; -1 if none. The rules' look a few characters ahead for a word (等山区乡镇, 红河从县城南边流过)
 * stops at the first character that is no Han, so it never reads past a clause.
 */
export function hanWordAhead(text: string, from: number, reach: number, words: readonly string[], minGap = 0): number {
  for (let k = from; k <= from + reach && k <= text.length; k++) {
    if (k - from >= minGap && words.some((w) => text.startsWith(w, k))) return k;
    if (!isHan(text[k])) return -1;
  }
  return -1;
}
