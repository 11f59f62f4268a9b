/**
 * Measures steady state, not a cold start: the tables and indexes are read once before the warm-up
 * (a 2 GB database is otherwise read page by page, at random-I/O speed, during the first minutes).
 */
import { sql } from 'drizzle-orm';
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenedDb } from '../src/db/open-db.ts';
import { toCount } from '../src/domain/support/rows.ts';
import { config, postgresDbName } from './bench-config.ts';
import { FIRM_TABLES, log, scalar } from './bench-helpers.ts';
import { PRACTICE_TABLES } from './generate-practices.ts';

/** Reads a file to warm the operating system's page cache. */
async function readThrough(path: string): Promise<void> {
  await new Promise<void>((res, rej) => {
    const stream = createReadStream(path, { highWaterMark: 1 << 20 });
    stream.on('data', () => undefined);
    stream.on('end', () => res());
    stream.on('error', rej);
  });
}

function filesUnder(path: string): string[] {
  return readdirSync(path, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(path, e.name)) : e.isFile() ? [join(path, e.name)] : [],
  );
}

/**
 * Reads the whole database once so the measurement starts warm. PGlite: every file of its data
 * directory. PostgreSQL: pg_prewarm(…, 'read') on every table and index when the extension exists or
 * may be created (benchmark databases only), else sequential scans.
 */
export async function prewarm(opened: OpenedDb): Promise<{ method: string; ms: number }> {
  const t0 = performance.now();
  let method: string;
  if (opened.target.kind === 'pglite') {
    const dataDir = (opened.target as { dataDir: string }).dataDir;
    for (const file of filesUnder(dataDir)) await readThrough(file);
    method = 'read every file of the data directory (OS page cache)';
  } else {
    const db = opened.db;
    const dbName = postgresDbName(config.postgresUrl!);
    const installed = toCount(await scalar(db, sql`select count(*) from pg_extension where extname = 'pg_prewarm'`)) > 0;
    const available = toCount(await scalar(db, sql`select count(*) from pg_available_extensions where name = 'pg_prewarm'`)) > 0;
    if (installed || (available && /bench/i.test(dbName))) {
      if (!installed) await db.execute(sql`create extension if not exists pg_prewarm`);
      await db.execute(
        sql`select pg_prewarm(c.oid, 'read') from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'i')`,
      );
      method = "pg_prewarm(…, 'read') on every table and index (OS page cache)";
    } else {
      for (const table of [...FIRM_TABLES, ...PRACTICE_TABLES]) {
        await db.execute(sql`select count(*) from ${sql.identifier(table)}`);
      }
      method = 'sequential scan of every table (indexes not prewarmed: pg_prewarm unavailable)';
    }
  }
  const ms = performance.now() - t0;
  log(`  prewarmed in ${(ms / 1000).toFixed(1)} s: ${method}`);
  return { method, ms };
}
