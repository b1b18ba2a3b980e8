// Collects the text a reader sees, as runs of adjacent text nodes, and maps offsets into a
// run's string back to the DOM. The page is only read here, never changed.

/** The text of one stretch of inline content, between block boundaries. */
export interface TextRun {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

/** A slice of one text node's data: `start` inclusive, `end` exclusive. */
export interface TextSpan {
  node: Text;
  start: number;
  end: number;
}

/** Any in-page UI the extension adds carries this attribute, so its own text is never annotated. */
export const UI_ATTRIBUTE = 'data-newsfacts-ui';

// Content that never renders: skipped without ending the run, so text around it stays joined
// as the reader sees it (some sites hide decoy characters inside sentences).
const NEVER_RENDERED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
// Visible, but not prose to annotate (or a line break): skipped and ends the run.
const NOT_PROSE = new Set(['TEXTAREA', 'INPUT', 'SELECT', 'CODE', 'BR']);

type Role = 'hidden' | 'separator' | 'block' | 'inline';

// Decides how an element takes part in the running text, from its tag, attributes and
// computed style (display for block boundaries; '' is how DOM emulations report unstyled inline).
function roleOf(element: Element, style: CSSStyleDeclaration): Role {
  if (NEVER_RENDERED.has(element.tagName) || element.hasAttribute('hidden')) return 'hidden';
  if (style.display === 'none') return 'hidden';
  if (NOT_PROSE.has(element.tagName) || element.hasAttribute(UI_ATTRIBUTE)) return 'separator';
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return 'separator';
  const display = style.display;
  return display === '' || display.startsWith('inline') || display === 'contents' ? 'inline' : 'block';
}

/**
 * The visible text under `root`, one run per stretch of inline content, in document order.
 * A figure can only be found within a run, so block boundaries never join two numbers.
 */
export function collectTextRuns(root: Element): TextRun[] {
  const view = root.ownerDocument.defaultView;
  if (!view) return [];
  const runs: TextRun[] = [];
  let current: TextRun = { text: '', nodes: [], starts: [] };

  const endRun = () => {
    if (current.nodes.length > 0) runs.push(current);
    current = { text: '', nodes: [], starts: [] };
  };

  // visibility is inherited but a child may override it, so it is judged per parent element.
  const visit = (element: Element, visible: boolean) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) {
        if (!visible) continue;
        const text = child as Text;
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.text += text.data;
      } else if (child.nodeType === 1 /* ELEMENT_NODE */) {
        const childElement = child as Element;
        const style = view.getComputedStyle(childElement);
        const role = roleOf(childElement, style);
        if (role === 'hidden') continue;
        if (role === 'separator') {
          endRun();
          continue;
        }
        if (role === 'block') endRun();
        const childVisible = style.visibility !== 'hidden' && style.visibility !== 'collapse';
        visit(childElement, childVisible);
        if (role === 'block') endRun();
      }
    }
  };

  const rootStyle = view.getComputedStyle(root);
  if (roleOf(root, rootStyle) !== 'hidden') visit(root, rootStyle.visibility !== 'hidden');
  endRun();
  return runs;
}

// Index of the node whose data contains `offset` (the last one starting at or before it).
function nodeIndexAt(run: TextRun, offset: number): number {
  let low = 0;
  let high = run.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (run.starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The pieces of text nodes that make up `run.text.slice(start, end)`, empty pieces left out. */
export function spansForOffsets(run: TextRun, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let i = nodeIndexAt(run, start); i < run.nodes.length && run.starts[i] < end; i++) {
    const node = run.nodes[i];
    const from = Math.max(start - run.starts[i], 0);
    const to = Math.min(end - run.starts[i], node.length);
    if (to > from) spans.push({ node, start: from, end: to });
  }
  return spans;
}

/** One Range covering a list of spans given in document order. */
export function rangeFromSpans(spans: TextSpan[]): Range {
  const first = spans[0];
  const last = spans[spans.length - 1];
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
