// The page's text goes to the background in chunks: whole runs joined with line breaks (as the
// command line lays out an HTML file, so article-wide context such as a dateline's year reaches
// every paragraph of a chunk), at most a set number of characters unless one run alone is longer.

import { indexAt, spansForOffsets, type TextRun, type TextSpan } from './text-map';

/** Characters per request: large enough for context, small enough to apply in short slices. */
export const CHUNK_CHARS = 30_000;

export interface Chunk {
  text: string;
  runs: TextRun[];
  /** Offset in `text` where each run begins. */
  starts: number[];
}

/** Collects runs into chunks; `add` hands back the previous chunk once the next run would overflow it. */
export class ChunkBuilder {
  private chunk: Chunk = { text: '', runs: [], starts: [] };

  constructor(private readonly maxChars = CHUNK_CHARS) {}

  add(run: TextRun): Chunk | undefined {
    let full: Chunk | undefined;
    if (this.chunk.runs.length > 0 && this.chunk.text.length + 1 + run.text.length > this.maxChars) full = this.take();
    if (this.chunk.runs.length > 0) this.chunk.text += '\n';
    this.chunk.starts.push(this.chunk.text.length);
    this.chunk.runs.push(run);
    this.chunk.text += run.text;
    return full;
  }

  get size(): number {
    return this.chunk.text.length;
  }

  /** The runs added so far as a chunk of their own, the builder going on with its own. */
  soFar(): Chunk {
    return { text: this.chunk.text, runs: [...this.chunk.runs], starts: [...this.chunk.starts] };
  }

  /** The chunk built so far (undefined when empty), and a fresh start. */
  take(): Chunk | undefined {
    const chunk = this.chunk;
    this.chunk = { text: '', runs: [], starts: [] };
    return chunk.runs.length > 0 ? chunk : undefined;
  }
}

/**
 * The text spans of `chunk.text.slice(start, end)`, or undefined when it is not within one run:
 * runs are separate blocks, so a match across the line break between them is not a fact.
 */
export function spansInChunk(chunk: Chunk, start: number, end: number): TextSpan[] | undefined {
  const k = indexAt(chunk.starts, start);
  const run = chunk.runs[k];
  const from = start - chunk.starts[k];
  const to = end - chunk.starts[k];
  if (to > run.text.length) return undefined;
  const spans = spansForOffsets(run, from, to);
  return spans.length > 0 ? spans : undefined;
}
