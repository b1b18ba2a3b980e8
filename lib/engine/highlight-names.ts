// The names of NewsFacts' highlights in the page's CSS.highlights registry, shared by the content
// script, which registers the ranges under them, and the background, which styles them
// (highlight-css.ts). A name used on one side only shows nothing, so both import them from here:
//
//   newsfacts-figure                  every figure
//   newsfacts-place-<shade>           places by shadeOf(level): province, prefecture, county,
//                                     township, village, other
//   newsfacts-flash                   the annotation the popup reveals, shown for a moment; register
//                                     it with a higher Highlight.priority so it paints on top
import type { Annotation } from '../annotation';
import { shadeOf, type ShadedLevel } from '../settings';

export const FIGURE_HIGHLIGHT = 'newsfacts-figure';
export const FLASH_HIGHLIGHT = 'newsfacts-flash';

export type PlaceHighlight = `newsfacts-place-${ShadedLevel}`;

export const placeHighlight = (shade: ShadedLevel): PlaceHighlight => `newsfacts-place-${shade}`;

/** The highlight an annotation is shown in. */
export function highlightNameOf(annotation: Annotation): string {
  return annotation.kind === 'figure' ? FIGURE_HIGHLIGHT : placeHighlight(shadeOf(annotation.place.level));
}
