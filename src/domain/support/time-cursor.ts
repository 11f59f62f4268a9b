/**
 * Keyset pages newest first on (a timestamp desc, id desc): the sort key as PostgreSQL holds it, the ORDER BY
 * that matches the indexes, and the condition that starts a page exactly where the last one ended. Shared by
 * every timeline-shaped list (conversations, client acts, the inbox) so their cursors mean the same thing.
 */
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { AppError } from '../errors.ts';
import { decodeKeyAndId } from './cursor.ts';

/** The sort key as PostgreSQL holds it (microseconds, UTC), so a page starts exactly where the last ended. */
export const sortKey = (column: AnyColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Matches the indexes, which drizzle declares DESC NULLS LAST: a plain DESC means NULLS FIRST and would
 * make PostgreSQL sort instead of reading the index in order (the columns are NOT NULL either way).
 */
export const newestFirst = (column: AnyColumn) => sql`${column} desc nulls last`;

const KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The (instant, id) a cursor names, refusing anything this server did not give out. */
export function decodeTimeCursor(cursor: string): [string, string] {
  const [at, last] = decodeKeyAndId(cursor);
  // A real calendar instant (no 30 February), so a forged cursor never reaches PostgreSQL as a bad timestamp.
  const real = KEY.test(at) && new Date(at).toISOString().slice(0, 19) === at.slice(0, 19);
  if (!real) {
    throw new AppError('invalid_cursor', 'The cursor is not one this server gave out. Start again from the first page.');
  }
  return [at, last];
}

/** Rows strictly after the cursor in (at desc, id desc) order; undefined on the first page. */
export function afterTimeCursor(cursor: string | undefined, at: AnyColumn, id: AnyColumn): SQL | undefined {
  if (!cursor) return undefined;
  const [key, last] = decodeTimeCursor(cursor);
  return sql`(${at}, ${id}) < (${key}::timestamptz, ${last}::uuid)`;
}
