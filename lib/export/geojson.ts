// GeoJSON export: one Point feature per place of the collection that has coordinates, with how
// often the collection mentions it, on which pages, and the facts of the figures about it (their
// subject). Places the gazetteer has no coordinates for are left out and counted, never placed at
// a guessed point.
import type { CollectedItem } from '../collection/item';
import type { PlaceLookup } from './fields';

export interface PlaceFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { code: string; name: string; level: string; path: string[]; mentions: number; sources: string[]; dataSources: string[]; facts: PlaceFact[] };
}

/** A figure about the place, as a feature lists it. */
export interface PlaceFact {
  text: string;
  type: string;
  value: number | string;
  unit?: string;
  measure?: string;
  period?: string;
  sentence?: string;
  source: string;
}

export interface PlaceFeatureCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
  /** Places of the collection without coordinates in the gazetteer (their codes). */
  withoutCoordinates: string[];
}

export function toGeoJson(items: CollectedItem[], lookup: PlaceLookup): PlaceFeatureCollection {
  const byCode = new Map<string, { mentions: number; pages: Set<string>; facts: PlaceFact[] }>();
  const entryOf = (code: string) => {
    const entry = byCode.get(code) ?? { mentions: 0, pages: new Set<string>(), facts: [] };
    byCode.set(code, entry);
    return entry;
  };
  for (const item of items) {
    const a = item.annotation;
    if (a?.kind === 'place' && a.place.code) {
      const entry = entryOf(a.place.code);
      entry.mentions++;
      entry.pages.add(item.url);
    }
    const subject = item.fact?.subject;
    if (a?.kind === 'figure' && item.fact && subject?.code) {
      const fact: PlaceFact = { text: item.text, type: a.figure.type, value: a.figure.value, sentence: item.fact.sentence, source: item.url };
      if (a.figure.unit) fact.unit = a.figure.unit;
      if (item.fact.measure) fact.measure = item.fact.measure;
      if (item.fact.period) fact.period = item.fact.period;
      entryOf(subject.code).facts.push(fact);
    }
  }
  const features: PlaceFeature[] = [];
  const withoutCoordinates: string[] = [];
  for (const [code, { mentions, pages, facts: placeFacts }] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    const facts = lookup(code);
    if (!facts?.coordinates) {
      withoutCoordinates.push(code);
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: facts.coordinates },
      properties: {
        code,
        name: facts.name,
        level: facts.level,
        path: facts.path.map((u) => u.name),
        mentions,
        sources: [...pages].sort(),
        dataSources: facts.sources.map((s) => `${s.package} ${s.version} (${s.vintage})`),
        facts: placeFacts,
      },
    });
  }
  return { type: 'FeatureCollection', features, withoutCoordinates };
}
