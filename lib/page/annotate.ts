// Finds the figures in a page's visible text and highlights them: the whole in-page pipeline,
// with the extractor passed in so it runs (and is tested) without the extension.

import type { Annotation } from '../annotation';
import { highlightFigures, type Highlighting } from './highlight';
import { collectTextRuns, spansForOffsets, type TextSpan } from './text-map';

export type FindAnnotations = (text: string) => Annotation[];

/** Highlights every figure `find` reports in the visible text of `document.body`. */
export function annotatePage(document: Document, find: FindAnnotations): Highlighting {
  const figures: TextSpan[][] = [];
  for (const run of collectTextRuns(document.body)) {
    if (run.text.trim() === '') continue;
    for (const annotation of find(run.text)) {
      if (annotation.kind === 'figure') figures.push(spansForOffsets(run, annotation.start, annotation.end));
    }
  }
  return highlightFigures(document, figures);
}
