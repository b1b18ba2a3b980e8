// One-character forms of countries and provinces in general news: 中美关系 (中 + 美), 中日韩三国,
// 访华, 驻华, 赴美, 在京, 美方, 俄政府. A character alone is never a place; it counts only in
// the contexts data/abbreviation-contexts.json lists, and only where it is not part of an
// ordinary word (美丽, 其中, 以来: world.json's abbreviationWords). Which country a character
// stands for comes from the data (美 is the United States) or, first, from the text: a country
// the text names in full lends its first character (布隆迪 ... 布中两国).
//
// One pass over the text; every check is a Map or Set lookup at a fixed distance.
import { padCode } from '../division-code';
import type { Unit } from '../gazetteer/types';
import contexts from './data/abbreviation-contexts.json';
import forms from './data/name-forms.json';
import type { UnitLookup } from './link';
import type { IndexEntry } from './name-index';
import { betweenSurnameAndPersonWord, type Mention } from './recognize';
import type { FeatureEntry } from './world';
import { isHan } from '../util/han';
import { CodeFilter } from '../util/code-filter';
import { coverage } from '../util/coverage';

type Meaning = { feature: FeatureEntry; unit?: undefined } | { unit: Unit; feature?: undefined };

const VERBS = new Set(contexts.verbs);
const WEAK_VERBS = new Set(contexts.weakVerbs);
const VERB_WORDS = new Set(contexts.verbWords);
const FOLLOWERS = [...contexts.followers].sort((a, b) => b.length - a.length);
const BEFORE_FOLLOWERS = new Set(contexts.wordsBeforeFollowers);
const RELATIONS = [...contexts.relationWords].sort((a, b) => b.length - a.length);
const FUNCTION_CHARACTERS = contexts.functionCharacters as Record<string, string[]>;
const VERBS_ONLY = contexts.verbsOnly as Record<string, string>;
/** Characters that stand for a place only after a verb (援藏, 进疆), never in a run of forms: 中美青年交流 holds no 青. */
const NOT_IN_RUNS = new Set(contexts.notInRuns);
const LIST_MARK = '、';
/** 的 between a list of forms and its word of relation (中、日、韩的合作). */
const OF = '的';
/** 方, a country's side (中方, 美方): the follower that most surely makes a form a place. */
const SIDE = '方';
/** Arabic and Chinese digits: 日 after one is a day of the month (5月11日), not Japan. */
const NUMERAL = /[0-9０-９〇零一二三四五六七八九十]/;

/** What the rule knows before reading a text: the fixed one-character forms and the ordinary words. */
export class AbbreviationTable {
  private fixed = new Map<string, Meaning>();
  private pairs = new Map<string, [Meaning, Meaning]>();
  /** 京剧, 川菜, 粤语: names of a province's arts whose first character is that province. */
  private arts = new Map<string, Meaning>();
  /** Whether a compound starts with a character, by its code, and ends with one: most positions need no lookup (以 alone is everywhere). */
  private pairStarts = new Uint8Array(0x10000);
  private pairEnds = new Uint8Array(0x10000);
  /** Whether a character has a fixed meaning, by its code. */
  private meaningful = new Uint8Array(0x10000);
  /** Whether a character has a fixed meaning or starts a compound, by its code: the one test at most positions. */
  private opening = new Uint8Array(0x10000);
  private words: Set<string>;

  /**
   * @param features every feature entry (countries and their abbreviation entries among them)
   * @param words world.json's abbreviationWords (space-separated)
   */
  constructor(features: readonly FeatureEntry[], words: string, units: UnitLookup) {
    this.words = new Set(words.split(' '));
    const byId = new Map(features.map((f) => [f.id, f]));
    for (const [char, code] of Object.entries(forms.provinceAbbreviations as Record<string, string>)) {
      const unit = units.unit(padCode(code));
      if (unit) this.fixed.set(char, { unit });
    }
    // a country's own form wins over a province's (澳 in 中澳 is Australia; 港澳 is in the dictionary)
    for (const f of features) {
      const full = f.abbreviates && byId.get(f.abbreviates);
      if (full) this.fixed.set(f.name, { feature: full });
    }
    for (const [pair, isos] of Object.entries(contexts.pairs as Record<string, string[]>)) {
      const [a, b] = isos.map((iso) => byId.get(iso.includes(':') ? iso : `country:${iso}`));
      if (a && b) this.pairs.set(pair, [{ feature: a }, { feature: b }]);
      this.pairStarts[pair.charCodeAt(0)] = 1;
      this.pairEnds[pair.charCodeAt(1)] = 1;
    }
    for (const [name, code] of Object.entries(contexts.namesOfArts as Record<string, string>)) {
      const unit = units.unit(padCode(code));
      if (!unit) continue;
      this.arts.set(name, { unit });
      this.pairStarts[name.charCodeAt(0)] = 1;
    }
    for (const [char, iso] of Object.entries(VERBS_ONLY)) {
      const country = byId.get(`country:${iso}`);
      if (country) this.fixed.set(char, { feature: country });
    }
    for (const char of this.fixed.keys()) if (char.length === 1) this.meaningful[char.charCodeAt(0)] = 1;
    for (let code = 0; code < 0x10000; code++) this.opening[code] = this.meaningful[code] | this.pairStarts[code];
  }

