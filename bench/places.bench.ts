// `npm run bench` (third part): place recognition throughput on generated Chinese news text with
// the national core and Shandong's village pack loaded, and what building the place index costs.
//
// Run with `node --expose-gc` (the npm script does) so heap figures are measured after a GC.
import { findPlaces } from '../lib/places/find';
import { loadPlaceIndex, prepareVillages } from '../lib/places/place-index-node';
import { newsCorpus } from './corpus';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const text = newsCorpus(600_000);
const size = Buffer.byteLength(text, 'utf8');

const heapBefore = heap();
let t = performance.now();
const index = await loadPlaceIndex();
const loadMs = performance.now() - t;
t = performance.now();
await prepareVillages(text, index);
const villagesMs = performance.now() - t;
const heapAfter = heap();
console.log(`place index: core, world and names in ${loadMs.toFixed(0)} ms; village packs ${index.gazetteer.hasVillages('37') ? '37 (Shandong)' : 'none'} in ${villagesMs.toFixed(0)} ms; heap +${((heapAfter - heapBefore) / MB).toFixed(1)} MB`);

findPlaces(text, index); // warm-up
const runs: number[] = [];
let found = 0;
for (let k = 0; k < 5; k++) {
  t = performance.now();
  found = findPlaces(text, index).length;
  runs.push((performance.now() - t) / 1000);
}
const seconds = runs.sort((a, b) => a - b)[2];
console.log(`places      ${found.toLocaleString()} places in ${text.length.toLocaleString()} characters (${(size / MB).toFixed(2)} MB); ${(seconds * 1000).toFixed(0)} ms; ${Math.round(text.length / seconds).toLocaleString()} chars/s; ${(size / MB / seconds).toFixed(2)} MB/s`);
console.log(`goal        >= 5 MB/s: ${size / MB / seconds >= 5 ? 'met' : 'NOT met'}`);
