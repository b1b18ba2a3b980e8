// The page's text as the content script annotates it: the article's runs joined with line breaks,
// as the chunks join them, so that a saved item's selectors describe the text the engine read.
// A Range (a fact's, the reader's selection) maps to offsets in it, and offsets map back to a Range.
import { ChunkBuilder, type Chunk } from './chunks';
import { indexAt, rangeFromSpans, spansForOffsets, type TextRun, type TextSpan } from './text-map';

export interface PageText extends Chunk {
  /** Every text node of the runs in document order, with its offset in `text`. */
  nodes: Array<{ node: Text; at: number }>;
}

export interface Offsets {
  start: number;
  end: number;
}

/** The page text of `runs` (blank runs left out, as the annotator leaves them out). */
export function joinRuns(runs: Iterable<TextRun>): PageText {
  const builder = new ChunkBuilder(Infinity);
  for (const run of runs) if (run.text.trim() !== '') builder.add(run);
  const chunk = builder.take() ?? { text: '', runs: [], starts: [] };
  const nodes = chunk.runs.flatMap((run, k) => run.nodes.map((node, i) => ({ node, at: chunk.starts[k] + run.starts[i] })));
  return { ...chunk, nodes };
}

// The first index below `n` for which `holds` is true; it must be false, then true, in order.
function firstWhere(n: number, holds: (i: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * The offsets of the page text that `range` covers, white space at either end left out; undefined
 * when it covers none of it (a selection in a menu, our own UI or a form field). Binary searches
 * over the nodes in document order, so saving every fact of a long page stays fast; a boundary
 * between elements (a triple-click's paragraph) counts from the nearest text inside the range.
 */
export function offsetsOf(page: PageText, range: Range): Offsets | undefined {
  const { nodes } = page;
  const first = firstWhere(nodes.length, (i) => range.comparePoint(nodes[i].node, nodes[i].node.length) >= 0);
  const last = firstWhere(nodes.length, (i) => range.comparePoint(nodes[i].node, 0) > 0) - 1;
  if (first > last) return undefined;
  const a = nodes[first];
  const b = nodes[last];
  let start = a.at + (a.node === range.startContainer ? range.startOffset : 0);
  let end = b.at + (b.node === range.endContainer ? range.endOffset : b.node.length);
  while (start < end && isSpace(page.text[start])) start++;
  while (end > start && isSpace(page.text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** A Range over `page.text.slice(start, end)`, across runs if it must; undefined for an empty one. */
export function rangeAt(page: PageText, { start, end }: Offsets): Range | undefined {
  const spans: TextSpan[] = [];
  for (let k = indexAt(page.starts, start); k < page.runs.length && page.starts[k] < end; k++) {
    spans.push(...spansForOffsets(page.runs[k], start - page.starts[k], end - page.starts[k]));
  }
  return spans.length > 0 ? rangeFromSpans(spans) : undefined;
}
