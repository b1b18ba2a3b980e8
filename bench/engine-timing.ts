// The timings of `npm run bench`'s first part (bench/engine.bench.ts builds this file with the
// engine into one JavaScript file and runs it): the whole engine as its users run it, extract() with the place
// index and the village pack of the province the text is about, on generated regional news with
// village chains, sites, zones, quoted names and English passages (bench/corpus.ts). CPU time,
// next to a trivial pass over the same text (one character-table lookup per character), and
// next to Microsoft Recognizers-Text with its recognizers built once, as its users call it.
//
// Goals (issue 14): >= 10 MB/s per core; within 10x of the trivial pass; linear from 100 KB to
// 50 MB in one document (the curve is printed; a size that would take longer than
// BENCH_CURVE_SECONDS at the rate measured so far is not run, and the goal then fails).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { Culture } from '@microsoft/recognizers-text-suite';
import { extract } from '../lib/extract';
import { extractChineseFigures } from '../lib/figures/zh';
import { loadVillagePack } from '../lib/gazetteer/node';
import { loadPlaceIndex, prepareVillages } from '../lib/places/place-index-node';
import { corpusPlaces, newsArticles, newsCorpus } from './corpus';
import { cpuSeconds, goal, MB, median, medianCpuSeconds, utf8Bytes } from './measure';

// Which build is timed: the bundle, or this file under tsx (`node --import tsx bench/engine-timing.ts`),
// which wraps every named function it compiles and costs the engine about a fifth.
const file = relative(process.cwd(), fileURLToPath(import.meta.url));
const how = file.endsWith('.ts') ? 'TypeScript compiled at load' : "esbuild bundle with the command line's options (scripts/build-cli.mjs)";
console.log(`build       timed: ${file}, ${how}, run by node ${process.version} ${process.execArgv.join(' ')}`);

const CURVE_SECONDS = Number(process.env.BENCH_CURVE_SECONDS ?? 60);
const REFERENCE_SECONDS = Number(process.env.BENCH_REFERENCE_SECONDS ?? 20);

const index = await loadPlaceIndex();
await loadVillagePack(index.gazetteer, '37');
const places = corpusPlaces(index.gazetteer, '3703');

// Articles of about 3,000 characters, as pages and files bring them.
const corpus = newsCorpus(700_000, places);
const articles = newsArticles(corpus);
await prepareVillages(corpus, index); // what the background and the command line do first
const size = utf8Bytes(corpus);
let found = 0;
const engine = medianCpuSeconds(() => {
  found = 0;
  for (const article of articles) found += extract(article, { lang: 'zh', places: index }).length;
}, 3);
const engineRate = size / MB / engine;
console.log(`engine      ${articles.length} articles, ${(size / MB).toFixed(2)} MB: ${found.toLocaleString('en')} annotations in ${engine.toFixed(2)} CPU s; ${engineRate.toFixed(2)} MB/s`);

// The trivial pass: one lookup per character in a table of the characters a scanner looks for.
const table = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
for (let c = 0x4e00; c <= 0x9fff; c++) table[c] = 2;
let marks = 0;
const trivial = medianCpuSeconds(() => {
  marks = 0;
  for (const article of articles) for (let i = 0; i < article.length; i++) marks += table[article.charCodeAt(i)];
}, 5);
const ratio = engine / trivial;
console.log(`trivial     character-table pass over the same articles: ${(trivial * 1000).toFixed(1)} CPU ms; ${(size / MB / trivial).toFixed(0)} MB/s (${marks} marks)`);
goal('whole engine >= 10 MB/s per core', `${engineRate.toFixed(2)} MB/s`, engineRate >= 10);
goal('whole engine within 10x of a trivial pass', `${ratio.toFixed(0)}x`, ratio <= 10);

/**
 * CPU seconds of one run of a small document: the process's CPU time counts the collector's and the
 * compiler's threads too, and a run of a tenth of a second pays for garbage the sizes before it left
 * (0.1 MB read 1.2 to 4 s per MB where its wall time was 0.5 s, as 1 MB's). So runs are timed together
 * in blocks of a second at least, each block's time shared among its runs, and the median block taken.
 */
function smallDocumentSeconds(run: () => void): number {
  const once = medianCpuSeconds(run, 1);
  const runs = Math.max(1, Math.ceil(1 / Math.max(once, 1e-3)));
  return median([0, 1, 2].map(() => cpuSeconds(() => { for (let k = 0; k < runs; k++) run(); }) / runs));
}

