/**
 * A worker takes the oldest queued import — or a running one whose worker stopped saying it is alive (a
 * crashed or killed server) — with FOR UPDATE SKIP LOCKED, so two workers never take the same job.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { importJobs } from '../../db/schema.ts';
import type { ImportJob } from './get-import-job.ts';

/** A running job whose heartbeat is older than this is taken over. */
export const STALE_AFTER_SECONDS = 60;

export async function claimImportJob(db: Db, workerId: string, staleAfterSeconds = STALE_AFTER_SECONDS): Promise<ImportJob | null> {
  const claimed = await db
    .update(importJobs)
    .set({ status: 'running', claimedBy: workerId, heartbeatAt: sql`now()`, startedAt: sql`coalesce(${importJobs.startedAt}, now())`, updatedAt: sql`now()` })
    .where(
      sql`(${importJobs.firmId}, ${importJobs.id}) = (
        select firm_id, id from import_jobs
        where status = 'queued'
           or (status = 'running' and heartbeat_at < now() - make_interval(secs => ${staleAfterSeconds}))
        order by created_at
        limit 1
        for update skip locked)`,
    )
    .returning();
  return claimed[0] ?? null;
}
