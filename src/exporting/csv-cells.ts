/** One exported row as CSV cells: dates as ISO text, lists and objects as JSON text, null as an empty cell. */
import type { ExportRow } from './entity-pages.ts';

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function csvCells(row: ExportRow, columns: string[]): string[] {
  return columns.map((c) => csvCell(row[c]));
}
