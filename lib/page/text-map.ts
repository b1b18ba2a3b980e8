// Collects the text a reader sees, as runs of adjacent text nodes, and maps offsets into a
// run's string back to the DOM. The page is only read here, never changed.
import { firstIndex } from '../util/binary-search';
import { attributeOf, firstChildOf, hasAttributeOf, nextSiblingOf, nodeTypeOf, tagNameOf, viewOf } from './dom-read';

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

/** Whether an element's text is never prose a reader sees (scripts, styles, form fields, code). */
export const holdsNoProse = (element: Element): boolean => {
  const tag = tagNameOf(element);
  return NEVER_RENDERED.has(tag) || NOT_PROSE.has(tag);
};

/** Whether a computed display keeps an element in the running text of its block. */
export const isInlineDisplay = (display: string): boolean =>
  display === '' || display.startsWith('inline') || display === 'contents';

// Decides how an element takes part in the running text, from its tag, attributes and
// computed style (display for block boundaries; '' is how DOM emulations report unstyled inline).
function roleOf(element: Element, style: CSSStyleDeclaration): Role {
  const tag = tagNameOf(element);
  if (NEVER_RENDERED.has(tag) || hasAttributeOf(element, 'hidden')) return 'hidden';
  if (style.display === 'none') return 'hidden';
  if (NOT_PROSE.has(tag) || hasAttributeOf(element, UI_ATTRIBUTE)) return 'separator';
  const editable = attributeOf(element, 'contenteditable');
  if (editable !== null && editable !== 'false') return 'separator';
  return isInlineDisplay(style.display) ? 'inline' : 'block';
}

/** Elements the caller leaves out whole (boilerplate inside an article): they end the run. */
export type SkipElement = (element: Element) => boolean;

interface Frame {
  next: ChildNode | null;
  visible: boolean;
  block: boolean;
}

/**
 * The visible text under `root`, one run per stretch of inline content, in document order.
 * A figure can only be found within a run, so block boundaries never join two numbers.
 * A generator walking with an explicit stack, so a caller can stop between runs and go on
 * later: a large page is read in slices that never hold the main thread for long.
 */
export function* textRuns(root: Element, skip?: SkipElement): Generator<TextRun> {
  const view = viewOf(root);
  if (!view) return;
  const rootStyle = view.getComputedStyle(root);
  if (roleOf(root, rootStyle) === 'hidden') return;
  let current: TextRun = { text: '', nodes: [], starts: [] };
  // visibility is inherited but a child may override it, so it is judged per parent element.
  const stack: Frame[] = [{ next: firstChildOf(root), visible: rootStyle.visibility !== 'hidden', block: true }];

  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block && current.nodes.length > 0) {
        yield current;
        current = { text: '', nodes: [], starts: [] };
      }
      continue;
    }
    frame.next = nextSiblingOf(child);
    const type = nodeTypeOf(child);
    if (type === 3 /* TEXT_NODE */) {
      if (!frame.visible) continue;
      const text = child as Text;
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += text.data;
    } else if (type === 1 /* ELEMENT_NODE */) {
      const element = child as Element;
      const style = view.getComputedStyle(element);
      const role = roleOf(element, style);
      if (role === 'hidden') continue;
      const skipped = role === 'separator' || (skip !== undefined && skip(element));
      if ((skipped || role === 'block') && current.nodes.length > 0) {
        yield current;
        current = { text: '', nodes: [], starts: [] };
      }
      if (skipped) continue;
      const visible = style.visibility !== 'hidden' && style.visibility !== 'collapse';
      stack.push({ next: firstChildOf(element), visible, block: role === 'block' });
    }
  }
  if (current.nodes.length > 0) yield current;
}

/** Every run of `root` at once (see textRuns). */
export function collectTextRuns(root: Element, skip?: SkipElement): TextRun[] {
  return [...textRuns(root, skip)];
}

/** Index of the piece (a node of a run, a run of a chunk) holding `offset`: the last of `starts` at or before it. */
export function indexAt(starts: number[], offset: number): number {
  return Math.max(firstIndex(starts.length, (i) => starts[i] > offset) - 1, 0);
}

/** The pieces of text nodes that make up `run.text.slice(start, end)`, empty pieces left out. */
export function spansForOffsets(run: TextRun, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = [];
  for (let i = indexAt(run.starts, start); i < run.nodes.length && run.starts[i] < end; i++) {
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
