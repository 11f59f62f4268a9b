/**
 * Brings a database to the point of measuring: opens and migrates it (holding the PGlite data
 * directory's lock), then reuses the bench firm already in it or generates one of the asked-for size,
 * wiping the data first on --fresh or when the sizes differ.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from '../src/db/data-dir-lock.ts';
import { migrateDb } from '../src/db/migrate-db.ts';
import { openDb, type DbTarget, type OpenedDb } from '../src/db/open-db.ts';
import { benchDataDir, config, postgresDbName } from './bench-config.ts';
import { log } from './bench-helpers.ts';
import type { GenerationInfo } from './bench-results.ts';
import { extendWithPractices, findGeneratedFirm, generateFirm, type GenerationTiming } from './generate-firm.ts';
import { PRACTICE_STEP_NAMES } from './generate-practices.ts';

/** An open, migrated database holding the bench firm. */
export interface PreparedTarget {
  opened: OpenedDb;
  lock?: DataDirLock;
  firmId: string;
  ownerId: string;
  generation: GenerationInfo;
  openAndMigrateMs: number;
}

function metaPath(key: string): string {
  return join(benchDataDir, `generation-${key}.json`);
}

function readMeta(key: string): GenerationInfo | undefined {
  try {
    return JSON.parse(readFileSync(metaPath(key), 'utf8')) as GenerationInfo;
  } catch {
    return undefined;
  }
}

function writeMeta(key: string, meta: GenerationInfo): void {
  mkdirSync(benchDataDir, { recursive: true });
  writeFileSync(metaPath(key), JSON.stringify(meta, null, 2));
}

/** The generation record of a reused firm once its practice data was added (or replaced) in this run. */
function withPracticeSteps(meta: GenerationInfo, added: GenerationTiming[]): GenerationInfo {
  const addedMs = added.reduce((a, s) => a + s.ms, 0);
  const practicesAddedAt = new Date().toISOString();
  if (!meta.report) return { ...meta, practicesAddedAt };
  const kept = meta.report.steps.filter((s) => !PRACTICE_STEP_NAMES.has(s.step));
  const keptMs = kept.reduce((a, s) => a + s.ms, 0);
  const overheadMs = meta.report.totalMs - meta.report.steps.reduce((a, s) => a + s.ms, 0);
  return { ...meta, practicesAddedAt, report: { ...meta.report, steps: [...kept, ...added], totalMs: keptMs + overheadMs + addedMs } };
}

async function openAndMigrate(target: DbTarget): Promise<{ opened: OpenedDb; lock?: DataDirLock; ms: number }> {
  const t0 = performance.now();
  const lock = target.kind === 'pglite' && target.dataDir !== 'memory' ? await lockDataDir(target.dataDir, 'npm run bench') : undefined;
  try {
    const opened = await openDb(target);
    await migrateDb(opened);
    return { opened, lock, ms: performance.now() - t0 };
  } catch (err) {
    await lock?.release();
    throw err;
  }
}

/** Empties a PostgreSQL benchmark database (only one whose name says it is one). */
async function wipePostgres(url: string): Promise<void> {
  const dbName = postgresDbName(url);
  if (!/bench/i.test(dbName) && process.env.BENCH_ALLOW_WIPE !== '1') {
    throw new Error(
      `Refusing to wipe database "${dbName}": its name does not contain "bench". Point BENCH_DATABASE_URL at a dedicated ` +
        'benchmark database (e.g. yellowpad_bench), or set BENCH_ALLOW_WIPE=1 if you really mean it.',
    );
  }
  log(`  wiping database ${dbName} (drop schema public, drizzle)…`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema if exists drizzle cascade');
    await client.query('drop schema public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
}

/** Opens the target with the bench firm of the configured size in it, generating the firm when needed. */
export async function prepareTarget(kind: 'pglite' | 'postgres'): Promise<PreparedTarget> {
  const sizeKey = `${config.people}p-${config.conversations}c`;
  let target: DbTarget;
  let metaKey: string;
  if (kind === 'pglite') {
    const dataDir = join(benchDataDir, `pglite-${sizeKey}`);
    target = { kind: 'pglite', dataDir };
    metaKey = `pglite-${sizeKey}`;
    if (config.fresh && existsSync(dataDir)) {
      log(`  --fresh: removing ${dataDir}`);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(metaPath(metaKey), { force: true });
    }
  } else {
    const url = config.postgresUrl!;
    target = { kind: 'postgres', url, poolSize: config.pgPool };
    const u = new URL(url);
    metaKey = `postgres-${u.hostname}-${u.port || 5432}-${u.pathname.slice(1)}-${sizeKey}`;
    if (config.fresh) {
      await wipePostgres(url);
      rmSync(metaPath(metaKey), { force: true });
    }
  }

  let { opened, lock, ms } = await openAndMigrate(target);
  log(`  opened and migrated in ${(ms / 1000).toFixed(1)} s`);
  let existing = await findGeneratedFirm(opened.db);
  if (existing && (existing.people !== config.people || existing.conversations !== config.conversations)) {
    log(
      `  found a bench firm with ${existing.people} people / ${existing.conversations} conversations, ` +
        `but ${config.people} / ${config.conversations} were asked for: regenerating`,
    );
    await opened.close();
    await lock?.release();
    if (kind === 'pglite') rmSync((target as { dataDir: string }).dataDir, { recursive: true, force: true });
    else await wipePostgres(config.postgresUrl!);
    rmSync(metaPath(metaKey), { force: true });
    ({ opened, lock, ms } = await openAndMigrate(target));
    existing = undefined;
  }

  try {
    if (existing) {
      log(`  reusing the generated firm (${existing.people.toLocaleString('en')} people, ${existing.conversations.toLocaleString('en')} conversations); --fresh regenerates`);
      let meta = readMeta(metaKey) ?? { generatedThisRun: false };
      const added = await extendWithPractices(opened.db, existing, log);
      if (added) {
        meta = withPracticeSteps(meta, added);
        writeMeta(metaKey, meta);
        log(`  practices added in ${(added.reduce((a, s) => a + s.ms, 0) / 1000).toFixed(1)} s`);
      }
      return { opened, lock, firmId: existing.firmId, ownerId: existing.ownerId, generation: { ...meta, generatedThisRun: false }, openAndMigrateMs: ms };
    }
    log(`  generating ${config.people.toLocaleString('en')} people and ${config.conversations.toLocaleString('en')} conversations…`);
    const report = await generateFirm(opened.db, { people: config.people, conversations: config.conversations, log });
    const { firmId, ownerId, ...rest } = report;
    const generation: GenerationInfo = { generatedThisRun: true, generatedAt: new Date().toISOString(), report: rest };
    writeMeta(metaKey, generation);
    log(`  generated in ${(report.totalMs / 1000).toFixed(1)} s`);
    // Serve from a freshly opened database, as a server restarted on existing data would (for PGlite
    // this also leaves the generator's WebAssembly heap behind).
    await opened.close();
    await lock?.release();
    ({ opened, lock, ms } = await openAndMigrate(target));
    return { opened, lock, firmId, ownerId, generation, openAndMigrateMs: ms };
  } catch (err) {
    await opened.close();
    await lock?.release();
    throw err;
  }
}
