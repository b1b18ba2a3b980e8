// Finds where a Chinese text names places, before deciding which unit each name means
// (./link.ts). One left-to-right pass takes the longest known name at each position, so
// 淄川区龙泉镇台头村 reads as three names and 江阴市长泾镇 as 江阴市 + 长泾镇, never 市长.
//
// Villages are only proposed here: a village name counts when the text also names a unit that
// contains it (./find.ts checks), because the same 杨家庄村 exists a hundred times in China.
import type { PlaceLevel } from '../annotation';
import forms from './data/name-forms.json';
import { suffixOf, TOWNSHIP_SUFFIXES, VILLAGE_SUFFIXES } from './forms';
import type { FormGroup, IndexEntry, NameIndex } from './name-index';

export interface Mention {
  start: number;
  end: number;
  /** Every unit or feature the name may mean. */
  entries: IndexEntry[];
  /** A shorter name at the same position, used if this one is dropped (a village without context). */
  fallback?: FormGroup;
  /** Set for names found by a rule rather than the dictionary (a village after its township). */
  level?: PlaceLevel;
  /** A word right after the name shows it is a place (淄川境内, 淄川籍): support enough on its own. */
  marked?: boolean;
}

/** Han ideographs (BMP and extension A): only they can start a Chinese place name. */
const isHan = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

const PLACE_MARKERS = [...forms.placeMarkersAfter].sort((a, b) => b.length - a.length);
const SURNAMES = new Set(forms.surnames);
const PERSON_WORDS = forms.personWordsAfter;

/** 李沂源说: a short name between a surname and a word that follows people is a given name. */
function isGivenName(text: string, group: FormGroup, start: number, end: number): boolean {
  return (
    SURNAMES.has(text[start - 1]) &&
    group.entries.every((e) => e.kind === 'short') &&
    PERSON_WORDS.some((w) => text.startsWith(w, end))
  );
}
const markedAt = (text: string, end: number): boolean => PLACE_MARKERS.some((w) => text.startsWith(w, end));

const isVillageOnly = (group: FormGroup): boolean => group.entries.every((e) => e.target.unit?.level === 'village');

/** A name the press writes for a village directly after its township: 中庄镇杨家庄村. */
const CHAINED_VILLAGE = new RegExp(`^[\\u4e00-\\u9fff]{1,4}?(?:${VILLAGE_SUFFIXES.join('|')})`);
const NOT_VILLAGE_START = /^[的和与及在是为对从把被将向于等了]/;

/** Every dictionary name in `text`, longest match first, left to right. */
export function scanNames(text: string, index: NameIndex): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    const groups = index.matchesAt(text, i);
    if (groups.length === 0) continue;
    const [best, ...shorter] = groups;
    if (isGivenName(text, best, i, i + best.form.length)) continue;
    const mention: Mention = { start: i, end: i + best.form.length, entries: best.entries };
    if (best.entries.some((e) => e.needsContext) && markedAt(text, mention.end)) mention.marked = true;
    if (isVillageOnly(best)) mention.fallback = shorter.find((g) => !isVillageOnly(g));
    mentions.push(mention);
    i = mention.end - 1;
  }
  return mentions;
}

/**
 * Villages written right after their township that the dictionary does not know (or knows only
 * elsewhere): 中庄镇杨家庄村. They are places of the chain, linked only if the data has them there.
 */
export function chainedVillages(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const township = m.entries.some((e) => e.target.unit?.level === 'township') || suffixOf(text.slice(m.start, m.end), TOWNSHIP_SUFFIXES);
    if (!township) continue;
    const rest = text.slice(m.end, m.end + 6);
    if (NOT_VILLAGE_START.test(rest)) continue;
    const village = CHAINED_VILLAGE.exec(rest);
    // the dictionary's own reading of what follows wins over the rule
    const next = mentions[k + 1];
    if (village && next && next.start < m.end + village[0].length) continue;
    if (village && village[0].length >= 2 && village[0].length <= 5) {
      out.push({ start: m.end, end: m.end + village[0].length, entries: [], level: 'village' });
    }
  }
  return out;
}
