// Shows facts on the page: with the CSS Custom Highlight API when the browser has it (the DOM
// stays untouched; one Highlight per category and shade, coloured by the style sheet the
// background inserts), otherwise by wrapping them in <newsfacts-mark> elements whose data
// attributes (lib/page/highlight-names.ts) the same style sheet colours.

import { FLASH_HIGHLIGHT, MARK_FLASH_ATTRIBUTE, markAttributes } from './highlight-names';
import type { PageFact } from './facts';
import { guarded } from './guard';
import { unwrapMarks, wrapSpans } from './mark-wrap';

/** How long a revealed or stepped-to fact stays flashed. */
export const FLASH_MS = 1500;

export interface Highlighter {
  /** Whether showing changes the DOM (marks): the caller then ignores the mutations it causes. */
  readonly changesDom: boolean;
  show(facts: PageFact[]): void;
  hide(facts: PageFact[]): void;
  /** Shows `fact` in the flash highlight for FLASH_MS. */
  flash(fact: PageFact): void;
  /** Hides everything shown. */
  clear(): void;
}

export function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

// One Highlight per name, registered while it holds ranges; flashes paint above the categories.
function highlightApiHighlighter(): Highlighter {
  const registered = new Map<string, Highlight>();
  const highlightOf = (name: string): Highlight => {
    let highlight = registered.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = name === FLASH_HIGHLIGHT ? 2 : 0;
      registered.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  };
  const remove = (name: string, range: Range) => {
    const highlight = registered.get(name);
    if (!highlight?.delete(range) || highlight.size > 0) return;
    registered.delete(name);
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  };
  return {
    changesDom: false,
    show(facts) {
      for (const fact of facts) highlightOf(fact.highlight).add(fact.range);
    },
    hide(facts) {
      for (const fact of facts) remove(fact.highlight, fact.range);
    },
    flash(fact) {
      highlightOf(FLASH_HIGHLIGHT).add(fact.range);
      setTimeout(guarded(() => remove(FLASH_HIGHLIGHT, fact.range)), FLASH_MS);
    },
    clear() {
      for (const [name, highlight] of registered) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      registered.clear();
    },
  };
}

function markHighlighter(): Highlighter {
  const marks = new Map<PageFact, HTMLElement[]>();
  const hide = (facts: Iterable<PageFact>) => {
    for (const fact of [...facts]) {
      const own = marks.get(fact);
      if (!own) continue;
      unwrapMarks(own);
      marks.delete(fact);
    }
  };
  return {
    changesDom: true,
    // Facts of one call must be in document order and located in the nodes as they are now.
    show(facts) {
      const wrapped = wrapSpans(facts.map((fact) => ({ spans: fact.spans, attributes: markAttributes(fact.annotation) })));
      facts.forEach((fact, i) => {
        const own = wrapped[i];
        marks.set(fact, own);
        // The range now runs over the marks' text, whatever a DOM does with ranges on a split.
        fact.range.setStart(own[0].firstChild!, 0);
        fact.range.setEnd(own[own.length - 1].lastChild!, (own[own.length - 1].lastChild as Text).length);
      });
    },
    hide,
    flash(fact) {
      const own = marks.get(fact) ?? [];
      for (const mark of own) mark.setAttribute(MARK_FLASH_ATTRIBUTE, '');
      setTimeout(guarded(() => own.forEach((mark) => mark.removeAttribute(MARK_FLASH_ATTRIBUTE))), FLASH_MS);
    },
    clear() {
      hide(marks.keys());
    },
  };
}

/** The highlighter this browser supports. */
export function createHighlighter(): Highlighter {
  return hasHighlightApi() ? highlightApiHighlighter() : markHighlighter();
}