  /** Whether the `length` characters at `i` make an ordinary word. */
  isWord(text: string, i: number, length = 2): boolean {
    return i >= 0 && i + length <= text.length && this.words.has(text.slice(i, i + length));
  }

  /** The two countries of a compound such as 印巴 at `i`, if one stands there. */
  pairAt(text: string, i: number): [Meaning, Meaning] | undefined {
    return this.pairStarts[text.charCodeAt(i)] && this.pairEnds[text.charCodeAt(i + 1)] ? this.pairs.get(text.slice(i, i + 2)) : undefined;
  }

  /** The province whose art's name (京剧, 川菜) stands at `i`, if one does. */
  artAt(text: string, i: number): Meaning | undefined {
    return this.pairStarts[text.charCodeAt(i)] ? this.arts.get(text.slice(i, i + 2)) : undefined;
  }

  /** The fixed meaning of a character, if it has one. */
  meaning(char: string): Meaning | undefined {
    return this.fixed.get(char);
  }

  /** Whether the character of this code has a fixed meaning: the others are passed over without a lookup. */
  hasMeaning(code: number): boolean {
    return this.meaningful[code] === 1;
  }

  /** Whether the character of this code has a fixed meaning or starts a compound (印 of 印巴). */
  mayOpen(code: number): boolean {
    return this.opening[code] === 1;
  }
}

/**
 * The countries `named` in full lend their first character, with where each is first named: a
 * character two of them share (吉 of 吉尔吉斯斯坦 and 吉布提) stands for the one named nearest to it.
 */
function lentCharacters(named: Map<FeatureEntry, number>): Map<string, Array<[FeatureEntry, number]>> {
  const lent = new Map<string, Array<[FeatureEntry, number]>>();
  for (const [country, at] of named) {
    const char = country.name[0];
    const countries = lent.get(char) ?? [];
    if (!countries.some(([c]) => c.id === country.id)) lent.set(char, [...countries, [country, at]]);
  }
  return lent;
}

/** Which of the countries lending a character the form at `i` stands for: the one named nearest, none where two are as near. */
function lentMeaning(countries: Array<[FeatureEntry, number]> | undefined, i: number): Meaning | undefined {
  if (!countries) return undefined;
  const distance = ([, at]: [FeatureEntry, number]) => Math.abs(at - i);
  const [nearest, next] = [...countries].sort((a, b) => distance(a) - distance(b));
  return next && distance(next) === distance(nearest) ? undefined : { feature: nearest[0] };
}

const startsWithAny = (text: string, at: number, words: readonly string[]): string | undefined => words.find((w) => text.startsWith(w, at));

/** Characters after which a clause starts: a form there is the clause's subject (，俄将大力整顿). */
const CLAUSE_START = new Set(contexts.clauseStart);

/**
 * Every one-character country or province form in `text` outside the `taken` spans.
 * @param named the countries the text names in full (from the dictionary pass), with where each is first named
 */
