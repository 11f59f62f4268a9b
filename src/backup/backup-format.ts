/**
 * The backup file (decision 019): gzip of NDJSON, the same for the embedded database and PostgreSQL.
 *   line 1            {"yellowpad":"backup","formatVersion":1,"appVersion","createdAt","migrations","tables"}
 *   for each table    {"table":"people","columns":["firm_id","id",…]}  then one JSON array per row
 *   last line         {"summary":{"people":{"rows":12,"checksum":"<md5>"},…}}
 * Rows are written exactly as PostgreSQL prints them (jsonb text), so numbers and timestamps never pass
 * through JavaScript values on the way out or back in.
 */
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  yellowpad: 'backup';
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  /** Names (tags) of the migrations applied to the source, oldest first. */
  migrations: string[];
  /** Every table, parents before children. */
  tables: string[];
}

export interface TableSection {
  table: string;
  columns: string[];
}

export interface TableSummary {
  rows: number;
  checksum: string;
}

export interface BackupSummary {
  summary: Record<string, TableSummary>;
}

/** What a backup or a restore reports: the file, rows per table, and the total. */
export interface BackupResult {
  file: string;
  tables: Record<string, number>;
  rows: number;
}

/** A refusal or a damaged file: the CLI prints the message, which says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Parses the first line, refusing anything that is not a Yellowpad backup this code can read. */
export function parseHeader(line: string | undefined, file: string): BackupHeader {
  const header = parseObject(line, file) as Partial<BackupHeader> | undefined;
  if (header?.yellowpad !== 'backup' || !Array.isArray(header.tables) || !Array.isArray(header.migrations)) {
    throw new BackupError(`${file} is not a Yellowpad backup (its first line is not a backup header).`);
  }
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `${file} uses backup format ${header.formatVersion}; this Yellowpad reads format ${BACKUP_FORMAT_VERSION}. Restore it with the Yellowpad version that wrote it (${header.appVersion}).`,
    );
  }
  return header as BackupHeader;
}

/** A non-row line: a table section or the summary. */
export function parseControlLine(line: string, file: string): TableSection | BackupSummary {
  const parsed = parseObject(line, file) as Partial<TableSection & BackupSummary>;
  if (typeof parsed.table === 'string' && Array.isArray(parsed.columns)) return parsed as TableSection;
  if (parsed.summary && typeof parsed.summary === 'object') return parsed as BackupSummary;
  throw new BackupError(`${file} is damaged: an unexpected line ${line.slice(0, 80)}.`);
}

function parseObject(line: string | undefined, file: string): object | undefined {
  if (line === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    throw new BackupError(`${file} is damaged: a line is not valid JSON (${line.slice(0, 80)}).`);
  }
}
