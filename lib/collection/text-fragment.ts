// The address that opens a collected passage's page scrolled to the passage, with a URL text
// fragment (#:~:text=, https://wicg.github.io/scroll-to-text-fragment/) built from its quote
// selector: the browser finds the text itself, even before the content script re-anchors it.
import type { TextQuoteSelector } from '../anchoring/selectors';
import { withoutFragment } from '../util/url';

/** Characters of context kept on each side: enough to tell repeats apart, few enough to survive edits. */
const CONTEXT = 10;
/** Longest passage written out whole; a longer one is given by its start and end. */
const LONGEST_EXACT = 60;
/** Length of the start and of the end of a long passage. */
const EDGE = 24;

/** Percent-encoding for a directive term: '-', ',' and '&' are its syntax. */
const encodeTerm = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');

/** The first `n` characters, cut at a space when one falls in the second half (English words stay whole). */
function head(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return space > n / 2 ? cut.slice(0, space) : cut;
}

/** The last `n` characters, cut at a space likewise. */
function tail(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(-n);
  const space = cut.indexOf(' ');
  return space >= 0 && space < n / 2 ? cut.slice(space + 1) : cut;
}

// A term cannot reach across a block boundary (a new line in the page's text), so context stops at one.
const lastLine = (s: string): string => s.slice(s.lastIndexOf('\n') + 1).trim();
const firstLine = (s: string): string => s.split('\n', 1)[0].trim();

/** `url` (its own fragment kept) with a text directive for the quoted passage. */
export function textFragmentUrl(url: string, quote: TextQuoteSelector): string {
  const exact = quote.exact.trim();
  if (!exact) return url;
  const terms: string[] = [];
  const prefix = tail(lastLine(quote.prefix), CONTEXT);
  if (prefix) terms.push(`${encodeTerm(prefix)}-`);
  if (exact.length <= LONGEST_EXACT && !exact.includes('\n')) terms.push(encodeTerm(exact));
  else terms.push(encodeTerm(head(firstLine(exact), EDGE)), encodeTerm(tail(lastLine(exact), EDGE)));
  const suffix = head(firstLine(quote.suffix), CONTEXT);
  if (suffix) terms.push(`-${encodeTerm(suffix)}`);
  const page = withoutFragment(url);
  const ownFragment = url.slice(page.length + 1).split(':~:', 1)[0];
  return `${page}#${ownFragment}:~:text=${terms.join(',')}`;
}
