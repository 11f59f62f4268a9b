/**
 * The database a test file uses: a fresh in-memory PGlite (migrated) per file, or the PostgreSQL server
 * named by DATABASE_URL. Tests never wipe it: each factory call makes its own firm.
 */
import { afterAll } from 'vitest';
import { migrateDb } from '../../src/db/migrate-db.ts';
import { openDb, type OpenedDb } from '../../src/db/open-db.ts';

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/** Opens a test database (the caller closes it): the server when DATABASE_URL is set, else in-memory PGlite. */
export async function openDatabaseForTests(): Promise<OpenedDb> {
  const opened = usingPostgres
    ? await openDb({ kind: 'postgres', url: process.env.DATABASE_URL!, poolSize: 4 })
    : await openDb({ kind: 'pglite', dataDir: 'memory' });
  if (!usingPostgres) await migrateDb(opened);
  return opened;
}

/** Opens the per-file database and closes it after the file's tests. */
export async function openTestDb(): Promise<OpenedDb> {
  const opened = await openDatabaseForTests();
  afterAll(() => opened.close());
  return opened;
}
