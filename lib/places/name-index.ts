// A dictionary of every place name the recogniser knows (administrative units in their full and
// short forms, countries, cities, natural features, regions), looked up at a text position.
//
// Keyed by the first two UTF-16 units of a name: one Map lookup per position finds the names
// that can start there, longest first, after a bit filter has passed over the many positions
// where none can. A key that starts many names (王家 starts hundreds of villages) branches on the
// characters after it, so a position compares the text with a few names, never with hundreds.
// No name is shorter than two characters (one-character abbreviations are a separate rule), so
// every name has a key. Units and features wait under their key until a text first holds it (or
// `get` asks for a form of it): loading the index costs a key per unit, and the names are made
// only for the keys texts come near, in the order they were given, so the answers are the same.
import { codePrefix, LEVEL_RANK } from '../division-code';
import type { Unit } from '../gazetteer/types';
import { corpsOwnName, KIND_CORES, pressForms, siblingCore, suffixOf, surfaceForms, TOWNSHIP_SUFFIXES, type FormKind, type SiblingCore } from './forms';
import type { FeatureEntry } from './world';
import nameForms from './data/name-forms.json';

const PLACE_MARKERS = new Set(nameForms.placeMarkersAfter);
const LONGEST_KIND_WORD = Math.max(...[...KIND_CORES].map((w) => w.length));

/** What a name can refer to: an administrative unit or a feature (country, city, river, region). */
export type Target = { unit: Unit; feature?: undefined } | { feature: FeatureEntry; unit?: undefined };

export interface IndexEntry {
  form: string;
  kind: FormKind;
  target: Target;
  /** Counts only where the text's region supports it (see forms.ts). */
  needsContext?: boolean;
}

/** All entries sharing one written form. */
export interface FormGroup {
  form: string;
  entries: IndexEntry[];
}

/**
 * Whether a township's name at `i` ends a word of a kind of township that starts before it (范镇
 * in 示范镇: 示范 is a kind, as in 示范村), so the phrase names a kind, not the township.
 */
function endsKindWord(text: string, i: number, name: string): boolean {
  const suffix = suffixOf(name, TOWNSHIP_SUFFIXES);
  const core = suffix ? name.slice(0, -suffix.length) : name;
  for (let k = 1; k <= LONGEST_KIND_WORD - core.length && k <= i; k++) if (KIND_CORES.has(text.slice(i - k, i) + core)) return true;
  return false;
}

/** The filter of keys that may start a name: 2^21 bits, a key's bit by a multiplicative hash. */
const KEY_FILTER_WORDS = 1 << 16;
const keyBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 11;

/** No forms at a position: one shared empty list rather than a new one at each of a text's characters. */
const NONE: readonly FormGroup[] = [];

/**
 * The key of the two UTF-16 units at `i`, folded into 30 bits so that it is a small integer V8
 * hashes without boxing (the full 32-bit pair would be a heap number made at every position).
 * Units 0x8000 apart share a key: every lookup checks the text, so that only costs a comparison.
 */
export const keyAt = (text: string, i: number): number => ((text.charCodeAt(i) & 0x7fff) << 15) | (text.charCodeAt(i + 1) & 0x7fff);

/** A unit that may be written with a sibling suffix (皇城街道 for 皇城镇). */
interface Renamable extends SiblingCore {
  target: Target;
  /** Its place among the renamable units of its key, the order their forms are merged in. */
  order: number;
  /** Its entry under each sibling suffix (皇城街道, 皇城乡), made when the text first holds it. */
  renamed?: IndexEntry[];
}

/** The renamable units of one key, by core: a position tests each core once, not each of hundreds of 城关镇. */
type RenamableByCore = Map<string, Renamable[]>;

/**
 * What waits to be added under a key until a text first holds the key (or `get` asks for one of
 * its forms): a unit (`again` when it may have been added before, so its entries are tested for
 * repeats) or a feature's entry, in the order they were given.
 */
type Pending = Unit | { again: Unit } | { entry: IndexEntry };

/** What starts with one key: names, units renamable with a sibling suffix, and what waits to be added. */
interface KeyEntry {
  bucket?: Bucket;
  renamable?: RenamableByCore;
  pending?: Pending[];
}

/** Most names a bucket lists before it branches on its next character. */
const BRANCH_AT = 4;

