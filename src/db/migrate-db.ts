/** Applies the migrations folder to the database; safe when several processes start at once. */
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import type { OpenedDb } from './open-db.ts';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** An arbitrary constant naming Yellowpad's migration lock among the server's advisory locks. */
const MIGRATION_LOCK_KEY = 7_318_224_001;

/** Brings the schema up to date. On a server, an advisory lock serialises concurrent starts. */
export async function migrateDb(opened: OpenedDb): Promise<void> {
  if (opened.target.kind === 'pglite') {
    await migratePglite(drizzlePglite(opened.pglite!), { migrationsFolder });
    return;
  }
  const client = new pg.Client({ connectionString: opened.target.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
