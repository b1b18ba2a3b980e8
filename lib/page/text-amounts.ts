// One pass over a page's text for article finding: how much text and link text each element
// holds, and which block holds each piece of text. Reads markup only (no layout), through the
// readers a page cannot shadow, so it is cheap enough for every page and safe on any.

import { parentElementOf, tagNameOf, treeWalker } from './dom-read';
import { holdsNoProse } from './text-map';

export interface TextAmount {
  /** Characters of text, surrounding whitespace left out. */
  text: number;
  /** Of which inside links. */
  links: number;
}

/** A piece of text outside links, with the block that holds it. */
export interface HeldText {
  holder: Element;
  length: number;
}

export interface PageAmounts {
  /** The text under each element that holds any. */
  amounts: Map<Element, TextAmount>;
  /** The text outside links, piece by piece, in document order. */
  held: HeldText[];
  /** Every text node outside links whose text is not blank, for finding the headline. */
  texts: Text[];
}

/** Elements that stay in the running text of their block (HTML's phrasing content). */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR',
]);

const NONE: TextAmount = { text: 0, links: 0 };

/** The amount of text under `element` when the page was measured (none for an element added since). */
export const amountOf = (measured: Map<Element, TextAmount>, element: Element): TextAmount => measured.get(element) ?? NONE;

/** Measures the text of `document`'s body: every element's amount and each piece's block. */
export function measurePage(document: Document): PageAmounts {
  const amounts = new Map<Element, TextAmount>();
  const held: HeldText[] = [];
  const texts: Text[] = [];
  const body = document.body;
  const walker = treeWalker(document, body, 4 /* SHOW_TEXT */);
  const ancestors: Element[] = [];
  nodes: for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.trim().length;
    if (length === 0) continue;
    ancestors.length = 0;
    let inLink = false;
    let holder: Element | undefined;
    for (let e = parentElementOf(node); e; e = parentElementOf(e)) {
      if (holdsNoProse(e)) continue nodes;
      const tag = tagNameOf(e);
      if (tag === 'A') inLink = true;
      if (!holder && !INLINE_TAGS.has(tag)) holder = e;
      ancestors.push(e);
      if (e === body) break;
    }
    for (const e of ancestors) {
      const amount = amounts.get(e);
      if (amount) {
        amount.text += length;
        if (inLink) amount.links += length;
      } else {
        amounts.set(e, { text: length, links: inLink ? length : 0 });
      }
    }
    if (!inLink && holder) {
      held.push({ holder, length });
      texts.push(node as Text);
    }
  }
  return { amounts, held, texts };
}
