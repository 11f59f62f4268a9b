/**
 * The one way Yellowpad opens its database: embedded PostgreSQL (PGlite) in a data directory by
 * default, or a PostgreSQL server when a URL is given. Both run the same schema, migrations and queries.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

/** A database handle or an open transaction: use cases accept either and never reach for another. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | 'memory' };

export interface OpenedDb {
  db: Db;
  target: DbTarget;
  /** The PGlite instance when embedded (for backups and dumps); undefined on a server. */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Chooses the target from configuration: a server when DATABASE_URL is set, the data directory otherwise. */
export function targetFromEnv(env: { DATABASE_URL?: string; YELLOWPAD_DATA_DIR: string }): DbTarget {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: env.YELLOWPAD_DATA_DIR };
}

/** Opens the database (no migrations: see migrate-db.ts). */
export async function openDb(target: DbTarget): Promise<OpenedDb> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // Fail now, with the server's own message, rather than on the first request.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, target, close: () => pool.end() };
  }
  const pglite = await PGlite.create({
    dataDir: target.dataDir === 'memory' ? undefined : target.dataDir,
    extensions: { pg_trgm },
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { db, target, pglite, close: () => pglite.close() };
}
