// Villages of a township the text names that the name index leaves out: names of two characters
// (庾村, 李村, 何村: in the index, two characters would match too much text), communities written
// with their committee's word (仙瓷居委会 for the data's 仙瓷社区, 柯克沙牧委会 for 柯克沙村) or as the village they were
// (庾村 for 庾村社区, 西明义村 for 西明义社区), and names written without their 村 in a list of villages (思溪、长滩两村) or as the site a village
// is known as (宏村, 西递: the data's landmarks, in a text on their township). They count where the text links
// the township they lie in, and only where a name may start: after punctuation, a word of place or
// function (unlisted-units.json's wordsBefore) or 的, and before no character that makes 村 the start
// of a word (村民, 村长).
import { codePrefix } from '../division-code';
import forms from './data/name-forms.json';
import rules from './data/unlisted-units.json';
import { KIND_CORES, suffixOf, TOWNSHIP_SUFFIXES } from './forms';
import { keyAt, type IndexEntry } from './name-index';
import { isSiteWord } from './landmarks';
import type { Resolution } from './link';
import type { Mention } from './recognize';
import type { Unit } from '../gazetteer/types';
import { isHan } from '../util/han';
import { CodeFilter } from '../util/code-filter';
import { anyCovered, coverage } from '../util/coverage';

const WORDS_BEFORE = [...rules.wordsBefore, '的'].sort((a, b) => b.length - a.length);
/** After a short name's 村: characters that make 村 open another word (村民, 村里, 村长, 村委, 村支书, 村两委). */
const NOT_AFTER_SHORT = new Set([...forms.notVillageAfter, ...'长委支两']);
const COMMITTEE = '居委会';
/** A herders' committee, the data's official name of a village of Qinghai's or Gansu's pastures (柯克沙牧委会 for 柯克沙村). */
const HERDERS_COMMITTEE = '牧委会';
/** The committee words: a form that ends in one is the village's even over places named inside it (海西居委会 holds 海西). */
const COMMITTEES = [COMMITTEE, HERDERS_COMMITTEE];
/** The words that end a form of a village written as the data writes it (庾村, 仙瓷居委会); any other form is a name without its 村. */
const VILLAGE_WORDS = ['村', ...COMMITTEES];
const BARE_BEFORE = [...rules.bareVillagesBefore].sort((a, b) => b.length - a.length);
/** Of those, the counts of villages (两村, 等村): what makes a bare form its township shares the village's (汪口、江湾两村). */
const VILLAGE_COUNTS = BARE_BEFORE.filter((w) => w.endsWith('村'));

/** 夯吉苗寨: a people's stockade after a name written without its 村 makes it a village wherever it stands (stockadesAfter). */
const STOCKADES = [...rules.stockadesAfter].sort((x, y) => y.length - x.length);
const beforeStockade = (text: string, end: number): boolean => STOCKADES.some((w) => text.startsWith(w, end));

/** The words that join two villages written without their 村 (汪口和晓起). */
const PAIR_MARKS = '和与及';

const opensName = (text: string, i: number) => i === 0 || !isHan(text[i - 1]) || WORDS_BEFORE.some((w) => text.endsWith(w, i));

/**
 * The forms a township's villages may be written in (a list of its children), as [form, village]
 * in the villages' order: a herders' committee's official name (柯克沙牧委会), a two-character name,
 * a name without its 村, a community's core with 居委会 and as the village it was (庾村 for 庾村社区, 西明义村 for 西明义社区). Read once per list: a reader's texts link the same townships again.
 */
