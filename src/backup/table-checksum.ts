/**
 * A table's checksum, computed by the database itself so the same SQL proves a restored copy identical on
 * PGlite (PostgreSQL 18) and on a PostgreSQL 15 server: the md5 of each row's jsonb text (jsonb prints
 * canonically: keys sorted, timestamps in ISO form), concatenated in primary-key order, hashed again.
 * Keys are ordered as text under the "C" collation so the order does not depend on a server's locale.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-db.ts';
import { queryRows, toCount } from '../domain/support/rows.ts';
import type { TableSummary } from './backup-format.ts';
import { listTables, type TableInfo } from './table-catalog.ts';

/** Pins what jsonb text depends on (time zone, float digits) for the current transaction. */
export async function useCanonicalOutput(tx: Db): Promise<void> {
  await tx.execute(sql`set local timezone to 'UTC'`);
  await tx.execute(sql`set local extra_float_digits to 1`);
}

/** Rows and checksum of one table, over the given columns (a restore checks the columns its file holds). */
export async function tableChecksum(tx: Db, table: Pick<TableInfo, 'name' | 'primaryKey'>, columns: string[]): Promise<TableSummary> {
  const order = sql.join(
    table.primaryKey.map((c) => sql`${sql.identifier(c)}::text collate "C"`),
    sql`, `,
  );
  const [row] = await queryRows<{ rows: unknown; checksum: string }>(
    tx,
    sql`select count(*) as rows, md5(coalesce(string_agg(md5(to_jsonb(r)::text), '' order by ${order}), '')) as checksum
        from (select ${columnList(columns)} from ${sql.identifier(table.name)}) r`,
  );
  return { rows: toCount(row!.rows), checksum: row!.checksum };
}

/** Every table's rows and checksum, in one consistent snapshot: what tests compare between two databases. */
export async function databaseChecksums(db: Db): Promise<Record<string, TableSummary>> {
  return db.transaction(
    async (tx) => {
      await useCanonicalOutput(tx);
      const result: Record<string, TableSummary> = {};
      for (const table of await listTables(tx)) result[table.name] = await tableChecksum(tx, table, table.columns);
      return result;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Quoted, comma-separated identifiers (columns or tables). */
export function columnList(columns: string[]): SQL {
  return sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
}
