// The command line's inputs as one stream of documents in the order given: files, directories
// (recursively), glob patterns, JSON Lines files and standard input (-). A JSON Lines line that
// is no document becomes an error of its own and the lines after it still run.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isIsoDay } from './args';
import type { DocumentTask } from './annotate';
import { decodeText, regularFileSize, textLines } from './read-text';

/** The files a directory stands for. */
const DOCUMENT_FILES = '**/*.{txt,html,htm,jsonl}';

/** One input, expanded: a file of text or HTML, a JSON Lines file or stream, or what is wrong with it. */
export type Source =
  | { kind: 'file'; path: string; bytes: number }
  | { kind: 'jsonl'; path: string; bytes: number }
  | { kind: 'stdin' }
  | { kind: 'error'; path: string; error: string };

/** A document of the stream, or an input that is none; `bytes` of input it stands for (the progress bar's measure). */
export type InputItem = { task: DocumentTask; bytes: number } | { id: string; error: string; bytes: number };

const isJsonLines = (path: string) => /\.jsonl$/i.test(path);

async function fileSource(path: string): Promise<Source> {
  try {
    const bytes = await regularFileSize(path);
    return { kind: isJsonLines(path) ? 'jsonl' : 'file', path, bytes };
  } catch (e) {
    return { kind: 'error', path, error: (e as Error).message };
  }
}

/** The files matching `pattern` (relative to `cwd`), sorted so that every run reads them in one order. */
async function matching(pattern: string, cwd?: string): Promise<string[]> {
  return (await glob(pattern, { cwd, absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false })).sort();
}

/** Expands the arguments into sources, in the order given (a directory's or pattern's files sorted). */
export async function expandInputs(args: string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const rel of await matching(DOCUMENT_FILES, arg)) sources.push(await fileSource(join(arg, rel)));
    } else if (!info && isDynamicPattern(arg)) {
      const files = await matching(arg);
      if (files.length === 0) sources.push({ kind: 'error', path: arg, error: 'matches no file' });
      for (const path of files) sources.push(await fileSource(path));
    } else sources.push(await fileSource(arg));
  }
  return sources;
}

/** The total size of the sources in bytes, when it is known (not for standard input). */
export function totalBytes(sources: Source[]): number | undefined {
  let total = 0;
  for (const s of sources) {
    if (s.kind === 'stdin') return undefined;
    if (s.kind !== 'error') total += s.bytes;
  }
  return total;
}

const LANGS = new Set(['zh', 'en', 'auto']);

/**
 * One JSON Lines document as a task, or why it is none. `where` (file:line) is its id when it
 * gives none. A date may be a full timestamp: its day is taken.
 */
export function jsonLineTask(line: string, where: string): DocumentTask | { id: string; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: where, error: `is not JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: where, error: 'is not a JSON object ({"id", "text"} or {"id", "html"})' };
  const doc = value as Record<string, unknown>;
  const id = typeof doc.id === 'string' || typeof doc.id === 'number' ? String(doc.id) : where;
  const fail = (error: string) => ({ id, error });
  const task: DocumentTask = { id };
  if (typeof doc.text === 'string') task.text = doc.text;
  else if (typeof doc.html === 'string') task.html = doc.html;
  else return fail('has neither "text" nor "html" as a string');
  if (doc.url !== undefined) {
    if (typeof doc.url !== 'string') return fail('"url" is not a string');
    task.url = doc.url;
  }
  if (doc.date !== undefined) {
    const day = typeof doc.date === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(doc.date)?.[0] : undefined;
    if (!day || !isIsoDay(day)) return fail(`"date" is not a date YYYY-MM-DD: ${JSON.stringify(doc.date)}`);
    task.date = day;
  }
  if (doc.lang !== undefined) {
    if (typeof doc.lang !== 'string' || !LANGS.has(doc.lang)) return fail(`"lang" must be zh, en or auto, not ${JSON.stringify(doc.lang)}`);
    task.lang = doc.lang as DocumentTask['lang'];
  }
  return task;
}

async function* jsonLines(stream: Readable, name: string): AsyncGenerator<InputItem> {
  let lineNo = 0;
  try {
    for await (const { line, bytes } of textLines(decodeText(stream))) {
      lineNo++;
      if (!line.trim()) continue;
      const task = jsonLineTask(line, `${name}:${lineNo}`);
      yield 'error' in task ? { ...task, bytes } : { task, bytes };
    }
  } catch (e) {
    yield { id: name, error: (e as Error).message, bytes: 0 };
  }
}

/** The documents of the sources, in order. */
export async function* documents(sources: Source[], stdin: Readable): AsyncGenerator<InputItem> {
  for (const source of sources) {
    if (source.kind === 'file') yield { task: { id: source.path, path: source.path }, bytes: source.bytes };
    else if (source.kind === 'jsonl') yield* jsonLines(createReadStream(source.path), source.path);
    else if (source.kind === 'stdin') yield* jsonLines(stdin, '-');
    else yield { id: source.path, error: source.error, bytes: 0 };
  }
}