/**
 * The names of one key past its first `depth` characters: those no longer than `depth` (longest
 * first), and the longer ones by their character at `depth`. Every name under one branch shares
 * the characters from the third to `depth` (the first two share only the key), and a deeper
 * branch holds longer names, so a lookup walks one path and lists what it passes, longest first.
 */
interface Branch {
  depth: number;
  ending: FormGroup[];
  next: Map<number, Bucket>;
}

/** The names of one key (or of one branch's character): a short list longest first, or a branch. */
type Bucket = FormGroup[] | Branch;

/** `group` added to the sorted list, which it keeps longest first, new names after equally long ones. */
function insertSorted(list: readonly FormGroup[], group: FormGroup): FormGroup[] {
  let at = 0;
  while (at < list.length && list[at].form.length >= group.form.length) at++;
  return [...list.slice(0, at), group, ...list.slice(at)];
}

/** The bucket with `group` added, a list branching once it grows past BRANCH_AT. */
function insertInto(bucket: Bucket | undefined, group: FormGroup, depth: number): Bucket {
  if (bucket && !Array.isArray(bucket)) {
    insertIntoBranch(bucket, group);
    return bucket;
  }
  const list = insertSorted(bucket ?? [], group);
  if (list.length <= BRANCH_AT) return list;
  const branch: Branch = { depth, ending: [], next: new Map() };
  for (const g of list) insertIntoBranch(branch, g);
  return branch;
}

function insertIntoBranch(branch: Branch, group: FormGroup): void {
  if (group.form.length <= branch.depth) {
    branch.ending = insertSorted(branch.ending, group);
    return;
  }
  const c = group.form.charCodeAt(branch.depth);
  branch.next.set(c, insertInto(branch.next.get(c), group, branch.depth + 1));
}

/** The names of `bucket` written at `i`, longest first, added to `out`. */
function matchesIn(text: string, i: number, bucket: Bucket, out: FormGroup[] | undefined): FormGroup[] | undefined {
  if (Array.isArray(bucket)) {
    for (const group of bucket) if (text.startsWith(group.form, i)) (out ??= []).push(group);
    return out;
  }
  const deeper = bucket.next.get(text.charCodeAt(i + bucket.depth));
  if (deeper) out = matchesIn(text, i, deeper, out);
  for (const group of bucket.ending) if (text.startsWith(group.form, i)) (out ??= []).push(group);
  return out;
}

/** The hyphen the Chinese papers write between the parts of a foreign name (纳戈尔诺－卡拉巴赫), beside the data's ASCII one. */
const FULL_WIDTH_HYPHEN = '－';

export class NameIndex {
  /**
   * By key: the names it starts, and the renamable units whose core it starts. Renamed forms are
   * not stored (two more names for each of 40,000 townships would double the index): each unit's
   * core is, and the forms are made when the text holds one. One map for both, so a position
   * costs one lookup.
   */
  private keys = new Map<number, KeyEntry>();
  private groups = new Map<string, FormGroup>();
  /**
   * One bit per hashed key of the map above: most positions of a text start no name, and
   * the bit says so without two map lookups (a set bit is checked in the maps, so a shared one
   * only costs those). 256 KB.
   */
  private mayStart = new Uint32Array(KEY_FILTER_WORDS);
  private renamedCache = new WeakMap<Renamable[], RenamedCache>();
  private renamableCount = 0;
  /**
   * Counts the calls that add units or features: what the index finds in a text changes only
   * with it (names made for a key a text first holds change no answer), so a text's names found
   * at one count hold until it changes (see ./recognize.ts scanNames).
   */
  generation = 0;
  /** The first characters of the provinces', prefectures' and counties' names (兰 of 兰州市): route names are made of them (兰海高速). */
  private initials = new Set<string>();
  /** The same of the provinces and prefectures alone. */
  private majorInitials = new Set<string>();

  /**
   * @param commonWords place forms that are also common words (the build's common-words.json)
   * @param wordsBefore for a form, the characters that make a common word with its first
   *   character (保山: 确 for 确保), from the same file
   * @param townshipWordsBefore the same for a township's name, by its first character (放: 发 for 发放)
   */
  constructor(
    private commonWords: ReadonlySet<string> = new Set(),
    private wordsBefore: Readonly<Record<string, string>> = {},
    private townshipWordsBefore: Readonly<Record<string, string>> = {},
  ) {}

  /** Whether a place form is also a common word (资源, 友谊), per the build's word list (bound: surfaceForms is given it). */
  readonly isCommonWord = (form: string): boolean => this.commonWords.has(form);

