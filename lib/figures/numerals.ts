// Reads a number written the way Chinese news writes numbers: arabic digits (ASCII or
// full-width) with thousands separators and decimals, Chinese numerals (两千多, 一百零五,
// 三万四千), the mixed forms (3万4000, 1,100万, 25万6千, 20余万), the spoken forms (两万四 is
// 24000, 一百十五, 三千零十), Chinese decimals (十二点五) and ranges of neighbouring digits
// (三四十 is 30 to 40).
//
// The reader is a hand-written scanner rather than a regular expression because the value
// is computed while scanning (section arithmetic for 十/百/千 inside 万/亿), and because the
// content script calls it for every numeral character on a page.

import { numeralWords, roughNumerals, units } from './vocabulary';
import { firstCodeTable } from '../util/code-filter';

/** What a numeral at a position reads as. */
export interface NumeralMatch {
  value: number;
  /** Index just past the numeral (including an inside 多/余). */
  end: number;
  /** 多 or 余 inside the number (两千多, 300余, 20余万), or 几/数 (数百, 十几). */
  approx: boolean;
  /** The numeral is the single character 一 (value-1 phrases such as 一天 are not figures). */
  bareOne: boolean;
  /** The numeral used only arabic digits (2019, 3,642.40), no magnitudes. */
  arabicOnly: boolean;
  /** Number of integer digits when arabicOnly (years are four digits). */
  digits: number;
  /** The numeral ended in a magnitude character (十 百 千 万 亿), as in 百亿 or 五十. */
  endsWithMagnitude: boolean;
  /** The last magnitude applied (1e4 for 5万, 1000 for 25万6千), 1 when none. */
  magnitude: number;
  /** The upper end of a range of neighbouring digits (三四十: value 30, high 40). */
  high?: number;
}

// Maps rather than objects: a character read from the text is a new string, and a Map finds it by
// its hash where an object's property lookup would first have to intern it.
const DIGITS = new Map<string, number>(Object.entries({
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
}));
const SMALL_MAGNITUDES = new Map<string, number>(Object.entries({ 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }));
const BIG_MAGNITUDES = new Map<string, number>(Object.entries({ 万: 1e4, 亿: 1e8 }));
/** Old single characters for a number of tens, read as 二十, 三十, 四十 are (廿三日 is the 23rd, 卅年 thirty years). */
const TENS = new Map<string, number>(Object.entries({ 廿: 20, 卅: 30, 卌: 40 }));
/** Characters that open a vague amount before a magnitude (数百, 几十, 上万). */
const VAGUE = '几数上';
/**
 * More digits in a row than any figure is written with (a figure as large as 10^15 is written with
 * a magnitude, 1000万亿 or 1 quadrillion): a serial, an identity number, a code or a corrupt line, no
 * number. Shared by the Chinese and English readers.
 */
export const LONGEST_NUMBER_DIGITS = 15;

/** How many digits (arabic, full-width or Chinese) stand in a row at i. */
export function digitRunAt(text: string, i: number): number {
  let k = i;
  while (k < text.length && (digitAt(text, k) >= 0 || DIGITS.has(text[k]))) k++;
  return k - i;
}

/** Every character that can open a numeral, for the figure scanner's trigger. */
export const NUMERAL_START_CHARS = ['0123456789０１２３４５６７８９', ...DIGITS.keys(), ...SMALL_MAGNITUDES.keys(), ...BIG_MAGNITUDES.keys(), ...TENS.keys(), VAGUE].join('');
/** The same without the characters that open a vague amount only before a magnitude: 上 of 账上一分钱 is no part of a number. */
export const NUMBER_CHARS = [...NUMERAL_START_CHARS].filter((c) => !VAGUE.includes(c)).join('');

/**
 * Every character a numeral's reading can go on with, by code: the reading stops at any other
 * character without making a string of it (most numerals end at the character after them).
 */
