// `npm run bench` (the command line): start-up time of the built command (goal under 0.5 s),
// then throughput over a generated JSON Lines corpus of 50 MB (BENCH_CLI_MB to change it) with
// 1, 2, the default number and all cores' workers: documents per second, MB/s and the peak memory of the process
// (worker threads included), and whether memory stays flat as the corpus grows.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_JOBS } from '../cli/args';
import { newsCorpus } from './corpus';
import { benchPlaces } from './corpus-node';

const MB = 1e6;
const bin = fileURLToPath(new URL('../bin/newsfacts.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-bench-'));

/** Runs the command under GNU time: wall and CPU seconds (user and system, all threads) and peak resident memory in MB. */
function timed(args: string[]): { seconds: number; cpu: number; peakMb: number; status: number | null } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const [seconds, user, system, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, cpu: user + system, peakMb: kb / 1024, status: run.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes a corpus of about `mb` MB of UTF-8: documents of a few thousand characters, one per line. Returns the document count. */
async function writeCorpus(path: string, mb: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let docs = 0;
  const places = await benchPlaces();
  for (let seed = 1; bytes < mb * MB; seed++) {
    // one block of text per seed, cut into documents at its paragraphs
    const paragraphs = newsCorpus(300_000, places, seed).split('\n\n');
    for (let k = 0; k < paragraphs.length && bytes < mb * MB; k += 12) {
      const line = JSON.stringify({ id: `s${seed}-${k}`, text: paragraphs.slice(k, k + 12).join('\n') }) + '\n';
      bytes += Buffer.byteLength(line);
      docs++;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return docs;
}

timed(['--help']); // builds the command when its sources changed
const helps = [1, 2, 3, 4, 5].map(() => timed(['--help']));
const help = median(helps.map((r) => r.seconds));
const tiny = join(dir, 'tiny.txt');
writeFileSync(tiny, '2023年，淄博市淄川区新建高标准农田1.2万亩。');
const firsts = [1, 2, 3].map(() => timed(['--quiet', tiny]));
console.log(
  `command line start-up: ${help.toFixed(2)} s to its usage (CPU ${median(helps.map((r) => r.cpu)).toFixed(2)} s; goal < 0.5 s: ${help < 0.5 ? 'met' : 'NOT met'}), ` +
    `${median(firsts.map((r) => r.seconds)).toFixed(2)} s for a one-sentence file (CPU ${median(firsts.map((r) => r.cpu)).toFixed(2)} s, the place index loaded)`,
);

const size = Number(process.env.BENCH_CLI_MB ?? 50);
const corpus = join(dir, 'corpus.jsonl');
const docs = await writeCorpus(corpus, size);
const bytes = statSync(corpus).size;
console.log(`corpus: ${docs} documents, ${(bytes / MB).toFixed(1)} MB of JSON Lines`);
const cores = availableParallelism();
const peaks = new Map<number, number>();
for (const jobs of [...new Set([1, 2, DEFAULT_JOBS, cores])].sort((a, b) => a - b)) {
  const r = timed(['--quiet', '--jobs', String(jobs), corpus]);
  if (r.status !== 0) throw new Error(`newsfacts --jobs ${jobs} exited with ${r.status}`);
  peaks.set(jobs, r.peakMb);
  const labels = [jobs === DEFAULT_JOBS && 'the default', jobs === cores && 'all cores'].filter(Boolean);
  console.log(`  --jobs ${jobs}${labels.length ? ` (${labels.join(', ')})` : ''}: ${(docs / r.seconds).toFixed(1)} documents/s, ${(bytes / MB / r.seconds).toFixed(2)} MB/s, ${r.seconds.toFixed(1)} s (CPU ${r.cpu.toFixed(1)} s), peak memory ${r.peakMb.toFixed(0)} MB`);
}
// memory stays flat: a fifth of the corpus needs about as much as all of it
const part = join(dir, 'part.jsonl');
await writeCorpus(part, size / 5);
const small = timed(['--quiet', '--jobs', '1', part]);
console.log(`  peak memory with --jobs 1: ${small.peakMb.toFixed(0)} MB for ${(size / 5).toFixed(1)} MB, ${peaks.get(1)!.toFixed(0)} MB for ${size} MB`);
rmSync(dir, { recursive: true, force: true });
