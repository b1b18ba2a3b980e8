// The facts shown on the page, in document order, found by position. Highlights are not
// elements, so the pointer and the keyboard find a fact through this index: by a caret position
// (hit-testing), by a block of the page (re-annotating what changed), or by where it is on screen.

import type { Annotation } from '../annotation';
import { firstIndex } from '../util/binary-search';
import type { TextSpan } from './text-map';

export interface PageFact {
  /** Unique on the page while the content script runs (the popup reveals facts by id). */
  id: number;
  annotation: Annotation;
  /** A live range: it follows edits around it, and collapses when the page removes its text. */
  range: Range;
  /** The text it was found at, as the nodes were then (marks are made from these). */
  spans: TextSpan[];
  /** The highlight it is shown in (lib/page/highlight-names.ts). */
  highlight: string;
  /** For a figure: the rates and shares that qualify it (同比增长9.3% of 412.6亿元), in text order. */
  rates?: PageFact[];
}

const START_TO_START = 0; // Range.START_TO_START, without a Range global in every environment

// Whether `a` starts before `b` in the document.
const startsBefore = (a: PageFact, b: PageFact): boolean => a.range.compareBoundaryPoints(START_TO_START, b.range) < 0;

export class FactIndex {
  private facts: PageFact[] = [];
  private readonly ids = new Map<number, PageFact>();

  get size(): number {
    return this.facts.length;
  }

  /** Every fact in document order. */
  all(): readonly PageFact[] {
    return this.facts;
  }

  byId(id: number): PageFact | undefined {
    return this.ids.get(id);
  }

  // The first position whose fact does not satisfy `before` (which must hold for a prefix).
  private boundary(before: (fact: PageFact) => boolean): number {
    return firstIndex(this.facts.length, (i) => !before(this.facts[i]));
  }

  /** Adds facts (non-overlapping with those held); facts given in document order append fast. */
  insert(facts: PageFact[]): void {
    for (const fact of facts) {
      const last = this.facts[this.facts.length - 1];
      if (!last || startsBefore(last, fact)) this.facts.push(fact);
      else this.facts.splice(this.boundary((f) => startsBefore(f, fact)), 0, fact);
      this.ids.set(fact.id, fact);
    }
  }

  /** Removes and returns the facts `drop` selects. */
  removeWhere(drop: (fact: PageFact) => boolean): PageFact[] {
    const removed: PageFact[] = [];
    this.facts = this.facts.filter((fact) => {
      if (!drop(fact)) return true;
      removed.push(fact);
      this.ids.delete(fact.id);
      return false;
    });
    return removed;
  }

  /** Removes and returns every fact. */
  clear(): PageFact[] {
    return this.removeWhere(() => true);
  }

  /** The facts whose text starts inside `node`. */
  within(node: Node): PageFact[] {
    const first = this.boundary((fact) => fact.range.comparePoint(node, 0) > 0);
    const found: PageFact[] = [];
    for (let i = first; i < this.facts.length && node.contains(this.facts[i].range.startContainer); i++) found.push(this.facts[i]);
    return found;
  }

  /**
   * The facts whose range holds the point (node, offset): one, or two where one fact ends
   * exactly where the next begins. The caller tells them apart by their client rects.
   */
  at(node: Node, offset: number): PageFact[] {
    const first = this.boundary((fact) => fact.range.comparePoint(node, offset) > 0);
    return this.facts.slice(first, first + 2).filter((fact) => fact.range.comparePoint(node, offset) === 0);
  }

  /** The first fact `accept` takes whose text ends below `y` (viewport coordinates); facts are laid out top to bottom. */
  firstBelow(y: number, accept: (fact: PageFact) => boolean): PageFact | undefined {
    const first = this.boundary((fact) => fact.range.getBoundingClientRect().bottom <= y);
    for (let i = first; i < this.facts.length; i++) if (accept(this.facts[i])) return this.facts[i];
    return undefined;
  }
}