const NUMERAL_CHAR = firstCodeTable([NUMERAL_START_CHARS, '零〇几点多余来把'].join(''));

/** ASCII or full-width digit value at i, or -1. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/**
 * Reads an arabic number at i: digits, optional `,` thousands groups (exactly three digits
 * follow each comma) and an optional decimal part after `.` or `．`.
 */
function readArabic(text: string, i: number): { value: number; end: number; digits: number } | null {
  if (digitAt(text, i) < 0) return null;
  let s = '';
  let j = i;
  while (j < text.length) {
    const d = digitAt(text, j);
    if (d >= 0) {
      s += d;
      j++;
    } else if (
      text[j] === ',' &&
      digitAt(text, j + 1) >= 0 && digitAt(text, j + 2) >= 0 && digitAt(text, j + 3) >= 0 &&
      digitAt(text, j + 4) < 0
    ) {
      j++; // thousands separator
    } else break;
  }
  const digits = s.length;
  if ((text[j] === '.' || text[j] === '．') && digitAt(text, j + 1) >= 0) {
    s += '.';
    j++;
    while (digitAt(text, j) >= 0) s += digitAt(text, j++);
  }
  return { value: Number(s), end: j, digits };
}

/** Up to `max` ASCII digits at `i` (6米42, 12秒35), '' when none. */
export function arabicDigitsAt(text: string, i: number, max: number): string {
  let k = 0;
  while (k < max && text.charCodeAt(i + k) >= 48 && text.charCodeAt(i + k) <= 57) k++;
  return text.slice(i, i + k);
}

/** The Chinese digits (一 to 九, 零) at i, at most `max` of them, as a string of arabic digits. */
export function chineseDigitsAt(text: string, i: number, max: number): string {
  let digits = '';
  while (digits.length < max && DIGITS.has(text[i + digits.length])) digits += DIGITS.get(text[i + digits.length])!;
  return digits;
}

/**
 * Rounds away binary noise such as 3642.40 * 1e8 = 364240000000.00006. An integer of at most
 * 12 digits (most figures) is its own rounding: it is returned without the trip through a string.
 */
function clean(v: number): number {
  if (Number.isInteger(v) && v !== 0 && Math.abs(v) < 1e12) return v;
  return Number(v.toPrecision(12));
}

/**
 * Reads the numeral starting at i, or returns null when i does not start one.
 * `一` followed by nothing numeric is returned with bareOne so callers can apply the
 * value-1 rule; 几 and 数 count only before a magnitude (数百万, 几十). `loneMagnitude`
 * lets 万 or 亿 alone mean one of it, as after 近 or 超 (近万名, 超亿元).
 */
export function readNumeral(text: string, i: number, loneMagnitude = false): NumeralMatch | null {
  if (i === last.at && loneMagnitude === last.loneMagnitude && text === last.text) return last.match;
  const match = readNumeralAt(text, i, loneMagnitude);
  last.text = text;
  last.at = i;
  last.loneMagnitude = loneMagnitude;
  last.match = match;
  return match;
}

// The numeral read last: the matchers at one position of the scan each read the numeral that
// starts there (a span of quarters, a century, the number itself), so it is read once. A match is
// never changed by its readers (they copy it), so one object serves them all.
const last: { text: string; at: number; loneMagnitude: boolean; match: NumeralMatch | null } = { text: '', at: -1, loneMagnitude: false, match: null };