export function findAbbreviations(text: string, table: AbbreviationTable, named: Map<FeatureEntry, number>, taken: Mention[]): Mention[] {
  const covered = coverage(text.length, taken);
  const lent = lentCharacters(named);
  const firstNamed = new Map([...named].map(([country, at]) => [country.id, at]));
  // the characters that may mean a place, by code: most positions are passed over without making a string
  // (a lent character the filter passes with others is then looked up in `lent`)
  const lentCodes = new CodeFilter();
  for (const c of lent.keys()) lentCodes.add(c.charCodeAt(0));
  const meaningful = (code: number) => table.hasMeaning(code) || (lent.size > 0 && lentCodes.mayHave(code));
  const meaningAt = (i: number): Meaning | undefined => {
    if (i < 0 || i >= text.length || covered[i] || !meaningful(text.charCodeAt(i))) return undefined;
    const char = text[i];
    return lentMeaning(lent.get(char), i) ?? table.meaning(char);
  };
  /** Whether a form that may stand in a run is at `k` (青 of 青年 may not). */
  const inRunAt = (k: number) => !NOT_IN_RUNS.has(text[k]) && !!meaningAt(k);
  const out: Mention[] = [];
  const add = (i: number, meaning: Meaning) => {
    const entry: IndexEntry = { form: text[i], kind: 'short', target: meaning as IndexEntry['target'] };
    out.push({ start: i, end: i + 1, entries: [entry] });
  };

  for (let i = 0; i < text.length; i++) {
    // most characters mean no place and start no compound: one table says so
    const code = text.charCodeAt(i);
    if (!table.mayOpen(code) && !(lent.size > 0 && lentCodes.mayHave(code))) continue;
    // (0) 印巴, 巴以: a compound of two countries, not part of a word on either side (下巴以, 打印巴)
    const pair = covered[i] || covered[i + 1] ? undefined : table.pairAt(text, i);
    if (pair && !table.isWord(text, i - 1) && !table.isWord(text, i + 1)) {
      add(i, pair[0]);
      add(i + 1, pair[1]);
      i++;
      continue;
    }
    // (0b) 京剧, 川戏, 粤语: the form that opens the name of its province's opera, cuisine or speech
    const art = covered[i] ? undefined : table.artAt(text, i);
    if (art) {
      add(i, art);
      i++;
      continue;
    }
    const meaning = meaningAt(i);
    if (!meaning) continue;
    const char = text[i];
    // a character only the text lends (南 from 南非) is read with more care than a known form (美)
    const isLent = meaning.feature !== undefined && meaning.feature.id !== table.meaning(char)?.feature?.id;
    // (1) a run of forms (中美, 中日韩, 中、阿) before a word of relation between them
    const run = runAt(text, i, meaningAt, (k) => !!startsWithAny(text, k, RELATIONS));
    if (run.length >= 2 && !run.some((k) => VERBS_ONLY[text[k]] || NOT_IN_RUNS.has(text[k]))) {
      const last = run[run.length - 1];
      // the word of relation right after the run, or after a two-character word of what it is about (中美禁毒合作)
      // (not where the run's first character closes a word, 所以美方对安全, or a follower comes next)
      const about =
        isHan(text[last + 1]) && isHan(text[last + 2]) && !covered[last + 1] && !covered[last + 2] && !inRunAt(last + 1) && !inRunAt(last + 2) &&
        !table.isWord(text, i - 1) && !startsWithAny(text, last + 1, FOLLOWERS);
      // 同俄、朝、韩、日的经济合作: forms listed one by one may take 的 before the word of relation
      const listed = run.every((k, n) => n === 0 || text[k - 1] === LIST_MARK) && text[last + 1] === OF && !!startsWithAny(text, last + 2, RELATIONS);
      const related = !!startsWithAny(text, last + 1, RELATIONS) || (about && !!startsWithAny(text, last + 3, RELATIONS)) || listed;
      const usable = !NUMERAL.test(text[i - 1] ?? '') && related;
      // 节日中美两国 -> the run starts after 日, which closes the word 节日 (unless too little is left: 这次日俄首脑)
      const first = usable && table.isWord(text, i - 1) && run.length > 2 ? 1 : 0;
      if (usable && run.length - first >= 2) {
        for (const k of run.slice(first)) add(k, meaningAt(k)!);
        i = last;
        continue;
      }
    }
    // (2) after a verb of visit or stay that is not the end of a word (访华, but not 以来华侨), nor a person's
    // given name between a surname and a word that follows people (村民刘来华说)
    const weak = isLent || FUNCTION_CHARACTERS[char] !== undefined;
    const strongVerb = VERBS.has(text[i - 1]);
    const verb = (strongVerb || (!weak && WEAK_VERBS.has(text[i - 1]))) && !isLent && !betweenSurnameAndPersonWord(text, i - 1, i + 1);
    // after a verb of visit or stay the form is the place even where it opens a word (访华表示, 访日前夕),
    // unless it is also a common word alone that opens one (运抵港口: a port)
    const verbWord = VERB_WORDS.has(text.slice(i - 2, i));
    if (verb && (verbWord || (!table.isWord(text, i - 2) && !table.isWord(text, i - 2, 3))) && ((strongVerb && !weak) || !table.isWord(text, i))) {
      add(i, meaning);
      continue;
    }
    // (3) before a follower (美方, 俄政府), not closing a word (其中方), the follower not opening one (以方便)
    if (!VERBS_ONLY[char] && followerAt(text, i, table, FUNCTION_CHARACTERS[char] ?? FOLLOWERS, isLent)) {
      add(i, meaning);
      continue;
    }
    // (4) a country named in full before, at the start of a clause as its subject (叶利钦表示，俄将…)
    if (clauseSubjectAt(text, i, table, meaning, firstNamed)) add(i, meaning);
  }
  return out;
}

