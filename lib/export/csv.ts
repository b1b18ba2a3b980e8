// CSV export: one row per collected item, with the columns a spreadsheet user expects first.
import Papa from 'papaparse';
import type { CollectedItem } from '../collection/item';
import { itemFields, type PlaceLookup } from './fields';

export const CSV_COLUMNS = ['url', 'title', 'date', 'kind', 'text', 'type', 'value', 'unit', 'place_code', 'full_path', 'note', 'tags', 'high', 'approx', 'saved_at'] as const;

/** One item's cells, in the order of CSV_COLUMNS (the command line streams rows of these). */
export function csvRow(item: CollectedItem, lookup: PlaceLookup): string[] {
  const f = itemFields(item, lookup);
  return [item.url, item.title, item.published ?? '', f.kind, item.text, f.type, f.value, f.unit, f.placeCode, f.path, item.note ?? '', item.tags.join('; '), f.high, f.approx ? 'true' : '', item.savedAt];
}

export function toCsv(items: CollectedItem[], lookup: PlaceLookup): string {
  const rows = items.map((item) => csvRow(item, lookup));
  // A byte-order mark so spreadsheet programs read the Chinese text as UTF-8.
  return '\ufeff' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}
