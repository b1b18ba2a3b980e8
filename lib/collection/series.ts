// One measure of one place over periods, what the collection view charts: 潍坊市's 地区生产总值 in
// 2022, 2023-Q1, 2023-H1 and 2023, from the facts saved with the figures (their measure, subject
// and period), not every figure of a type. A series holds one unit, so its values compare; two
// pages that give one period different values are both kept, and the period is marked.
import type { FigureType } from '../annotation';
import { periodDays } from '../chart/scale';
import { measureKey, type CollectedItem } from './item';
import { appendTo } from '../util/multimap';

/** One value of a period and the pages that give it. */
export interface SeriesValue {
  value: number;
  items: CollectedItem[];
}

export interface SeriesPoint {
  period: string;
  /** The period's distinct values, the one most pages give first. */
  values: SeriesValue[];
  /** Pages give the period different values. */
  conflict: boolean;
}

export interface FactSeries {
  /** Measure, place, type and unit: what makes figures one series. */
  key: string;
  /** The place's division code, or its name when it has none. */
  placeKey: string;
  placeName: string;
  /** The measure as the first page words it. */
  measure: string;
  type: FigureType;
  unit?: string;
  /** In period order: earlier start first, from one start the shorter period first. */
  points: SeriesPoint[];
  /** How many figures the series holds. */
  count: number;
  /** Its figures are rates or shares (同比增长 of 地区生产总值, a percentage). */
  rates: boolean;
}

const byPeriod = (a: SeriesPoint, b: SeriesPoint): number => {
  const [x, y] = [periodDays(a.period)!, periodDays(b.period)!];
  return x[0] - y[0] || x[1] - y[1];
};

/**
 * The collection's series: figures with a numeric value, a measure, a subject and a period of a
 * year, grouped by measure, place, type and unit. The most figures first; from equal counts a
 * series of figures that stand alone before one of rates, then more periods first.
 */
export function factSeries(items: readonly CollectedItem[]): FactSeries[] {
  const groups = new Map<string, FactSeries & { byPeriod: Map<string, Map<number, CollectedItem[]>> }>();
  for (const item of items) {
    const a = item.annotation;
    const fact = item.fact;
    if (a?.kind !== 'figure' || typeof a.figure.value !== 'number' || a.figure.high !== undefined) continue;
    if (!fact?.measure || !fact.subject || !fact.period || !periodDays(fact.period)) continue;
    const { type, unit, value } = a.figure;
    const placeKey = fact.subject.code ?? fact.subject.name;
    const key = [measureKey(fact.measure), placeKey, type, unit ?? ''].join('\u0000');
    const group = groups.get(key) ?? { key, placeKey, placeName: fact.subject.name, measure: fact.measure, type, unit, points: [], count: 0, rates: true, byPeriod: new Map() };
    group.count++;
    group.rates &&= a.figure.qualifies !== undefined || type === 'percent';
    const values = group.byPeriod.get(fact.period) ?? new Map<number, CollectedItem[]>();
    appendTo(values, value, item);
    group.byPeriod.set(fact.period, values);
    groups.set(key, group);
  }
  const series = [...groups.values()].map(({ byPeriod: periods, ...group }): FactSeries => {
    const points = [...periods].map(([period, values]): SeriesPoint => ({
      period,
      values: [...values].map(([value, pages]) => ({ value, items: pages })).sort((a, b) => b.items.length - a.items.length),
      conflict: values.size > 1,
    }));
    return { ...group, points: points.sort(byPeriod) };
  });
  return series.sort((a, b) => b.count - a.count || Number(a.rates) - Number(b.rates) || b.points.length - a.points.length || a.key.localeCompare(b.key));
}

/**
 * The series a chart opens on: among the series of `placeKey` when it has any, else among all, the
 * first of at least two periods, else the first.
 */
export function defaultSeries(series: readonly FactSeries[], placeKey?: string): FactSeries | undefined {
  const ofPlace = series.filter((s) => s.placeKey === placeKey);
  const list = ofPlace.length > 0 ? ofPlace : series;
  return list.find((s) => s.points.length > 1) ?? list[0];
}
