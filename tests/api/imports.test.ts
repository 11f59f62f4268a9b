/**
 * Importing through the API (decision 021): upload, preview with a corrected mapping, start, progress to
 * done, cancel, refusals, and a job that resumes after its worker dies without duplicating anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importJobs } from '../../src/db/schema.ts';
import { claimImportJob } from '../../src/domain/import-jobs/claim-import-job.ts';
import { runImportJob } from '../../src/domain/import-jobs/run-import-job.ts';
import { queryRows, toCount } from '../../src/domain/support/rows.ts';
import { signUpFirm, type SignedUp } from '../support/api-client.ts';
import { setUpTestApp } from '../support/test-app.ts';
import { eq } from 'drizzle-orm';

const { app, db } = await setUpTestApp({ runImports: true });
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/formats', name));

function upload(who: SignedUp, body: Buffer | string, fileName = 'contacts.csv') {
  return who.client.request('POST', `/api/v1/imports?fileName=${encodeURIComponent(fileName)}`, body, { 'content-type': 'application/octet-stream' });
}

async function waitUntilEnded(who: SignedUp, id: string) {
  let job: { status: string } = { status: 'queued' };
  await expect
    .poll(
      async () => {
        job = (await who.client.get(`/api/v1/imports/${id}`)).json();
        return job.status;
      },
      { timeout: 20_000, interval: 100 },
    )
    .toMatch(/done|failed|cancelled/);
  return job as { status: string; counts: Record<string, number>; errors: { row: number; message: string }[]; progress: number; failure: string | null };
}

async function peopleCount(firmId: string) {
  const [row] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from people where firm_id = ${firmId}`);
  return toCount(row!.n);
}

describe('imports', () => {
  it('uploads a file, previews it, runs it in the background and reports what it did', async () => {
    const owner = await signUpFirm(app);
    const res = await upload(owner, fixture('own__hubspot-contacts.csv'), 'hubspot.csv');
    expect(res.statusCode).toBe(201);
    const { job, preview } = res.json();
    expect(job).toMatchObject({ status: 'uploaded', fileName: 'hubspot.csv', progress: 0 });
    expect(preview).toMatchObject({ format: 'csv', flavour: 'hubspot-contacts', complete: true });
    expect(preview.sample[0]).toMatchObject({ fullName: 'Maria Garcia', organizationName: 'Northwind Traders' });
    expect(preview.fields.find((f: { field: string }) => f.field === 'organizationName').label).toBe('Organisation');

    const started = await owner.client.post(`/api/v1/imports/${job.id}/start`, { version: job.version, format: 'csv', mapping: preview.mapping });
    expect(started.statusCode).toBe(202);
    const ended = await waitUntilEnded(owner, job.id);
    expect(ended).toMatchObject({ status: 'done', progress: 1, failure: null });
    expect(ended.counts.createdPeople).toBe(preview.counts.records);
    expect(await peopleCount(owner.firm.id)).toBe(preview.counts.records);
    const chunks = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from import_chunks where job_id = ${job.id}`);
    expect(toCount(chunks[0]!.n)).toBe(0);

    const list = (await owner.client.get('/api/v1/imports')).json();
    expect(list.items[0]).toMatchObject({ id: job.id, status: 'done' });

    const again = await owner.client.post(`/api/v1/imports/${job.id}/start`, { version: started.json().version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('import_already_started');
  });

  it('previews again with a corrected mapping and imports with it', async () => {
    const owner = await signUpFirm(app);
    const { job, preview } = (await upload(owner, 'Who,Reach,Where\nAda Lovelace,ada@example.test,Analytical Engines\n')).json();
    expect(preview.mapping).toEqual([
      { column: 'Who', field: null },
      { column: 'Reach', field: null },
      { column: 'Where', field: null },
    ]);
    expect(preview.warnings[0]).toMatch(/No column was recognised/);
    const mapping = [
      { column: 'Who', field: 'fullName' },
      { column: 'Reach', field: 'email' },
      { column: 'Where', field: 'organizationName' },
    ];
    const corrected = (await owner.client.post(`/api/v1/imports/${job.id}/preview`, { mapping })).json();
    expect(corrected.sample[0]).toMatchObject({ fullName: 'Ada Lovelace', emails: ['ada@example.test'], organizationName: 'Analytical Engines' });
    expect(corrected.warnings).toEqual([]);
    await owner.client.post(`/api/v1/imports/${job.id}/start`, { version: job.version, mapping });
    const ended = await waitUntilEnded(owner, job.id);
    expect(ended.counts).toMatchObject({ createdPeople: 1, createdOrganizations: 1 });
  });

  it('reports row errors with their rows, and keeps the good rows', async () => {
    const owner = await signUpFirm(app);
    const { job } = (await upload(owner, 'Name,Email\nGood,good@example.test\nBad,not-an-email\n')).json();
    await owner.client.post(`/api/v1/imports/${job.id}/start`, { version: job.version });
    const ended = await waitUntilEnded(owner, job.id);
    expect(ended.counts).toMatchObject({ createdPeople: 1, errors: 1 });
    expect(ended.errors).toEqual([{ row: 2, message: expect.stringMatching(/not a valid email/) }]);
  });

  it('cancels an upload before it starts, dropping its file', async () => {
    const owner = await signUpFirm(app);
    const { job } = (await upload(owner, 'Name\nAda\n')).json();
    const cancelled = await owner.client.post(`/api/v1/imports/${job.id}/cancel`, { version: job.version });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const start = await owner.client.post(`/api/v1/imports/${job.id}/start`, { version: cancelled.json().version });
    expect(start.json().error.code).toBe('import_already_started');
    const again = await owner.client.post(`/api/v1/imports/${job.id}/cancel`, { version: cancelled.json().version });
    expect(again.json().error.code).toBe('import_finished');
    expect(await peopleCount(owner.firm.id)).toBe(0);
  });

  it('refuses an empty file, and a stale version', async () => {
    const owner = await signUpFirm(app);
    const empty = await upload(owner, '');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/empty/);
    const { job } = (await upload(owner, 'Name\nAda\n')).json();
    const stale = await owner.client.post(`/api/v1/imports/${job.id}/start`, { version: job.version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('resumes a job whose worker died after its last committed batch, without duplicates', async () => {
    const owner = await signUpFirm(app);
    const rows = ['Name,Email,Company'];
    for (let i = 1; i <= 2500; i++) rows.push(`Person ${i},p${i}@example.test,Company ${i % 7}`);
    const { job } = (await upload(owner, rows.join('\n'))).json();
    // A worker that never lets the app's worker near it: the job is marked running, claimed by "w1".
    await db.update(importJobs).set({ status: 'running', claimedBy: 'w1', heartbeatAt: new Date() }).where(eq(importJobs.id, job.id));
    let batches = 0;
    await runImportJob(db, (await db.select().from(importJobs).where(eq(importJobs.id, job.id)))[0]!, 'w1', {
      batchSize: 1000,
      stopping: () => ++batches > 1,
    });
    // "w1" stopped after one batch; pretend it died instead of requeueing: running, with an old heartbeat.
    await db.update(importJobs).set({ status: 'running', claimedBy: 'w1', heartbeatAt: new Date(Date.now() - 3_600_000) }).where(eq(importJobs.id, job.id));
    const [half] = await db.select().from(importJobs).where(eq(importJobs.id, job.id));
    expect(half!.rowsDone).toBe(1000);
    expect(await peopleCount(owner.firm.id)).toBe(1000);

    const claimed = await claimImportJob(db, 'w2');
    expect(claimed?.id).toBe(job.id);
    await runImportJob(db, claimed!, 'w2');
    const ended = (await owner.client.get(`/api/v1/imports/${job.id}`)).json();
    expect(ended).toMatchObject({ status: 'done', rowsDone: 2500, counts: { createdPeople: 2500, createdOrganizations: 7, errors: 0 } });
    expect(await peopleCount(owner.firm.id)).toBe(2500);
    const orphans = await queryRows<{ n: unknown }>(
      db,
      sql`select count(*) as n from people p where p.firm_id = ${owner.firm.id} and not exists (select 1 from affiliations a where a.firm_id = p.firm_id and a.person_id = p.id)`,
    );
    expect(toCount(orphans[0]!.n)).toBe(0);
  });
});
