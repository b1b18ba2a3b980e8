// Reading the command line's inputs as streams of text: a 200 MB file is never held as bytes and
// text at once, a FIFO or device is refused instead of waited on, and the byte-order mark decides
// between UTF-8 and UTF-16. Offsets index the text as read, so a byte-order mark stays in it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** Why a path cannot be read as a file, in the words of the error line. */
function statProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
}

/**
 * Throws unless `path` is a regular file: reading a FIFO, a socket or a device would wait for a
 * writer that may never come, so it gets an error rather than a hang. Returns its size in bytes.
 */
export async function regularFileSize(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw new Error(statProblem(e));
  }
  if (info.isDirectory()) throw new Error('is a directory');
  if (!info.isFile()) throw new Error('is not a regular file (a FIFO, socket or device); give its content on standard input as -');
  return info.size;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a text's first bytes announce: a UTF-16 byte-order mark, else UTF-8. */
function encodingOf(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes a stream of bytes chunk by chunk (strictly: invalid text is refused, not turned into
 * U+FFFD). UTF-8 text holding a NUL byte is called binary; UTF-16 is recognised by its mark.
 */
export async function* decodeText(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let encoding: Encoding = 'utf-8';
  let head = new Uint8Array(0);
  const decode = (chunk: Uint8Array, stream: boolean): string => {
    if (encoding === 'utf-8' && chunk.includes(0)) throw new Error('is a binary file, not text');
    try {
      return decoder!.decode(chunk, { stream });
    } catch {
      throw new Error(`is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text`);
    }
  };
  for await (const chunk of bytes) {
    let next = chunk;
    if (!decoder) {
      // the mark needs two bytes, and a stream may deliver one
      head = Buffer.concat([head, chunk]);
      if (head.length < 2) continue;
      encoding = encodingOf(head);
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
      next = head;
    }
    const text = decode(next, true);
    if (text) yield text;
  }
  if (!decoder) {
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const text = decode(head, true);
    if (text) yield text;
  }
  const rest = decode(new Uint8Array(0), false);
  if (rest) yield rest;
}

/** The text of a regular file, read as a stream (see decodeText). */
export async function readTextFile(path: string): Promise<string> {
  await regularFileSize(path);
  const parts: string[] = [];
  for await (const part of decodeText(createReadStream(path))) parts.push(part);
  return parts.join('');
}

/**
 * Splits decoded text into lines (without their \n or \r\n), with each line's size in UTF-8
 * bytes for the progress bar. A byte-order mark before the first line is not part of it.
 */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: string; bytes: number }> {
  let first = true;
  const emit = (line: string) => {
    if (first) {
      first = false;
      if (line.startsWith('\ufeff')) line = line.slice(1);
    }
    const bytes = Buffer.byteLength(line) + 1;
    return { line: line.endsWith('\r') ? line.slice(0, -1) : line, bytes };
  };
  // a line's parts until its end arrives: only new chunks are searched, so one long line costs
  // linear time
  let parts: string[] = [];
  for await (const chunk of chunks) {
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf('\n', from)) !== -1) {
      parts.push(chunk.slice(from, nl));
      yield emit(parts.join(''));
      parts = [];
      from = nl + 1;
    }
    if (from < chunk.length) parts.push(chunk.slice(from));
  }
  if (parts.length) yield emit(parts.join(''));
}