function villageForms(villages: readonly Unit[]): ReadonlyArray<readonly [string, Unit]> {
  let forms = villageFormsOf.get(villages);
  if (forms) return forms;
  const out: Array<readonly [string, Unit]> = [];
  for (const v of villages) {
    if (v.level !== 'village') continue;
    // 柯克沙牧委会 for 柯克沙村; 那洞村牧委会 is 那洞村 and its committee, as 正南村村委会
    if (v.official?.endsWith(HERDERS_COMMITTEE) && !v.official.startsWith(v.name)) out.push([v.official, v]);
    if (v.name.length === 2 && v.name.endsWith('村')) out.push([v.name, v]);
    // 思溪 for 思溪村, read only before a list's mark or a count of villages (BARE_BEFORE)
    else if (v.name.length >= 3 && v.name.endsWith('村')) out.push([v.name.slice(0, -1), v]);
    else if (v.name.endsWith('社区') && v.name.length >= 4) {
      const core = v.name.slice(0, -2);
      out.push([core + COMMITTEE, v]);
      // 庾村 for 庾村社区, once 庾村居委会; 西明义村 for 西明义社区, a village's committee the data renamed a community;
      // not 城中村 nor 中心村 for 城中社区 and 中心社区, whose core is a kind of village (notCores)
      if (!KIND_CORES.has(core)) out.push([core.endsWith('村') ? core : core + '村', v]);
    }
  }
  villageFormsOf.set(villages, (forms = out));
  return forms;
}
/** By a township's list of villages: a list is made once, when its province's pack is added, and never changed. */
const villageFormsOf = new WeakMap<readonly Unit[], ReadonlyArray<readonly [string, Unit]>>();

/** A form of a village, null where two villages share it. */
interface VillageForm {
  form: string;
  unit: Unit | null;
  /** Whether the form is its township's short form too (仙都 of 仙都镇 and of its 仙都村). */
  townships: boolean;
}

/**
 * The forms of the villages of the townships `resolutions` link, by their first two characters
 * (keyAt; every form has two at least), null where two villages share a form, as the text may
 * write them (villageForms).
 */
function formsOf(resolutions: Resolution[], children: (code: string) => Unit[], provinces?: readonly string[]): Map<number, VillageForm[]> {
  // a key's forms are one or two: a short list in the order they came, where a map per key cost most of the pass
  const byKey = new Map<number, VillageForm[]>();
  const seen = new Set<string>();
  for (const r of resolutions) {
    const township = r.entry?.target.unit;
    if (township?.level !== 'township' || r.method === 'rejected' || seen.has(township.code)) continue;
    seen.add(township.code);
    if (provinces && !provinces.includes(codePrefix(township.code, 'province'))) continue;
    const suffix = suffixOf(township.name, TOWNSHIP_SUFFIXES);
    const own = suffix && township.name.slice(0, -suffix.length);
    for (const [form, unit] of villageForms(children(township.code))) {
      const key = keyAt(form, 0);
      const forms = byKey.get(key);
      const known = forms?.find((f) => f.form === form);
      if (known) known.unit = known.unit?.code === unit.code ? unit : null;
      else if (forms) forms.push({ form, unit, townships: form === own });
      else byKey.set(key, [{ form, unit, townships: form === own }]);
    }
  }
  return byKey;
}

/**
 * Mentions of such villages, where no mention stands, or for a committee's form where the mentions
 * lie inside it (the caller drops those); `mentions` are the text's, sorted.
 */
