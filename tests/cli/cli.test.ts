import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, runCli, startServe, waitForExit } from './run-cli.ts';

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yellowpad-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Each test starts three or four processes, each loading the CLI and opening PGlite (a new data directory
// runs initdb, seconds in WASM): on a busy two-core machine that outlasts the default 30 s.
const SLOW = 120_000;

describe('yellowpad CLI on the embedded database', () => {
  it('creates a firm and a member, printing JSON, and explains bad flags', async () => {
    const dataDir = tempDataDir();
    const firm = await runCli(['firms', 'create', '--name', 'Oakridge Tax & Advisory', '--owner-email', 'lead@oakridge.test', '--owner-password', 'a long passphrase', '--json', '--data-dir', dataDir]);
    expect(firm.stderr).toBe('');
    expect(firm.code).toBe(0);
    const created = JSON.parse(firm.stdout);
    expect(created).toMatchObject({ slug: 'oakridge-tax-advisory', id: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const user = await runCli(['users', 'create', '--firm', created.slug, '--email', 'second@oakridge.test', '--name', 'Second Partner', '--password', 'another passphrase', '--json'], childEnv({ YELLOWPAD_DATA_DIR: dataDir }));
    expect(user.code).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({ email: 'second@oakridge.test', role: 'member', firm: { id: created.id } });

    const bad = await runCli(['firms', 'create', '--name', 'X', '--owner-email', 'not-an-email', '--owner-password', 'short', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--owner-email');
    expect(bad.stderr).toContain('--owner-password');
  }, SLOW);

  it('refuses a writing command while the server holds the data directory, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = tempDataDir();
    const server = await startServe(['--port', '0', '--data-dir', dataDir], childEnv());
    expect(server.output()).toContain('This database is empty');
    const health = await fetch(`${server.url}/api/v1/health`);
    expect(await health.json()).toEqual({ status: 'ok' });

    const second = await runCli(['serve', '--port', '0', '--data-dir', dataDir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('is in use by the Yellowpad server');

    const refused = await runCli(['firms', 'create', '--name', 'Refused', '--owner-email', 'x@refused.test', '--owner-password', 'a long passphrase', '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Stop the server first');

    server.child.kill('SIGTERM');
    expect(await waitForExit(server.child)).toBe(0);

    const after = await runCli(['firms', 'create', '--name', 'Accepted', '--owner-email', 'x@accepted.test', '--owner-password', 'a long passphrase', '--json', '--data-dir', dataDir]);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).slug).toBe('accepted');
  }, SLOW);
});
