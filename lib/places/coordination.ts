// Names in a list support each other: in 华北、东北有小到中雨 or 西北、华东和沿海地区, 东北 and
// 西北 are regions, not compass words, because the names beside them are sure regions. A name
// that needs context is marked when a list mark alone (、, 和, 及, 与) separates it from a name of
// the same kind that needs none (or is itself marked), in either direction, and keeps only that
// meaning (白河 beside 潮河 is the river, not 白河县).
import forms from './data/name-forms.json';
import type { Mention } from './recognize';

const LIST_WORDS = new Set(['、', '和', '及', '与', '以及', '或']);
const LONGEST_LIST_WORD = Math.max(...[...LIST_WORDS].map((w) => w.length));

/** The length of the list word (、, 和, 以及…) at `at`, or 0 where none starts there. */
export function listWordAt(text: string, at: number): number {
  for (let n = LONGEST_LIST_WORD; n > 0; n--) if (LIST_WORDS.has(text.slice(at, at + n))) return n;
  return 0;
}

/** The length of the list word (、, 和, 以及…) that ends right before `end`, or 0 where none does. */
export function listWordBefore(text: string, end: number): number {
  for (let n = LONGEST_LIST_WORD; n > 0; n--) if (end >= n && LIST_WORDS.has(text.slice(end - n, end))) return n;
  return 0;
}

/** Parts of a region that may stand between it and the list word (黄淮中南部、江淮). */
const REGION_PARTS = forms.regionPartsAfter;
const LONGEST_PART = Math.max(...REGION_PARTS.map((w) => w.length));

/** 泰顺正与寿宁: an adverb and the 与 or 和 of working together (name-forms.json adverbsBeforePartner) list the names as 与 alone does. */
const partnerAfterAdverb = (between: string): boolean =>
  between.length === 2 && forms.adverbsBeforePartner.includes(between[0]) && forms.partnerWords.includes(between[1]);

/**
 * Whether a list word alone separates two mentions (a, then b), after a part of the first if any
 * (黄淮中南部、江淮); most pairs are told by their gap alone, without a piece of text.
 */
const listedIn = (text: string, a: Mention, b: Mention): boolean => {
  const gap = b.start - a.end;
  if (gap <= 0 || gap > LONGEST_PART + LONGEST_LIST_WORD) return false;
  const between = text.slice(a.end, b.start);
  if (LIST_WORDS.has(between) || partnerAfterAdverb(between)) return true;
  const part = REGION_PARTS.find((w) => between.startsWith(w));
  return !!part && LIST_WORDS.has(between.slice(part.length));
};

const featureLevel = (m: Mention): string | undefined => m.entries.find((e) => e.target.feature)?.target.feature?.level;
const isSure = (m: Mention) => m.marked || (m.entries.length > 0 && m.entries.every((e) => !e.needsContext));
/** 泰山 beside 黄山: a feature that needs no context is sure support for its kind, though its name is also a unit's short form (泰山区). */
const isSureFeature = (m: Mention, level: string) => m.entries.some((e) => e.target.feature?.level === level && !e.needsContext);

/** The feature levels a mention may have (natural for 黄山, which is also 黄山市). */
const featureLevels = (m: Mention): Set<string> => new Set(m.entries.flatMap((e) => (e.target.feature ? [e.target.feature.level] : [])));
/** Fewest names in a list of features of one kind that support each other when none is sure (恒山、华山、黄山、峨眉山). */
const MIN_LIST = 3;

/**
 * 和恒山、华山、黄山、峨眉山比: three or more listed names that can each be a feature of the same
 * kind are those features, though each alone needs context (黄山 is also 黄山市): they are marked
 * and keep only that meaning.
 */
