/** Request and response schemas for importing contacts files (decision 021). */
import { z } from 'zod';
import { importStatuses } from '../../db/schema.ts';
import { FIELD_TARGETS } from '../../importing/column-mapping.ts';
import { CSV_FLAVOURS } from '../../importing/types.ts';
import { versionField } from './common.schemas.ts';

const count = () => z.int().min(0);
const formats = ['vcard', 'csv', 'yellowpad'] as const;

export const uploadQuery = z.object({
  fileName: z.string().max(255).default('contacts').describe('The file’s name as the person chose it, shown in the list of imports.'),
});

const mappingEntry = z.object({
  column: z.string().max(500).describe('The column’s header in the file.'),
  field: z.enum(FIELD_TARGETS).nullable().describe('Where the column goes; null: not imported.'),
});
export const columnMapping = z.array(mappingEntry).max(500).describe('One entry per column, in file order.');

export const previewBody = z.object({
  format: z.enum(['vcard', 'csv']).optional().describe('Read the file as this format instead of the detected one.'),
  mapping: columnMapping.optional().describe('The corrected mapping (CSV); the detected one when absent.'),
});

export const startBody = z.object({
  version: versionField,
  format: z.enum(formats).optional().describe('The format the preview settled; detected again when absent.'),
  mapping: columnMapping.optional().describe('The mapping the person confirmed (CSV).'),
});

export const cancelBody = z.object({ version: versionField });

const rowError = z.object({ row: count().describe('The row (or card) number, counting data rows from 1.'), message: z.string() }).meta({ id: 'ImportRowError' });

const address = z.object({
  street: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});

const record = z
  .object({
    row: count(),
    kind: z.enum(['person', 'organization']),
    sourceId: z.string().optional(),
    fullName: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    title: z.string().optional(),
    organizationName: z.string().optional(),
    organizationSourceId: z.string().optional(),
    addresses: z.array(address),
    birthday: z.string().optional(),
    notes: z.string().optional(),
    website: z.string().optional(),
    industry: z.string().optional(),
  })
  .meta({ id: 'ImportRecord' });

export const importPreview = z
  .object({
    format: z.enum(formats),
    flavour: z.enum([...CSV_FLAVOURS, 'vcard']).optional().describe('The tool the file looks exported from.'),
    delimiter: z.string().optional(),
    encoding: z.string().optional(),
    mapping: columnMapping,
    unmappedColumns: z.array(z.string()),
    fields: z.array(z.object({ field: z.enum(FIELD_TARGETS), label: z.string() })).describe('The fields a column can go to, with their names.'),
    sample: z.array(record).describe('The first records, as they will be imported.'),
    counts: z.object({ records: count(), errors: count() }),
    complete: z.boolean().describe('False when the file is longer than the preview reads (the counts cover the rows read).'),
    warnings: z.array(z.string()),
    errors: z.array(rowError),
  })
  .meta({ id: 'ImportPreview' });

export const importJob = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    fileBytes: count(),
    format: z.enum(formats).nullable(),
    status: z.enum(importStatuses).describe('uploaded → queued → running → done (or failed, cancelled).'),
    progress: z.number().min(0).max(1).describe('Share of the file read and committed, 0–1.'),
    rowsDone: count(),
    counts: z.object({ createdPeople: count(), createdOrganizations: count(), updated: count(), skipped: count(), errors: count() }),
    errors: z.array(rowError).describe('The first row errors (all are counted).'),
    failure: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    version: z.int(),
  })
  .meta({ id: 'ImportJob' });

export const uploadResult = z.object({ job: importJob, preview: importPreview }).meta({ id: 'ImportUpload' });
export const importJobList = z.object({ items: z.array(importJob) }).meta({ id: 'ImportJobList' });
