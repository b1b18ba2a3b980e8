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

  it("lists America's towns of 1,000 people as names needing context, and leaves out a small one's name of several words", () => {
    // Montpelier (Vermont's capital, 7,600), Downingtown and Langhorne (Pennsylvania): read where the words around them say so
    expect(built.needContext).toEqual(expect.arrayContaining(['Montpelier', 'Downingtown', 'Langhorne', 'Barre']));
    // Spring Valley Lake (California, 9,000) is a lake's name first; a large town's several words stay a town (Winston-Salem)
    const all = new Set([...built.towns, ...built.needContext]);
    expect(all.has('Spring Valley Lake')).toBe(false);
    expect(built.towns).toContain('Winston-Salem');
  });
});
