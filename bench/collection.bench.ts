// `npm run bench` (fourth part): the collection view's work per keystroke in its search box, at
// 10,000 and 20,000 saved items: what components/collection/CollectionApp.tsx recomputes when
// the filter changes (the results, the place picker's tree of what the other filters find, the
// map's dots of the results), and the filter choices. Goal (issue 14): every step under 50 ms.
import { itemsFromAnnotations } from '../lib/collection/from-document';
import { collectionFacets } from '../lib/collection/facets';
import type { CollectedItem } from '../lib/collection/item';
import { lookupCache } from '../lib/collection/lookup-cache';
import { collectionPlaceTree } from '../lib/collection/place-tree';
import { CollectionIndex, type CollectionFilter } from '../lib/collection/query';
import { toGeoJson } from '../lib/export/geojson';
import { extract } from '../lib/extract';
import { loadVillagePack } from '../lib/gazetteer/node';
import { loadPlaceIndex } from '../lib/places/place-index-node';
import { corpusPlaces, newsCorpus } from './corpus';
import { cpuSeconds, goal, medianCpuSeconds } from './measure';

const SIZES = [10_000, 20_000];
const places = await loadPlaceIndex();
await loadVillagePack(places.gazetteer, '37');
places.addVillagesOf('37');
const pages = newsCorpus(800_000, corpusPlaces(places.gazetteer, '3703')).split('\n\n');

// Realistic items: the facts of generated pages, as "save every fact on this page" stores them.
const all: CollectedItem[] = [];
for (let p = 0; all.length < Math.max(...SIZES); p++) {
  const text = pages[p % pages.length];
  const day = String(1 + (p % 28)).padStart(2, '0');
  const page = { url: `https://news${p % 7}.example.cn/${p}.html`, title: text.slice(0, 20), site: `news${p % 7}.example.cn`, savedAt: `2023-0${1 + (p % 9)}-${day}T08:00:00.000Z`, published: `2023-0${1 + (p % 9)}-${day}` };
  for (const item of itemsFromAnnotations(text, extract(text, { lang: 'zh', places }), page)) {
    if (p % 5 === 0) item.tags = ['农业'];
    all.push(item);
  }
}
// The view reads place facts from the background once per code and keeps them (lookup-cache.ts).
const lookup = await lookupCache(async (code) => places.gazetteer.lookup(code) ?? null).forItems(all);

/**
 * Median CPU time of a step over 15 runs after a warm-up, in ms. The view runs on one thread, so
 * on the reader's machine this is what the reader waits; wall time on a shared machine would
 * count the other processes too.
 */
const stepMs = (step: () => unknown): number => medianCpuSeconds(step, 15) * 1000;

// Typing 补贴资金 into the search box, one keystroke at a time, with a place chosen.
const typed = ['补', '补贴', '补贴资', '补贴资金'];
const base: CollectionFilter = { placeCode: '370300000000' };

for (const size of SIZES) {
  const items = all.slice(0, size);
  let index = new CollectionIndex(items);
  const indexMs = cpuSeconds(() => (index = new CollectionIndex(items))) * 1000;
  console.log(`collection  ${size.toLocaleString('en')} items indexed in ${indexMs.toFixed(1)} CPU ms (once per change of the collection)`);
  const steps: Array<[string, (filter: CollectionFilter) => unknown]> = [
    ['results (query)', (f) => index.query(f)],
    ['place picker tree of what the other filters find', (f) => collectionPlaceTree(index.query({ ...f, placeCode: undefined }))],
    ['map dots of the results (toGeoJson)', (f) => toGeoJson(index.query(f), lookup)],
    ['filter choices (facets)', () => collectionFacets(items)],
  ];
  let worst = 0;
  for (const [label, step] of steps) {
    const perKeystroke = typed.map((text) => stepMs(() => step({ ...base, text })));
    const unfiltered = stepMs(() => step({}));
    worst = Math.max(worst, unfiltered, ...perKeystroke);
    console.log(`collection  ${size.toLocaleString('en')} items, ${label}: ${perKeystroke.map((x) => x.toFixed(1)).join(', ')} CPU ms per keystroke; ${unfiltered.toFixed(1)} CPU ms with no filter`);
  }
  goal(`every collection view step per keystroke < 50 ms at ${size.toLocaleString('en')} items`, `slowest step ${worst.toFixed(1)} ms`, worst < 50);
}
