// The words that end a development zone's name (开发区, 高新区, 聚集区), from their one home,
// data/zone-words.json: which units are zones rather than ordinary divisions, and which endings
// make a name read in context a zone.
import data from './data/zone-words.json';

interface ZoneWordData {
  word: string;
  minBefore?: number;
}

/** Every zone word, longest first. */
export const ZONE_WORDS: readonly ZoneWordData[] = [...(data.words as ZoneWordData[])].sort((a, b) => b.word.length - a.word.length);

/** Whether a unit's name is a zone's (威海经济技术开发区, 石家庄循环化工园区), not a district's (梁园区). */
export function isZoneName(name: string): boolean {
  return ZONE_WORDS.some((z) => name.endsWith(z.word) && name.length - z.word.length >= (z.minBefore ?? 0));
}
