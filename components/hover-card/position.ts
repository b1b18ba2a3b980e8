// Where the hover card goes: beside the fact's text, never over it. Below its last line when
// the card fits there, else above its first line, else on the side with more room (the card
// then scrolls within that room); moved sideways to stay in the viewport.

export interface Box {
  left: number;
  top: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** The room on the chosen side: the card's maximum height. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Space between the text and the card, and between the card and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;

/** Places a card of `card` size next to the text whose line boxes are `lines` (top to bottom). */
export function placeCard(lines: Box[], card: Size, viewport: Size): CardPlacement {
  const first = lines[0];
  const last = lines[lines.length - 1];
  const below = viewport.height - MARGIN - (last.bottom + GAP);
  const above = first.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const maxHeight = Math.max(side === 'below' ? below : above, 0);
  const height = Math.min(card.height, maxHeight);
  const line = side === 'below' ? last : first;
  const left = Math.max(MARGIN, Math.min(line.left, viewport.width - MARGIN - card.width));
  const top = side === 'below' ? last.bottom + GAP : first.top - GAP - height;
  return { left, top, maxHeight, side };
}
