// The gazetteer in memory: the units of core.json, the village packs loaded so far, and the facts
// about each unit with their sources. Pure (no file or network access): node.ts reads the files
// in Node, the extension fetches them from its bundle.
//
// Units are kept in the core file's order, which is pre-order, with the end of each unit's
// subtree: a unit's descendants are the positions up to that end, so counting them by level is
// a difference of two running counts, and listing children is a walk from subtree to subtree.
import { CODE_END, CODE_LENGTH, LEVELS, codePrefix, codeStart, padCode } from '../division-code';
import { CORE_FORMAT, type CoreFile, type FactColumn, type FactName, type FactValue, VILLAGE_PACK_FORMAT, type VillagePack, positions } from './format';
import { englishName, pinyinName, withoutTones } from './names';
import type { PlaceFacts, Source, Unit, UnitFacts, UnitLevel } from './types';

/** A fact's value and the id of its source. */
type Sourced<T> = { value: T; source: string };

/** Units above villages, whose descendants are counted with running counts. */
const COUNTED_LEVELS = LEVELS.slice(0, 4);

export class Gazetteer {
  readonly sources: Source[] = [];
  /** The core's units by code (villages are found through their township's list). */
  private readonly byCode = new Map<string, Unit>();
  /** Core units in pre-order, which is code order: a unit's position is found by binary search. */
  private readonly order: Unit[] = [];
  /** Position just after the last descendant of each core unit. */
  private readonly subtreeEnd: Int32Array;
  /** For each counted level: how many units of it (groupings left out) come before each position. */
  private readonly before: Int32Array[];
  /** Villages directly under each core unit, and their running count (rebuilt when stale). */
  private readonly villagesAt: Int32Array;
  private villagesBefore: Int32Array | undefined;
  private readonly villagesOf = new Map<string, Unit[]>();
  private readonly packs = new Map<string, Unit[]>();
  private readonly packsBuilt: Set<string>;
  /** Each fact of the core units by position. */
  private readonly factValues: { [K in FactName]: Array<Sourced<FactValue[K]> | undefined> };
  private readonly names: CoreFile['names'];
  private readonly usualReading = new Map<string, string>();
  private readonly readingExceptions = new Map<number, Array<[number, string]>>();
  private readonly englishExceptions = new Map<number, string>();

  private constructor(core: CoreFile) {
    const { units } = core;
    const n = units.name.length;
    this.names = core.names;
    this.packsBuilt = new Set(core.villagePacks);
    this.subtreeEnd = new Int32Array(n);
    this.before = COUNTED_LEVELS.map(() => new Int32Array(n + 1));
    this.villagesAt = new Int32Array(n);
    this.factValues = { coordinates: new Array(n), telephoneCode: new Array(n) };
    this.addSources(core.sources);

    const sourceAt = new Array<string>(n).fill(units.source.default);
    for (const [id, gaps] of Object.entries(units.source.other)) for (const at of positions(gaps)) sourceAt[at] = id;
    const grouping = new Set(positions(units.grouping));
    const officials = new Map(units.official ? positions(units.official.at).map((at, i) => [at, units.official!.name[i]]) : []);

    // Rebuild codes and parents: a unit's parent is the nearest earlier unit of a higher level.
    const open: number[] = [];
    const depth = new Uint8Array(n);
    let digit = 0;
    for (let i = 0; i < n; i++) {
      depth[i] = units.level.charCodeAt(i) - 48;
      const level = LEVELS[depth[i]];
      while (open.length && depth[open[open.length - 1]] >= depth[i]) this.subtreeEnd[open.pop()!] = i;
      const parent = open.length ? this.order[open[open.length - 1]] : undefined;
      const start = codeStart(level);
      const own = units.code.slice(digit, (digit += CODE_END[level] - start));
      const code = padCode(parent ? parent.code.slice(0, start) + own : own);
      const unit: Unit = { code, name: units.name[i], level, source: sourceAt[i] };
      if (parent) unit.parent = parent.code;
      if (grouping.has(i)) unit.grouping = true;
      const official = officials.get(i);
      if (official) unit.official = official;
      if (i > 0 && this.order[i - 1].code >= code) throw new Error(`gazetteer core file: ${code} is out of code order`);
      this.order.push(unit);
      this.byCode.set(code, unit);
      open.push(i);
    }
    for (const at of open) this.subtreeEnd[at] = n;
    this.before.forEach((before, k) => {
      for (let i = 0; i < n; i++) before[i + 1] = before[i] + (depth[i] === k && !this.order[i].grouping ? 1 : 0);
    });

    this.readFacts('coordinates', core.facts.coordinates);
    this.readFacts('telephoneCode', core.facts.telephoneCode);
    const chars = [...core.names.chars];
    chars.forEach((ch, i) => this.usualReading.set(ch, core.names.syllables[i]));
    const { exceptions, english } = core.names;
    positions(exceptions.at).forEach((at, i) => {
      const list = this.readingExceptions.get(at) ?? [];
      list.push([exceptions.char[i], exceptions.syllable[i]]);
      this.readingExceptions.set(at, list);
    });
    positions(english.at).forEach((at, i) => this.englishExceptions.set(at, english.values[i]));
  }

