/** Import jobs and previews as the API shows them. */
import type { ImportJob } from '../domain/import-jobs/get-import-job.ts';
import type { JobPreview } from '../domain/import-jobs/preview-import-job.ts';
import { noCounts } from '../domain/importing/import-counts.ts';
import { FIELD_TARGETS } from '../importing/column-mapping.ts';
import { fieldLabels } from '../importing/field-labels.ts';
import { iso, isoOrNull } from './iso.ts';

export function presentImportJob(job: ImportJob) {
  const progress = job.status === 'done' ? 1 : job.fileBytes ? Math.min(1, job.bytesDone / job.fileBytes) : 0;
  return {
    id: job.id,
    fileName: job.fileName,
    fileBytes: job.fileBytes,
    format: job.format as 'vcard' | 'csv' | 'yellowpad' | null,
    status: job.status,
    progress,
    rowsDone: job.rowsDone,
    counts: { ...noCounts(), ...job.counts },
    errors: job.errors,
    failure: job.failure,
    createdBy: job.createdBy,
    createdAt: iso(job.createdAt),
    startedAt: isoOrNull(job.startedAt),
    finishedAt: isoOrNull(job.finishedAt),
    version: job.version,
  };
}

const fields = FIELD_TARGETS.map((field) => ({ field, label: fieldLabels[field] }));

export function presentImportPreview(preview: JobPreview) {
  if (preview.format === 'yellowpad') {
    return { format: 'yellowpad' as const, mapping: [], unmappedColumns: [], fields, sample: [], counts: { records: 0, errors: 0 }, complete: true, warnings: [], errors: [] };
  }
  return { ...preview, fields };
}