function readNumeralAt(text: string, i: number, loneMagnitude: boolean): NumeralMatch | null {
  const rough = roughNumerals.match(text, i);
  if (rough) {
    // 百十来个, 万儿八千: a spoken round amount, approximate
    const end = i + rough.word.length + (text[i + rough.word.length] === '来' ? 1 : 0);
    return { value: rough.value, end, approx: true, bareOne: false, arabicOnly: false, digits: 0, endsWithMagnitude: true, magnitude: rough.magnitude, ...(rough.high !== undefined && { high: rough.high }) };
  }
  let total = 0; // completed 亿/万 sections
  let section = 0; // below 万
  let pending = 0; // last digit value not yet multiplied
  let hasPending = false;
  let approx = false;
  let arabicOnly = true;
  let digitsCount = 0;
  let endsWithMagnitude = false;
  let tokens = 0;
  let chineseDigitRun = ''; // for 二〇一九 style digit-by-digit years
  let j = i;
  let lastWasMagnitudeSmall = 0;
  let magnitude = 1;
  let afterZero = false; // the last token was a place-holding 零 (三千零十)
  let afterMagnitude = false; // the pending digit came right after a magnitude (两万四)
  let pendingWidth = 0; // characters of the pending digits (1 in 两万四 and 1万2)
  let decimal = false; // a Chinese decimal was read (三点五)
  // A range of neighbouring digits (三四十): how much the high end adds to the value, and
  // whether that digit is still pending, inside the section or inside the total.
  let rangeWeight = 0;
  let rangeIn: 'pending' | 'section' | 'total' = 'pending';
  let rangeAfterMagnitude = false; // the range's low digit came right after a magnitude (一万三四)

  for (;;) {
    if (!NUMERAL_CHAR[text.charCodeAt(j)]) break; // past the text's end too
    const c = text[j];
    const arabic = readArabic(text, j);
    if (arabic) {
      if (hasPending || decimal) break; // two numbers in a row: stop before the second
      afterMagnitude = tokens > 0 && !afterZero;
      pending = arabic.value;
      pendingWidth = arabic.end - j;
      hasPending = true;
      digitsCount = arabic.digits;
      j = arabic.end;
      tokens++;
      endsWithMagnitude = false;
      afterZero = false;
      continue;
    }
    if ((c === '零' || c === '〇') && !hasPending && (section > 0 || total > 0)) {
      afterZero = true;
      j++; // 一百零五, 三万零五百: 零 only holds a place
      continue;
    }
    const d = DIGITS.get(c);
    if (d !== undefined) {
      if (decimal) break;
      if (hasPending && chineseDigitRun === '') break;
      if (c === '两' && ((hasPending && chineseDigitRun.length === 1 && pending !== 1) || (!hasPending && lastWasMagnitudeSmall === 10))) {
        // 三两个 is two or three of them; 二两白酒 and 十两 weigh liang, 两 is the unit
        if (pending === 3 && units.match(text, j + 1)?.type === 'count') {
          pending = 2;
          rangeWeight = 1;
          rangeIn = 'pending';
          approx = true;
          chineseDigitRun = '';
          j++;
          continue;
        }
        break;
      }
      if (hasPending && chineseDigitRun.length === 1 && (d === pending + 1 || (pending === 3 && d === 5)) && pending > 0 && !rangeWeight) {
        // 两三个, 三四百, 十七八岁, and the spoken 三五天: two near digits make a range, kept as low and high
        approx = true;
        rangeWeight = d - pending;
        rangeIn = 'pending';
        chineseDigitRun = '';
        rangeAfterMagnitude = afterMagnitude;
        afterMagnitude = false;
        j++;
        continue;
      }
      // after a magnitude a second digit starts another number (两万四 三...)
      if (hasPending && (section > 0 || total > 0)) break;
      // 二〇一九: digits in sequence without magnitudes read digit by digit
      if (!hasPending) afterMagnitude = tokens > 0 && !afterZero;
      chineseDigitRun = hasPending ? chineseDigitRun + d : String(d);
      pendingWidth = chineseDigitRun.length;
      pending = d;
      hasPending = true;
      arabicOnly = false;
      j++;
      tokens++;
      endsWithMagnitude = false;
      afterZero = false;
      continue;
    }
    if ((VAGUE.includes(c) && tokens === 0) || (c === '几' && lastWasMagnitudeSmall)) {
      // 数百, 几十, 上万: a vague count; 十几: vague units after a magnitude
      const next = text[j + 1];
      if (c === '几' && lastWasMagnitudeSmall) {
        approx = true;
        j++;
        tokens++;
        // 一百几十: the vague digit's own magnitude adds nothing certain
        const m = SMALL_MAGNITUDES.get(text[j]);
        if (m && m < lastWasMagnitudeSmall) {
          j++;
          lastWasMagnitudeSmall = m;
        }
        continue;
      }
      if (next && (SMALL_MAGNITUDES.has(next) || BIG_MAGNITUDES.has(next)) && (c !== '上' || next !== '十')) {
        pending = 1;
        hasPending = true;
        approx = true;
        arabicOnly = false;
        j++;
        tokens++;
        continue;
      }
      break;
    }
    if (SMALL_MAGNITUDES.has(c)) {
      if (chineseDigitRun.length > 1 || decimal) break;
      // 120千米, 5千克, 0.5百分点: after arabic digits a unit that opens with a magnitude is the unit
      if (hasPending && arabicOnly && tokens === 1 && (units.match(text, j)?.word.length ?? 0) > 1) break;
      const m = SMALL_MAGNITUDES.get(c)!;
      // 十二 and 百亿 may open a numeral without a digit; later, 千 needs one (25万6千, not
      // 120万千瓦), but 十 may stand alone after 零 or 百 (三千零十, 一百十五)
      if (!hasPending && tokens > 0 && !(m === 10 && (afterZero || lastWasMagnitudeSmall === 100))) break;
      section += (hasPending ? pending : 1) * m;
      if (rangeWeight && rangeIn === 'pending') {
        rangeWeight *= m;
        rangeIn = 'section';
      }
      pending = 0;
      hasPending = false;
      chineseDigitRun = '';
      arabicOnly = false;
      endsWithMagnitude = true;
      lastWasMagnitudeSmall = m;
      magnitude = m;
      afterZero = false;
      afterMagnitude = false;
      j++;
      tokens++;
      continue;
    }
    const tens = TENS.get(c);
    if (tens !== undefined) {
      // 廿 opens a section's tens as 二十 does, with no digit before it (not 三廿)
      if (hasPending || decimal || (tokens > 0 && !afterZero && lastWasMagnitudeSmall !== 100)) break;
      section += tens;
      chineseDigitRun = '';
      arabicOnly = false;
      endsWithMagnitude = true;
      lastWasMagnitudeSmall = 10;
      magnitude = 10;
      afterZero = false;
      afterMagnitude = false;
      j++;
      tokens++;
      continue;
    }
    if (BIG_MAGNITUDES.has(c)) {
      if (tokens === 0) {
        // 万余人, 亿多元: the magnitude alone means one of it; 万 alone is no number
        if (!loneMagnitude && text[j + 1] !== '余' && text[j + 1] !== '多' && text[j + 1] !== '把') break;
        pending = 1;
        hasPending = true;
      }
      if (chineseDigitRun.length > 1) break;
      let m = BIG_MAGNITUDES.get(c)!;
      if (c === '万' && text[j + 1] === '亿') {
        m = 1e12; // 万亿
        j++;
      }
      const sectionValue = section + (hasPending ? pending : 0);
      if (m === 1e4 && magnitude === 1e4 && endsWithMagnitude && sectionValue === 0) total *= m; // 两万万: an old 亿
      else if (m >= 1e8) total = (total + sectionValue) * m;
      else total += sectionValue * m;
      if (rangeWeight && (rangeIn !== 'total' || m >= 1e8)) {
        rangeWeight *= m;
        rangeIn = 'total';
      }
      section = 0;
      pending = 0;
      hasPending = false;
      chineseDigitRun = '';
      arabicOnly = false;
      endsWithMagnitude = true;
      lastWasMagnitudeSmall = 0;
      magnitude = m;
      afterZero = false;
      afterMagnitude = false;
      j++;
      tokens++;
      continue;
    }
    if (
      c === '点' && !decimal && !rangeWeight && total === 0 && DIGITS.has(text[j + 1]) &&
      (chineseDigitRun !== '' || (endsWithMagnitude && section > 0))
    ) {
      // 三点五, 十二点五, 二十点五: a decimal written in Chinese digits (a time of day,
      // 三点二十分, has no unit after it and stops before the 十)
      let k = j + 1;
      let decimals = '';
      while (DIGITS.has(text[k])) decimals += DIGITS.get(text[k++])!;
      const whole = chineseDigitRun.length > 1 && section === 0 ? Number(chineseDigitRun) : section + (hasPending ? pending : 0);
      pending = whole + Number(`0.${decimals}`);
      hasPending = true;
      section = 0;
      chineseDigitRun = '';
      decimal = true;
      afterMagnitude = false;
      endsWithMagnitude = false;
      j = k;
      tokens++;
      continue;
    }
    if (c === '把' && tokens === 1 && endsWithMagnitude) {
      // 万把人, 千把块钱: a magnitude alone and 把 is "about" one of it
      approx = true;
      j++;
      break;
    }
    if ((c === '多' || c === '余') && tokens > 0 && !approx) {
      // 两千多, 300余; and 20余万 where a magnitude follows the 余
      const next = text[j + 1];
      // 20余万, and 3万多亿 where a larger magnitude follows the 万
      if (next && BIG_MAGNITUDES.has(next) && (hasPending || section > 0 || (endsWithMagnitude && BIG_MAGNITUDES.get(next)! > magnitude))) {
        approx = true;
        j++;
        continue;
      }
      approx = true;
      j++;
      break;
    }
    if (c === '来' && !approx && !decimal && (endsWithMagnitude || (hasPending && arabicOnly && pending >= 10 && pending % 10 === 0))) {
      // 十来亩, 三千来块, 30来岁: "about" a round number, inside the span as 多 is; and 二十来万
      // where a magnitude follows the 来, as after 余
      approx = true;
      j++;
      if (BIG_MAGNITUDES.has(text[j]) && magnitude < 1e4) continue;
      break;
    }
    break;
  }
  if (tokens === 0) return null;
  // 一万三四, 三千五六: a range of two digits right after a magnitude, both in the next lower place
  const spokenRange = rangeAfterMagnitude && rangeIn === 'pending' && text[j] !== '多' && text[j] !== '余';
  if (
    hasPending && (afterMagnitude || spokenRange) && magnitude >= 100 && (!approx || spokenRange) && !decimal && Number.isInteger(pending) &&
    pending > 0 && pending < 10 && pendingWidth === 1
  ) {
    // 两万四, 三千六, 一百二, 1万2: a last digit right after a magnitude counts in the next
    // lower place, unless that digit begins a word of its own (三万一起, 十万一线)
    if (spokenRange) {
      pending *= magnitude / 10;
      rangeWeight *= magnitude / 10;
    } else if (numeralWords.match(text, j - 1)) {
      j--;
      hasPending = false;
      endsWithMagnitude = true;
    } else pending *= magnitude / 10;
  }
  let value: number;
  if (chineseDigitRun.length > 1 && total === 0 && section === 0) value = Number(chineseDigitRun);
  else value = total + section + (hasPending ? pending : 0);
  // a run of digits too long for a number, or magnitudes piled past any (九亿亿亿…), reads as none
  if (!Number.isFinite(value) || (arabicOnly ? digitsCount : chineseDigitRun.length) > LONGEST_NUMBER_DIGITS) return null;
  const raw = text.slice(i, j);
  const match: NumeralMatch = {
    value: clean(value),
    end: j,
    approx,
    bareOne: raw === '一' || raw === '壹',
    arabicOnly,
    digits: arabicOnly ? digitsCount : chineseDigitRun.length,
    endsWithMagnitude,
    magnitude,
  };
  if (rangeWeight) match.high = clean(value + rangeWeight);
  return match;
}
