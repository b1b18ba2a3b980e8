// Brings a fact into view, for the popup's reveal and for stepping from fact to fact.
import type { PageFact } from './facts';

/** Scrolls so the fact's text is in view: left alone when it is, else about a third down the viewport. */
export function scrollToFact(fact: PageFact): void {
  const view = fact.range.startContainer.ownerDocument?.defaultView;
  if (!view) return;
  const rect = fact.range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= view.innerHeight) return;
  // Scroll containers inside the page first, then the window to the exact spot.
  fact.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const now = fact.range.getBoundingClientRect();
  view.scrollBy({ top: now.top - view.innerHeight / 3, behavior: 'instant' });
}
