// `newsfacts INPUT...` / `npm run --silent extract -- INPUT...`: the command line of
// ../shared/contract/annotations.md over one article or a whole archive. Inputs are read as a
// stream (cli/inputs.ts), annotated by this thread or a pool of workers (cli/pool.ts), and written
// in input order as they finish (cli/in-order.ts), so memory stays flat however large the corpus.
// A document that fails is named on standard error and the run goes on.
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { CollectedItem } from '../lib/collection/item';
import { renderExport, type ExportFormat } from '../lib/export/render';
import { parseArgs, USAGE, type Options } from './args';
import type { DocumentResult, RunSettings } from './annotate';
import { streamHeader, streams, type Target } from './formats';
import { inOrder } from './in-order';
import { documents, expandInputs, totalBytes, type InputItem, type Source } from './inputs';
import { finishedIds, openOutput, outFile, write, writeWhole } from './output';
import { createAnnotator } from './pool';
import { ProgressBar, summaryLine, type Counts } from './progress';

/** Text files larger than this (in bytes) are annotated in segments and written as they go (cli/segments.ts). */
const LARGE_FILE_BYTES = 16 * 1024 * 1024;

/** Documents in flight per worker: enough to keep every worker busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_JOB = 4;

/** One pretty JSON document for a single file given by name; JSON Lines or files otherwise. */
function targetOf(options: Options, sources: Source[]): Target {
  if (options.outDir) return 'file';
  const single = options.format === 'json' && options.inputs.length === 1 && sources.length === 1 && sources[0].kind === 'file' && sources[0].path === options.inputs[0];
  return single ? 'single' : 'stream';
}

/**
 * Refuses to resume a stream other than JSON Lines: one export of all documents cannot be
 * appended to, and a CSV document's rows may be cut anywhere (and a document without facts has none).
 */
function resumeProblem(options: Options): string | undefined {
  if (options.resume && options.output !== undefined && options.format !== 'json') return `--resume with --output takes --format json (JSON Lines); for ${options.format}, use --out DIR`;
}

/** Runs the command; returns the exit status (0 every document done, 1 a document failed, 2 bad usage). */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, stdin: Readable = process.stdin): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    (options === USAGE ? out : err).write(options + '\n');
    return options === USAGE ? 0 : 2;
  }
  const refused = resumeProblem(options);
  if (refused) {
    err.write(refused + '\n');
    return 2;
  }
  const startedAt = Date.now();
  const sources = await expandInputs(options.inputs);
  const target = targetOf(options, sources);
  const settings: RunSettings = { lang: options.lang, homeRegion: options.homeRegion, date: options.date, format: options.format, target, startedAt: new Date(startedAt).toISOString() };

  const done = options.resume && options.output ? await finishedIds(options.output) : new Set<string>();
  const sink = options.output !== undefined ? await openOutput(options.output, options.resume) : out;
  if (target === 'stream' && !(options.resume && done.size)) await write(sink, streamHeader(options.format));

  const counts: Counts = { documents: 0, facts: 0, errors: 0, skipped: 0, chars: 0, bytes: 0 };
  const bar = new ProgressBar(err, totalBytes(sources));
  const fail = async (id: string, error: string) => {
    counts.errors++;
    bar.clear();
    await write(err, `newsfacts: ${id}: ${error}\n`);
  };

  const isDone = (id: string) => (options.outDir ? options.resume && existsSync(outFile(options.outDir, id, options.format)) : done.has(id));
  async function* toAnnotate(): AsyncGenerator<InputItem> {
    for await (const item of documents(sources, stdin)) {
      if ('task' in item && isDone(item.task.id)) {
        counts.skipped++;
        counts.bytes += item.bytes;
      } else yield item;
    }
  }

  // a plain-text file too large to hold is annotated in segments by this thread when its turn
  // comes, its JSON written as it goes (cli/segments.ts)
  const LARGE = Symbol('large file');
  const isLarge = (item: InputItem) =>
    'task' in item && item.task.path !== undefined && !/\.html?$/i.test(item.task.path) && options.format === 'json' && !options.outDir && item.bytes > LARGE_FILE_BYTES;
  const annotateLarge = async (path: string): Promise<DocumentResult> => {
    const { annotateLargeFile } = await import('./segments');
    try {
      return { id: path, chunk: '', ...(await annotateLargeFile(path, settings, (text) => write(sink, text))) };
    } catch (e) {
      return { id: path, error: (e as Error).message };
    }
  };

  const jobs = target === 'single' ? 1 : options.jobs;
  const annotator = await createAnnotator(settings, jobs);
  const items: CollectedItem[] = [];
  const finish = async (work: DocumentResult | typeof LARGE, item: InputItem) => {
    const result = work === LARGE ? await annotateLarge('task' in item ? item.task.id : item.id) : work;
    counts.bytes += item.bytes;
    if ('error' in result) await fail(result.id, result.error);
    else {
      counts.documents++;
      counts.facts += result.facts;
      counts.chars += result.chars;
      if ('items' in result) items.push(...result.items);
      else if (options.outDir) await writeWhole(outFile(options.outDir, result.id, options.format), result.chunk);
      else await write(sink, result.chunk);
    }
    bar.update(counts);
  };
  try {
    const annotate = (item: InputItem): Promise<DocumentResult | typeof LARGE> =>
      isLarge(item) ? Promise.resolve(LARGE) : 'task' in item ? annotator.annotate(item.task) : Promise.resolve(item);
    await inOrder(toAnnotate(), annotate, jobs * IN_FLIGHT_PER_JOB, finish);
  } finally {
    await annotator.close();
  }
  if (!streams(options.format) && !options.outDir) {
    const { loadGazetteer } = await import('../lib/gazetteer/node');
    const gazetteer = await loadGazetteer();
    await write(sink, renderExport(options.format as ExportFormat, items, (code) => gazetteer.lookup(code)));
  }
  if (sink !== out) {
    sink.end();
    await once(sink, 'finish');
  }
  bar.clear();
  if (!options.quiet) await write(err, summaryLine(counts, Date.now() - startedAt) + '\n');
  return counts.errors ? 1 : 0;
}
