// The command line's output formats, in one place: what each writes for one document on a stream,
// in a file of its own (--out DIR), and once for all documents. A new format is a name in FORMATS
// and its cases below.
import Papa from 'papaparse';
import type { AnnotatedDocument } from '../lib/annotation';
import type { CollectedItem } from '../lib/collection/item';
import { CSV_COLUMNS, csvRow } from '../lib/export/csv';
import type { PlaceLookup } from '../lib/export/fields';
import { EXPORT_FILES, EXPORT_FORMATS, renderExport } from '../lib/export/render';

export const FORMATS = ['json', ...EXPORT_FORMATS] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/**
 * Where the output goes: `stream` (standard output or --output, documents in input order),
 * `single` (json of one file on the command line: one pretty-printed document), `file` (--out DIR).
 */
export type Target = 'stream' | 'single' | 'file';

/** Whether the format is written document by document on a stream; the others are one export of every document, written at the end. */
export const streams = (format: Format): boolean => format === 'json' || format === 'csv';

/** The CSV stream's columns: the export's, then the input's id (the command line's one table). */
const CSV_STREAM_COLUMNS = [...CSV_COLUMNS, 'document'];

/** What a stream starts with, before its first document. */
export function streamHeader(format: Format): string {
  // a byte-order mark, as the export writes, so spreadsheet programs read the text as UTF-8
  return format === 'csv' ? '\ufeff' + Papa.unparse([CSV_STREAM_COLUMNS], { newline: '\n' }) + '\n' : '';
}

/** The file name extension of --out DIR's files. */
export const fileExtension = (format: Format): string => (format === 'json' ? 'json' : EXPORT_FILES[format].extension);

/** One annotated document, its id, and its facts as collected items (empty for json, which does not need them). */
export interface Annotated {
  id: string;
  doc: AnnotatedDocument;
  items: CollectedItem[];
}

/** What one document adds: text to write now, or items for the export written at the end. */
export type DocumentOutput = { chunk: string } | { items: CollectedItem[] };

/** A document's rows of the CSV stream. */
function csvRows(annotated: Annotated, lookup: PlaceLookup): string {
  const rows = annotated.items.map((item) => [...csvRow(item, lookup), annotated.id]);
  return rows.length ? Papa.unparse(rows, { newline: '\n' }) + '\n' : '';
}

export function renderDocument(format: Format, target: Target, annotated: Annotated, lookup: PlaceLookup): DocumentOutput {
  const { doc } = annotated;
  if (format === 'json') return { chunk: target === 'stream' ? JSON.stringify(doc) + '\n' : JSON.stringify(doc, null, 2) + '\n' };
  if (format === 'csv') return { chunk: (target === 'file' ? streamHeader(format) : '') + csvRows(annotated, lookup) };
  if (target === 'file') return { chunk: renderExport(format, annotated.items, lookup) };
  return { items: annotated.items };
}
