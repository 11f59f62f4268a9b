/**
 * `yellowpad import`, run as a user would (child processes): the fixed JSON contract, re-importing without
 * duplicates, going through the server's API (or refusing) while the server holds the embedded database,
 * and a process killed mid-import whose re-run completes with no duplicates and no partial rows — on the
 * embedded database, and on PostgreSQL when a server is given (YELLOWPAD_TEST_POSTGRES_URL or DATABASE_URL).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbTarget } from '../../src/db/open-db.ts';
import { exportFirm } from '../../src/domain/exporting/export-firm.ts';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { childEnv, runCli, startServe, waitForExit, yellowpadBin } from './run-cli.ts';

const SLOW = 240_000;
const root = mkdtempSync(join(tmpdir(), 'yellowpad-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const path = (name: string) => join(root, name);
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/formats', name);
const postgresUrl = process.env.YELLOWPAD_TEST_POSTGRES_URL || process.env.DATABASE_URL;

const PASSWORD = 'correct horse battery';
interface Firm {
  id: string;
  slug: string;
  owner: { email: string };
}

async function createFirm(location: string[], name: string): Promise<Firm> {
  const tag = Math.random().toString(36).slice(2, 8);
  const result = await runCli(['firms', 'create', '--name', `${name} ${tag}`, '--owner-email', `owner-${tag}@example.test`, '--owner-password', PASSWORD, '--json', ...location]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

async function importJson(args: string[]) {
  const result = await runCli(['import', ...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { format: string; created: { people: number; organizations: number }; updated: number; skipped: number; errors: { row: number; message: string }[] };
}

async function query<T>(target: DbTarget, text: ReturnType<typeof sql>): Promise<T[]> {
  const opened = await openDb(target);
  try {
    return await queryRows<T>(opened.db, text);
  } finally {
    await opened.close();
  }
}

describe('yellowpad import', () => {
  const dataDir = path('data');
  const location = ['--data-dir', dataDir];
  let firm: Firm;

  beforeAll(async () => {
    firm = await createFirm(location, 'Import Firm');
  }, SLOW);

  it('prints the fixed JSON report, and a second run creates nothing', async () => {
    const first = await importJson([fixture('own__malformed-rows.csv'), '--firm', firm.slug, ...location]);
    expect(first).toEqual({
      format: 'csv',
      created: { people: 4, organizations: 0 },
      updated: 0,
      skipped: 0,
      errors: [
        { row: 3, message: expect.stringMatching(/neither a name nor an email/) },
        { row: 4, message: expect.stringMatching(/"not-an-email" is not a valid email address/) },
      ],
    });
    const again = await importJson([fixture('own__malformed-rows.csv'), '--firm', firm.id, ...location]);
    expect(again).toMatchObject({ created: { people: 0, organizations: 0 }, updated: 0, skipped: 4 });

    const vcards = await importJson([fixture('thunderbird__export_v21.vcf'), '--firm', firm.slug, '--format', 'vcard', ...location]);
    expect(vcards.format).toBe('vcard');
    expect(vcards.created.people).toBeGreaterThan(0);
  }, SLOW);

  it('imports a Yellowpad export (a zip) into another firm, and a second run adds nothing', async () => {
    const source = await query<{ id: string; member: string }>(
      { kind: 'pglite', dataDir },
      sql`select f.id, m.id as member from firms f join members m on m.firm_id = f.id where f.id = ${firm.id} limit 1`,
    );
    const opened = await openDb({ kind: 'pglite', dataDir });
    const zip = path('export.zip');
    try {
      const exported = await exportFirm(opened.db, { firmId: firm.id, memberId: source[0]!.member, role: 'owner' }, new Date());
      await pipeline(exported.stream, createWriteStream(zip));
    } finally {
      await opened.close();
    }
    const target = await createFirm(location, 'Export Target');
    const first = await importJson([zip, '--firm', target.slug, ...location]);
    expect(first.format).toBe('yellowpad');
    expect(first.created.people).toBeGreaterThan(0);
    expect(first.errors).toEqual([]);
    const again = await importJson([zip, '--firm', target.slug, ...location]);
    expect(again.created).toEqual({ people: 0, organizations: 0 });
  }, SLOW);

  it('says what is wrong with a missing file or an unknown firm', async () => {
    const missing = await runCli(['import', path('nope.csv'), '--firm', firm.slug, ...location]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no file');
    const unknown = await runCli(['import', fixture('own__google-current.csv'), '--firm', 'no-such-firm', ...location]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No firm with that id');
  }, SLOW);

  it('while the server holds the embedded database: refuses without a token, imports through the API with one', async () => {
    const server = await startServe(['--port', '0', ...location], childEnv());
    try {
      const refused = await runCli(['import', fixture('own__outlook-com.csv'), '--firm', firm.slug, ...location]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('holds the embedded database');
      expect(refused.stderr).toContain('YELLOWPAD_TOKEN=');

      const token = await apiToken(server.url, firm);
      const through = await runCli(['import', fixture('own__outlook-com.csv'), '--firm', firm.slug, '--json', ...location], childEnv({ YELLOWPAD_TOKEN: token }));
      expect(through.code, through.stderr).toBe(0);
      expect(JSON.parse(through.stdout)).toEqual({ format: 'csv', created: { people: 1, organizations: 1 }, updated: 0, skipped: 0, errors: [] });
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
  }, SLOW);

  const databases: [string, { args: string[]; target: DbTarget }][] = [
    ['the embedded database', { args: ['--data-dir', path('killed')], target: { kind: 'pglite', dataDir: path('killed') } }],
  ];
  if (postgresUrl) databases.push(['PostgreSQL', { args: ['--database-url', postgresUrl], target: { kind: 'postgres', url: postgresUrl } }]);

  describe.each(databases)('killed mid-import on %s', (_name, { args, target }) => {
    it('leaves whole batches only, and a re-run completes without duplicates', async () => {
      const killedFirm = await createFirm(args, 'Killed Firm');
      const rows = 40_000;
      const file = path(`big-${killedFirm.slug}.csv`);
      const lines = ['Name,Email,Company,Job Title,Phone'];
      for (let i = 1; i <= rows; i++) lines.push(`Person ${i},person${i}@example.test,Company ${i % 50},Title ${i},+44 20 7946 ${String(i).padStart(5, '0')}`);
      writeFileSync(file, lines.join('\n'));

      const child = spawn(process.execPath, [yellowpadBin, 'import', file, '--firm', killedFirm.slug, '--json', ...args], { env: childEnv() });
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          // Non-terminal progress comes every 10%: kill it once some batches are in.
          if (/: [2-9]\d% /.test(stderr)) resolve();
        });
        child.on('exit', () => reject(new Error(`the import ended before it could be killed:\n${stderr}`)));
      });
      child.kill('SIGKILL');
      await waitForExit(child);

      const people = (firmId: string) => query<{ n: unknown }>(target, sql`select count(*) as n from people where firm_id = ${firmId}`);
      const committed = toCount((await people(killedFirm.id))[0]!.n);
      expect(committed % 1000).toBe(0);
      expect(committed).toBeLessThan(rows);

      const rerun = await importJson([file, '--firm', killedFirm.slug, ...args]);
      expect(rerun).toMatchObject({ created: { people: rows - committed }, updated: 0, skipped: committed, errors: [] });
      const [check] = await query<{ people: unknown; emails: unknown; unaffiliated: unknown; untitled: unknown }>(
        target,
        sql`select count(*) as people,
              count(distinct emails[1]) as emails,
              count(*) filter (where not exists (select 1 from affiliations a where a.firm_id = p.firm_id and a.person_id = p.id)) as unaffiliated,
              count(*) filter (where cardinality(phones) <> 1) as untitled
            from people p where p.firm_id = ${killedFirm.id}`,
      );
      expect({ people: toCount(check!.people), emails: toCount(check!.emails), unaffiliated: toCount(check!.unaffiliated), untitled: toCount(check!.untitled) }).toEqual({
        people: rows,
        emails: rows,
        unaffiliated: 0,
        untitled: 0,
      });
    }, SLOW);
  });
});

/** Logs in as the firm's owner and creates an API token, as a person would in the web app. */
async function apiToken(url: string, firm: Firm): Promise<string> {
  const base = `${url}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: firm.owner.email, password: PASSWORD }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const created = await fetch(`${base}/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'import test' }),
  });
  return ((await created.json()) as { token: string }).token;
}
