/**
 * Receives a contacts file for a background import: the bytes are stored with a new job (status
 * "uploaded") in one transaction, so a broken upload leaves nothing behind. The person then previews it,
 * corrects the mapping if needed, and starts it.
 */
import type { Db } from '../../db/open-db.ts';
import { importJobs } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { storeJobFile } from './import-job-file.ts';
import { jobWhere } from './get-import-job.ts';

/** The largest file accepted (a million contacts is about 150 MB of CSV). */
export const IMPORT_MAX_BYTES = 512 * 1024 * 1024;

export interface UploadInput {
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  maxBytes?: number;
}

export async function uploadImportFile(db: Db, actor: Actor, input: UploadInput) {
  const fileName = input.fileName.trim().slice(0, 255) || 'contacts';
  const maxBytes = input.maxBytes ?? IMPORT_MAX_BYTES;
  return db.transaction(async (tx) => {
    const [job] = await tx.insert(importJobs).values({ firmId: actor.firmId, createdBy: actor.memberId, fileName, fileBytes: 0 }).returning();
    const tooLarge = () =>
      new AppError('payload_too_large', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB: split it into smaller files and import each.`);
    const bytes = await storeJobFile(tx, actor.firmId, job!.id, input.body, tooLarge, maxBytes);
    if (bytes === 0) throw new AppError('validation_failed', 'The file is empty: choose the file your other tool exported.', { fields: { file: 'is empty' } });
    const [stored] = await tx.update(importJobs).set({ fileBytes: bytes }).where(jobWhere(actor.firmId, job!.id)).returning();
    return stored!;
  });
}
