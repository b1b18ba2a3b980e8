// The surface forms under which the press names an administrative unit: its full name
// (淄川区), its short form (淄川), and for townships and villages only the full name.
// The rules read their words from data/name-forms.json.
import type { Unit, UnitLevel } from '../gazetteer/types';
import forms from './data/name-forms.json';
import unlistedUnits from './data/unlisted-units.json';

/** Words of a kind of village or township, no name (贫困, 示范, 国有: 贫困村, 示范镇, 国有林场), as unlisted-units.json's notCores lists them. */
export const KIND_CORES: ReadonlySet<string> = new Set(unlistedUnits.notCores);

/** full: the official name; short: without its suffix; renamed: with a sibling suffix (皇城街道 for 皇城镇). */
export type FormKind = 'full' | 'short' | 'renamed';

export interface SurfaceForm {
  form: string;
  kind: FormKind;
  /** Counts only where the text's region supports it (a county's short form may be a word: 资源, 凤凰). */
  needsContext?: boolean;
}

const SUFFIXES = forms.suffixes as Partial<Record<UnitLevel, string[]>>;
/**
 * The peoples' names, and those of two characters or more without their 族 (伊犁哈萨克自治州, 博尔塔拉蒙古自治州
 * write them so), longest first so that a name is read whole before a shorter one inside it.
 */
export const PEOPLES_LONGEST_FIRST: readonly string[] = [...forms.ethnicGroups, ...forms.ethnicGroups.filter((g) => g.length >= 3 && g.endsWith('族')).map((g) => g.slice(0, -1))].sort((a, b) => b.length - a.length);
export const TOWNSHIP_SUFFIXES: readonly string[] = forms.townshipSuffixes;
export const VILLAGE_SUFFIXES: readonly string[] = forms.villageSuffixes;
const STOPLIST = new Set(forms.shortFormStoplist);
const CONTEXT_SHORT_FORMS = new Set(forms.contextShortForms);
const WELL_KNOWN_SHORT_FORMS = new Set(forms.wellKnownShortForms);
const SIBLING_SUFFIXES = forms.siblingSuffixes as Partial<Record<UnitLevel, string[]>>;
const ONE_WAY_SIBLINGS = new Set(forms.oneWaySiblingSuffixes);
const PRESS_FORMS = forms.pressForms as Record<string, string[]>;
/** Shortest full name of an odd township-level unit (农场, 开发区) still worth recognising. */
const MIN_ODD_TOWNSHIP_LENGTH = 4;
const TOWNSHIP_WORD_NAMES: readonly string[] = forms.townshipWordNames;
const TOWNSHIP_PHRASE_NAMES = new Set(forms.townshipPhraseNames);
/** Characters of function (向, 在, 对) that make a phrase with a word of a kind of unit after them (向城镇居民). */
const FUNCTION_STARTS = new Set(forms.notChainStart);
const UNIT_KIND_WORDS: readonly string[] = forms.unitKindWords;
const CORPS_PREFIX = new RegExp(forms.corpsPrefix);
const CORPS_REGIMENT = new RegExp(forms.corpsRegiment);
const CORPS_REGIMENT_ENDING = new RegExp(forms.corpsRegimentEnding);

/** A corps unit's own name, as the press writes it (兵团一四八团 -> 一四八团, 兵团农六师新湖农场 -> 新湖农场, 兵团一二三团生活区 -> 一二三团); none for another township. */
export function corpsOwnName(name: string): string | undefined {
  const own = name.replace(CORPS_PREFIX, '').replace(CORPS_REGIMENT_ENDING, '');
  return own !== name && own.length >= 3 ? own : undefined;
}

/**
 * 延边朝鲜族自治州 -> 延边; 恩施土家族苗族自治州 -> 恩施; 伊犁哈萨克自治州 -> 伊犁; 街津口赫哲族乡 -> 街津口: the
 * ethnic names go with the suffix, leaving two characters at least.
 */
export function stripEthnicGroups(core: string): string {
  let stripped = core;
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of PEOPLES_LONGEST_FIRST) {
      if (stripped.length >= group.length + 2 && stripped.endsWith(group)) {
        stripped = stripped.slice(0, -group.length);
        changed = true;
      }
    }
  }
  return stripped;
}

