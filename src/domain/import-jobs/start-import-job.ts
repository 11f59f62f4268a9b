/**
 * Starts an uploaded import with the format and column mapping the person confirmed: the job is queued
 * and a worker (import-worker.ts) picks it up. Starting twice, or after a cancel, is refused.
 */
import type { Db } from '../../db/open-db.ts';
import { importJobs } from '../../db/schema.ts';
import type { ColumnMapping } from '../../importing/column-mapping.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';

export interface StartImportInput {
  version: number;
  format?: 'vcard' | 'csv' | 'yellowpad';
  mapping?: ColumnMapping;
}

export async function startImportJob(db: Db, actor: Actor, id: string, input: StartImportInput) {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, importJobs, actor, id, input.version, 'import');
    if (current.status !== 'uploaded') {
      throw new AppError('import_already_started', 'This import has already been started (or cancelled): upload the file again to import it anew.');
    }
    const [job] = await tx
      .update(importJobs)
      .set({
        status: 'queued',
        format: input.format ?? null,
        mapping: input.format === 'yellowpad' ? null : (input.mapping ?? null),
        updatedAt: new Date(),
        version: current.version + 1,
      })
      .where(where)
      .returning();
    return job!;
  });
}
