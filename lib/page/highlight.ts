// Shows figures on the page: with the CSS Custom Highlight API when the browser has it (the DOM
// stays untouched), otherwise by wrapping them in marks.

import { HIGHLIGHT_NAME, HIGHLIGHT_RULE } from './highlight-style';
import { wrapSpans } from './mark-wrap';
import { rangeFromSpans, type TextSpan } from './text-map';

/** Highlights currently shown, and how to take them away again. */
export interface Highlighting {
  count: number;
  remove(): void;
}

// Adds a constructed style sheet next to the page's own adopted sheets: styling without a <style>
// element. Returns its remover, or null where adopting is refused (Firefox content scripts).
function adoptStyleSheet(document: Document, cssText: string): (() => void) | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return null;
  }
}

function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** Highlights each figure, given as the text spans it covers (figures in document order). */
export function highlightFigures(document: Document, figures: TextSpan[][]): Highlighting {
  const located = figures.filter((spans) => spans.length > 0);
  const removeStyle = hasHighlightApi() ? adoptStyleSheet(document, HIGHLIGHT_RULE) : null;
  if (removeStyle) {
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...located.map(rangeFromSpans)));
    return {
      count: located.length,
      remove() {
        CSS.highlights.delete(HIGHLIGHT_NAME);
        removeStyle();
      },
    };
  }
  return { count: located.length, remove: wrapSpans(located.flat()) };
}
