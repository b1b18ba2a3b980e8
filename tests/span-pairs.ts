// How the scoring tests pair their gold with what the engine found, as ../shared/eval/score.mjs
// does: one to one, strictly by identical offsets, or loosely by an overlap of at least half the
// two spans' union; and when a gold value counts as the one found.

interface Span {
  start: number;
  end: number;
}

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Gold and found spans paired one to one: by equal offsets (`strict`), or by the largest overlap of at least half their union. */
export function pairs<G extends Span, P extends Span>(gold: G[], found: P[], strict: boolean): Array<[G, P]> {
  const used = new Set<P>();
  const out: Array<[G, P]> = [];
  for (const g of gold) {
    let best: P | undefined;
    let bestOverlap = 0;
    for (const p of found) {
      if (used.has(p)) continue;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      const union = Math.max(g.end, p.end) - Math.min(g.start, p.start);
      const ok = strict ? p.start === g.start && p.end === g.end : overlap > 0 && overlap / union >= 0.5;
      if (ok && overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    if (best) {
      used.add(best);
      out.push([g, best]);
    }
  }
  return out;
}

/** Whether a found value is the gold one: numbers equal up to rounding, anything else as text; no gold value is no claim. */
export const sameValue = (gold: unknown, found: unknown): boolean =>
  gold === undefined || (typeof gold === 'number' && typeof found === 'number' ? Math.abs(gold - found) <= 1e-9 * Math.max(1, Math.abs(gold)) : String(gold) === String(found));
