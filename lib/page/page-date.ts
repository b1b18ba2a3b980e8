// The publication date of the page in the tab, as the content script gives it to the engine and
// to saved items: the markup's stamps, else the byline printed by the headline (2023-05-12 08:30
// under it, 来源：大众日报　2023-05-12, a paper's header 2023年5月12日 星期五 above it).
import { containsNode } from './dom-read';
import { findHeadline } from './headline';
import { bylineDate, documentPublicationDate } from './publication-date';
import { measurePage } from './text-amounts';
import { textRuns } from './text-map';
import markup from './publication-date.json';

/**
 * The lines of the page's body as a reader sees them (one per stretch of inline text), read only
 * as far as the byline can stand below the headline, with the headline's line.
 */
function linesAroundHeadline(document: Document): { lines: string[]; headline?: number } {
  const headline = findHeadline(document, measurePage(document).texts);
  const lines: string[] = [];
  let at: number | undefined;
  for (const run of textRuns(document.body)) {
    if (run.text.trim() === '') continue;
    if (at === undefined && headline && run.nodes.some((node) => containsNode(headline, node))) at = lines.length;
    lines.push(run.text);
    if (lines.length > (at ?? (headline ? Infinity : 0)) + markup.byline.after) break;
  }
  return { lines, headline: at };
}

/** The page's publication date (YYYY-MM-DD): its markup's, else its byline's. */
export function pagePublicationDate(document: Document): string | undefined {
  const stated = documentPublicationDate(document);
  if (stated || !document.body) return stated;
  const { lines, headline } = linesAroundHeadline(document);
  return bylineDate(lines, headline);
}
