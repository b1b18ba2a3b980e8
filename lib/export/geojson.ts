// GeoJSON export: one Point feature per place of the collection that has coordinates, with how
// often the collection mentions it and on which pages. Places the gazetteer has no coordinates
// for are left out and counted, never placed at a guessed point.
import type { CollectedItem } from '../collection/item';
import type { PlaceLookup } from './fields';

export interface PlaceFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { code: string; name: string; level: string; path: string[]; mentions: number; sources: string[]; dataSources: string[] };
}

export interface PlaceFeatureCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
  /** Places of the collection without coordinates in the gazetteer (their codes). */
  withoutCoordinates: string[];
}

export function toGeoJson(items: CollectedItem[], lookup: PlaceLookup): PlaceFeatureCollection {
  const byCode = new Map<string, { mentions: number; pages: Set<string> }>();
  for (const item of items) {
    const a = item.annotation;
    if (a?.kind !== 'place' || !a.place.code) continue;
    const entry = byCode.get(a.place.code) ?? { mentions: 0, pages: new Set<string>() };
    entry.mentions++;
    entry.pages.add(item.url);
    byCode.set(a.place.code, entry);
  }
  const features: PlaceFeature[] = [];
  const withoutCoordinates: string[] = [];
  for (const [code, { mentions, pages }] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
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
      },
    });
  }
  return { type: 'FeatureCollection', features, withoutCoordinates };
}
