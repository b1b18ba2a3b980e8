// The names of NewsFacts' highlights, shared by the content script, which shows the facts under
// them, and the background, which styles them (lib/background/highlight-css.ts). A name used on one side only
// shows nothing, so both import them from here:
//
//   CSS.highlights names (highlightNameOf):
//     newsfacts-figure                every figure
//     newsfacts-place-<shade>         places by shadeOf(level): province, prefecture, county,
//                                     township, village, other
//     newsfacts-flash                 the fact the popup reveals, for a moment; register it with
//                                     the highest Highlight.priority (2) so that it paints on top
//   The reader's saved passages are never marked in a page: CSS.highlights (and the DOM) are
//   shared with the page's scripts, which could read what the reader saved (issue 10).
//   Marks, where the Highlight API is missing (markAttributes):
//     <newsfacts-mark data-kind="figure">, <newsfacts-mark data-kind="place" data-level="<shade>">,
//     and data-flash="" on the marks of the fact flashed
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

export const MARK_TAG = 'newsfacts-mark';
export const MARK_FLASH_ATTRIBUTE = 'data-flash';

export const FIGURE_MARK: Readonly<Record<string, string>> = { 'data-kind': 'figure' };
export const placeMark = (shade: ShadedLevel): Record<string, string> => ({ 'data-kind': 'place', 'data-level': shade });

/** The attributes of an annotation's marks, by which the style sheet colours them. */
export function markAttributes(annotation: Annotation): Record<string, string> {
  return annotation.kind === 'figure' ? { ...FIGURE_MARK } : placeMark(shadeOf(annotation.place.level));
}
