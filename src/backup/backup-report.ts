/** What the backup and restore commands print: a line per table as it is copied, then one sentence. */
import type { BackupResult } from './backup-format.ts';

const count = (n: number) => n.toLocaleString('en-GB');

/** `people: 12,345 rows` */
export function progressLine(table: string, rows: number): string {
  return `${table}: ${count(rows)} ${rows === 1 ? 'row' : 'rows'}`;
}

/** `Backed up 14,321 rows in 27 tables to /path/file.` */
export function resultSentence(result: BackupResult, done: 'Backed up' | 'Restored'): string {
  const tables = Object.keys(result.tables).length;
  return `${done} ${count(result.rows)} rows in ${tables} tables ${done === 'Backed up' ? 'to' : 'from'} ${result.file}.`;
}

/** Progress goes to stderr, so stdout stays the result alone (and valid JSON with --json). */
export function printProgress(table: string, rows: number): void {
  console.error(progressLine(table, rows));
}
