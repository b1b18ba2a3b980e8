// Where the command line writes: one stream (standard output or --output FILE) or one file per
// input (--out DIR), and what --resume finds already done in either.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { fileExtension, type Format } from './formats';
import { decodeText, textLines } from './read-text';

/** Writes to a stream, waiting when it asks to (a slow reader never makes the output pile up in memory). */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

/**
 * The ids of the JSON Lines an earlier run wrote to `path`, after cutting off a last line it did
 * not finish (a run stopped while writing), so the run can append after them.
 */
export async function finishedIds(path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(path)) return ids;
  let complete = 0;
  for await (const { line, bytes } of textLines(decodeText(createReadStream(path)))) {
    let source: unknown;
    try {
      source = (JSON.parse(line) as { source?: unknown }).source;
    } catch {
      break;
    }
    if (typeof source !== 'string') break;
    ids.add(source);
    complete += bytes;
  }
  if ((await stat(path)).size > complete) await truncate(path, complete);
  return ids;
}

/** A file for --output: new, or appended to when resuming. */
export async function openOutput(path: string, append: boolean): Promise<NodeJS.WritableStream & { end(): void }> {
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w' });
  await once(stream, 'open');
  return stream;
}

/**
 * The file of one input under --out DIR: its id as a path below DIR (a file's path keeps its
 * folders; `..` and characters file systems refuse are dropped), with the format's extension.
 */
export function outFile(dir: string, id: string, format: Format): string {
  const parts = id
    .split(/[\\/]+/)
    .filter((part) => part && part !== '.' && part !== '..')
    .map((part) => part.replace(/[\x00-\x1f<>:"|?*]/g, '_'));
  return join(dir, ...(parts.length ? parts : ['_'])) + '.' + fileExtension(format);
}

/** Writes a file whole under a temporary name and then renames it, so a file that exists is complete (what --resume trusts). */
export async function writeWhole(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  await writeFile(partial, content);
  await rename(partial, path);
}
