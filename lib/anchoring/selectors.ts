// W3C Web Annotation selectors for a passage of a page's text, and finding the passage again
// when the page is revisited: the exact quote first (the one nearest the old position when it
// occurs several times), then the old position if the text there is unchanged, then a fuzzy
// match that tolerates small edits. Short Chinese quotes are told apart by their surrounding
// context (prefix and suffix), not by a word segmenter. The model is the Hypothesis client's.
import search from 'approx-string-match';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How much context the quote selector keeps on each side. */
const CONTEXT = 32;

export function describe(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export interface Anchor {
  start: number;
  end: number;
  /** How the passage was found: the exact quote; with small edits near its old position; with small edits elsewhere. */
  method: 'exact' | 'position' | 'fuzzy';
}

/** Characters of context that agree, counted outwards from the quote. */
function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  let score = 0;
  for (let k = 1; k <= quote.prefix.length && text[start - k] === quote.prefix[quote.prefix.length - k]; k++) score++;
  for (let k = 0; k < quote.suffix.length && text[end + k] === quote.suffix[k]; k++) score++;
  return score;
}

/** Most edits tolerated, as a share of the quote's length (at least one). */
const MAX_ERROR_RATE = 0.25;

/** Finds the passage the selectors describe in `text`, or undefined when it is gone (an orphan). */
export function anchor(text: string, selectors: Selectors): Anchor | undefined {
  const { quote, position } = selectors;
  if (!quote.exact) return undefined;
  // 1. exact quote: among several occurrences, the best context, then the nearest the old position
  let best: { start: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const score = contextScore(text, at, at + quote.exact.length, quote);
    const distance = Math.abs(at - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  if (best) return { start: best.start, end: best.start + quote.exact.length, method: 'exact' };
  // 2. near the old position, the quote with small edits; 3. the same anywhere in the text
  const maxErrors = Math.max(1, Math.floor(quote.exact.length * MAX_ERROR_RATE));
  const window = quote.exact.length + POSITION_SLACK;
  const from = Math.max(0, position.start - window);
  const near = bestFuzzy(text.slice(from, position.end + window), quote, maxErrors, position.start - from);
  if (near) return { start: from + near.start, end: from + near.end, method: 'position' };
  const anywhere = bestFuzzy(text, quote, maxErrors, position.start);
  return anywhere && { ...anywhere, method: 'fuzzy' };
}

/** How far from its old position a passage may have moved and still count as found there. */
const POSITION_SLACK = 64;

/** The fuzzy match of the quote in `text` with the most context agreeing and fewest edits. */
function bestFuzzy(text: string, quote: TextQuoteSelector, maxErrors: number, hint: number): { start: number; end: number } | undefined {
  const matches = search(text, quote.exact, maxErrors);
  if (!matches.length) return undefined;
  const ranked = matches
    .map((m) => ({ m, context: contextScore(text, m.start, m.end, quote), distance: Math.abs(m.start - hint) }))
    .sort((a, b) => b.context * 2 - b.m.errors * 4 - (a.context * 2 - a.m.errors * 4) || a.distance - b.distance);
  const { m, context } = ranked[0];
  // a short quote found with edits and no agreeing context is too likely another passage
  if (quote.exact.length < 8 && context === 0) return undefined;
  return { start: m.start, end: m.end };
}
