// The figures of a page as the popup lists them: by type, one entry per distinct normalised value
// (the same 3642.40亿元 named three times is one entry with three mentions), in page order.
import type { Figure, FigureType } from '../annotation';
import type { PageItem } from '../messaging/protocol';

export interface FigureEntry {
  /** The text of the first mention. */
  text: string;
  figure: Figure;
  count: number;
  revealId: number;
}

export interface FigureGroup {
  type: FigureType;
  entries: FigureEntry[];
}

/** The order of the groups: what regional news is mostly about first. */
export const FIGURE_TYPES: readonly FigureType[] = ['money', 'percent', 'count', 'quantity', 'rank', 'date', 'year', 'duration', 'ratio', 'other'];

const sameValueKey = ({ type, value, high, unit, approx }: Figure): string => JSON.stringify([type, value, high, unit, approx]);

/** The popup's view of a page's figures, from its items in page order. */
export function groupFigures(items: PageItem[]): FigureGroup[] {
  const byType = new Map<FigureType, Map<string, FigureEntry>>();
  for (const { id, annotation } of items) {
    if (annotation.kind !== 'figure') continue;
    const entries = byType.get(annotation.figure.type) ?? new Map<string, FigureEntry>();
    byType.set(annotation.figure.type, entries);
    const key = sameValueKey(annotation.figure);
    const entry = entries.get(key) ?? { text: annotation.text, figure: annotation.figure, count: 0, revealId: id };
    entry.count += 1;
    entries.set(key, entry);
  }
  return FIGURE_TYPES.flatMap((type) => {
    const entries = byType.get(type);
    return entries ? [{ type, entries: [...entries.values()] }] : [];
  });
}