function markFeatureLists(text: string, out: Mention[]): void {
  const listed = (a: Mention, b: Mention) => listedIn(text, a, b);
  for (let k = 0; k < out.length; ) {
    // a name not listed with the next starts no list
    if (k + 1 >= out.length || !listed(out[k], out[k + 1])) {
      k++;
      continue;
    }
    let end = k + 1;
    let shared = featureLevels(out[k]);
    while (end < out.length && listed(out[end - 1], out[end])) {
      const next = new Set([...featureLevels(out[end])].filter((l) => shared.has(l)));
      if (!next.size) break;
      shared = next;
      end++;
    }
    const [level] = shared;
    if (end - k >= MIN_LIST && level) {
      for (let j = k; j < end; j++) {
        const entries = out[j].entries.filter((e) => e.target.feature?.level === level);
        out[j] = { ...out[j], entries, marked: true };
      }
    }
    k = end;
  }
}

const COUNTED_COUNTIES = forms.countedCountyWords;
const COUNTED_CITIES = forms.countedCityWords;
const isCounty = (e: Mention['entries'][number]) => e.target.unit?.level === 'county';
/** A county-level city (龙口市, 青州市): a county whose name ends in 市. */
const isCountyCity = (e: Mention['entries'][number]) => isCounty(e) && e.target.unit!.name.endsWith('市');

/**
 * 张北、尚义、康保三县: the names listed right before a word of a count of counties (三县, 等县,
 * 县区) that can each be a county are those counties, though each alone needs context: they are
 * marked and keep only their counties' meanings. The list runs back from the last name while a
 * list word alone separates each from the one before. Before a count of cities (莱州、龙口和青州三市)
 * the same holds of the county-level cities; a name that can be a prefecture stays as it is
 * (锦州、朝阳两市: not 朝阳县).
 */
function markCountedCounties(text: string, out: Mention[]): void {
  for (let k = 0; k < out.length; k++) {
    const last = out[k];
    const ofCities = COUNTED_CITIES.some((w) => text.startsWith(w, last.end));
    if (!ofCities && !COUNTED_COUNTIES.some((w) => text.startsWith(w, last.end))) continue;
    const kept = ofCities ? isCountyCity : isCounty;
    const isListed = (m: Mention) => m.entries.some(kept) && !(ofCities && m.entries.some((e) => e.target.unit?.level === 'prefecture'));
    let first = k;
    while (first > 0 && isListed(out[first - 1]) && listedIn(text, out[first - 1], out[first])) first--;
    if (first === k) continue;
    for (let j = first; j <= k; j++) if (isListed(out[j])) out[j] = { ...out[j], entries: out[j].entries.filter(kept), marked: true };
  }
}

/**
 * `mentions` (sorted) with the listed names that need context marked, and every name that needs context or has
 * several meanings that a list word alone separates from the one before flagged `listedAfter` (for the linker:
 * 酉水河镇、后坪乡); the others unchanged.
 */
export function markListedNames(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  markFeatureLists(text, out);
  markCountedCounties(text, out);
  const listed = (a: Mention, b: Mention) => listedIn(text, a, b);
  for (let k = 1; k < out.length; k++) if ((out[k].entries.length > 1 || out[k].entries.some((e) => e.needsContext)) && listed(out[k - 1], out[k])) out[k] = { ...out[k], listedAfter: true };
  // two sweeps, forward then back, so that support runs along a whole list
  for (const order of [1, -1]) {
    for (let k = order > 0 ? 1 : out.length - 2; k >= 0 && k < out.length; k += order) {
      const m = out[k];
      const other = out[k - order];
      if (isSure(m) || !other) continue;
      const [a, b] = order > 0 ? [other, m] : [m, other];
      const level = featureLevel(m);
      // 潮河、白河: listed beside a sure river, 白河 is the river, not 白河县
      if (level && level === featureLevel(other) && (isSure(other) || isSureFeature(other, level)) && listed(a, b)) out[k] = { ...m, entries: m.entries.filter((e) => e.target.feature?.level === level), marked: true };
    }
  }
  return out;
}
