/**
 * A Yellowpad export brought in through the same doors as a contacts file (decisions 021, 022): uploaded to
 * /api/v1/imports, previewed as a Yellowpad export, run by the import worker, and reported in the job's
 * counts; a second run adds nothing.
 */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { downloadExport, seedFirm } from './export-fixtures.ts';

const { app, db } = await setUpTestApp({ runImports: true });

async function importThroughJob(who: SignedUp, bytes: Uint8Array) {
  const uploaded = await who.client.request('POST', '/api/v1/imports?fileName=yellowpad-export.zip', Buffer.from(bytes), { 'content-type': 'application/zip' });
  expect(uploaded.statusCode).toBe(201);
  const { job, preview } = uploaded.json();
  expect(preview).toMatchObject({ format: 'yellowpad', sample: [], errors: [] });
  expect((await who.client.post(`/api/v1/imports/${job.id}/start`, { version: job.version, format: 'yellowpad' })).statusCode).toBe(202);
  let ended: { status: string; format: string; counts: Record<string, number>; failure: string | null } = { status: 'queued', format: '', counts: {}, failure: null };
  await expect
    .poll(async () => {
      ended = (await who.client.get(`/api/v1/imports/${job.id}`)).json();
      return ended.status;
    }, { timeout: 20_000, interval: 100 })
    .toMatch(/done|failed/);
  return ended;
}

const countOf = async (table: 'people' | 'organizations' | 'conversations', firmId: string) =>
  toCount((await queryRows<{ n: unknown }>(db, sql`select count(*) as n from ${sql.identifier(table)} where firm_id = ${firmId}`))[0]!.n);

describe('a Yellowpad export through the import page', () => {
  it('is previewed as an export, imported in the background, and a second run adds nothing', async () => {
    const a = await seedFirm(app);
    const { bytes } = await downloadExport(a.c);
    const b = await signUpFirm(app);

    const first = await importThroughJob(b, bytes);
    expect(first).toMatchObject({ status: 'done', format: 'yellowpad', failure: null, counts: { createdPeople: 3, createdOrganizations: 2, errors: 0 } });
    expect(await countOf('people', b.firm.id)).toBe(3);
    expect(await countOf('organizations', b.firm.id)).toBe(2);
    expect(await countOf('conversations', b.firm.id)).toBe(2);

    const second = await importThroughJob(b, bytes);
    expect(second.counts).toMatchObject({ createdPeople: 0, createdOrganizations: 0, skipped: 7 });
    expect(await countOf('people', b.firm.id)).toBe(3);
  });

  it('fails the job with a clear reason when the zip is not a Yellowpad export', async () => {
    const b = await signUpFirm(app);
    const { zipSync, strToU8 } = await import('fflate');
    const ended = await importThroughJob(b, zipSync({ 'notes.txt': strToU8('hello') }));
    expect(ended.status).toBe('failed');
    expect(ended.failure).toMatch(/not a Yellowpad export|manifest/i);
  });
});
