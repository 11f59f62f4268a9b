/**
 * Runs a claimed import job to its end: contacts files stream from the stored chunks through runImport,
 * each batch committing with the job's checkpoint (rows done, bytes read, counts, first errors, heartbeat);
 * a resumed job skips the rows already committed. A Yellowpad export (a zip) is read whole and imported
 * in one transaction. The file is deleted when the job ends.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { importJobs } from '../../db/schema.ts';
import type { ColumnMapping } from '../../importing/column-mapping.ts';
import { startsLikeZip } from '../../importing/zip-signature.ts';
import type { ImportFormat, RowError } from '../../importing/types.ts';
import { addCounts, noCounts, type ImportCounts } from '../importing/import-counts.ts';
import { importExportFile } from '../importing/import-export-file.ts';
import { ImportInterrupted, runImport } from '../importing/run-import.ts';
import type { ImportJob } from './get-import-job.ts';
import { deleteJobFile, readJobFile, readWholeJobFile } from './import-job-file.ts';

/** Row errors kept on the job (all of them are counted). */
export const KEPT_ERRORS = 1000;

export interface RunJobOptions {
  /** True when this worker is shutting down: the job goes back to the queue after the batch in hand. */
  stopping?: () => boolean;
  batchSize?: number;
}

export async function runImportJob(db: Db, job: ImportJob, workerId: string, options: RunJobOptions = {}): Promise<void> {
  const ours = and(eq(importJobs.firmId, job.firmId), eq(importJobs.id, job.id), eq(importJobs.status, 'running'), eq(importJobs.claimedBy, workerId))!;
  const base: ImportCounts = { ...noCounts(), ...job.counts };
  try {
    const file = readJobFile(db, job.firmId, job.id);
    const first = await file.next();
    await file.return(undefined);
    const isExport = job.format === 'yellowpad' || (!job.format && !first.done && startsLikeZip(first.value));
    if (isExport) {
      const outcome = await importExportFile(db, { firmId: job.firmId, memberId: job.createdBy }, await readWholeJobFile(db, job.firmId, job.id));
      await finish(db, ours, job, { status: 'done', format: 'yellowpad', counts: outcome.counts, errors: outcome.errors.slice(0, KEPT_ERRORS) });
      return;
    }
    const outcome = await runImport(db, readJobFile(db, job.firmId, job.id), {
      firmId: job.firmId,
      memberId: job.createdBy,
      format: (job.format ?? undefined) as ImportFormat | undefined,
      mapping: (job.mapping ?? undefined) as ColumnMapping | undefined,
      resumeAfterRow: job.rowsDone,
      batchSize: options.batchSize,
      async checkpoint(tx, point) {
        const keptBefore = Math.min(KEPT_ERRORS, base.errors + point.totals.errors - point.batch.counts.errors);
        const errors: RowError[] = point.batch.errors.slice(0, Math.max(0, KEPT_ERRORS - keptBefore));
        const updated = await tx
          .update(importJobs)
          .set({
            rowsDone: point.rowsDone,
            bytesDone: point.bytesDone,
            counts: addCounts(base, point.totals),
            errors: sql`${importJobs.errors} || ${JSON.stringify(errors)}::jsonb`,
            heartbeatAt: sql`now()`,
          })
          .where(ours)
          .returning({ id: importJobs.id });
        if (!updated.length) throw new ImportInterrupted('The import was cancelled or taken over by another worker.');
      },
      shouldStop: async () => options.stopping?.() ?? false,
    });
    if (outcome.stopped) {
      await db.update(importJobs).set({ status: 'queued', claimedBy: null, updatedAt: new Date() }).where(ours);
      return;
    }
    await finish(db, ours, job, { status: 'done', format: outcome.format, counts: addCounts(base, outcome.counts), bytesDone: job.fileBytes });
  } catch (error) {
    if (error instanceof ImportInterrupted) return;
    const message = error instanceof Error ? error.message : String(error);
    await finish(db, ours, job, { status: 'failed', failure: `The import stopped: ${message}` });
  }
}

async function finish(
  db: Db,
  ours: ReturnType<typeof and>,
  job: ImportJob,
  set: { status: 'done' | 'failed'; format?: string; counts?: ImportCounts; errors?: RowError[]; bytesDone?: number; failure?: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await tx
      .update(importJobs)
      .set({ ...set, finishedAt: new Date(), updatedAt: new Date(), heartbeatAt: sql`now()` })
      .where(ours!)
      .returning({ id: importJobs.id });
    if (ended.length) await deleteJobFile(tx, job.firmId, job.id);
  });
}
