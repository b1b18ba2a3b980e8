// The hover card of one fact: a figure's or a place's view, and the places opened from it (a
// place's ancestors, a figure's place), with a way back. It sits beside the fact's text, never
// over it, and follows the text when the page scrolls.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageFact } from '../../lib/page/facts';
import { useT } from '../i18n';
import { FigureView } from './FigureView';
import type { LinkedItems } from './LinkedFacts';
import { PlaceView, type Lookup } from './PlaceView';
import { SaveForm, type SaveItem } from './SaveForm';
import { useBeside } from './use-beside';

export interface HoverCardProps {
  fact: PageFact;
  dark: boolean;
  lookup: Lookup;
  mentions(code: string): number;
  /** The reader's items about a place, from other pages. */
  linked: LinkedItems;
  /** Whether the fact is in the collection already. */
  saved: boolean;
  onSave: SaveItem;
  /** The reader began saving: the card stays until closed. */
  onPin(): void;
  /** Moves the keyboard focus into the card once it is shown (opened from the keyboard). */
  focus: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

// Saving the fact shown: a button that opens the note and tags form, or "Saved".
function SaveFact({ saved, onSave, onPin }: Pick<HoverCardProps, 'saved' | 'onSave' | 'onPin'>) {
  const { t } = useT();
  const [editing, setEditing] = useState(false);
  if (saved) return <p class="note">✓ {t('save.saved')}</p>;
  if (editing) return <SaveForm onSave={onSave} />;
  const edit = () => {
    onPin();
    setEditing(true);
  };
  return (
    <p class="note">
      <button type="button" onClick={edit}>
        {t('save.save')}
      </button>
    </p>
  );
}

/** The card's controls that Tab moves between. */
const FOCUSABLE = 'button, input, a[href]';

// Keeps Tab inside the card once the focus is in it: from the last control (Save) back to the
// first, and Shift+Tab the other way, instead of leaving for the page's top.
function keepTabInside(event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const card = event.currentTarget as HTMLElement;
  const controls = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (controls.length === 0) return;
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  const [first, last] = [controls[0], controls[controls.length - 1]];
  const wrapTo = event.shiftKey ? (active === first || active === card ? last : undefined) : active === last ? first : undefined;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

export function HoverCard({ fact, dark, lookup, mentions, linked, saved, onSave, onPin, focus, onClose, onPointerEnter, onPointerLeave }: HoverCardProps) {
  // Codes of the places opened from the fact, the last one shown; empty shows the fact itself.
  const [opened, setOpened] = useState<string[]>([]);
  const card = useRef<HTMLDivElement>(null);
  const openPlace = (code: string) => setOpened([...opened, code]);
  const back = () => setOpened(opened.slice(0, -1));

  useBeside(card, fact.range);
  useLayoutEffect(() => {
    if (focus) card.current!.focus({ preventScroll: true });
  }, [focus]);

  const { annotation } = fact;
  const code = opened[opened.length - 1];
  let view;
  if (code) {
    view = <PlaceView key={code} code={code} lookup={lookup} mentions={mentions} linked={linked} onOpenPlace={openPlace} onBack={back} onClose={onClose} />;
  } else if (annotation.kind === 'figure') {
    view = <FigureView annotation={annotation} rates={(fact.rates ?? []).map((rate) => rate.annotation).filter((a) => a.kind === 'figure')} onOpenPlace={openPlace} onClose={onClose} />;
  } else {
    view = <PlaceView place={annotation.place} lookup={lookup} mentions={mentions} linked={linked} onOpenPlace={openPlace} onClose={onClose} />;
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
      onKeyDown={keepTabInside}
    >
      {view}
      {!code && <SaveFact saved={saved} onSave={onSave} onPin={onPin} />}
    </div>
  );
}
