// Which fact is under the pointer. Highlights are not elements, so there is no event target to
// ask: the caret position at the point is looked up in the index of facts, and the fact's own
// client rects confirm the point is on its text (a caret also lands beside text).

import type { FactIndex, PageFact } from './facts';

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** The caret position at a viewport point, with whichever API the browser has. */
export function caretAt(document: Document, x: number, y: number): Caret | undefined {
  const doc = document as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const holds = (rect: DOMRect, x: number, y: number): boolean =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The fact `accept` takes whose text is under the viewport point (x, y). */
export function factAtPoint(
  index: FactIndex,
  document: Document,
  x: number,
  y: number,
  accept: (fact: PageFact) => boolean,
): PageFact | undefined {
  const caret = caretAt(document, x, y);
  // A caret inside a shadow root (the card) or another document is no page text.
  if (!caret || caret.node.getRootNode() !== document) return undefined;
  return index
    .at(caret.node, caret.offset)
    .find((fact) => accept(fact) && [...fact.range.getClientRects()].some((rect) => holds(rect, x, y)));
}
