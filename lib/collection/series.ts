// The figures a collection holds about one place and one measure, over time: what the
// collection view charts (淄博市's money figures in CNY by publication date).
import type { Figure, FigureType } from '../annotation';
import type { CollectedItem } from './item';
import { itemDate, itemPlaceCode, regionPrefix } from './query';

export interface SeriesPoint {
  date: string;
  value: number;
  item: CollectedItem;
}

/** What a series measures: a figure type in one unit (money in CNY, counts of 户). */
export interface Measure {
  type: FigureType;
  unit?: string;
  /** How many numeric figures of the place it has. */
  count: number;
}

/** The items with a numeric figure about the place (or inside it), with their figures. */
function* placeFigures(items: CollectedItem[], placeCode: string): Generator<[CollectedItem, Figure & { value: number }]> {
  const prefix = regionPrefix(placeCode);
  for (const item of items) {
    const a = item.annotation;
    if (a?.kind !== 'figure' || typeof a.figure.value !== 'number') continue;
    if (!(itemPlaceCode(item) ?? '').startsWith(prefix)) continue;
    yield [item, a.figure as Figure & { value: number }];
  }
}

/** Numeric figures of `type` in `unit` about the place (or inside it), oldest first. */
export function figureSeries(items: CollectedItem[], placeCode: string, type: FigureType, unit?: string): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const [item, figure] of placeFigures(items, placeCode)) {
    if (figure.type !== type || (unit !== undefined && figure.unit !== unit)) continue;
    points.push({ date: itemDate(item), value: figure.value, item });
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The measures the place's numeric figures have, the most figures first. */
export function seriesMeasures(items: CollectedItem[], placeCode: string): Measure[] {
  const byKey = new Map<string, Measure>();
  for (const [, { type, unit }] of placeFigures(items, placeCode)) {
    const key = `${type}\u0000${unit ?? ''}`;
    const measure = byKey.get(key) ?? { type, unit, count: 0 };
    measure.count++;
    byKey.set(key, measure);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || (a.unit ?? '').localeCompare(b.unit ?? ''));
}
