/**
 * Writes a logical backup of the whole database (every firm) to a file, reading everything in one
 * repeatable-read, read-only transaction so the copy is one consistent moment. Tables are read in keyset
 * pages of their primary key, so memory stays bounded however large a firm grows.
 */
import { sql } from 'drizzle-orm';
import { resolve } from 'node:path';
import { appVersion } from '../common/version.ts';
import type { Db } from '../db/open-db.ts';
import { queryRows } from '../domain/support/rows.ts';
import { appliedMigrations } from './applied-migrations.ts';
import { BACKUP_FORMAT_VERSION, type BackupHeader, type BackupResult, type TableSummary } from './backup-format.ts';
import { createBackupFile, type LineWriter } from './backup-file.ts';
import { listTables, type TableInfo } from './table-catalog.ts';
import { columnList, tableChecksum, useCanonicalOutput } from './table-checksum.ts';

export const PAGE_SIZE = 1000;

/** Reports a table's rows as they are copied (the CLI prints them to stderr). */
export type Progress = (table: string, rows: number) => void;

export async function writeBackup(db: Db, outFile: string, progress: Progress, now: Date = new Date()): Promise<BackupResult> {
  const file = resolve(outFile);
  const out = createBackupFile(file);
  try {
    const summary = await db.transaction(
      async (tx) => {
        await useCanonicalOutput(tx);
        const tables = await listTables(tx);
        const header: BackupHeader = {
          yellowpad: 'backup',
          formatVersion: BACKUP_FORMAT_VERSION,
          appVersion,
          createdAt: now.toISOString(),
          migrations: await appliedMigrations(tx),
          tables: tables.map((t) => t.name),
        };
        await out.write(JSON.stringify(header));
        const result: Record<string, TableSummary> = {};
        for (const table of tables) {
          await out.write(JSON.stringify({ table: table.name, columns: table.columns }));
          const rows = await copyRows(tx, table, out);
          const checked = await tableChecksum(tx, table, table.columns);
          if (checked.rows !== rows) throw new Error(`${table.name} changed while it was being read (${rows} rows copied, ${checked.rows} counted).`);
          result[table.name] = checked;
          progress(table.name, rows);
        }
        return result;
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await out.write(JSON.stringify({ summary }));
    await out.finish();
    const tables = Object.fromEntries(Object.entries(summary).map(([name, s]) => [name, s.rows]));
    return { file, tables, rows: Object.values(tables).reduce((a, b) => a + b, 0) };
  } catch (err) {
    await out.abandon();
    throw err;
  }
}

/** Writes one table's rows as JSON arrays (PostgreSQL's own jsonb text), page by page; returns how many. */
async function copyRows(tx: Db, table: TableInfo, out: LineWriter): Promise<number> {
  const columns = JSON.stringify(table.columns);
  const keys = columnList(table.primaryKey);
  const keyObject = sql.join(
    table.primaryKey.map((c) => sql`${c}::text, p.doc -> ${c}::text`),
    sql`, `,
  );
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const page = await queryRows<{ line: string; key: string }>(
      tx,
      sql`select
            (select jsonb_agg(p.doc -> c.name order by c.ord)
               from jsonb_array_elements_text(${columns}::jsonb) with ordinality c(name, ord))::text as line,
            jsonb_build_object(${keyObject})::text as key
          from (
            select to_jsonb(t) as doc, ${keys} from ${sql.identifier(table.name)} t
            ${after === undefined ? sql`` : sql`where (${keys}) > (select ${keys} from jsonb_populate_record(null::${sql.identifier(table.name)}, ${after}::jsonb))`}
            order by ${keys}
            limit ${PAGE_SIZE}
          ) p
          order by ${keys}`,
    );
    for (const row of page) await out.write(row.line);
    count += page.length;
    if (page.length < PAGE_SIZE) return count;
    after = page[page.length - 1]!.key;
  }
}