  /** Whether the name at `i` starts inside a common word that ends there (保山 in 确保山清水秀, 放城镇 in 发放城镇居民). */
  endsWordAt(text: string, i: number, group: FormGroup): boolean {
    if (i === 0) return false;
    const before = text[i - 1];
    if (this.wordsBefore[group.form]?.includes(before)) return true;
    if (!group.entries.every((e) => e.target.unit?.level === 'township')) return false;
    return !!this.townshipWordsBefore[group.form[0]]?.includes(before) || endsKindWord(text, i, group.form);
  }

  /**
   * Adds administrative units, larger units first so their short forms take precedence. Adding a
   * unit again changes nothing; `fresh` says that none of `units` was added before nor comes twice,
   * so its entries are not tested for a repeat (a test that costs most for the names a hundred
   * villages share, 杨家庄村).
   *
   * A unit's forms and its renamable core all begin with the first two characters of its name
   * (a short form or a core is a prefix of it, of two characters at least; a corps unit's own
   * name and a county's press forms, 阿左旗 for 阿拉善左旗, are the other starts), so the unit waits under that key and is added when a text first holds the key: building the index costs a
   * key per unit, and only the names texts come near are made.
   */
  addUnits(units: Iterable<Unit>, fresh = false): void {
    this.generation++;
    for (const unit of byLevel(units)) {
      if (unit.level !== 'township' && unit.level !== 'village' && !unit.grouping) this.initials.add(unit.name[0]);
      if ((unit.level === 'province' || unit.level === 'prefecture') && !unit.grouping) this.majorInitials.add(unit.name[0]);
      // 兵团一四八团's form 一四八团 starts with other characters: the unit waits under its key too,
      // and whichever comes first, the other adds it again
      const own = unit.level === 'township' ? corpsOwnName(unit.name) : undefined;
      // 阿左旗 opens otherwise than 阿拉善左旗: it waits under its own key the same way (阿旗 read
      // first adds 阿鲁科尔沁旗, so its name's key adds it again, not a second time)
      const pressStarts = pressForms(unit).filter((form) => keyAt(form, 0) !== keyAt(unit.name, 0));
      this.defer(keyAt(unit.name, 0), fresh && !own && !pressStarts.length ? unit : { again: unit });
      if (own) this.defer(keyAt(own, 0), { again: unit });
      for (const form of pressStarts) this.defer(keyAt(form, 0), { again: unit });
    }
  }

  /** Whether `c` is the first character of a province's, prefecture's or (unless `major`) county's name. */
  opensUnitName(c: string, major = false): boolean {
    return (major ? this.majorInitials : this.initials).has(c);
  }

  /** Adds a unit's forms and its renamable core (what addUnits deferred). */
  private addUnit(unit: Unit, fresh: boolean): void {
    const target: Target = { unit };
    const forms = surfaceForms(unit, this.isCommonWord);
    forms.forEach(({ form, kind, needsContext }, k) => {
      // 河北区's short form 河北 is the province: the press means the larger unit
      if (kind === 'short' && unit.level === 'county' && this.hasLargerUnit(form)) return;
      // 海南藏族自治州's short form 海南 is the province of Hainan: a province elsewhere wins the same way
      if (kind === 'short' && unit.level === 'prefecture' && this.hasOtherProvince(form, unit.code)) return;
      const entry: IndexEntry = { form, kind, target };
      if (needsContext) entry.needsContext = true;
      this.add(entry, !fresh || k > 0);
    });
    const sibling = forms.length && (unit.level === 'township' || unit.level === 'county') ? siblingCore(unit) : undefined;
    if (sibling) {
      const key = keyAt(sibling.core, 0);
      this.markKey(key);
      const byKey = this.entryOf(key);
      const byCore = (byKey.renamable ??= new Map());
      const renamable: Renamable = { core: sibling.core, siblings: sibling.siblings, target, order: this.renamableCount++ };
      const same = byCore.get(sibling.core);
      byCore.set(sibling.core, same ? same.concat(renamable) : [renamable]);
    }
  }

