// The page's headline: the block whose text is the story's part of the document's title
// ("高青黑牛产业年产值突破20亿元_鲁中网", "Rate limits – Parcelwise API documentation"), which finds
// headlines set in a table cell or an <h2> as well as in an <h1>; failing that, the first <h1>.

import { parentElementOf, selectAll, tagNameOf, titleOf } from './dom-read';
import { INLINE_TAGS } from './text-amounts';

/** What separates a title's parts (story, section, site). */
const TITLE_SEPARATORS = /\s[-–—|·]\s|:\s|[_|–—｜·：]|(?<=[\u3400-\u9fff])-|-(?=[\u3400-\u9fff])/;
/** A title part shorter than this is a site's or section's name, not a headline. */
const MIN_PART = 6;
/** A headline may say a little more than the title's part (the title drops "by 2028"). */
const LONGER_THAN_TITLE = 1.5;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The parts of the title that could be a headline, longest first (the site's name is shorter). */
export function titleParts(title: string): string[] {
  const whole = squeeze(title);
  const parts = whole.split(TITLE_SEPARATORS).map(squeeze).filter((part) => part.length >= MIN_PART);
  return [...new Set([whole, ...parts])].sort((a, b) => b.length - a.length);
}

/** Whether a line or a block's text is a headline's for this part of the title: it holds the part and says little more. */
export const holdsTitlePart = (text: string, part: string): boolean => text.includes(part) && text.length <= part.length * LONGER_THAN_TITLE;

// The block a text node sits in.
function blockOf(node: Text): Element | null {
  let e = parentElementOf(node);
  while (e && INLINE_TAGS.has(tagNameOf(e))) e = parentElementOf(e);
  return e;
}

/**
 * The headline's element, among `texts` (the page's text nodes outside links, in document order):
 * the block of the text that best matches a part of the title, a heading first; else the first <h1>.
 */
export function findHeadline(document: Document, texts: Text[]): Element | undefined {
  const parts = titleParts(titleOf(document));
  for (const part of parts) {
    let found: Element | undefined;
    for (const node of texts) {
      const text = squeeze(node.data);
      if (!holdsTitlePart(text, part)) continue;
      const block = blockOf(node);
      if (!block) continue;
      if (HEADINGS.has(tagNameOf(block))) return block;
      found ??= block;
    }
    if (found) return found;
  }
  return selectAll(document, 'h1')[0];
}