export function villagesOfLinkedTownships(
  text: string,
  mentions: Mention[],
  resolutions: Resolution[],
  children: (code: string) => Unit[],
  provinces?: readonly string[],
): Mention[] {
  const byKey = formsOf(resolutions, children, provinces);
  if (!byKey.size) return [];
  // the forms' first and second characters: most of a text's positions start none, and two tables say so faster than the map
  const firsts = new CodeFilter();
  const seconds = new CodeFilter();
  for (const forms of byKey.values()) {
    for (const { form } of forms) {
      firsts.add(form.charCodeAt(0));
      seconds.add(form.charCodeAt(1));
    }
  }
  const covered = coverage(text.length, mentions);
  // 乾坤湾、黄龙池等村: a bare form in a list of villages holds a name the linker left without a place (黄龙 of 黄龙县), or a
  // feature's that ends inside it (the scenic 黄龙 of Sichuan: a feature's name goes on no further); each position keeps
  // the farthest end of a linked name over it, that of a feature inside a form counting for none
  const linkedEnd = new Int32Array(text.length + 1);
  for (const r of resolutions) {
    if (!r.entry || r.method === 'rejected') continue;
    const end = r.entry.target.feature ? r.mention.end : text.length + 1;
    for (let p = r.mention.start; p < r.mention.end; p++) linkedEnd[p] = Math.max(linkedEnd[p], end);
  }
  const holdsLinked = (start: number, end: number): boolean => linkedEnd.subarray(start, end).some((e) => e >= end);
  // 宏村, 西递 in a text on their township: a site of the data named as a village of it is that village
  const landmarks = new Map(mentions.filter((m) => m.entries.every((e) => e.target.feature?.level === 'landmark')).map((m) => [m.start, m.end]));
  // 海西居委会: a committee's form holds the places named inside it, but no place runs across its ends
  const crossed = (start: number, end: number) => mentions.some((m) => m.start < end && m.end > start && (m.start < start || m.end > end));
  // 王仙镇仙瓷居委会: right after a township is a name's start too
  const townshipEnds = new Set(resolutions.filter((r) => r.entry?.target.unit?.level === 'township').map((r) => r.mention.end));
  // 推动余村与周边村: a form the text wrote where a name starts counts wherever it stands again
  const named = new Set(resolutions.filter((r) => r.entry?.target.unit?.level === 'village').map((r) => text.slice(r.mention.start, r.mention.end)));
  // 江湾镇的汪口和晓起: a bare form joined to another of the linked townships' villages by 和, 与 or 及 is a village, and so is the other
  const bareFormAt = (at: number): boolean =>
    at + 1 < text.length && !!byKey.get(keyAt(text, at))?.some((f) => f.unit && !f.townships && text.startsWith(f.form, at) && !VILLAGE_WORDS.some((w) => f.form.endsWith(w)));
  const pairedStarts = new Set<number>();
  const out: Mention[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const forms = firsts.mayHave(text.charCodeAt(i)) && seconds.mayHave(text.charCodeAt(i + 1)) ? byKey.get(keyAt(text, i)) : undefined;
    if (!forms) continue;
    const opens = opensName(text, i) || townshipEnds.has(i);
    for (const { form, unit, townships } of forms) {
      const end = i + form.length;
      if (!unit || !text.startsWith(form, i)) continue;
      const bare = !VILLAGE_WORDS.some((w) => form.endsWith(w));
      const stockade = bare && beforeStockade(text, end);
      if (!(opens || named.has(form) || stockade)) continue;
      const committee = COMMITTEES.some((w) => form.endsWith(w));
      // 驻操营镇's 长城村: the Great Wall passes it, and 长城 alone is the wall, not the village
      const site = landmarks.get(i) === end && !isSiteWord(form);
      // 仙都、高车等乡镇: a bare form its township shares is the township's, but before a count of villages or as a site (宏村)
      if (townships && !site && !VILLAGE_COUNTS.some((w) => text.startsWith(w, end))) continue;
      const paired = bare && (pairedStarts.has(i) || (PAIR_MARKS.includes(text[end]) && bareFormAt(end + 1)));
      const listed = paired || stockade || (bare && BARE_BEFORE.some((w) => text.startsWith(w, end)));
      if (committee || listed ? crossed(i, end) || (listed && holdsLinked(i, end)) : anyCovered(covered, i, end) && !site) continue;
      if (form.endsWith('村') && (NOT_AFTER_SHORT.has(text[end]) || isHan(text[end]) && '镇乡'.includes(text[end]))) continue;
      if (bare && !listed && !site) continue;
      const entry: IndexEntry = { form, kind: 'full', target: { unit } };
      out.push({ start: i, end, entries: [entry] });
      named.add(form);
      if (paired) pairedStarts.add(end + 1);
      i = end - 1;
      break;
    }
  }
  return out;
}