  static fromCore(core: CoreFile): Gazetteer {
    if (core.format !== CORE_FORMAT) throw new Error(`not a gazetteer core file: ${core.format}`);
    return new Gazetteer(core);
  }

  /** Adds the villages of one province; adding the same pack again changes nothing. */
  addVillagePack(pack: VillagePack): void {
    if (pack.format !== VILLAGE_PACK_FORMAT) throw new Error(`not a village pack: ${pack.format}`);
    if (this.packs.has(pack.province)) return;
    this.addSources(pack.sources);
    const villages: Unit[] = [];
    const prefixes = new Map(pack.prefix ? positions(pack.prefix.at).map((at, i) => [at, pack.prefix!.text[i]]) : []);
    let village = 0;
    pack.villages.forEach((count, t) => {
      const township = `${pack.province}${pack.townships.slice(t * 7, t * 7 + 7)}000`;
      const at = this.positionOf(township);
      if (at === undefined) throw new Error(`village pack ${pack.province}: unknown township ${township}`);
      const list: Unit[] = [];
      const prefix = codePrefix(township, 'township');
      for (const end = village + count; village < end; village++) {
        const name = pack.name[village];
        const [suffix, added] = pack.committees[parseInt(pack.committee[village], 36)];
        const unit: Unit = { code: prefix + pack.code.slice(village * 3, village * 3 + 3), name, level: 'village', source: pack.source, parent: township };
        const units = prefixes.get(village) ?? '';
        if (suffix || units) unit.official = units + name.slice(0, name.length - added.length) + suffix;
        list.push(unit);
      }
      this.villagesOf.set(township, list);
      this.villagesAt[at] += count;
      villages.push(...list);
    });
    this.packs.set(pack.province, villages);
    this.villagesBefore = undefined;
  }

  /** Whether a province (2 digits) has a village pack to load (Hong Kong, Macao and Taiwan have none). */
  offersVillages(provinceCode: string): boolean {
    return this.packsBuilt.has(provinceCode);
  }

  /** Whether the village pack of a province (2 digits) is loaded. */
  hasVillages(provinceCode: string): boolean {
    return this.packs.has(provinceCode);
  }

  unit(code: string): Unit | undefined {
    return this.byCode.get(code) ?? this.village(code);
  }

  // A village is found among its township's (a few dozen): a pack's villages are not put in the
  // map of codes, which cost more to load than all the rest of a pack (62,000 entries for Shandong).
  private village(code: string): Unit | undefined {
    if (code.length !== CODE_LENGTH || code.endsWith('000')) return undefined;
    const list = this.villagesOf.get(padCode(codePrefix(code, 'township')));
    return list?.find((v) => v.code === code);
  }

  /** The facts about a unit (pinyin, English, coordinates, telephone code), undefined if the code is unknown. */
  facts(code: string): UnitFacts | undefined {
    if (!this.unit(code)) return undefined;
    const facts: UnitFacts = { sources: {} };
    const at = this.positionOf(code);
    if (at === undefined) return facts; // a village: none held
    const form = this.names.forms[this.names.form[at] - 1];
    if (form) {
      const [wordLengths, tail] = form;
      facts.pinyin = pinyinName(this.readings(at), wordLengths);
      facts.english = this.englishExceptions.get(at) ?? englishName(facts.pinyin, tail);
      facts.sources.pinyin = facts.sources.english = this.names.source;
    }
    const coordinates = this.factValues.coordinates[at];
    if (coordinates) { facts.coordinates = coordinates.value; facts.sources.coordinates = coordinates.source; }
    const telephone = this.factValues.telephoneCode[at];
    if (telephone) { facts.telephoneCode = telephone.value; facts.sources.telephoneCode = telephone.source; }
    return facts;
  }