const ETHNIC_TOWNSHIP_INFIXES: readonly string[] = forms.ethnicTownshipInfixes;
/**
 * 布朗山布朗族乡 -> 布朗山乡, 西定哈尼族布朗族乡 -> 西定乡, 拖顶傈僳族乡 -> 拖顶乡, 达木珞巴民族乡 -> 达木乡: the press
 * writes an ethnic township (ethnicTownshipWords) without its peoples as often as with them, keeping the suffix; the
 * word 民族 (ethnicTownshipInfixes) between the people and 乡 goes with them, only where a people stands before it.
 */
export function withoutPeoples(name: string): string | undefined {
  if (!forms.ethnicTownshipWords.some((w) => name.endsWith(w))) return undefined;
  const peoples = name.slice(0, -1);
  const infix = ETHNIC_TOWNSHIP_INFIXES.find((w) => peoples.endsWith(w) && peoples.length > w.length);
  const withPeople = infix ? peoples.slice(0, -infix.length) : peoples;
  const core = stripEthnicGroups(withPeople);
  return core.length >= 2 && core.length < withPeople.length ? core + name.slice(-1) : undefined;
}

const DEMONSTRATIVES: readonly string[] = forms.demonstratives;
const DEMONSTRATIVE_STARTS = new Set(DEMONSTRATIVES.map((w) => w[0]));
/** Whether the character of function at `i` opens a place's name there (那 of the Zhuang 那布屯), not a demonstrative (那个, 那里). */
export const opensNameAt = (text: string, i: number): boolean => DEMONSTRATIVE_STARTS.has(text[i]) && !DEMONSTRATIVES.some((w) => text.startsWith(w, i));

/** The unit's name without its level suffix (淄川区 -> 淄川), or undefined when none applies. */
export function shortForm(name: string, level: UnitLevel): string | undefined {
  for (const suffix of SUFFIXES[level] ?? []) {
    if (!name.endsWith(suffix) || name.length <= suffix.length) continue;
    let core = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治') || suffix.endsWith('自治区')) core = withoutZu(stripEthnicGroups(core));
    // 清新区 is 清新 with 区, not 清 with 新区: a suffix that leaves one character gives way to the next
    if (core.length >= 2) return core;
  }
  return undefined;
}

/** The forms the press writes for a county-level unit that no suffix gives (西乌旗 for 西乌珠穆沁旗, 二连 for 二连浩特市), or for a township-level one (建三江). */
export function pressForms(unit: Unit): readonly string[] {
  return (unit.level === 'county' && PRESS_FORMS[unit.code.slice(0, 6)]) || (unit.level === 'township' && PRESS_FORMS[unit.code.slice(0, 9)]) || [];
}

/** China's peoples by name (赫哲族, 东乡族): name-forms.json's ethnicGroups. */
export const ETHNIC_GROUPS: ReadonlySet<string> = new Set(forms.ethnicGroups);
/**
 * 东乡族自治县 -> 东乡, 鄂温克族自治旗 -> 鄂温克: a unit named after its people alone is written with the people's name
 * without 族 (东乡县, 鄂温克旗), as no other people's name is stripped from it; 东乡族 itself is the people, no unit.
 */
const withoutZu = (core: string): string => (ETHNIC_GROUPS.has(core) && core.endsWith('族') ? core.slice(0, -1) : core);

/** Whether a short form is a common word that must not be read as the county alone. */
export function isStoplisted(form: string): boolean {
  return STOPLIST.has(form);
}

/** The suffix a township or village name ends with, if it is one the press writes. */
export function suffixOf(name: string, suffixes: readonly string[]): string | undefined {
  return suffixes.find((s) => name.endsWith(s) && name.length > s.length);
}

/** A unit's name split into its core and its suffix, with the sibling suffixes it may have been renamed to. */
export interface SiblingCore {
  core: string;
  siblings: string[];
}

/** 皇城镇 -> 皇城 + [乡, 街道]; 某县 -> 某 + [区, 市]; 雁栖地区 -> 雁栖 + [镇, 乡, 街道]: the names a unit may have been renamed to. */
export function siblingCore(unit: Unit): SiblingCore | undefined {
  const siblings = SIBLING_SUFFIXES[unit.level] ?? [];
  const own = siblings.find((s) => unit.name.endsWith(s) && unit.name.length - s.length >= 2);
  if (!own) return undefined;
  return { core: unit.name.slice(0, -own.length), siblings: siblings.filter((s) => s !== own && !ONE_WAY_SIBLINGS.has(s)) };
}

