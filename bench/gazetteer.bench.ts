// `npm run bench` (second part): how long the gazetteer takes to load and how much memory it
// holds, for the core (all China down to townships) and for Shandong's village pack, how fast
// lookups are, and the files' gzipped sizes against their budget.
//
// Run with `node --expose-gc` (the npm script does) so heap figures are measured after a GC.
import { readFile } from 'node:fs/promises';
import type { CoreFile, VillagePack } from '../lib/gazetteer/format';
import { Gazetteer } from '../lib/gazetteer/gazetteer';
import { GAZETTEER_DIR, corePath, packPath } from '../lib/gazetteer/node';
import { buildGazetteer } from '../scripts/build-data/gazetteer';
import { BUDGET, summarize } from '../scripts/build-data/gazetteer-summary';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const ms = (since: number) => performance.now() - since;
const heap = () => { gc(); return process.memoryUsage().heapUsed; };
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await buildGazetteer();
const coreText = await readFile(corePath(GAZETTEER_DIR), 'utf8');
const packText = await readFile(packPath(GAZETTEER_DIR, '37'), 'utf8');

// Loading: parsing the JSON, then building the indexes; median of 5, after one warm-up.
const parse: number[] = [];
const index: number[] = [];
const pack: number[] = [];
for (let round = 0; round < 6; round++) {
  let t = performance.now();
  const core = JSON.parse(coreText) as CoreFile;
  parse.push(ms(t));
  t = performance.now();
  const g = Gazetteer.fromCore(core);
  index.push(ms(t));
  t = performance.now();
  g.addVillagePack(JSON.parse(packText) as VillagePack);
  pack.push(ms(t));
}
[parse, index, pack].forEach((xs) => xs.shift());

// Memory: what the gazetteer keeps once loaded (the parsed files are dropped).
const base = heap();
const gazetteer = Gazetteer.fromCore(JSON.parse(coreText) as CoreFile);
const withCore = heap();
gazetteer.addVillagePack(JSON.parse(packText) as VillagePack);
const withPack = heap();

console.log(`gazetteer core: load ${median(parse).toFixed(0)} ms JSON.parse + ${median(index).toFixed(0)} ms indexes; heap ${((withCore - base) / MB).toFixed(1)} MB (${[...gazetteer.units()].length - gazetteer.unitsOfPack('37').length} units)`);
console.log(`gazetteer pack 37 (Shandong): load ${median(pack).toFixed(0)} ms (parse and index); heap +${((withPack - withCore) / MB).toFixed(1)} MB (${gazetteer.unitsOfPack('37').length.toLocaleString('en')} villages)`);

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