/**
 * Positions of the forms in the run starting at `i` (中美, 中、阿), in order. The run ends where a
 * word of relation starts, even on a character that is a form itself (中美加强合作: 加 opens 加强,
 * it is not Canada).
 */
function runAt(text: string, i: number, meaningAt: (i: number) => Meaning | undefined, relationAt: (k: number) => boolean): number[] {
  const run = [i];
  for (let k = i + 1; k < text.length; k++) {
    const at = text[k] === LIST_MARK ? k + 1 : k;
    if (!meaningAt(at) || NOT_IN_RUNS.has(text[at]) || (run.length >= 2 && at === k && relationAt(k))) break;
    run.push(at);
    k = at;
  }
  return run;
}

/**
 * Whether the form at `i` opens a clause (after punctuation or a word such as 对, 使) and stands for
 * a country the text has named in full before, making no word with what follows (，俄将 but not
 * ，日前 or ，南方).
 */
function clauseSubjectAt(text: string, i: number, table: AbbreviationTable, meaning: Meaning, firstNamed: Map<string, number>): boolean {
  const country = meaning.feature;
  if (!country || country.level !== 'country' || VERBS_ONLY[text[i]] || FUNCTION_CHARACTERS[text[i]] || !((firstNamed.get(country.id) ?? Infinity) < i)) return false;
  const before = text[i - 1];
  const opens = i === 0 || CLAUSE_START.has(before) || (BEFORE_FOLLOWERS.has(before) && !table.isWord(text, i - 2));
  return opens && !table.isWord(text, i - 1) && !table.isWord(text, i) && !table.isWord(text, i, 3) && isHan(text[i + 1]) && !NUMERAL.test(text[i + 1]);
}

function followerAt(text: string, i: number, table: AbbreviationTable, followers: readonly string[], lent: boolean): boolean {
  const before = text[i - 1];
  const follower = startsWithAny(text, i + 1, followers);
  if (!follower || (follower.length === 1 && table.isWord(text, i + 1))) return false;
  // after a preposition, a verb, or a word that ends right there (所以美方); 方 of a known form
  // needs none (期待中方): no foreign name ends in a country's character before it
  const side = follower === SIDE && !lent;
  if (!side && isHan(before) && !BEFORE_FOLLOWERS.has(before) && !VERBS.has(before) && !table.isWord(text, i - 2)) return false;
  // a word it closes (其中方) hides it, unless that word opens with the preposition itself (向日方: 向日 is a word too)
  if ((table.isWord(text, i - 1) && !BEFORE_FOLLOWERS.has(before)) || NUMERAL.test(before ?? '')) return false;
  // 南 lent by 南非 is not a place in 南方
  return !(lent && table.isWord(text, i));
}

interface RegionAnaphor {
  codes: string[];
  followers: string[];
  notAfter: string[];
}
const ANAPHORS = Object.entries(contexts.regionAnaphors as Record<string, RegionAnaphor>);

/**
 * 特区政府 in a text about Hong Kong: a word that stands for a region the text names in full
 * (`kept`, the names found), before a word of its government, is that region, the nearest named
 * before it or else after it. A text that names none gets nothing.
 */
export function findRegionAnaphors(text: string, kept: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const [word, { codes, followers, notAfter }] of ANAPHORS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (!followers.some((f) => text.startsWith(f, end)) || notAfter.some((w) => text.endsWith(w, at)) || kept.some((m) => m.start < end && m.end > at)) continue;
      let before: IndexEntry | undefined;
      let after: IndexEntry | undefined;
      for (const m of kept) {
        const entry = m.entries.find((e) => codes.includes(e.target.unit?.code ?? e.target.feature?.code ?? ''));
        if (!entry) continue;
        if (m.end <= at) before = entry;
        else if (!after) after = entry;
      }
      const entry = before ?? after;
      if (entry) out.push({ start: at, end, entries: [{ form: word, kind: 'short', target: entry.target }] });
    }
  }
  return out;
}
