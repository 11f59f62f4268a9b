/** Helpers for raw SQL results, which differ in shape and number types between PGlite and pg. */
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';

/** Runs raw SQL and returns its rows, the same on PGlite and on a PostgreSQL server. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Counts come back as numbers from PGlite and strings from pg: normalise here, once. */
export function toCount(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}
