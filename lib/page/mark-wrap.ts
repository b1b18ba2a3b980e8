// Fallback for browsers without a usable CSS Custom Highlight API: wrap each fact in
// <newsfacts-mark> elements, with data attributes a user style sheet colours them by. Unlike
// highlights this changes the DOM, so every wrap can be undone exactly, one fact at a time.

import { MARK_TAG } from './highlight-names';
import type { TextSpan } from './text-map';

/** One fact to wrap: its spans in document order, and the attributes of its marks. */
export interface MarkRequest {
  spans: TextSpan[];
  attributes: Record<string, string>;
}

// Text nodes split off a page's node by wrapping: on unwrapping, each is merged back into the
// text node before it, so the page keeps its very own Text objects with their original data.
const splitOff = new WeakSet<Text>();

/**
 * Wraps every request's spans (all spans in document order, non-overlapping, offsets into the
 * nodes as they are now) and returns each request's marks, in the order of the requests.
 */
export function wrapSpans(requests: MarkRequest[]): HTMLElement[][] {
  const owners = requests.flatMap((request, r) => request.spans.map((span) => ({ span, r })));
  const marks: HTMLElement[][] = requests.map(() => []);
  // Backwards, so each split happens on the node the span names, whose earlier offsets are
  // still valid, and every piece split off ends up right after it.
  for (let i = owners.length - 1; i >= 0; i--) {
    const { span, r } = owners[i];
    const { node, start, end } = span;
    if (end < node.length) splitOff.add(node.splitText(end));
    const target = start > 0 ? node.splitText(start) : node;
    if (target !== node) splitOff.add(target);

    const mark = node.ownerDocument.createElement(MARK_TAG);
    for (const [name, value] of Object.entries(requests[r].attributes)) mark.setAttribute(name, value);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks[r].unshift(mark);
  }
  return marks;
}

// Merges `node` and the split-off pieces after it into the text node before it, where it is one.
function mergeBack(node: ChildNode | null): void {
  while (node && node.nodeType === 3 && splitOff.has(node as Text)) {
    const previous = node.previousSibling;
    const next = node.nextSibling;
    if (previous?.nodeType !== 3) return;
    (previous as Text).appendData((node as Text).data);
    splitOff.delete(node as Text);
    node.remove();
    node = next;
  }
}

/** Takes one fact's marks away and joins its text back into the nodes it was split from. */
export function unwrapMarks(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const children = [...mark.childNodes];
    const after = mark.nextSibling;
    mark.replaceWith(...children);
    for (const child of children) mergeBack(child);
    mergeBack(after);
  }
}
