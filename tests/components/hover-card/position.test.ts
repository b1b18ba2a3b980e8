import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard } from '../../../components/hover-card/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const line = (left: number, top: number, height = 20) => ({ left, top, bottom: top + height });

describe('placeCard', () => {
  it('goes below the last line when the card fits there', () => {
    expect(placeCard([line(100, 100), line(40, 120)], card, viewport)).toEqual({ left: 40, top: 140 + GAP, maxHeight: 800 - MARGIN - 140 - GAP, side: 'below' });
  });

  it('goes above the first line near the bottom of the viewport, never over the text', () => {
    const placement = placeCard([line(100, 650), line(40, 670)], card, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top + card.height).toBe(650 - GAP);
    expect(placement.left).toBe(100);
  });

  it('takes the side with more room when it fits on neither, and scrolls within it', () => {
    const placement = placeCard([line(10, 300)], { width: 300, height: 700 }, viewport);
    expect(placement.side).toBe('below');
    expect(placement.top).toBe(320 + GAP);
    expect(placement.maxHeight).toBe(800 - MARGIN - 320 - GAP);
  });

  it('stays inside the viewport sideways', () => {
    expect(placeCard([line(900, 100)], card, viewport).left).toBe(1000 - MARGIN - 300);
    expect(placeCard([line(-50, 100)], card, viewport).left).toBe(MARGIN);
  });
});
