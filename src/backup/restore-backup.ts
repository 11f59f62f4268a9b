/**
 * Restores a backup file into a database in ONE transaction: it refuses a database that already holds data
 * (unless asked to replace it), inserts every table in the file's order (parents first) in batches, then
 * checks each table's row count and checksum against the file before committing. A refused, damaged or
 * truncated file therefore leaves the database exactly as it was.
 */
import { sql } from 'drizzle-orm';
import { resolve } from 'node:path';
import type { Db } from '../db/open-db.ts';
import { queryRows } from '../domain/support/rows.ts';
import { BackupError, parseControlLine, parseHeader, type BackupHeader, type BackupResult, type TableSummary } from './backup-format.ts';
import { readBackupLines, readFirstLine } from './backup-file.ts';
import { assertMigrationsKnown } from './applied-migrations.ts';
import { listTables, type TableInfo } from './table-catalog.ts';
import { columnList, tableChecksum, useCanonicalOutput } from './table-checksum.ts';
import { PAGE_SIZE, type Progress } from './write-backup.ts';

export interface RestoreOptions {
  /** Empty every table first (in the same transaction) instead of refusing a database that holds data. */
  replace: boolean;
}

interface Section {
  table: TableInfo;
  columns: string[];
  batch: string[];
  rows: number;
}

export async function restoreBackup(db: Db, fileName: string, options: RestoreOptions, progress: Progress): Promise<BackupResult> {
  const file = resolve(fileName);
  return db.transaction(async (tx) => {
    await useCanonicalOutput(tx);
    const target = await listTables(tx);
    // On a server other sessions may still be running: nobody writes until the restore commits or rolls back.
    await tx.execute(sql`lock table ${columnList(target.map((t) => t.name))} in exclusive mode`);
    if (options.replace) await emptyTables(tx, [...target].reverse());
    else await assertEmpty(tx, target);

    const tables = new Map(target.map((t) => [t.name, t]));
    const lines = readBackupLines(file);
    try {
      return await restoreLines(tx, file, tables, lines, progress);
    } finally {
      await lines.return(undefined);
    }
  });
}

/** Checks a file's header before any database is opened: a Yellowpad backup this version can restore. */
export async function checkBackupFile(fileName: string): Promise<BackupHeader> {
  const file = resolve(fileName);
  const header = parseHeader(await readFirstLine(file), file);
  assertMigrationsKnown(header.migrations, file);
  return header;
}

async function restoreLines(
  tx: Db,
  file: string,
  tables: Map<string, TableInfo>,
  lines: AsyncGenerator<string>,
  progress: Progress,
): Promise<BackupResult> {
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value, file);
  const restored = new Map<string, Section>();
  let section: Section | undefined;
  let summary: Record<string, TableSummary> | undefined;

  const finishSection = async () => {
    if (!section) return;
    await insertBatch(tx, section, file);
    progress(section.table.name, section.rows);
  };
  for await (const line of lines) {
    if (summary) throw new BackupError(`${file} is damaged: it continues after its summary line.`);
    if (line.startsWith('[')) {
      if (!section) throw new BackupError(`${file} is damaged: rows appear before any table.`);
      section.batch.push(line);
      section.rows += 1;
      if (section.batch.length >= PAGE_SIZE) await insertBatch(tx, section, file);
      continue;
    }
    await finishSection();
    const control = parseControlLine(line, file);
    if ('summary' in control) {
      summary = control.summary;
      section = undefined;
    } else {
      section = startSection(control.table, control.columns, tables, file);
      restored.set(control.table, section);
    }
  }
  if (!summary) throw new BackupError(`${file} is incomplete: it ends before its summary line (was the backup interrupted?).`);
  return verify(tx, file, header.tables, restored, summary);
}

/** Refuses a database that already holds data: restoring over it would mix two histories. */
async function assertEmpty(tx: Db, tables: TableInfo[]): Promise<void> {
  for (const table of tables) {
    const [row] = await queryRows<{ present: boolean }>(tx, sql`select exists (select 1 from ${sql.identifier(table.name)}) as present`);
    if (row?.present) {
      throw new BackupError(
        `This database already holds data (the table ${table.name} has rows), so the backup was not restored. ` +
          'Restore into an empty database, or add --replace to erase everything in this one and restore the backup in its place.',
      );
    }
  }
}

/** Children before parents, so no foreign key is ever left dangling. */
async function emptyTables(tx: Db, childrenFirst: TableInfo[]): Promise<void> {
  for (const table of childrenFirst) await tx.execute(sql`delete from ${sql.identifier(table.name)}`);
}

function startSection(name: string, columns: string[], tables: Map<string, TableInfo>, file: string): Section {
  const table = tables.get(name);
  if (!table) throw new BackupError(`${file} holds a table ${name} that this database does not have.`);
  const unknown = columns.filter((c) => !table.columns.includes(c));
  if (unknown.length > 0) throw new BackupError(`${file} holds columns of ${name} that this database does not have: ${unknown.join(', ')}.`);
  return { table, columns, batch: [], rows: 0 };
}

/** Inserts the pending rows; PostgreSQL converts each JSON value to its column's type itself. */
async function insertBatch(tx: Db, section: Section, file: string): Promise<void> {
  if (section.batch.length === 0) return;
  const table = sql.identifier(section.table.name);
  const columns = sql.join(
    section.columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const fromRecord = sql.join(
    section.columns.map((c) => sql`r.${sql.identifier(c)}`),
    sql`, `,
  );
  try {
    await tx.execute(sql`
      insert into ${table} (${columns})
      select ${fromRecord}
      from jsonb_array_elements(${`[${section.batch.join(',')}]`}::jsonb) e
      cross join lateral jsonb_populate_record(null::${table}, (
        select jsonb_object_agg(c.name, e.value -> (c.ord::int - 1))
        from jsonb_array_elements_text(${JSON.stringify(section.columns)}::jsonb) with ordinality c(name, ord)
      )) r`);
  } catch (err) {
    const reason = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    throw new BackupError(`${file} could not be restored: rows of ${section.table.name} were refused (${reason}). Nothing was restored.`);
  }
  section.batch = [];
}

/** Compares what landed in the database with the file's own summary, table by table, before commit. */
async function verify(
  tx: Db,
  file: string,
  expectedTables: string[],
  restored: Map<string, Section>,
  summary: Record<string, TableSummary>,
): Promise<BackupResult> {
  const tables: Record<string, number> = {};
  for (const name of expectedTables) {
    const section = restored.get(name);
    const expected = summary[name];
    if (!section || !expected) throw new BackupError(`${file} is damaged: the table ${name} named in its header is missing.`);
    const actual = await tableChecksum(tx, section.table, section.columns);
    if (section.rows !== expected.rows || actual.rows !== expected.rows || actual.checksum !== expected.checksum) {
      throw new BackupError(
        `${file} is damaged: ${name} should have ${expected.rows} rows with checksum ${expected.checksum}, ` +
          `but ${actual.rows} rows with checksum ${actual.checksum} were read. Nothing was restored.`,
      );
    }
    tables[name] = actual.rows;
  }
  return { file, tables, rows: Object.values(tables).reduce((a, b) => a + b, 0) };
}
