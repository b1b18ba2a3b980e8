import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, buildForeignCoordinates, foreignCoordinatesText, nameKey } from '../../../scripts/build-data/foreign-coordinates';
import foreignCities from '../../../lib/places/data/foreign-cities.json';

describe('the coordinates of the foreign cities from GeoNames', () => {
  const built = buildForeignCoordinates();
  const cities = new Map(foreignCities.cities.map((c) => [c.id, c as { id: string; english?: string; coordinates?: number[] }]));

  it('is committed as the script writes it from the installed package', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(foreignCoordinatesText(built));
  }, 60_000);

  it('places the cities the curated list gives none, and only those', () => {
    const ids = Object.keys(built.coordinates);
    expect(ids.length).toBeGreaterThanOrEqual(250);
    for (const id of ids) expect(cities.get(id)?.coordinates, id).toBeUndefined();
    // Long Beach (California), the port of Bremerhaven, Sumy in Ukraine
    expect(built.coordinates['foreign:long-beach']).toEqual([-118.19, 33.77]);
    expect(built.coordinates['foreign:bremerhaven']).toEqual([8.59, 53.54]);
    expect(built.coordinates['foreign:sumy']).toEqual([34.8, 50.92]);
  });

  it('takes no namesake that is too small for a city of the news or that another of its country comes near', () => {
    // Pasadena of California and of Texas; GeoNames knows Zeebrugge and Grindelwald only as villages
    for (const id of ['foreign:pasadena', 'foreign:zeebrugge', 'foreign:grindelwald']) expect(built.coordinates[id], id).toBeUndefined();
  });

  it('reads names with the accents, apostrophes and letters GeoNames writes (Kramators’k, Wrocław, Tromsø)', () => {
    expect(nameKey('Kramators’k')).toBe(nameKey('Kramatorsk'));
    expect(nameKey('Tromsø')).toBe(nameKey('Tromso'));
    expect(nameKey('Wrocław')).toBe(nameKey('Wroclaw'));
    expect(nameKey('Nuku‘alofa')).toBe(nameKey("Nuku'alofa"));
  });
});
