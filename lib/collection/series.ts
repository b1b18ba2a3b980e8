// The figures a collection holds about one place and one measure, over time: what the
// collection view charts (淄博市's money figures in CNY by publication date).
import type { FigureType } from '../annotation';
import type { CollectedItem } from './item';
import { itemDate, itemPlaceCode, regionPrefix } from './query';

export interface SeriesPoint {
  date: string;
  value: number;
  item: CollectedItem;
}

/** Numeric figures of `type` in `unit` about the place (or inside it), oldest first. */
export function figureSeries(items: CollectedItem[], placeCode: string, type: FigureType, unit?: string): SeriesPoint[] {
  const prefix = regionPrefix(placeCode);
  const points: SeriesPoint[] = [];
  for (const item of items) {
    const a = item.annotation;
    if (a?.kind !== 'figure' || a.figure.type !== type || typeof a.figure.value !== 'number') continue;
    if (unit !== undefined && a.figure.unit !== unit) continue;
    if (!(itemPlaceCode(item) ?? '').startsWith(prefix)) continue;
    points.push({ date: itemDate(item), value: a.figure.value, item });
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
