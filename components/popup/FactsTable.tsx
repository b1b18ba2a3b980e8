// The page's facts as a table: place, period, measure and value of each figure, in document order
// or sorted by a column (its heading toggles the order), each row revealing its figure on the
// page, and copied with one click as CSV or Markdown for a spreadsheet or a note.
import { useMemo, useState } from 'preact/hooks';
import type { PageItem } from '../../lib/messaging/protocol';
import { FACT_TABLE_COLUMNS, factRows, rowsAsCsv, rowsAsMarkdown, sortRows, type FactColumn } from '../../lib/summary/facts-table';
import { useT } from '../i18n';

interface Props {
  items: PageItem[];
  onReveal(id: number): void;
  onCopy(text: string): Promise<void>;
}

export function FactsTable({ items, onReveal, onCopy }: Props) {
  const { lang, t } = useT();
  const [sort, setSort] = useState<{ column?: FactColumn; descending: boolean }>({ descending: false });
  const [copied, setCopied] = useState<'csv' | 'md' | 'failed' | undefined>();
  const rows = useMemo(() => sortRows(factRows(items, lang), sort.column, sort.descending), [items, lang, sort]);
  if (rows.length === 0) return null;
  const headings = FACT_TABLE_COLUMNS.map((column) => t(`facts.${column}`));
  const toggle = (column: FactColumn) => setSort((s) => (s.column === column ? { column, descending: !s.descending } : { column, descending: false }));
  const copy = (format: 'csv' | 'md') =>
    onCopy(format === 'csv' ? rowsAsCsv(rows, headings) : rowsAsMarkdown(rows, headings)).then(
      () => setCopied(format),
      () => setCopied('failed'),
    );
  return (
    <section aria-labelledby="facts-heading" data-testid="facts-table">
      <h2 id="facts-heading">{t('facts.heading')}</h2>
      <div class="facts-actions">
        <button type="button" class="link" onClick={() => copy('csv')}>
          {t('facts.copyCsv')}
        </button>
        <button type="button" class="link" onClick={() => copy('md')}>
          {t('facts.copyMarkdown')}
        </button>
        {copied && (
          <span class="status" role="status">
            {t(copied === 'failed' ? 'facts.copyFailed' : 'facts.copied')}
          </span>
        )}
      </div>
      <table class="facts">
        <thead>
          <tr>
            {FACT_TABLE_COLUMNS.map((column, i) => (
              <th key={column} aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" onClick={() => toggle(column)}>
                  {headings[i]}
                  {sort.column === column ? (sort.descending ? ' ↓' : ' ↑') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.place}</td>
              <td>{row.period}</td>
              <td>{row.measure}</td>
              <td>
                <button type="button" class="link" title={t('popup.reveal', { text: row.value })} onClick={() => onReveal(row.id)}>
                  {row.value}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