// Linearity: one document of each size; the cost per MB should not grow with the size.
const SIZES = [0.1, 1, 5, 20, 50].map((mb) => mb * MB);
const curve: Array<{ bytes: number; perMb: number }> = [];
let skipped = 0;
for (const target of SIZES) {
  const last = curve[curve.length - 1];
  const predicted = last ? (last.perMb * target) / MB : 0;
  if (predicted > CURVE_SECONDS) {
    console.log(`curve       ${(target / MB).toFixed(1)} MB: not run, would take over ${predicted.toFixed(0)} CPU s at the last size's rate (BENCH_CURVE_SECONDS=${CURVE_SECONDS})`);
    skipped++;
    continue;
  }
  // Bytes per character of the corpus is about 2.9 (mostly Chinese), so generate a little more and cut.
  const text = newsCorpus(Math.ceil(target / 2.5), places, 7).slice(0, Math.ceil(target / 2.5));
  const doc = text.slice(0, Math.round((text.length * target) / utf8Bytes(text)));
  await prepareVillages(doc.slice(0, 200_000), index);
  const bytes = utf8Bytes(doc);
  const seconds = target <= MB ? smallDocumentSeconds(() => extract(doc, { lang: 'zh', places: index })) : cpuSeconds(() => extract(doc, { lang: 'zh', places: index }));
  curve.push({ bytes, perMb: seconds / (bytes / MB) });
  console.log(`curve       ${(bytes / MB).toFixed(1).padStart(5)} MB in one document: ${seconds.toFixed(2)} CPU s, ${(seconds / (bytes / MB)).toFixed(2)} s per MB, ${(bytes / MB / seconds).toFixed(2)} MB/s`);
}
const perMb = curve.map((p) => p.perMb);
const growth = Math.max(...perMb) / Math.min(...perMb);
goal('linear from 100 KB to 50 MB in one document (cost per MB within 1.5x at every size)', `${growth.toFixed(2)}x between the cheapest and the dearest MB${skipped ? `, ${skipped} size(s) not run` : ''}`, growth <= 1.5 && !skipped);

// The reference: the Chinese recognizers a figure extractor would combine, built once and asked
// paragraph by paragraph, as their documentation shows; within a CPU-time budget.
const models = [
  new NumberRecognizer(Culture.Chinese).getNumberModel(),
  new NumberRecognizer(Culture.Chinese).getPercentageModel(),
  new NumberWithUnitRecognizer(Culture.Chinese).getCurrencyModel(),
  new NumberWithUnitRecognizer(Culture.Chinese).getDimensionModel(),
  new DateTimeRecognizer(Culture.Chinese).getDateTimeModel(),
];
const paragraphs = corpus.split('\n\n');
let referenceBytes = 0;
let referenceSeconds = 0;
let referenceFound = 0;
let read = 0;
for (const p of paragraphs) {
  referenceSeconds += cpuSeconds(() => {
    for (const model of models) referenceFound += model.parse(p).length;
  });
  referenceBytes += utf8Bytes(p);
  read++;
  if (referenceSeconds > REFERENCE_SECONDS) break;
}
const referenceRate = referenceBytes / MB / referenceSeconds;
const sample = paragraphs.slice(0, read);
const figuresOnly = medianCpuSeconds(() => sample.forEach((p) => extractChineseFigures(p)), 3);
const wholeOnSample = medianCpuSeconds(() => sample.forEach((p) => extract(p, { lang: 'zh', places: index })), 3);
console.log(`reference   Recognizers-Text (Chinese number, percentage, currency, dimension, datetime; built once), per paragraph: ${read} of ${paragraphs.length} paragraphs, ${(referenceBytes / MB).toFixed(2)} MB in ${referenceSeconds.toFixed(1)} CPU s; ${referenceRate.toFixed(3)} MB/s; ${referenceFound.toLocaleString('en')} results`);
console.log(`ratio       on the same paragraphs: newsfacts figures alone ${(referenceSeconds / figuresOnly).toFixed(0)}x the reference's speed, the whole engine (figures and places) ${(referenceSeconds / wholeOnSample).toFixed(0)}x`);
console.log(`memory      peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; median article ${median(articles.map((a) => a.length))} characters`);
