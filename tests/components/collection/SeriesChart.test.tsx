// @vitest-environment happy-dom
// The collection's chart: one measure of one place over periods, in period order, the reader
// choosing the place and the measure; values that pages give differently are all drawn and marked.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SeriesChart } from '../../../components/collection/SeriesChart';
import { LanguageContext } from '../../../components/i18n';
import type { UiLang } from '../../../lib/i18n';
import { collectionSeed, seriesSeed } from '../../fixtures/collection/seed';

const { items } = seriesSeed();
afterEach(cleanup);

const inLanguage = (lang: UiLang, children: ComponentChildren) => render(<LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>);
const chart = (lang: UiLang, list = items, placeCode?: string) => inLanguage(lang, <SeriesChart items={list} placeCode={placeCode} width={400} height={260} />);
const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
const selected = (label: string) => select(label).selectedOptions[0].textContent;

describe('the chart', () => {
  it('opens on the measure and place with the most figures over two periods or more, periods in order', () => {
    chart('zh');
    expect(selected('图中地区')).toBe('潍坊市');
    expect(selected('指标')).toBe('地区生产总值 (CNY) · 4 个时期');
    const svg = screen.getByTestId('chart');
    expect(svg.querySelector('title')!.textContent).toBe('潍坊市的地区生产总值 (CNY)（按时期）');
    expect([...svg.querySelectorAll('.axis.x text')].map((t) => t.textContent)).toEqual(['2022', '2023年第1季度', '2023年上半年', '2023']);
    // one dot per value, left to right in period order
    const dots = [...svg.querySelectorAll('circle.point')];
    expect(dots.map((c) => c.getAttribute('data-period'))).toEqual(['2022', '2023-Q1', '2023-H1', '2023-H1', '2023']);
    const xs = dots.map((c) => Number(c.getAttribute('cx')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('draws both values of a period that two pages give differently, ringed, and lists them with their sources', () => {
    chart('zh');
    const conflicting = [...screen.getByTestId('chart').querySelectorAll('circle.conflict')];
    expect(conflicting.map((c) => c.getAttribute('data-period'))).toEqual(['2023-H1', '2023-H1']);
    expect(new Set(conflicting.map((c) => c.getAttribute('cy'))).size).toBe(2);
    const listed = screen.getByTestId('chart-conflicts').textContent!;
    for (const part of ['2023年上半年', '潍坊上半年经济数据', '晚报：潍坊上半年GDP']) expect(listed).toContain(part);
  });

  it("lets the reader choose another measure of the place, and another place; a place's own series comes first when filtered", () => {
    chart('en');
    const growth = [...select('Measure').options].find((o) => o.textContent!.startsWith('同比增长'))!;
    fireEvent.change(select('Measure'), { target: { value: growth.value } });
    expect(screen.getByTestId('chart-axis-title').textContent).toBe('潍坊市 · 同比增长 (%)');
    expect(screen.getByTestId('chart').querySelector('.axis.y text')!.textContent).toMatch(/%$/);
    expect(screen.queryByTestId('chart-conflicts')).toBeNull();
    fireEvent.change(select('Place charted'), { target: { value: '370783000000' } });
    expect(screen.getByTestId('chart-one-period').textContent).toBe('The figures of 地区生产总值 about 寿光市 are all of one period, Q1 2023: a chart needs two periods or more.');
    cleanup();
    chart('en', items, '370783000000');
    expect(selected('Place charted')).toBe('寿光市');
  });

  it('says so when no figure has a measure, a place and a period', () => {
    chart('en', collectionSeed().items.filter((i) => !i.fact?.period));
    expect(screen.getByText('No saved figure has a measure, a place and a period yet: nothing to chart.')).toBeTruthy();
  });
});
