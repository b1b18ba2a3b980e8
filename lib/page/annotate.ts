// Finds the figures in a page's visible text and highlights them: the whole in-page pipeline,
// with the extractor passed in so it runs (and is tested) without the extension.

import type { Annotation } from '../annotation';
import { highlightFigures, type Highlighting } from './highlight';
import { collectTextRuns, spansForOffsets, type TextRun, type TextSpan } from './text-map';

export type FindAnnotations = (text: string) => Annotation[];

/** Index of the run whose text contains `offset` in the joined page text. */
function runIndexAt(runStarts: number[], offset: number): number {
  let low = 0;
  let high = runStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Highlights every figure `find` reports in the visible text of `document.body`.
 * The runs are joined with line breaks and searched in one call, as the command line does with
 * an HTML file, so article-wide context (a dateline's year for 5月11日) reaches every paragraph;
 * a figure that would straddle two runs is left out, as the runs are separate blocks.
 */
export function annotatePage(document: Document, find: FindAnnotations): Highlighting {
  const runs: TextRun[] = collectTextRuns(document.body).filter((run) => run.text.trim() !== '');
  const runStarts: number[] = [];
  let length = 0;
  for (const run of runs) {
    runStarts.push(length);
    length += run.text.length + 1;
  }
  const figures: TextSpan[][] = [];
  if (runs.length > 0) {
    for (const annotation of find(runs.map((run) => run.text).join('\n'))) {
      if (annotation.kind !== 'figure') continue;
      const k = runIndexAt(runStarts, annotation.start);
      const start = annotation.start - runStarts[k];
      const end = annotation.end - runStarts[k];
      if (end <= runs[k].text.length) figures.push(spansForOffsets(runs[k], start, end));
    }
  }
  return highlightFigures(document, figures);
}
