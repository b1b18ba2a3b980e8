// Pages change after load (infinite scroll, "read more", single-page apps). One MutationObserver
// collects what changed under the annotated root and, after a pause, reports the blocks whose
// text is new or different, and whether text went away: never the whole page again.

import { guarded } from './guard';
import { holdsNoProse, isInlineDisplay, UI_ATTRIBUTE, type SkipElement } from './text-map';

/** Attributes whose change can show text that was hidden ("read more" buttons toggle these). */
const REVEALING_ATTRIBUTES = ['hidden', 'style', 'class', 'open'];
/** Quiet time before the changes are handled, and the longest they wait on a busy page. */
const DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 1000;

export interface PageChanges {
  /** Blocks with new or changed text, none inside another, in document order. */
  blocks: Element[];
  /** Whether nodes were removed (facts in them must go). */
  removed: boolean;
}

export interface WatchOptions {
  root: Element;
  skip?: SkipElement;
  /** Whether a text node was already read (an attribute change that shows only read text is no news). */
  seen(node: Text): boolean;
  onChanges(changes: PageChanges): void;
  /** The root left the document (a single-page app replaced the article). */
  onRootLost(): void;
}


export class PageWatcher {
  private readonly observer: MutationObserver;
  private records: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;

  constructor(private readonly options: WatchOptions) {
    this.observer = new MutationObserver(guarded((records: MutationRecord[]) => this.collect(records)));
  }

  start(): void {
    const body = this.options.root.ownerDocument.body;
    // The body, not just the root: the root being replaced is seen only from above it.
    this.observer.observe(body, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: REVEALING_ATTRIBUTES,
    });
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.records = [];
  }

  /** Runs a DOM change of NewsFacts' own without reporting it; the page's changes before it are kept. */
  quietly(change: () => void): void {
    this.records.push(...this.observer.takeRecords());
    try {
      change();
    } finally {
      this.observer.takeRecords();
    }
  }

  private collect(records: MutationRecord[]): void {
    const now = performance.now();
    if (this.records.length === 0) this.firstPending = now;
    this.records.push(...records);
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(guarded(() => this.flush()), wait);
  }

  // Handles the changes collected so far, once the page has rested.
  private flush(): void {
    clearTimeout(this.timer);
    const records = [...this.records, ...this.observer.takeRecords()];
    this.records = [];
    if (records.length === 0) return;
    const { root } = this.options;
    if (!root.isConnected) {
      this.options.onRootLost();
      return;
    }
    const blocks = new Set<Element>();
    let removed = false;
    for (const record of records) {
      const target = record.target;
      if (!root.contains(target)) continue;
      if (record.type === 'characterData') {
        if (target.parentElement) blocks.add(this.blockOf(target.parentElement));
      } else if (record.type === 'childList') {
        removed ||= record.removedNodes.length > 0;
        for (const added of record.addedNodes) this.addedBlock(added, target as Element, blocks);
      } else if (target !== root && this.hasUnseenText(target as Element)) {
        blocks.add(this.blockOf(target as Element));
      }
    }
    const changed = outermost([...blocks].filter((block) => block.isConnected && !this.excluded(block)));
    if (changed.length > 0 || removed) this.options.onChanges({ blocks: changed, removed });
  }

  // A block added whole is read alone; text or inline content added to a block changes that block.
  private addedBlock(added: Node, parent: Element, blocks: Set<Element>): void {
    if (added.nodeType === 3) {
      if ((added as Text).data.trim() !== '') blocks.add(this.blockOf(parent));
    } else if (added.nodeType === 1) {
      const element = added as Element;
      if (element.hasAttribute(UI_ATTRIBUTE) || !element.isConnected) return;
      const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
      blocks.add(isInlineDisplay(display) ? this.blockOf(parent) : element);
    }
  }

  // The nearest block-level element holding `element` (itself included), at most the root.
  private blockOf(element: Element): Element {
    const view = element.ownerDocument.defaultView;
    let e: Element = element;
    while (e !== this.options.root && e.parentElement && view && isInlineDisplay(view.getComputedStyle(e).display)) e = e.parentElement;
    return e;
  }

  // Whether a block is left out: inside boilerplate, NewsFacts' own UI, or content not rendered.
  private excluded(block: Element): boolean {
    const { root, skip } = this.options;
    for (let e: Element | null = block; e && e !== root; e = e.parentElement) {
      if (e.hasAttribute(UI_ATTRIBUTE) || skip?.(e)) return true;
    }
    return typeof block.checkVisibility === 'function' && !block.checkVisibility();
  }

  private hasUnseenText(element: Element): boolean {
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (!this.options.seen(text) && text.data.trim() !== '' && !(text.parentElement && holdsNoProse(text.parentElement))) return true;
    }
    return false;
  }
}

// The elements of `blocks` not inside another one, in document order.
function outermost(blocks: Element[]): Element[] {
  blocks.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : a === b ? 0 : 1));
  const kept: Element[] = [];
  for (const block of blocks) if (!kept.length || !kept[kept.length - 1].contains(block)) kept.push(block);
  return kept;
}
