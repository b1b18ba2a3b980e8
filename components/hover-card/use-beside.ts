// Keeps an in-page card or dialog beside a passage's text, never over it: placed after every
// render (its content and so its size change) and whenever the page scrolls or resizes.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { guarded } from '../../lib/page/guard';
import { placeCard } from './position';

// Puts the element beside the range's text as it is laid out now.
function position(element: HTMLElement, range: Range): void {
  const lines = [...range.getClientRects()];
  if (lines.length === 0) return;
  element.style.maxHeight = '';
  const view = element.ownerDocument.defaultView!;
  const placement = placeCard(lines, { width: element.offsetWidth, height: element.offsetHeight }, { width: view.innerWidth, height: view.innerHeight });
  element.style.left = `${placement.left}px`;
  element.style.top = `${placement.top}px`;
  element.style.maxHeight = `${placement.maxHeight}px`;
  element.dataset.side = placement.side;
}

export function useBeside(ref: RefObject<HTMLElement | null>, range: Range): void {
  useLayoutEffect(() => {
    const element = ref.current!;
    const view = element.ownerDocument.defaultView!;
    const follow = guarded(() => position(element, range));
    follow();
    view.addEventListener('scroll', follow, { capture: true, passive: true });
    view.addEventListener('resize', follow, { passive: true });
    return () => {
      view.removeEventListener('scroll', follow, { capture: true });
      view.removeEventListener('resize', follow);
    };
  });
}
