// A dictionary of every place name the recogniser knows (administrative units in their full and
// short forms, countries, cities, natural features, regions), looked up at a text position.
//
// Keyed by the first two UTF-16 units of a name: one Map lookup per position finds the few names
// that can start there, longest first. No name is shorter than two characters (one-character
// abbreviations are a separate rule), so every name has a key.
import type { Unit, UnitLevel } from '../gazetteer/types';
import { surfaceForms, type FormKind } from './forms';
import type { FeatureEntry } from './world';

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

const LEVEL_RANK: Record<UnitLevel, number> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4 };

const keyAt = (text: string, i: number): number => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);

export class NameIndex {
  private buckets = new Map<number, FormGroup[]>();
  private groups = new Map<string, FormGroup>();

  /**
   * @param commonWords place forms that are also common words (the build's common-words.json)
   */
  constructor(private commonWords: ReadonlySet<string> = new Set()) {}

  /** Adds administrative units, larger units first so their short forms take precedence. */
  addUnits(units: Iterable<Unit>): void {
    const sorted = [...units].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
    const isCommonWord = (form: string) => this.commonWords.has(form);
    for (const unit of sorted) {
      for (const { form, kind, needsContext } of surfaceForms(unit, isCommonWord)) {
        // 河北区's short form 河北 is the province: the press means the larger unit
        if (kind === 'short' && unit.level === 'county' && this.hasLargerUnit(form)) continue;
        const entry: IndexEntry = { form, kind, target: { unit } };
        if (needsContext) entry.needsContext = true;
        this.add(entry);
      }
    }
  }

  addFeatures(features: Iterable<FeatureEntry>): void {
    for (const feature of features) {
      for (const form of [feature.name, ...feature.aliases]) {
        if (form.length < 2) continue;
        const entry: IndexEntry = { form, kind: form === feature.name ? 'full' : 'short', target: { feature } };
        if (feature.needsContext) entry.needsContext = true;
        this.add(entry);
      }
    }
  }

  /** Forms that start at `i`, longest first. */
  matchesAt(text: string, i: number): FormGroup[] {
    if (i + 1 >= text.length) return [];
    const bucket = this.buckets.get(keyAt(text, i));
    if (!bucket) return [];
    const out: FormGroup[] = [];
    for (const group of bucket) if (text.startsWith(group.form, i)) out.push(group);
    return out;
  }

  /** The entries written exactly as `form`, if any. */
  get(form: string): FormGroup | undefined {
    return this.groups.get(form);
  }

  private hasLargerUnit(form: string): boolean {
    const group = this.groups.get(form);
    return !!group?.entries.some((e) => e.target.unit && LEVEL_RANK[e.target.unit.level] < LEVEL_RANK.county);
  }

  private add(entry: IndexEntry): void {
    let group = this.groups.get(entry.form);
    if (!group) {
      group = { form: entry.form, entries: [] };
      this.groups.set(entry.form, group);
      const key = keyAt(entry.form, 0);
      const bucket = this.buckets.get(key) ?? [];
      // keep the bucket longest first without re-sorting it
      let at = 0;
      while (at < bucket.length && bucket[at].form.length >= group.form.length) at++;
      bucket.splice(at, 0, group);
      this.buckets.set(key, bucket);
    }
    if (!group.entries.some((e) => sameTarget(e.target, entry.target))) group.entries.push(entry);
  }
}

function sameTarget(a: Target, b: Target): boolean {
  return a.unit ? a.unit.code === b.unit?.code : a.feature.id === b.feature?.id;
}
