// `npm run bench`: throughput and memory of figure extraction on generated Chinese news text,
// next to Microsoft Recognizers-Text (Chinese) on the same text as a reference.
//
// Run with `node --expose-gc` (the npm script does) so heap figures are measured after a GC.
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { extract } from '../lib/extract';
import { newsCorpus } from './corpus';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Time fn over `rounds` runs after one warm-up; returns the median seconds. */
function time(fn: () => void, rounds: number): number {
  fn();
  const seconds: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const t0 = process.hrtime.bigint();
    fn();
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return seconds.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

const text = newsCorpus(600_000); // about 1.5 MB of UTF-8
const size = bytes(text);
console.log(`corpus: ${text.length.toLocaleString()} characters, ${(size / MB).toFixed(2)} MB UTF-8, ${text.split('\n\n').length} paragraphs`);

// NewsFacts: the whole text in one call, as the command line and the worker do
gc();
const heapBefore = process.memoryUsage().heapUsed;
let annotations = extract(text, { lang: 'zh' });
const heapAfter = process.memoryUsage().heapUsed;
const ours = time(() => { annotations = extract(text, { lang: 'zh' }); }, 5);
const oursCharsPerSecond = text.length / ours;
console.log(`newsfacts   ${annotations.length.toLocaleString()} figures; ${(ours * 1000).toFixed(0)} ms; ${Math.round(oursCharsPerSecond).toLocaleString()} chars/s; ${(size / MB / ours).toFixed(2)} MB/s; heap during one run +${((heapAfter - heapBefore) / MB).toFixed(1)} MB (results included); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Long single documents: is the cost linear in length?
for (const chars of [20_000, 100_000, 500_000]) {
  const part = text.slice(0, chars);
  const s = time(() => extract(part, { lang: 'zh' }), 3);
  console.log(`newsfacts   ${chars.toLocaleString()}-character document: ${Math.round(chars / s).toLocaleString()} chars/s`);
}

// Reference: the recognizers a figure extractor would combine, paragraph by paragraph (it slows
// down quadratically on long documents), within a time budget; its rate is measured on what it read.
const recognizers = [
  Recognizers.recognizeNumber, Recognizers.recognizePercentage, Recognizers.recognizeCurrency,
  Recognizers.recognizeDimension, Recognizers.recognizeDateTime,
];
const budgetSeconds = Number(process.env.BENCH_REFERENCE_SECONDS ?? 30);
const paragraphs = text.split('\n\n');
let referenceChars = 0;
let found = 0;
const t0 = process.hrtime.bigint();
let elapsed = 0;
for (const p of paragraphs) {
  for (const recognize of recognizers) found += recognize(p, Recognizers.Culture.Chinese).length;
  referenceChars += p.length;
  elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  if (elapsed > budgetSeconds) break;
}
const referenceCharsPerSecond = referenceChars / elapsed;
console.log(`reference   Recognizers-Text (Chinese: number, percentage, currency, dimension, datetime), per paragraph: ${referenceChars.toLocaleString()} of ${text.length.toLocaleString()} characters in ${elapsed.toFixed(1)} s; ${Math.round(referenceCharsPerSecond).toLocaleString()} chars/s; ${found.toLocaleString()} results`);
console.log(`ratio       newsfacts is ${(oursCharsPerSecond / referenceCharsPerSecond).toFixed(0)}x the reference's throughput`);
console.log(`goal        >= 5 MB/s: ${size / MB / ours >= 5 ? 'met' : 'NOT met'}`);
