// The page's text as the content script annotates it: the article's runs joined with line breaks,
// as the chunks join them, so that a saved item's selectors describe the text the engine read.
// A Range (a fact's, the reader's selection) maps to offsets in it, and offsets map back to a Range.
import { firstIndex } from '../util/binary-search';
import { indexAt, type TextRun } from './text-map';

export interface PageText {
  text: string;
  /** Every text node of the runs in document order, and the offset in `text` where each begins. */
  nodes: Text[];
  starts: number[];
}

export interface Offsets {
  start: number;
  end: number;
}

/** The page text of `runs` (blank runs left out, as the annotator leaves them out). */
export function joinRuns(runs: Iterable<TextRun>): PageText {
  const page: PageText = { text: '', nodes: [], starts: [] };
  for (const run of runs) {
    if (run.text.trim() === '') continue;
    if (page.text) page.text += '\n';
    for (const start of run.starts) page.starts.push(page.text.length + start);
    page.nodes.push(...run.nodes);
    page.text += run.text;
  }
  return page;
}

/**
 * The offsets of the page text that `range` covers, white space at either end left out; undefined
 * when it covers none of it (a selection in a menu, our own UI or a form field). Binary searches
 * over the nodes in document order, so saving every fact of a long page stays fast; a boundary
 * between elements (a triple-click's paragraph) counts from the nearest text inside the range.
 */
export function offsetsOf({ text, nodes, starts }: PageText, range: Range): Offsets | undefined {
  const first = firstIndex(nodes.length, (i) => range.comparePoint(nodes[i], nodes[i].length) >= 0);
  const last = firstIndex(nodes.length, (i) => range.comparePoint(nodes[i], 0) > 0) - 1;
  if (first > last) return undefined;
  let start = starts[first] + (nodes[first] === range.startContainer ? range.startOffset : 0);
  let end = starts[last] + (nodes[last] === range.endContainer ? range.endOffset : nodes[last].length);
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** A Range over `page.text.slice(start, end)`, across runs if it must. */
export function rangeAt({ nodes, starts }: PageText, { start, end }: Offsets): Range | undefined {
  if (nodes.length === 0) return undefined;
  const range = nodes[0].ownerDocument.createRange();
  const i = indexAt(starts, start);
  const j = indexAt(starts, end);
  range.setStart(nodes[i], Math.min(start - starts[i], nodes[i].length));
  range.setEnd(nodes[j], Math.min(end - starts[j], nodes[j].length));
  return range;
}
