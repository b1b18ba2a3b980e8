// Fallback for browsers without a usable CSS Custom Highlight API: wrap each figure in
// <newsfacts-mark> elements. Unlike highlights this changes the DOM, so it can be undone exactly.

import { FIGURE_STYLE } from './highlight-style';
import type { TextSpan } from './text-map';

export const MARK_TAG = 'newsfacts-mark';

/**
 * Wraps every span (all spans in document order, non-overlapping) in its own mark element and
 * returns a function that unwraps them and merges the split text back into the original nodes,
 * so the page keeps its very own Text objects with their original data.
 */
export function wrapSpans(spans: TextSpan[]): () => void {
  const marks: HTMLElement[] = [];
  const originals = new Set<Text>();
  const splitOff = new Set<Text>();

  // Backwards, so each split happens on the original node (the head), whose earlier offsets
  // are still valid, and every piece split off ends up right after it.
  for (let i = spans.length - 1; i >= 0; i--) {
    const { node, start, end } = spans[i];
    originals.add(node);
    if (end < node.length) splitOff.add(node.splitText(end));
    const target = start > 0 ? node.splitText(start) : node;
    if (target !== node) splitOff.add(target);

    const mark = node.ownerDocument.createElement(MARK_TAG);
    mark.style.backgroundColor = FIGURE_STYLE.backgroundColor;
    mark.style.textDecoration = FIGURE_STYLE.textDecoration;
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }

  return () => {
    for (const mark of marks) {
      mark.replaceWith(...mark.childNodes);
    }
    for (const node of originals) {
      let next = node.nextSibling;
      while (next && splitOff.has(next as Text)) {
        node.appendData((next as Text).data);
        next.remove();
        next = node.nextSibling;
      }
    }
  };
}
