// Reads one English numeral at a position: digits (1,500.25, 2.3bn, 250m), number words
// (two hundred and fifty, twenty-five), scale words after either (3.2 billion, two million),
// ordinals (third, 21st, twenty-first), fractions (one-sixth, two-thirds, 1/2) and vague amounts
// (millions, tens of thousands). What the numeral measures is decided by the caller (./en.ts).
import {
  HUNDRED, alternation, cardinals, groupWords, multiplierWords, denominators, fractionBefore, fractionComparatives, fractionFollowers, isPlural, metreSuffixAfter, ordinalWords, scaleSuffixes, scales, suffixesNeedingSymbol, UNIT_AT,
  vagueAmounts,
} from './en-vocabulary';
import { LONGEST_NUMBER_DIGITS } from './numerals';

export type NumeralKind = 'digits' | 'words' | 'ordinal' | 'fraction' | 'vague' | 'multiplier';

export interface Numeral {
  start: number;
  end: number;
  value: number;
  kind: NumeralKind;
  /** The scale applied (1e6 for "2 million" or "2m"), 1 when none. */
  scale: number;
  /** 300m before "long" or "high": metres, not millions. */
  metres?: boolean;
}

// 1,200, India's 1,32,000 and 10 000 (a space or a thin space between the thousands, as SI and some papers write them)
const DIGITS = /^[-−]?(?:(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d]|[.,]\d)|\d+)(?:\.\d+)?|\.\d+)/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?![A-Za-z])/i;
const DIGIT_FRACTION = /^\/(\d{1,2})(?![\d/])/;
const MIXED_FRACTION = /^ ([1-7])\/([2348])(?![\d/])/;
// 30m² is an area, not 30 million
const SCALE_SUFFIX = new RegExp(`^(${alternation(Object.keys(scaleSuffixes))})(?![A-Za-z0-9²³])`, 'i');
/** A scale word after a space, or a hyphen in a compound adjective (a 1.5-billion-yuan farm). */
const SCALE_WORD = new RegExp(`^[ \\u00a0-](${alternation(Object.keys(scales))})(?![A-Za-z])`, 'i');
/** A length in feet or inches in brackets, the conversion British papers give after metres. */
const IMPERIAL_AFTER = /^\s*\(\d[\d.,]*\s?(?:ft|feet|foot|in|inches)\b/;
const VAGUE = new RegExp(`^(?:${alternation(Object.keys(vagueAmounts))})(?![A-Za-z])`, 'i');
const WORD = /^[A-Za-z]+/;
/** A word, or two joined by a hyphen (twenty-first), group 1 the first. */
const ORDINAL_WORD = /^([A-Za-z]+)(?:-[A-Za-z]+)?/;
const NEXT_WORD = /^[\s-]*([A-Za-z]+)/;
const DENOMINATOR = new RegExp(`^[ -](${alternation(Object.keys(denominators))})(?![A-Za-z])`, 'i');
const HALF_A_SCALE = new RegExp(`^half an? (${alternation(Object.keys(scales))})(?![A-Za-z])`, 'i');
/**
 * A share after a whole number (17 and a half, one and a quarter million), a scale word (a million and a half) or a
 * unit (a day and a half), with spaces or, as British papers join them, hyphens (one-and-a-half times, a
 * two-and-a-half-year deal): numerator group 1, denominator group 2.
 */
const AND_A_FRACTION = new RegExp(`^[ -]and[ -](an?|${alternation(Object.keys(cardinals).filter((w) => cardinals[w] < 10))})[ -](${alternation(Object.keys(denominators))})(?![A-Za-z])`, 'i');

/** The share written after `at` (" and a half" is 0.5, " and three quarters" 0.75) and its length, if any. */
export function andAFraction(s: string, at: number): { value: number; length: number } | undefined {
  const m = AND_A_FRACTION.exec(s.slice(at, at + 24));
  if (!m) return undefined;
  return { value: (/^an?$/i.test(m[1]) ? 1 : cardinals[m[1].toLowerCase()]) / denominators[m[2].toLowerCase()], length: m[0].length };
}
/** half a dozen (group 1), or half a or an before a unit's word (half an hour). */
const HALF_A = new RegExp(`^half an? (?:(${alternation(groupWords)})(?![A-Za-z]))?`, 'i');

/** Scale words after a numeral (2.3 billion, two million). */
function withScale(s: string, n: Numeral): Numeral {
  const m = SCALE_WORD.exec(s.slice(n.end, n.end + 16));
  if (!m) return n;
  const scale = scales[m[1].toLowerCase()];
  return { ...n, end: n.end + m[0].length, value: n.value * scale, scale: n.scale * scale };
}

/** Whether an ordinal suffix is the one the digits take (21st, 12th, 3rd): 9st is nine stone, not an ordinal. */
function suffixFits(digits: string, suffix: string): boolean {
  const teen = /1\d$/.test(digits);
  const last = teen ? 't' : ({ '1': 's', '2': 'n', '3': 'r' } as Record<string, string>)[digits[digits.length - 1]] ?? 't';
  return suffix[0].toLowerCase() === last;
}

/** Digits, with an ordinal suffix, a fraction bar, a glued scale letter or a scale word after them. */
function readDigits(s: string, at: number): Numeral | undefined {
  const m = DIGITS.exec(s.slice(at, at + 40));
  if (!m) return undefined;
  const raw = m[0].replace(/[, \u00a0\u2009\u202f]/g, '').replace('−', '-');
  let end = at + m[0].length;
  const value = Number(raw);
  // a serial or a corrupt line: more digits than a number is written with
  if (!Number.isFinite(value) || raw.replace(/^-/, '').split('.')[0].length > LONGEST_NUMBER_DIGITS) return undefined;
  const after = s.slice(end, end + 24);
  const ordinal = ORDINAL_SUFFIX.exec(after);
  if (ordinal && /^\d+$/.test(raw) && suffixFits(raw, ordinal[0])) return { start: at, end: end + ordinal[0].length, value, kind: 'ordinal', scale: 1 };
  const fraction = DIGIT_FRACTION.exec(after);
  if (fraction && /^\d+$/.test(raw) && Number(fraction[1]) > value) {
    return { start: at, end: end + fraction[0].length, value: value / Number(fraction[1]), kind: 'fraction', scale: 1 };
  }
  // 2 1/2 hours: a whole number and a proper fraction in halves, thirds, quarters or eighths (not 5 3/12)
  const mixed = MIXED_FRACTION.exec(after);
  if (mixed && /^\d+$/.test(raw) && Number(mixed[1]) < Number(mixed[2])) {
    return withScale(s, { start: at, end: end + mixed[0].length, value: value + Number(mixed[1]) / Number(mixed[2]), kind: 'digits', scale: 1 });
  }
  const suffix = SCALE_SUFFIX.exec(after);
  // k and b alone are scales only after a currency symbol (£30k) or a decimal part before a counted noun (3.5k comments,
  // which names nothing); 4K, 5B, a 5k race and a 1.5k walk are names
  const symbolBefore = /[$€£¥₹₩]\s?$/.test(s.slice(Math.max(0, at - 2), at));
  const countedAfter = (from: number) => isPlural(/^\s+([A-Za-z]+)/.exec(s.slice(from, from + 24))?.[1] ?? '');
  if (suffix && !(suffixesNeedingSymbol.has(suffix[1].toLowerCase()) && !symbolBefore && !(raw.includes('.') && countedAfter(end + suffix[0].length)))) {
    const letters = suffix[1].toLowerCase();
    end += suffix[0].length;
    // $500m from investors stays money
    if (letters === 'm' && !symbolBefore) {
      const next = NEXT_WORD.exec(s.slice(end, end + 20));
      // 4m (13ft): a length given again in feet or inches is a length
      if ((next && metreSuffixAfter.has(next[1].toLowerCase())) || IMPERIAL_AFTER.test(s.slice(end, end + 16))) return { start: at, end, value, kind: 'digits', scale: 1, metres: true };
    }
    const scale = scaleSuffixes[letters];
    return { start: at, end, value: value * scale, kind: 'digits', scale };
  }
  // 17 and a half hours
  const share = /^\d+$/.test(raw) ? andAFraction(s, end) : undefined;
  if (share) return withScale(s, { start: at, end: end + share.length, value: value + share.value, kind: 'digits', scale: 1 });
  return withScale(s, { start: at, end, value, kind: 'digits', scale: 1 });
}

/** A word and where it ends, if the text at `at` is one of `table`'s words. */
function wordAt(s: string, at: number, table: Record<string, number>): { word: string; end: number; value: number } | undefined {
  const m = WORD.exec(s.slice(at, at + 20));
  if (!m) return undefined;
  const word = m[0].toLowerCase();
  return word in table ? { word, end: at + m[0].length, value: table[word] } : undefined;
}

type WordKind = 'unit' | 'tens' | 'hundred' | 'scale';

/**
 * Number words in a row: two hundred and fifty thousand, twenty-five, a dozen. The words must
 * follow each other as numbers do (a unit word is followed only by hundred or a scale), so
 * "one two-hour session" does not read as 3.
 */
function readWords(s: string, at: number): Numeral | undefined {
  let total = 0;
  let current = 0;
  let end = at;
  let last: WordKind | undefined;
  let pos = at;
  let scaled = 1;
  const article = /^an? /i.exec(s.slice(at, at + 3));
  if (article) {
    // "a hundred", "a million", "a dozen", "a third": the article stands for one
    current = 1;
    last = 'unit';
    end = at + article[0].length - 1;
    pos = at + article[0].length;
  }
  for (;;) {
    const m = WORD.exec(s.slice(pos, pos + 20));
    if (!m) break;
    // tenfold: the number word is the stem, "fold" the unit after it
    const word = m[0].toLowerCase().replace(/(?<=.)fold$/, '');
    let kind: WordKind | undefined;
    if (word === HUNDRED) kind = 'hundred';
    else if (word in scales) kind = 'scale';
    else if (word in cardinals) kind = cardinals[word] >= 20 && cardinals[word] % 10 === 0 ? 'tens' : 'unit';
    if (!kind) break;
    const v = kind === 'hundred' || kind === 'scale' ? 0 : cardinals[word];
    const allowed =
      last === undefined
        ? kind === 'unit' || kind === 'tens'
        : last === 'unit'
          ? kind === 'hundred' || kind === 'scale' || groupWords.has(word)
          : last === 'tens'
            ? (kind === 'unit' && v < 10) || kind === 'hundred' || kind === 'scale'
            : kind === 'unit' || kind === 'tens' || (last === 'hundred' && kind === 'scale');
    if (!allowed) break;
    if (groupWords.has(word)) current = (current || 1) * cardinals[word];
    else if (kind === 'hundred') current = (current || 1) * 100;
    else if (kind === 'scale') {
      total += (current || 1) * scales[word];
      scaled = Math.max(scaled, scales[word]);
      current = 0;
    } else current += v;
    last = kind;
    end = pos + word.length;
    // the next word follows after a space or a hyphen, or after "and" inside the number
    const gap = /^(?: and |[ -])/.exec(s.slice(end, end + 5));
    if (!gap) break;
    pos = end + gap[0].length;
  }
  if (end === at || last === undefined) return undefined;
  return { start: at, end, value: total + current, kind: 'words', scale: scaled };
}

/** Ordinal words: third, twenty-first (a compound first, then its first word: first-hand is first). */
function readOrdinalWord(s: string, at: number): Numeral | undefined {
  const m = ORDINAL_WORD.exec(s.slice(at, at + 30));
  if (!m) return undefined;
  const word = [m[0], m[1]].map((w) => w.toLowerCase()).find((w) => ordinalWords.has(w));
  return word ? { start: at, end: at + word.length, value: ordinalWords.get(word)!, kind: 'ordinal', scale: 1 } : undefined;
}

/**
 * Whether "a third" (ending at `end`) is a share: before "of" (a third of the land) or a comparative
 * (a quarter fewer), or after
 * "by", "down" and the like with no noun of its own after it (grew by a fifth since 2010, down a
 * fifth on last summer, but by a third party).
 */
function articleFraction(s: string, at: number, end: number): boolean {
  if (/^ of\b/.test(s.slice(end, end + 4))) return true;
  const comparative = /^ ([A-Za-z]+)/.exec(s.slice(end, end + 16))?.[1];
  if (comparative && fractionComparatives.has(comparative.toLowerCase())) return true;
  const before = /([A-Za-z]+) $/.exec(s.slice(Math.max(0, at - 12), at))?.[1];
  if (!before || !fractionBefore.has(before.toLowerCase())) return false;
  const next = /^ ([A-Za-z]+)/.exec(s.slice(end, end + 16))?.[1];
  return !next || fractionFollowers.has(next.toLowerCase());
}

/** one-sixth, two-thirds, three quarters, a third (of): a cardinal over a denominator word. */
function readFractionWords(s: string, at: number, numerator: Numeral | undefined): Numeral | undefined {
  if (!numerator || numerator.kind !== 'words' || numerator.scale !== 1 || numerator.value > 10) return undefined;
  const m = DENOMINATOR.exec(s.slice(numerator.end, numerator.end + 16));
  if (!m) return undefined;
  const article = /^an? /i.test(s.slice(at, at + 3));
  const end = numerator.end + m[0].length;
  // "a third term" is an ordinal
  if (article && !articleFraction(s, at, end)) return undefined;
  return { start: at, end, value: numerator.value / denominators[m[1].toLowerCase()], kind: 'fraction', scale: 1 };
}

/** The numeral that starts at `at`, if any. */
export function readNumeral(s: string, at: number): Numeral | undefined {
  const c = s[at];
  // .5%: a decimal without its leading zero, as American copy writes it
  if ((c >= '0' && c <= '9') || ((c === '-' || c === '−' || c === '.') && /\d/.test(s[at + 1] ?? ''))) return readDigits(s, at);
  const vague = VAGUE.exec(s.slice(at, at + 24));
  if (vague) {
    const value = vagueAmounts[vague[0].toLowerCase()];
    return { start: at, end: at + vague[0].length, value, kind: 'vague', scale: value };
  }
  const halfScale = HALF_A_SCALE.exec(s.slice(at, at + 20));
  if (halfScale) {
    const scale = scales[halfScale[1].toLowerCase()];
    return { start: at, end: at + halfScale[0].length, value: scale / 2, kind: 'words', scale };
  }
  // half an hour, half a metre, half a dozen: a half of the unit or the number after it
  const halfA = HALF_A.exec(s.slice(at, at + 30));
  if (halfA && (halfA[1] || UNIT_AT.test(s.slice(at + halfA[0].length, at + halfA[0].length + 30)))) {
    return halfA[1] ? { start: at, end: at + halfA[0].length, value: cardinals[halfA[1].toLowerCase()] / 2, kind: 'words', scale: 1 } : { start: at, end: at + halfA[0].length - 1, value: 0.5, kind: 'words', scale: 1 };
  }
  if (/^half(?![A-Za-z])/i.test(s.slice(at, at + 5))) return { start: at, end: at + 4, value: 0.5, kind: 'fraction', scale: 1 };
  const multiplier = wordAt(s, at, multiplierWords);
  if (multiplier) return { start: at, end: multiplier.end, value: multiplier.value, kind: 'multiplier', scale: 1 };
  let words = readWords(s, at);
  // two and a half years, one and a quarter million; a million and a half (the share is of the scale)
  const share = words && (words.scale > 1 || !/^an? /i.test(s.slice(at, at + 3))) ? andAFraction(s, words.end) : undefined;
  if (words && share) {
    const end = words.end + share.length;
    words = words.scale > 1 ? { ...words, end, value: words.value + share.value * words.scale } : withScale(s, { ...words, end, value: words.value + share.value });
  }
  const fraction = readFractionWords(s, at, words);
  if (fraction) return fraction;
  const ordinal = readOrdinalWord(s, at);
  if (ordinal && (!words || ordinal.end > words.end)) return ordinal;
  return words;
}
