// One entry point for every export format, shared by the command line and the extension.
import type { CollectedItem } from '../collection/item';
import { toCsv, toFactsCsv } from './csv';
import type { PlaceLookup } from './fields';
import { toGeoJson } from './geojson';
import { toAnnotationCollection } from './jsonld';
import { toMarkdown } from './markdown';

export const EXPORT_FORMATS = ['jsonld', 'csv', 'geojson', 'md', 'facts'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File name extension and media type of each format, for downloads. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; type: string }> = {
  jsonld: { extension: 'jsonld', type: 'application/ld+json' },
  csv: { extension: 'csv', type: 'text/csv' },
  geojson: { extension: 'geojson', type: 'application/geo+json' },
  md: { extension: 'md', type: 'text/markdown' },
  facts: { extension: 'facts.csv', type: 'text/csv' },
};

export function renderExport(format: ExportFormat, items: CollectedItem[], lookup: PlaceLookup): string {
  switch (format) {
    case 'jsonld':
      return JSON.stringify(toAnnotationCollection(items, lookup), null, 2) + '\n';
    case 'csv':
      return toCsv(items, lookup);
    case 'geojson':
      return JSON.stringify(toGeoJson(items, lookup), null, 2) + '\n';
    case 'md':
      return toMarkdown(items, lookup);
    case 'facts':
      return toFactsCsv(items, lookup);
  }
}
