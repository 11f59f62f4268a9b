/**
 * `yellowpad backup` and `yellowpad restore`, run as a user would (child processes): a demo firm backed up
 * from the embedded database restores into a fresh one — and into PostgreSQL when a server is given
 * (YELLOWPAD_TEST_POSTGRES_URL, which CI sets on both passes, or else DATABASE_URL) —
 * with every table's checksum identical; refusals (non-empty target, damaged file, server running) change
 * nothing.
 */
import { randomBytes, randomUUID as randomUuid } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../src/backup/restore-backup.ts';
import { databaseChecksums } from '../../src/backup/table-checksum.ts';
import { PAGE_SIZE, writeBackup } from '../../src/backup/write-backup.ts';
import { migrateDb } from '../../src/db/migrate-db.ts';
import type { TableSummary } from '../../src/backup/backup-format.ts';
import { openDb, type DbTarget } from '../../src/db/open-db.ts';
import * as schema from '../../src/db/schema.ts';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { childEnv, runCli, startServe, waitForExit } from './run-cli.ts';

const SLOW = 180_000;
const root = mkdtempSync(join(tmpdir(), 'yellowpad-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const path = (name: string) => join(root, name);

/** Every table's rows and checksum, computed by the database with the same SQL the restore verifies with. */
async function checksumsOf(target: DbTarget): Promise<Record<string, TableSummary>> {
  const opened = await openDb(target);
  try {
    return await databaseChecksums(opened.db);
  } finally {
    await opened.close();
  }
}
const pglite = (dir: string): DbTarget => ({ kind: 'pglite', dataDir: dir });
const allEmpty = (sums: Record<string, TableSummary>) => Object.values(sums).every((s) => s.rows === 0);

async function succeed(args: string[]) {
  const result = await runCli(args);
  expect(result.stderr.split('\n').filter((l) => l && !/^\w+: [\d,]+ rows?$/.test(l))).toEqual([]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { file: string; tables: Record<string, number>; rows: number };
}

const schemaTables = Object.values(schema as Record<string, unknown>)
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableConfig(t).name)
  .sort();

describe('yellowpad backup and restore', () => {
  const source = path('source');
  const file = path('demo.ypbackup.gz');
  let original: Record<string, TableSummary>;

  beforeAll(async () => {
    await succeed(['demo', '--json', '--data-dir', source]);
    original = await checksumsOf(pglite(source));
  }, SLOW);

  it('backs up every table of the schema, parents first, and restores an identical copy into a fresh embedded database', async () => {
    const backup = await succeed(['backup', '--out', file, '--json', '--data-dir', source]);
    expect(backup.file).toBe(file);
    expect(Object.keys(backup.tables).sort()).toEqual(schemaTables);
    expect(backup.rows).toBe(Object.values(original).reduce((n, s) => n + s.rows, 0));
    expect(original.people!.rows).toBeGreaterThan(0);

    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ yellowpad: 'backup', formatVersion: 1, migrations: expect.arrayContaining(['0001_initial']) });
    const order: string[] = header.tables;
    expect(order.indexOf('firms')).toBe(0);
    expect(order.indexOf('people')).toBeLessThan(order.indexOf('conversation_people'));
    expect(order.indexOf('needs')).toBeLessThan(order.indexOf('problem_statements'));
    expect(order.indexOf('problem_statements')).toBeLessThan(order.indexOf('problem_statement_confirmations'));
    expect(JSON.parse(lines.at(-1)!).summary).toEqual(original);

    const copy = path('copy');
    await succeed(['restore', file, '--json', '--data-dir', copy]);
    expect(await checksumsOf(pglite(copy))).toEqual(original);
  }, SLOW);

  it('needs no sequences: every key is a uuid or natural, so restored rows carry their own ids', async () => {
    const opened = await openDb(pglite(source));
    try {
      const [row] = await queryRows<{ n: unknown }>(
        opened.db,
        sql`select (select count(*) from information_schema.sequences where sequence_schema = 'public')
                 + (select count(*) from information_schema.columns where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval%')) as n`,
      );
      expect(toCount(row!.n)).toBe(0);
    } finally {
      await opened.close();
    }
  }, SLOW);

  it('refuses to restore into a database that holds data, changing nothing, and replaces it with --replace', async () => {
    const target = path('occupied');
    await succeed(['firms', 'create', '--name', 'Already Here', '--owner-email', 'owner@already-here.test', '--owner-password', 'a long passphrase', '--json', '--data-dir', target]);
    const before = await checksumsOf(pglite(target));

    const refused = await runCli(['restore', file, '--data-dir', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already holds data');
    expect(refused.stderr).toContain('--replace');
    expect(await checksumsOf(pglite(target))).toEqual(before);

    await succeed(['restore', file, '--replace', '--json', '--data-dir', target]);
    expect(await checksumsOf(pglite(target))).toEqual(original);
  }, SLOW);

  it('refuses a truncated or altered file, or one from a newer version, and leaves nothing written', async () => {
    const bytes = readFileSync(file);
    const truncated = path('truncated.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));

    const lines = gunzipSync(bytes).toString('utf8').split('\n');
    const section = lines.findIndex((l) => l.startsWith('{"table":"people"'));
    const nameAt = (JSON.parse(lines[section]!).columns as string[]).indexOf('full_name');
    const row = JSON.parse(lines[section + 1]!);
    row[nameAt] = 'Someone Else Entirely';
    lines[section + 1] = JSON.stringify(row);
    const altered = path('altered.gz');
    writeFileSync(altered, gzipSync(lines.join('\n')));

    const header = JSON.parse(lines[0]!);
    const future = path('future.gz');
    writeFileSync(future, gzipSync([JSON.stringify({ ...header, migrations: [...header.migrations, '9999_from_the_future'] }), ...lines.slice(1)].join('\n')));

    const target = path('untouched');
    const newer = await runCli(['restore', future, '--data-dir', target]);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain('was made by a newer Yellowpad');
    expect(newer.stderr).toContain('9999_from_the_future');
    const cut = await runCli(['restore', truncated, '--data-dir', target]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/is (damaged|incomplete)/);
    const changed = await runCli(['restore', altered, '--data-dir', target]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('people should have');
    expect(changed.stderr).toContain('Nothing was restored');
    expect(allEmpty(await checksumsOf(pglite(target)))).toBe(true);
  }, SLOW);

  it('refuses to back up or restore while the server holds the data directory', async () => {
    const server = await startServe(['--port', '0', '--data-dir', source], childEnv());
    try {
      const out = path('while-serving.gz');
      const backup = await runCli(['backup', '--out', out, '--data-dir', source]);
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain('is in use by the Yellowpad server');
      expect(backup.stderr).toContain('Stop the server first');
      expect(existsSync(out)).toBe(false);
      const restore = await runCli(['restore', file, '--replace', '--data-dir', source]);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain('Stop the server first');
    } finally {
      server.child.kill('SIGTERM');
      expect(await waitForExit(server.child)).toBe(0);
    }
  }, SLOW);

  it('pages through tables larger than a page and keeps awkward values exact (in-process)', async () => {
    const from = await openDb(pglite('memory'));
    const to = await openDb(pglite('memory'));
    try {
      await migrateDb(from);
      await migrateDb(to);
      const firms = [randomUuid(), randomUuid()];
      for (const firm of firms) {
        await from.db.execute(sql`insert into firms (id, name, slug) values (${firm}, 'Paging', ${`paging-${firm}`})`);
        await from.db.execute(sql`
          insert into people (firm_id, full_name, emails, phones, notes, search_text, created_at, stay_in_touch_days)
          select ${firm}, 'Person ' || n, array['a"b,c{d}' || n || '@example.test', 'zoë\\' || n], '{}',
                 case when n % 3 = 0 then null else E'line one\nline "two"\t' || n end, 'person ' || n,
                 timestamptz '2024-03-31 01:59:59.123456+00' + n * interval '1 minute 0.000001 second',
                 case when n % 2 = 0 then null else n % 3650 + 1 end
          from generate_series(1, ${PAGE_SIZE + 1234}) n`);
      }
      const file = path('paging.gz');
      const written = await writeBackup(from.db, file, () => undefined);
      expect(written.tables.people).toBe(2 * (PAGE_SIZE + 1234));
      await restoreBackup(to.db, file, { replace: false }, () => undefined);
      expect(await databaseChecksums(to.db)).toEqual(await databaseChecksums(from.db));
    } finally {
      await from.close();
      await to.close();
    }
  }, SLOW);

  const postgresServer = process.env.YELLOWPAD_TEST_POSTGRES_URL || process.env.DATABASE_URL;
  describe.skipIf(!postgresServer)('between the embedded database and PostgreSQL', () => {
    const serverUrl = postgresServer ?? '';
    const name = `yp_restore_${randomBytes(4).toString('hex')}`;
    const url = serverUrl.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    beforeAll(() => admin(`create database ${name}`));
    afterAll(() => admin(`drop database if exists ${name} with (force)`));

    it('restores the embedded backup into PostgreSQL with identical checksums, and back again', async () => {
      await succeed(['restore', file, '--json', '--database-url', url]);
      expect(await checksumsOf({ kind: 'postgres', url, poolSize: 1 })).toEqual(original);

      const fromServer = path('from-postgres.gz');
      await succeed(['backup', '--out', fromServer, '--json', '--database-url', url]);
      const back = path('back-from-postgres');
      await succeed(['restore', fromServer, '--json', '--data-dir', back]);
      expect(await checksumsOf(pglite(back))).toEqual(original);
    }, SLOW);
  });
});