const TOWN_STREETS: readonly string[] = forms.townStreets;
/**
 * 道口镇街道 -> 道口镇: a subdistrict named with its town's full name is written as the town, its ending's first character
 * (镇 of 镇街道) kept and the street's word after it dropped; none for a core of one character (口镇街道).
 */
export function townOfStreet(name: string): string | undefined {
  const ending = TOWN_STREETS.find((w) => name.endsWith(w) && name.length - w.length >= 2);
  return ending && name.slice(0, 1 - ending.length);
}

/** Whether a form is first of all a common word (资源, 通道, 港口), from the build's word list. */
export type CommonWordTest = (form: string) => boolean;

/**
 * Every form under which a unit is recognised. Townships need a suffix the press writes or a
 * long full name; villages are recognised by the name the gazetteer gives (台头村); a township or
 * village name that is a common word is not recognised at all. County names that are common
 * words (资源 for 资源县, 城区) count only with support from the context.
 */
export function surfaceForms(unit: Unit, isCommonWord: CommonWordTest): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  if (unit.level === 'township') {
    const suffixed = !!suffixOf(unit.name, TOWNSHIP_SUFFIXES);
    // an odd unit's name is often generic (经济开发区, 新材料产业园 exist in many counties or one
    // far away): it is that unit only where the text names its county or prefecture
    if ((suffixed || unit.name.length >= MIN_ODD_TOWNSHIP_LENGTH) && !isCommonWord(unit.name)) {
      const wordName =
        TOWNSHIP_PHRASE_NAMES.has(unit.name) ||
        TOWNSHIP_WORD_NAMES.some((w) => unit.name.length === w.length + 1 && unit.name.endsWith(w)) ||
        (FUNCTION_STARTS.has(unit.name[0]) && UNIT_KIND_WORDS.includes(unit.name.slice(1)));
      out.push(suffixed && !wordName ? { form: unit.name, kind: 'full' } : { form: unit.name, kind: 'full', needsContext: true });
      const plain = withoutPeoples(unit.name);
      if (plain && !isCommonWord(plain)) out.push({ form: plain, kind: 'full' });
      const town = townOfStreet(unit.name);
      if (town && !isCommonWord(town)) out.push({ form: town, kind: 'full' });
    }
    const own = corpsOwnName(unit.name);
    if (own && !isCommonWord(own)) out.push({ form: own, kind: 'full', needsContext: !CORPS_REGIMENT.test(own) });
    // 建三江 for 建三江管理局局直: the seat of an administration, as odd a name, in its county's or prefecture's text
    for (const form of pressForms(unit)) out.push({ form, kind: 'full', needsContext: true });
    return out;
  }
  if (unit.level === 'village') {
    if (suffixOf(unit.name, VILLAGE_SUFFIXES) && unit.name.length >= 3 && !isCommonWord(unit.name)) out.push({ form: unit.name, kind: 'full' });
    return out;
  }
  const county = unit.level === 'county';
  const wordLike = (form: string) => isStoplisted(form) || (county && isCommonWord(form));
  out.push({ form: unit.name, kind: 'full', needsContext: wordLike(unit.name) });
  const short = shortForm(unit.name, unit.level);
  // 巴马瑶族自治县, 湘西土家族苗族自治州 are written 巴马县, 湘西州 as often as 巴马, 湘西: the
  // short form with the suffix's own level word
  const autonomous = short ? SUFFIXES[unit.level]?.find((s) => s.startsWith('自治') && unit.name.endsWith(s)) : undefined;
  if (autonomous && short) out.push({ form: short + autonomous.slice(-1), kind: 'full' });
  // two characters are as weak as a county's short form (二连冠 holds 二连)
  for (const form of pressForms(unit)) out.push({ form, kind: 'full', needsContext: form.length <= 2 });
  if (short && !(county && isStoplisted(short))) {
    // a county's short form is often a word or part of one (投资兴业 holds 资兴): it needs support,
    // unless the national press writes it alone (瑞金, 义乌)
    out.push({ form: short, kind: 'short', needsContext: (county && !WELL_KNOWN_SHORT_FORMS.has(short)) || wordLike(short) || CONTEXT_SHORT_FORMS.has(short) });
  }
  return out;
}