  /**
   * A name's pinyin without tones or spaces from its characters' usual readings (小岗 -> xiaogang),
   * for names the gazetteer holds no pinyin of (villages); undefined when a character has none.
   */
  pinyinOf(name: string): string | undefined {
    let out = '';
    for (const ch of name) {
      const syllable = this.usualReading.get(ch);
      if (syllable === undefined) return undefined;
      out += syllable;
    }
    return withoutTones(out);
  }

  /** The units directly below: prefectures of a province..., villages of a township once loaded. */
  children(code: string): Unit[] {
    const at = this.positionOf(code);
    if (at === undefined) return [];
    if (this.order[at].level === 'township') return this.villagesOf.get(code) ?? [];
    const out: Unit[] = [];
    for (let i = at + 1; i < this.subtreeEnd[at]; i = this.subtreeEnd[i]) out.push(this.order[i]);
    return out;
  }

  /** The units containing a unit, province first, the unit itself excluded (groupings included). */
  ancestors(code: string): Unit[] {
    const out: Unit[] = [];
    for (let u = this.unit(code); u?.parent; ) {
      u = this.byCode.get(u.parent)!;
      out.unshift(u);
    }
    return out;
  }

  /** Every unit loaded: the core's, then the villages of the packs loaded. */
  *units(): Iterable<Unit> {
    yield* this.order;
    for (const villages of this.packs.values()) yield* villages;
  }

  /** The villages of a province's pack, once loaded. */
  unitsOfPack(provinceCode: string): Unit[] {
    return this.packs.get(provinceCode) ?? [];
  }

  /** Everything shown about a place: its path, facts, counts of the units below, and sources. */
  lookup(code: string): PlaceFacts | undefined {
    const unit = this.unit(code);
    if (!unit) return undefined;
    const { sources, ...facts } = this.facts(code)!;
    const path = [...this.ancestors(code).filter((u) => !u.grouping), unit].map((u) => ({ code: u.code, name: u.name, level: u.level }));
    const sourceIds = new Set([unit.source, ...Object.values(sources)]);
    return {
      code,
      name: unit.name,
      level: unit.level,
      path,
      ...facts,
      children: this.descendantCounts(code),
      villagesLoaded: this.hasVillages(codePrefix(code, 'province')),
      sources: this.sources.filter((s) => sourceIds.has(s.id)),
    };
  }

  private descendantCounts(code: string): Partial<Record<UnitLevel, number>> {
    const at = this.positionOf(code);
    const counts: Partial<Record<UnitLevel, number>> = {};
    if (at === undefined) return counts;
    const end = this.subtreeEnd[at];
    COUNTED_LEVELS.forEach((level, k) => {
      const n = this.before[k][end] - this.before[k][at + 1];
      if (n) counts[level] = n;
    });
    const villages = this.villageRunningCount();
    if (this.hasVillages(codePrefix(code, 'province')) && villages[end] - villages[at] > 0) counts.village = villages[end] - villages[at];
    return counts;
  }

  private villageRunningCount(): Int32Array {
    if (!this.villagesBefore) {
      const before = new Int32Array(this.villagesAt.length + 1);
      this.villagesAt.forEach((n, i) => { before[i + 1] = before[i] + n; });
      this.villagesBefore = before;
    }
    return this.villagesBefore;
  }

  /** The reading of each character of the name of the core unit at `at`. */
  private readings(at: number): string[] {
    const syllables = [...this.order[at].name].map((ch) => this.usualReading.get(ch) ?? ch);
    for (const [i, syllable] of this.readingExceptions.get(at) ?? []) syllables[i] = syllable;
    return syllables;
  }

  // Core codes are in order, so a code's position is a binary search away, and loading builds no
  // map from 45,000 codes to positions (bench/gazetteer.bench.ts).
  /** The position of a core unit, undefined for villages and unknown codes. */
  private positionOf(code: string): number | undefined {
    let low = 0;
    let high = this.order.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = this.order[mid].code;
      if (at === code) return mid;
      if (at < code) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  private readFacts<K extends FactName>(fact: K, columns: Array<FactColumn<K>>): void {
    const values = this.factValues[fact] as Array<Sourced<FactValue[K]> | undefined>;
    for (const column of columns) positions(column.at).forEach((at, i) => (values[at] = { value: column.values[i], source: column.source }));
  }

  private addSources(sources: Source[]): void {
    for (const s of sources) if (!this.sources.some((known) => known.id === s.id)) this.sources.push(s);
  }
}
