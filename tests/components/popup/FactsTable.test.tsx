// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactsTable } from '../../../components/popup/FactsTable';
import { LanguageContext } from '../../../components/i18n';
import type { PageItem } from '../../../lib/messaging/protocol';

// 一季度，全市完成投资412.6亿元，同比增长9.3%。2023年，淄川区接待游客310万人次。
const ITEMS: PageItem[] = [
  { id: 1, annotation: { kind: 'figure', start: 0, end: 3, text: '一季度', figure: { type: 'date', value: '2023-Q1', approx: false } } },
  {
    id: 2,
    rates: [3],
    annotation: {
      kind: 'figure', start: 10, end: 18, text: '412.6亿元',
      figure: { type: 'money', value: 41260000000, unit: 'CNY', approx: false, measure: { text: '完成投资', start: 6, end: 10 }, subject: { code: '370300000000', name: '淄博市', via: 'title' }, period: '2023-Q1' },
    },
  },
  { id: 3, annotation: { kind: 'figure', start: 23, end: 27, text: '9.3%', figure: { type: 'percent', value: 9.3, unit: '%', approx: false, measure: { text: '同比增长', start: 19, end: 23 }, qualifies: { start: 10, end: 18, relation: 'change' } } } },
  { id: 4, annotation: { kind: 'place', start: 34, end: 37, text: '淄川区', place: { name: '淄川区', level: 'county', code: '370302000000' } } },
  {
    id: 5,
    annotation: {
      kind: 'figure', start: 41, end: 47, text: '310万人次',
      figure: { type: 'count', value: 3100000, unit: '人次', approx: false, measure: { text: '接待游客', start: 37, end: 41 }, subject: { code: '370302000000', name: '淄川区', via: 'sentence' }, period: '2023' },
    },
  },
];

afterEach(cleanup);

function show() {
  const props = { onReveal: vi.fn(), onCopy: vi.fn(async (_text: string) => undefined) };
  render(
    <LanguageContext.Provider value="en">
      <FactsTable items={ITEMS} {...props} />
    </LanguageContext.Provider>,
  );
  return props;
}

const rows = () => [...screen.getByTestId('facts-table').querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('the popup’s facts table', () => {
  it('has a row per figure that is a fact, in document order: place, period, measure, value with its rates', () => {
    show();
    expect(rows()).toEqual([
      ['淄博市', 'Q1 2023', '完成投资', '412.6亿元 · 同比增长 9.3%'],
      ['淄川区', '2023', '接待游客', '310万人次'],
    ]);
  });

  it('sorts by a column when its heading is clicked, and reverses on a second click', () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Value' }));
    expect(rows().map((r) => r[3])).toEqual(['310万人次', '412.6亿元 · 同比增长 9.3%']);
    fireEvent.click(screen.getByRole('button', { name: 'Value ↑' }));
    expect(rows().map((r) => r[3])).toEqual(['412.6亿元 · 同比增长 9.3%', '310万人次']);
    expect(screen.getByRole('columnheader', { name: 'Value ↓' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('copies the table as CSV or Markdown in one click, and reveals a figure from its value', async () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Copy as CSV' }));
    expect(props.onCopy).toHaveBeenLastCalledWith('Place,Period,Measure,Value\n淄博市,Q1 2023,完成投资,412.6亿元 · 同比增长 9.3%\n淄川区,2023,接待游客,310万人次\n');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied.'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(props.onCopy.mock.lastCall![0]).toContain('| 淄博市 | Q1 2023 | 完成投资 | 412.6亿元 · 同比增长 9.3% |');
    fireEvent.click(within(screen.getByTestId('facts-table')).getByRole('button', { name: '310万人次' }));
    expect(props.onReveal).toHaveBeenCalledWith(5);
  });
});
