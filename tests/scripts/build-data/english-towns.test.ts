import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, buildEnglishTowns, englishTownsText } from '../../../scripts/build-data/english-towns';
import curated from '../../../lib/places/data/english-places.json';

describe('the English towns list', () => {
  const built = buildEnglishTowns();

  it('is committed as the script writes it from the installed package', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(englishTownsText(built));
  }, 60_000);

  it('keeps names of several words and big towns alone, one-word small towns needing context, and no word or curated name', () => {
    expect(built.towns).toEqual(expect.arrayContaining(['Market Harborough', 'Hebden Bridge', 'Liverpool', 'St Andrews']));
    expect(built.needContext).toEqual(expect.arrayContaining(['Lutterworth', 'Todmorden', 'Oadby']));
    const all = new Set([...built.towns, ...built.needContext]);
    for (const name of ['Street', 'Hope', 'Deal', 'Reading', 'Bath', 'Saint Andrews', ...curated.notTowns]) expect(all.has(name)).toBe(false);
  });
});
