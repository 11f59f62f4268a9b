/**
 * Which tables a firm's export holds, read from the drizzle schema so a table added later is exported
 * without anyone remembering to list it: every table with a `firm_id`, except machinery and secrets
 * (decision 022). Each entity is named after its table and keeps the schema's property names.
 */
import { getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.ts';

/** Tables that are machinery or secrets, not the firm's content, and why they stay out. */
export const leftOutTables: Record<string, string> = {
  sessions: 'log-in sessions (secret tokens)',
  calendar_feeds: 'calendar links (secret tokens; a new link is made in the new place)',
  import_jobs: 'the background import queue',
  import_chunks: 'uploaded files waiting to be imported',
  digest_sends: 'which daily digest emails went out',
  notifications: 'each member’s inbox read state (the client acts themselves are exported)',
  client_notice_sends: 'when each member was last emailed about client activity',
};

/** Columns never exported: secrets (hashes), derived search text, and the firm's id (the same in every row). */
const leftOutColumns = new Set(['firm_id', 'password_hash', 'token_hash', 'search_text']);

export interface ExportEntity {
  /** The table's name, which names the entity's files. */
  name: string;
  table: PgTable;
  firmId: PgColumn;
  /** Property name → column, in table order, without the left-out columns. */
  columns: Record<string, PgColumn>;
  /** The primary key's columns after firm_id: the keyset the rows are paged by. */
  keyset: PgColumn[];
  /** The keyset's property names in `columns`. */
  keysetNames: string[];
}

function entityOf(table: PgTable): ExportEntity | null {
  const config = getTableConfig(table);
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const firmId = Object.values(all).find((c) => c.name === 'firm_id');
  if (!firmId || config.name in leftOutTables) return null;
  const key = (config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary)).filter((c) => c.name !== 'firm_id');
  const propertyOf = (column: PgColumn) => Object.entries(all).find(([, c]) => c.name === column.name)![0];
  return {
    name: config.name,
    table,
    firmId,
    columns: Object.fromEntries(Object.entries(all).filter(([, c]) => !leftOutColumns.has(c.name))),
    keyset: key,
    keysetNames: key.map(propertyOf),
  };
}

/** Every exported entity, by name. */
export const exportEntities: ExportEntity[] = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map(entityOf)
  .filter((e): e is ExportEntity => e !== null)
  .sort((a, b) => a.name.localeCompare(b.name));
