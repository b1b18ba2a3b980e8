// The popup's table of the page's facts: one row per figure that is not a time, with the place,
// period and measure it states and its value, in document order; sorted by a column on request,
// and written as CSV or Markdown for the clipboard.
import Papa from 'papaparse';
import { periodWords } from '../format/figure-words';
import type { UiLang } from '../i18n';
import type { PageItem } from '../messaging/protocol';

export const FACT_TABLE_COLUMNS = ['place', 'period', 'measure', 'value'] as const;
export type FactColumn = (typeof FACT_TABLE_COLUMNS)[number];

export interface FactTableRow {
  /** The item's id, to reveal it on the page. */
  id: number;
  /** Where in the page it is: the rows' first order. */
  order: number;
  place: string;
  period: string;
  /** The period as the contract writes it, which sorts in time order. */
  periodValue: string;
  measure: string;
  /** The figure's text with the rates that qualify it (412.6亿元 · 同比增长 9.3%). */
  value: string;
  /** The figure's number, for sorting by value. */
  number: number | undefined;
}

/** The rows of the page's figures that are facts (not dates or years), in document order. */
export function factRows(items: PageItem[], lang: UiLang): FactTableRow[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows: FactTableRow[] = [];
  items.forEach(({ id, annotation, rates }, order) => {
    if (annotation.kind !== 'figure' || annotation.figure.type === 'date' || annotation.figure.type === 'year') return;
    if (annotation.figure.qualifies && items.some((other) => other.rates?.includes(id))) return; // shown with its figure
    const { subject, period, measure, value } = annotation.figure;
    const rateTexts = (rates ?? []).flatMap((rateId) => {
      const rate = byId.get(rateId)?.annotation;
      return rate?.kind === 'figure' ? [rate.figure.measure ? `${rate.figure.measure.text} ${rate.text}` : rate.text] : [];
    });
    rows.push({
      id,
      order,
      place: subject?.name ?? '',
      period: period ? periodWords(period, lang) : '',
      periodValue: period ?? '',
      measure: measure?.text ?? '',
      value: [annotation.text, ...rateTexts].join(' · '),
      number: typeof value === 'number' ? value : undefined,
    });
  });
  return rows;
}

const compareText = (a: string, b: string) => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'zh'));

/** The rows sorted by `column` (empty cells last), ties in document order; `descending` reverses. */
export function sortRows(rows: FactTableRow[], column: FactColumn | undefined, descending = false): FactTableRow[] {
  if (!column) return [...rows].sort((a, b) => a.order - b.order);
  const key = (row: FactTableRow) => (column === 'period' ? row.periodValue : row[column]);
  const compare = (a: FactTableRow, b: FactTableRow): number => {
    if (column === 'value' && a.number !== undefined && b.number !== undefined && a.number !== b.number) return a.number - b.number;
    return compareText(key(a), key(b));
  };
  return [...rows].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || a.order - b.order);
}

const cells = (row: FactTableRow) => FACT_TABLE_COLUMNS.map((column) => row[column]);

/** The rows as CSV under the given column headings. */
export const rowsAsCsv = (rows: FactTableRow[], headings: string[]): string => Papa.unparse({ fields: headings, data: rows.map(cells) }, { newline: '\n' }) + '\n';

const markdownCell = (s: string) => s.replace(/[\\|]/g, (c) => `\\${c}`).replace(/\n+/g, ' ');

/** The rows as a Markdown table under the given column headings. */
export function rowsAsMarkdown(rows: FactTableRow[], headings: string[]): string {
  const line = (values: string[]) => `| ${values.map(markdownCell).join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n') + '\n';
}
