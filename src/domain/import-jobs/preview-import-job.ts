/**
 * What an uploaded file will import as: format, column mapping (the person may correct it and preview
 * again), the first records and the problems found in the rows read. Reads the stored file in chunks and
 * stops after the preview's share, so a million-row file previews as quickly as a small one.
 */
import type { Db } from '../../db/open-db.ts';
import type { ColumnMapping } from '../../importing/column-mapping.ts';
import { previewImport, type ImportPreview } from '../../importing/preview-import.ts';
import type { ImportFormat } from '../../importing/types.ts';
import { startsLikeZip } from '../../importing/zip-signature.ts';
import type { Actor } from '../actor.ts';
import { getImportJob } from './get-import-job.ts';
import { readJobFile } from './import-job-file.ts';

export type JobPreview = ImportPreview | { format: 'yellowpad' };

export async function previewImportJob(
  db: Db,
  actor: Actor,
  id: string,
  options: { format?: ImportFormat; mapping?: ColumnMapping } = {},
): Promise<JobPreview> {
  const job = await getImportJob(db, actor, id);
  const file = readJobFile(db, actor.firmId, job.id);
  const first = await file.next();
  if (first.done) return previewImport(new Uint8Array(), options);
  if (!options.format && startsLikeZip(first.value)) {
    await file.return(undefined);
    return { format: 'yellowpad' };
  }
  return previewImport(prepend(first.value, file), options);
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  yield* rest;
}
