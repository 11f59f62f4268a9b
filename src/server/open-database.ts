/**
 * Opens the configured database for a process: locks the embedded data directory first (refusing
 * politely when another process holds it), then brings the schema up to date.
 */
import { lockDataDir, type DataDirLock } from '../db/data-dir-lock.ts';
import { migrateDb } from '../db/migrate-db.ts';
import { openDb, type DbTarget, type OpenedDb } from '../db/open-db.ts';

export interface DatabaseHandle extends OpenedDb {
  lock?: DataDirLock;
  /** Closes the database, then releases the data-directory lock. */
  shutdown(): Promise<void>;
}

export async function openDatabase(target: DbTarget, purpose: string, whatToDoInstead?: string): Promise<DatabaseHandle> {
  const lock = target.kind === 'pglite' && target.dataDir !== 'memory' ? await lockDataDir(target.dataDir, purpose, whatToDoInstead) : undefined;
  try {
    const opened = await openDb(target);
    await migrateDb(opened);
    return {
      ...opened,
      lock,
      async shutdown() {
        await opened.close();
        await lock?.release();
      },
    };
  } catch (err) {
    await lock?.release();
    throw err;
  }
}

/** Says where the data lives, for start-up messages (never prints a password from DATABASE_URL). */
export function describeTarget(target: DbTarget): string {
  if (target.kind === 'pglite') return `embedded PostgreSQL (PGlite) in ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
