// Places in English text: Zibo, Zichuan District, Shandong Province, Jinan from the gazetteer's
// pinyin names, countries and cities from the world data, and other places compromise tags,
// linked with the same rules as Chinese names (./link.ts).
import nlp from 'compromise';
import type { PlaceAnnotation, PlaceLevel } from '../annotation';
import type { Unit, UnitFacts } from '../gazetteer/types';
import type { IndexEntry, Target } from './name-index';
import { pathOf } from './find';
import { linkMentions, type LinkOptions, type UnitLookup } from './link';
import type { Mention } from './recognize';
import type { FeatureEntry } from './world';

/** The gazetteer as English place finding needs it. */
export interface EnglishSources extends UnitLookup {
  units(): Iterable<Unit>;
  facts(code: string): UnitFacts | undefined;
}

/** Level words the press adds to a pinyin name (Zichuan District, Zibo City). */
const LEVEL_WORDS = / (District|County|City|Province|Prefecture|Autonomous Region|Region|Municipality|Town|Township|Subdistrict)$/;
/** Capitalised runs of words: the only places an English place name can be. */
const CAPITALISED = /\b[A-Z][a-zA-Z-]*(?: (?:of |de |the )?[A-Z][a-zA-Z-]*)*/g;

export class EnglishPlaceIndex {
  private byName = new Map<string, IndexEntry[]>();

  constructor(sources: EnglishSources, features: Iterable<FeatureEntry>) {
    for (const unit of sources.units()) {
      if (unit.level === 'township' || unit.level === 'village') continue;
      const english = sources.facts(unit.code)?.english;
      if (!english) continue;
      this.add(english, { unit }, false);
      const bare = english.replace(LEVEL_WORDS, '');
      // a bare county name (Zichuan) needs support from the text, like its Chinese short form
      if (bare !== english) this.add(bare, { unit }, unit.level === 'county');
      if (unit.level === 'prefecture') this.add(`${english} City`, { unit }, false);
      if (unit.level === 'province') this.add(`${english} Province`, { unit }, false);
    }
    for (const feature of features) if (feature.english && !feature.abbreviation) this.add(feature.english, { feature }, !!feature.needsContext);
  }

  /** The entries named so; a dateline's capitals (ZIBO) are read as the name (Zibo). */
  get(name: string): IndexEntry[] | undefined {
    const found = this.byName.get(name);
    if (found || !/^[A-Z -]+$/.test(name)) return found;
    return this.byName.get(name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()));
  }

  private add(form: string, target: Target, needsContext: boolean): void {
    const entries = this.byName.get(form) ?? [];
    const entry: IndexEntry = { form, kind: 'full', target };
    if (needsContext) entry.needsContext = true;
    entries.push(entry);
    this.byName.set(form, entries);
  }
}

/** In each capitalised run, the longest known names from left to right (Zichuan District, Shandong Province). */
function scan(text: string, index: EnglishPlaceIndex): Mention[] {
  const mentions: Mention[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const words = m[0].split(' ');
    let offset = m.index;
    for (let k = 0; k < words.length; ) {
      let matched = 1;
      let entries: IndexEntry[] | undefined;
      for (let n = words.length - k; n > 0 && !entries; n--) {
        entries = index.get(words.slice(k, k + n).join(' '));
        if (entries) matched = n;
      }
      const span = words.slice(k, k + matched).join(' ');
      if (entries) mentions.push({ start: offset, end: offset + span.length, entries });
      offset += span.length + 1;
      k += matched;
    }
  }
  return mentions;
}

/** compromise's places the index does not know: Country and City tags say what they are. */
function otherPlaces(text: string, known: Mention[]): PlaceAnnotation[] {
  const out: PlaceAnnotation[] = [];
  for (const p of nlp(text).places().json({ offset: true }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number; length: number } }> }>) {
    const terms = p.terms.filter((t) => t.tags.includes('Place') || t.tags.includes('ProperNoun'));
    if (!terms.length) continue;
    const start = terms[0].offset.start;
    const last = terms[terms.length - 1];
    const end = last.offset.start + last.offset.length;
    if (end <= start || known.some((k) => k.start < end && start < k.end)) continue;
    const tags = new Set(terms.flatMap((t) => t.tags));
    const level: PlaceLevel = tags.has('Country') ? 'country' : 'foreign';
    out.push({ kind: 'place', start, end, text: text.slice(start, end), place: { name: text.slice(start, end), level, confidence: 0.5 } });
  }
  return out;
}

export function findEnglishPlaces(text: string, sources: EnglishSources, index: EnglishPlaceIndex, options: LinkOptions = {}): PlaceAnnotation[] {
  const mentions = scan(text, index);
  const linked: PlaceAnnotation[] = [];
  for (const r of linkMentions(mentions, sources, options)) {
    if (r.method === 'rejected') continue;
    const { start, end } = r.mention;
    const base = { kind: 'place' as const, start, end, text: text.slice(start, end) };
    const unit = r.entry?.target.unit;
    const feature = r.entry?.target.feature;
    if (unit) linked.push({ ...base, place: { name: unit.name, level: unit.level, code: unit.code, path: pathOf(unit, sources), confidence: r.confidence } });
    else if (feature) linked.push({ ...base, place: { name: feature.name, level: feature.level as PlaceLevel, ...(feature.code ? { code: feature.code } : {}), confidence: r.confidence } });
    else {
      const level = r.mention.entries.find((e) => e.target.unit)?.target.unit?.level ?? 'county';
      linked.push({ ...base, place: { name: base.text, level, confidence: r.confidence, ...(r.candidates ? { candidates: r.candidates } : {}) } });
    }
  }
  return [...linked, ...otherPlaces(text, mentions)].sort((a, b) => a.start - b.start);
}
