// CSV export: one row per collected item, with the columns a spreadsheet user expects first.
import Papa from 'papaparse';
import type { CollectedItem } from '../collection/item';
import { itemFields, type PlaceLookup } from './fields';

// A figure's fact comes after the columns earlier versions wrote, so scripts reading those by position still work.
export const CSV_COLUMNS = ['url', 'title', 'date', 'kind', 'text', 'type', 'value', 'unit', 'place_code', 'full_path', 'note', 'tags', 'high', 'approx', 'saved_at', 'sentence', 'measure', 'subject_code', 'subject_path', 'period'] as const;

/** The columns of the tidy table of facts (`--format facts`): one row per figure, what it is about first. */
export const FACT_COLUMNS = ['subject_code', 'subject_name', 'subject_path', 'subject_via', 'period', 'measure', 'text', 'type', 'value', 'high', 'unit', 'approx', 'rates', 'sentence', 'url', 'title', 'date'] as const;

// A byte-order mark so spreadsheet programs read the Chinese text as UTF-8.
const csv = (fields: readonly string[], data: string[][]): string => '\ufeff' + Papa.unparse({ fields: [...fields], data }, { newline: '\n' }) + '\n';

/** One item's cells, in the order of CSV_COLUMNS (the command line streams rows of these). */
export function csvRow(item: CollectedItem, lookup: PlaceLookup): string[] {
  const f = itemFields(item, lookup);
  return [item.url, item.title, item.published ?? '', f.kind, item.text, f.type, f.value, f.unit, f.placeCode, f.path, item.note ?? '', item.tags.join('; '), f.high, f.approx ? 'true' : '', item.savedAt, f.sentence, f.measure, f.subjectCode, f.subjectPath, f.period];
}

export function toCsv(items: CollectedItem[], lookup: PlaceLookup): string {
  return csv(CSV_COLUMNS, items.map((item) => csvRow(item, lookup)));
}

/** The tidy CSV of facts alone: figures that are not times themselves, one row each, in the items' order. */
export function toFactsCsv(items: CollectedItem[], lookup: PlaceLookup): string {
  const rows: string[][] = [];
  for (const item of items) {
    const f = itemFields(item, lookup);
    if (f.kind !== 'figure' || f.type === 'date' || f.type === 'year') continue;
    rows.push([f.subjectCode, f.subjectName, f.subjectPath, f.subjectVia, f.period, f.measure, item.text, f.type, f.value, f.high, f.unit, f.approx ? 'true' : '', f.rates, f.sentence, item.url, item.title, item.published ?? '']);
  }
  return csv(FACT_COLUMNS, rows);
}
