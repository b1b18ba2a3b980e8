// A very long page is read from its start, and the rest once the reader nears it: this says when
// a piece of text comes near the visible part of the page, by scrolling (the window's or any
// scrolling box's) or by resizing.

import { guarded } from './guard';

/** How far below the visible part of the page, in viewport heights, text counts as near. */
const NEAR_VIEWPORTS = 2;

/**
 * Calls `then` once, when `node` is above the bottom of the viewport or within NEAR_VIEWPORTS
 * viewports below it (or has left the document); returns a function that stops waiting.
 */
export function whenNear(node: Node, then: () => void): () => void {
  const document = node.ownerDocument;
  const view = document?.defaultView;
  if (!document || !view) return () => {};
  let frame = 0;
  const stop = () => {
    document.removeEventListener('scroll', schedule, true);
    view.removeEventListener('resize', schedule);
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
  };
  const check = guarded(() => {
    frame = 0;
    const range = document.createRange();
    range.selectNode(node);
    if (node.isConnected && range.getBoundingClientRect().top > view.innerHeight * (1 + NEAR_VIEWPORTS)) return;
    stop();
    then();
  });
  // at most one look per frame, however often the page scrolls
  function schedule(): void {
    frame ||= view!.requestAnimationFrame(check);
  }
  document.addEventListener('scroll', schedule, { capture: true, passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  schedule();
  return stop;
}
