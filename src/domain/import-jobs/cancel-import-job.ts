/**
 * Cancels an import: one not yet started is dropped with its file; a running one stops after the batch in
 * hand (what is committed stays imported — re-importing the file later continues without duplicates).
 */
import type { Db } from '../../db/open-db.ts';
import { importJobs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { deleteJobFile } from './import-job-file.ts';

export async function cancelImportJob(db: Db, actor: Actor, id: string, version: number) {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, importJobs, actor, id, version, 'import');
    if (current.status === 'done' || current.status === 'failed' || current.status === 'cancelled') {
      throw new AppError('import_finished', 'This import has already ended, so there is nothing to cancel.');
    }
    const [job] = await tx
      .update(importJobs)
      .set({ status: 'cancelled', finishedAt: new Date(), updatedAt: new Date(), version: current.version + 1 })
      .where(where)
      .returning();
    await deleteJobFile(tx, actor.firmId, id);
    return job!;
  });
}
