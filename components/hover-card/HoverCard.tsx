// The hover card of one fact: a figure's or a place's view, and the places opened from it (a
// place's ancestors, a figure's place), with a way back. It sits beside the fact's text, never
// over it, and follows the text when the page scrolls.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageFact } from '../../lib/page/facts';
import { guarded } from '../../lib/page/guard';
import { FigureView } from './FigureView';
import { PlaceView, type Lookup } from './PlaceView';
import { placeCard } from './position';

export interface HoverCardProps {
  fact: PageFact;
  dark: boolean;
  lookup: Lookup;
  mentions(code: string): number;
  /** Moves the keyboard focus into the card once it is shown (opened from the keyboard). */
  focus: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

// Puts the card beside the fact's text as it is laid out now.
function position(card: HTMLElement, fact: PageFact): void {
  const lines = [...fact.range.getClientRects()];
  if (lines.length === 0) return;
  card.style.maxHeight = '';
  const view = card.ownerDocument.defaultView!;
  const placement = placeCard(lines, { width: card.offsetWidth, height: card.offsetHeight }, { width: view.innerWidth, height: view.innerHeight });
  card.style.left = `${placement.left}px`;
  card.style.top = `${placement.top}px`;
  card.style.maxHeight = `${placement.maxHeight}px`;
  card.dataset.side = placement.side;
}

export function HoverCard({ fact, dark, lookup, mentions, focus, onClose, onPointerEnter, onPointerLeave }: HoverCardProps) {
  // Codes of the places opened from the fact, the last one shown; empty shows the fact itself.
  const [opened, setOpened] = useState<string[]>([]);
  const card = useRef<HTMLDivElement>(null);
  const openPlace = (code: string) => setOpened([...opened, code]);
  const back = () => setOpened(opened.slice(0, -1));

  // After every render (the content and so the size change as facts arrive), and on scroll.
  useLayoutEffect(() => {
    const element = card.current!;
    const view = element.ownerDocument.defaultView!;
    const follow = guarded(() => position(element, fact));
    follow();
    view.addEventListener('scroll', follow, { capture: true, passive: true });
    view.addEventListener('resize', follow, { passive: true });
    return () => {
      view.removeEventListener('scroll', follow, { capture: true });
      view.removeEventListener('resize', follow);
    };
  });
  useLayoutEffect(() => {
    if (focus) card.current!.focus({ preventScroll: true });
  }, [focus]);

  const { annotation } = fact;
  const code = opened[opened.length - 1];
  let view;
  if (code) {
    view = <PlaceView key={code} code={code} lookup={lookup} mentions={mentions} onOpenPlace={openPlace} onBack={back} onClose={onClose} />;
  } else if (annotation.kind === 'figure') {
    view = <FigureView annotation={annotation} place={fact.place} onOpenPlace={openPlace} onClose={onClose} />;
  } else {
    view = <PlaceView place={annotation.place} lookup={lookup} mentions={mentions} onOpenPlace={openPlace} onClose={onClose} />;
  }
  return (
    <div
      ref={card}
      class={dark ? 'card dark' : 'card'}
      role="dialog"
      aria-label={`NewsFacts: ${annotation.text}`}
      tabIndex={-1}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      {view}
    </div>
  );
}
