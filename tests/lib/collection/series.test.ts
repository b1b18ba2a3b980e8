// One measure of one place over periods: what the collection's chart plots.
import { describe, expect, it } from 'vitest';
import { defaultSeries, factSeries } from '../../../lib/collection/series';
import { seriesSeed } from '../../fixtures/collection/seed';

const { items } = seriesSeed();
const WEIFANG = '370700000000';

describe('the series of a collection', () => {
  const series = factSeries(items);
  const gdp = series.find((s) => s.placeKey === WEIFANG && s.measure === '地区生产总值')!;

  it('groups figures by measure, place and unit, periods in order (a quarter and a half before their year)', () => {
    expect(gdp.unit).toBe('CNY');
    expect(gdp.points.map((p) => p.period)).toEqual(['2022', '2023-Q1', '2023-H1', '2023']);
    expect(gdp.points.map((p) => p.values.map((v) => v.value))).toEqual([[730.6e9], [172.2e9], [365e9, 360.5e9], [760.6e9]]);
    // 寿光市's 地区生产总值 is another place's series
    expect(series.find((s) => s.measure === '地区生产总值' && s.placeName === '寿光市')!.points).toHaveLength(1);
  });

  it('keeps both values of a period that two pages give differently, and marks it', () => {
    const half = gdp.points.find((p) => p.period === '2023-H1')!;
    expect(half.conflict).toBe(true);
    expect(half.values.map((v) => v.items.map((item) => item.site))).toEqual([['wfrb.example.cn'], ['wfwb.example.cn']]);
    // two pages giving the same growth rate agree: one value, two sources
    const growth = series.find((s) => s.placeKey === WEIFANG && s.measure === '同比增长')!.points.find((p) => p.period === '2023-H1')!;
    expect(growth).toMatchObject({ conflict: false, values: [{ value: 5.6 }] });
    expect(growth.values[0].items).toHaveLength(2);
  });

  it('opens on the most frequent measure and place with two periods (of a place when given), figures standing alone before rates of them', () => {
    expect(defaultSeries(series)).toBe(gdp);
    // a place of one period opens on its own series; a place without any on the collection's
    expect(defaultSeries(series, '370783000000')).toMatchObject({ placeName: '寿光市', measure: '地区生产总值' });
    expect(defaultSeries(series, '110000000000')).toBe(gdp);
    expect(defaultSeries([])).toBeUndefined();
  });

  it('leaves out figures without a measure, place or period, and dates', () => {
    const counted = series.reduce((n, s) => n + s.count, 0);
    const facts = items.filter((i) => i.annotation?.kind === 'figure' && typeof i.annotation.figure.value === 'number' && i.fact?.measure && i.fact.subject && i.fact.period);
    expect(counted).toBe(facts.length);
    expect(series.some((s) => s.type === 'date' || s.type === 'year')).toBe(false);
  });
});
