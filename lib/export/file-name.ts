// The name an export is downloaded under: newsfacts-2024-05-13.csv, by the reader's local date.
import { EXPORT_FILES, type ExportFormat } from './render';

export function exportFileName(format: ExportFormat, now = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `newsfacts-${day}.${EXPORT_FILES[format].extension}`;
}
