// `npm run bench` (second part): what loading the places costs, step by step, in CPU time (the
// service worker's cold path and the command line's start pay it all), how much memory the
// gazetteer holds for the core (all China down to townships) and Shandong's village pack, how
// fast lookups are, and the files' gzipped sizes against their budget.
//
// Run with `node --expose-gc` (the npm script does) so heap figures are measured after a GC.
import { readFile } from 'node:fs/promises';
import { COMMON_WORDS_FILE, WORLD_FILE } from '../lib/gazetteer/files';
import type { CoreFile, VillagePack } from '../lib/gazetteer/format';
import { Gazetteer } from '../lib/gazetteer/gazetteer';
import { GAZETTEER_DIR, corePath, diskFiles, packPath } from '../lib/gazetteer/node';
import { createPlaceIndex, type CommonWordsFile, type LoadedPlaceIndex } from '../lib/places/place-index';
import type { WorldFile } from '../lib/places/world';
import { buildGazetteer } from '../scripts/build-data/gazetteer';
import { BUDGET, summarize } from '../scripts/build-data/gazetteer-summary';
import { extract } from '../lib/extract';
import { corpusPlaces, newsCorpus } from './corpus';
import { cpuSeconds, MB, median } from './measure';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const ms = (since: number) => performance.now() - since;
const heap = () => { gc(); return process.memoryUsage().heapUsed; };

await buildGazetteer();
const coreText = await readFile(corePath(GAZETTEER_DIR), 'utf8');
const packText = await readFile(packPath(GAZETTEER_DIR, '37'), 'utf8');

// Loading, in CPU time: parsing the JSON, building the gazetteer, building the place index from it
// (lib/places: the name dictionary, the English and abbreviation tables), then Shandong's village
// pack and its names, and the first article read with them. The first round is what a freshly started service worker or command line
// pays (code not yet optimised); the median of the next five is the warmed cost.
const [world, commonWords] = await Promise.all([diskFiles().readJson<WorldFile>(WORLD_FILE), diskFiles().readJson<CommonWordsFile>(COMMON_WORDS_FILE)]);
// The place index makes a key's names when a text first holds the key, so the first article
// after loading pays for the names it meets: a 20,000-character article of the bench corpus is
// read after each round's load, as the first highlight of a fresh service worker is.
const article = (() => {
  const g = Gazetteer.fromCore(JSON.parse(coreText) as CoreFile);
  g.addVillagePack(JSON.parse(packText) as VillagePack);
  return newsCorpus(20_000, corpusPlaces(g, '3703'), 3).slice(0, 20_000);
})();
const steps = ['parse core.json', 'Gazetteer.fromCore', 'place index (lib/places)', 'parse + add village pack 37', 'village names (lib/places)', 'first 20,000-character article'] as const;
const rounds: number[][] = [];
for (let round = 0; round < 6; round++) {
  let core!: CoreFile;
  let gazetteer!: Gazetteer;
  let index!: LoadedPlaceIndex;
  rounds.push([
    cpuSeconds(() => (core = JSON.parse(coreText) as CoreFile)),
    cpuSeconds(() => (gazetteer = Gazetteer.fromCore(core))),
    cpuSeconds(() => (index = createPlaceIndex(gazetteer, world, commonWords))),
    cpuSeconds(() => gazetteer.addVillagePack(JSON.parse(packText) as VillagePack)),
    cpuSeconds(() => index.addVillagesOf('37')),
    cpuSeconds(() => extract(article, { lang: 'zh', places: index, villageProvinces: ['37'] })),
  ]);
}
const cpuMs = (x: number) => `${(x * 1000).toFixed(0)} ms`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
console.log(`gazetteer load, CPU (first / median of the next 5): ${steps.map((step, k) => `${step} ${cpuMs(rounds[0][k])} / ${cpuMs(median(rounds.slice(1).map((r) => r[k])))}`).join('; ')}; all ${cpuMs(sum(rounds[0]))} / ${cpuMs(median(rounds.slice(1).map(sum)))}`);

// Memory: what the gazetteer keeps once loaded (the parsed files are dropped).
const base = heap();
const gazetteer = Gazetteer.fromCore(JSON.parse(coreText) as CoreFile);
const withCore = heap();
gazetteer.addVillagePack(JSON.parse(packText) as VillagePack);
const withPack = heap();
console.log(`gazetteer heap: core ${((withCore - base) / MB).toFixed(1)} MB (${[...gazetteer.units()].length - gazetteer.unitsOfPack('37').length} units); pack 37 (Shandong) +${((withPack - withCore) / MB).toFixed(1)} MB (${gazetteer.unitsOfPack('37').length.toLocaleString('en')} villages)`);

// Lookups: unit() by code, and the full lookup() the hover card makes.
const codes = [...gazetteer.units()].map((u) => u.code);
let t = performance.now();
let found = 0;
for (let k = 0; k < 1_000_000; k++) if (gazetteer.unit(codes[(k * 7919) % codes.length])) found++;
const unitNs = (ms(t) * 1e6) / 1_000_000;
t = performance.now();
for (let k = 0; k < 100_000; k++) gazetteer.lookup(codes[(k * 7919) % codes.length]);
const lookupUs = (ms(t) * 1e3) / 100_000;
console.log(`gazetteer lookups: unit(code) ${unitNs.toFixed(0)} ns, lookup(code) ${lookupUs.toFixed(1)} µs (${found.toLocaleString('en')} found)`);

// Sizes against the budget.
const [core, ...packs] = summarize().files;
const largest = packs.reduce((a, b) => (b.gzipped > a.gzipped ? b : a));
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const verdict = (size: number, budget: number) => (size <= budget ? 'within' : 'OVER');
console.log(`gazetteer sizes: core.json ${kb(core.bytes)}, gzipped ${kb(core.gzipped)}, ${verdict(core.gzipped, BUDGET.core)} budget ${kb(BUDGET.core)}; largest village pack ${largest.file} ${kb(largest.bytes)}, gzipped ${kb(largest.gzipped)}, ${verdict(largest.gzipped, BUDGET.villagePack)} budget ${kb(BUDGET.villagePack)}; all ${packs.length} packs gzipped ${kb(packs.reduce((n, f) => n + f.gzipped, 0))}`);
