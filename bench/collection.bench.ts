// `npm run bench` (fourth part): filtering and searching a collection of 10,000 saved items, as
// the collection view does on every keystroke. Goal: each query under 100 ms.
import { itemsFromAnnotations } from '../lib/collection/from-document';
import type { CollectedItem } from '../lib/collection/item';
import { collectionPlaceTree } from '../lib/collection/place-tree';
import { CollectionIndex, type CollectionFilter } from '../lib/collection/query';
import { toGeoJson } from '../lib/export/geojson';
import { extract } from '../lib/extract';
import { loadPlaceIndex, prepareVillages } from '../lib/places/place-index-node';
import { newsCorpus } from './corpus';

const ITEMS = 10_000;
const places = await loadPlaceIndex();
const pages = newsCorpus(400_000).split('\n\n');
await prepareVillages(pages.slice(0, 50).join('\n'), places);

// Realistic items: the facts of generated pages, as "save every fact on this page" stores them.
const items: CollectedItem[] = [];
for (let p = 0; items.length < ITEMS; p++) {
  const text = pages[p % pages.length];
  const day = String(1 + (p % 28)).padStart(2, '0');
  const page = { url: `https://news${p % 7}.example.cn/${p}.html`, title: text.slice(0, 20), site: `news${p % 7}.example.cn`, savedAt: `2023-0${1 + (p % 9)}-${day}T08:00:00.000Z`, published: `2023-0${1 + (p % 9)}-${day}` };
  for (const item of itemsFromAnnotations(text, extract(text, { lang: 'zh', places }), page)) {
    if (p % 5 === 0) item.tags = ['农业'];
    items.push(item);
  }
}
items.length = ITEMS;

let t = performance.now();
const index = new CollectionIndex(items);
console.log(`collection  ${index.size.toLocaleString()} items indexed in ${(performance.now() - t).toFixed(1)} ms`);

const queries: Array<[string, CollectionFilter]> = [
  ['place 淄博市 (with its counties and villages)', { placeCode: '370300000000' }],
  ['figure type money', { kind: 'figure', figureType: 'money' }],
  ['site + date range', { site: 'news3.example.cn', from: '2023-03-01', to: '2023-05-31' }],
  ['tag', { tag: '农业' }],
  ['full-text search 补贴资金', { text: '补贴资金' }],
  ['everything at once', { placeCode: '370000000000', kind: 'figure', from: '2023-01-01', text: '亿元' }],
];
let worst = 0;
for (const [label, filter] of queries) {
  index.query(filter);
  const runs: number[] = [];
  let found = 0;
  for (let k = 0; k < 20; k++) {
    t = performance.now();
    found = index.query(filter).length;
    runs.push(performance.now() - t);
  }
  const median = runs.sort((a, b) => a - b)[10];
  worst = Math.max(worst, median);
  console.log(`collection  ${label}: ${found.toLocaleString()} found in ${median.toFixed(2)} ms`);
}

// What the collection view adds on each keystroke: the place picker's tree of what the other
// filters find, and the map's dots (the GeoJSON export's places) of the results.
const lookup = (code: string) => places.gazetteer.lookup(code);
const viewSteps: Array<[string, () => unknown]> = [
  ['place picker tree of all items', () => collectionPlaceTree(items)],
  ['map dots of all items (toGeoJson)', () => toGeoJson(items, lookup)],
];
for (const [label, step] of viewSteps) {
  step();
  const runs: number[] = [];
  for (let k = 0; k < 20; k++) {
    t = performance.now();
    step();
    runs.push(performance.now() - t);
  }
  const median = runs.sort((a, b) => a - b)[10];
  worst = Math.max(worst, median);
  console.log(`collection  view: ${label} in ${median.toFixed(2)} ms`);
}
console.log(`goal        each query and view step < 100 ms on 10,000 items: ${worst < 100 ? 'met' : 'NOT met'} (slowest ${worst.toFixed(2)} ms)`);