  /** Adds features (countries, cities, rivers, regions); each form waits under its key as units do, so a key's entries keep the order they were given in. */
  addFeatures(features: Iterable<FeatureEntry>): void {
    this.generation++;
    for (const feature of features) {
      const forms = [feature.name, ...feature.aliases];
      for (const written of forms) {
        if (written.length < 2) continue;
        // 纳戈尔诺-卡拉巴赫: the papers join a name's parts with a full-width hyphen too (纳戈尔诺－卡拉巴赫)
        for (const form of written.includes('-') ? [written, written.replaceAll('-', FULL_WIDTH_HYPHEN)] : [written]) {
          const entry: IndexEntry = { form, kind: written === feature.name ? 'full' : 'short', target: { feature } };
          if (feature.needsContext && !carriesMarker(written, forms)) entry.needsContext = true;
          this.defer(keyAt(form, 0), { entry });
        }
      }
    }
  }

  private defer(key: number, item: Pending): void {
    const byKey = this.entryOf(key);
    if (byKey.pending) byKey.pending.push(item);
    else byKey.pending = [item];
    this.markKey(key);
  }

  /** Adds what waits under a key, in the order it was given. */
  private addPending(byKey: KeyEntry): void {
    const pending = byKey.pending!;
    byKey.pending = undefined;
    for (const item of pending) {
      if ('entry' in item) this.add(item.entry);
      else if ('again' in item) this.addUnit(item.again, false);
      else this.addUnit(item, true);
    }
  }

  /** Forms that start at `i`, longest first, renamed forms (needing context) among them. */
  matchesAt(text: string, i: number): readonly FormGroup[] {
    if (i + 1 >= text.length) return NONE;
    const key = keyAt(text, i);
    const bit = keyBit(key);
    if (!(this.mayStart[bit >>> 5] & (1 << (bit & 31)))) return NONE;
    const byKey = this.keys.get(key);
    if (!byKey) return NONE;
    if (byKey.pending) this.addPending(byKey);
    const out = byKey.bucket && matchesIn(text, i, byKey.bucket, undefined);
    const renamable = byKey.renamable && renamableAt(text, i, byKey.renamable);
    return renamable ? this.withRenamed(text, i, renamable, out ?? NONE) : out ?? NONE;
  }

  /**
   * Adds the renamed forms written at `i` (of units whose core is written there) to the
   * dictionary's groups, merging equal forms: a dictionary form keeps its place with the renamed
   * entries after its own, new forms follow in the order of the units, then all longest first.
   */
  private withRenamed(text: string, i: number, renamable: Renamable[], groups: readonly FormGroup[]): readonly FormGroup[] {
    const added = this.renamedAt(text, i, renamable);
    if (!added) return groups;
    const out = groups.map((g) => {
      const more = added.get(g.form);
      return more ? { form: g.form, entries: g.entries.concat(more) } : g;
    });
    for (const [form, entries] of added) if (!groups.some((g) => g.form === form)) out.push({ form, entries });
    return out.sort((a, b) => b.form.length - a.form.length);
  }

  /**
   * The renamed entries written at `i`, by form, in the order of the units. Units of one core
   * (the usual case: 龙泉镇's dozens of namesakes) give the same entries wherever the same
   * sibling suffixes follow the core, so those are made once per set of suffixes.
   */
  private renamedAt(text: string, i: number, renamable: Renamable[]): RenamedForms | undefined {
    let cache = this.renamedCache.get(renamable);
    if (!cache) this.renamedCache.set(renamable, (cache = renamedCache(renamable)));
    if (!cache.coreLength) return renamedForms(text, i, renamable);
    // most cores are written without a sibling suffix after them: the character there opens none
    if (!cache.suffixStarts.includes(text.charCodeAt(i + cache.coreLength))) return undefined;
    let mask = 0;
    cache.suffixes.forEach((s, k) => {
      if (text.startsWith(s, i + cache.coreLength!)) mask |= 1 << k;
    });
    if (!mask) return undefined;
    if (!cache.byMask.has(mask)) cache.byMask.set(mask, renamedForms(text, i, renamable));
    return cache.byMask.get(mask);
  }

  /** The entries written exactly as `form`, if any. */
  get(form: string): FormGroup | undefined {
    const byKey = this.keys.get(keyAt(form, 0));
    if (byKey?.pending) this.addPending(byKey);
    return this.groups.get(form);
  }

  private hasOtherProvince(form: string, code: string): boolean {
    return !!this.groups.get(form)?.entries.some((e) => e.target.unit?.level === 'province' && codePrefix(e.target.unit.code, 'province') !== codePrefix(code, 'province'));
  }

  private hasLargerUnit(form: string): boolean {
    const group = this.groups.get(form);
    return !!group?.entries.some((e) => e.target.unit && LEVEL_RANK[e.target.unit.level] < LEVEL_RANK.county);
  }

  // Arrays are made at their final size ([entry], concat) rather than grown with push: a pushed
  // array reserves room for 17 items, and with 100,000 names that alone is tens of megabytes.
  // `mayRepeat` is false for an entry of a unit that has none yet (see addUnits' `fresh`).
  private add(entry: IndexEntry, mayRepeat = true): void {
    const group = this.groups.get(entry.form);
    if (group) {
      if (!mayRepeat || !group.entries.some((e) => sameTarget(e.target, entry.target))) group.entries = group.entries.concat(entry);
      return;
    }
    const created: FormGroup = { form: entry.form, entries: [entry] };
    this.groups.set(entry.form, created);
    const key = keyAt(entry.form, 0);
    const byKey = this.entryOf(key);
    byKey.bucket = insertInto(byKey.bucket, created, 2);
    this.markKey(key);
  }

  private entryOf(key: number): KeyEntry {
    let entry = this.keys.get(key);
    if (!entry) this.keys.set(key, (entry = {}));
    return entry;
  }

  private markKey(key: number): void {
    const bit = keyBit(key);
    this.mayStart[bit >>> 5] |= 1 << (bit & 31);
  }
}

/**
 * Units larger first, in their order within a level (as a stable sort by level would give them):
 * one pass into a list per level, where a sort would compare each unit's level many times.
 */
export function byLevel(units: Iterable<Unit>): Unit[] {
  const lists: Unit[][] = Object.values(LEVEL_RANK).map(() => []);
  for (const unit of units) lists[LEVEL_RANK[unit.level]].push(unit);
  return lists.flat();
}

/** Renamed entries by form, in the order of their units. */
type RenamedForms = Map<string, IndexEntry[]>;

/** For a list of renamable units: their core's length if they share one, the sibling suffixes they have, their forms per set of those. */
interface RenamedCache {
  coreLength?: number;
  suffixes: string[];
  /** The first characters of those suffixes, by code. */
  suffixStarts: number[];
  byMask: Map<number, RenamedForms | undefined>;
}

function renamedCache(renamable: Renamable[]): RenamedCache {
  const lengths = new Set(renamable.map((r) => r.core.length));
  const suffixes = [...new Set(renamable.flatMap((r) => r.siblings))];
  const suffixStarts = [...new Set(suffixes.map((s) => s.charCodeAt(0)))];
  return { coreLength: lengths.size === 1 && suffixes.length <= 30 ? [...lengths][0] : undefined, suffixes, suffixStarts, byMask: new Map() };
}

/** The renamed entries written at `i` (each unit under the first of its sibling suffixes written after its core). */
function renamedForms(text: string, i: number, renamable: Renamable[]): RenamedForms | undefined {
  let added: RenamedForms | undefined;
  for (const r of renamable) {
    const k = r.siblings.findIndex((s) => text.startsWith(s, i + r.core.length));
    if (k < 0) continue;
    const entry = ((r.renamed ??= [])[k] ??= { form: r.core + r.siblings[k], kind: 'renamed', target: r.target, needsContext: true });
    added ??= new Map();
    const same = added.get(entry.form);
    if (same) same.push(entry);
    else added.set(entry.form, [entry]);
  }
  return added;
}

/** 东北地区 is 东北 with a place marker (地区) after it: the form needs no context even where 东北 does. */
/** The renamable units whose core is written at `i`, in the order they were added. */
function renamableAt(text: string, i: number, byCore: RenamableByCore): Renamable[] | undefined {
  let found: Renamable[] | undefined;
  let merged = false;
  // forEach rather than for-of: no [core, units] pair is made for each core tested
  byCore.forEach((renamable, core) => {
    if (!text.startsWith(core, i)) return;
    merged = !!found;
    found = found ? found.concat(renamable) : renamable;
  });
  return merged ? found!.sort((a, b) => a.order - b.order) : found;
}

function carriesMarker(form: string, forms: string[]): boolean {
  return forms.some((f) => f !== form && form.startsWith(f) && PLACE_MARKERS.has(form.slice(f.length)));
}

function sameTarget(a: Target, b: Target): boolean {
  return a.unit ? a.unit.code === b.unit?.code : a.feature.id === b.feature?.id;
}
