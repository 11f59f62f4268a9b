/**
 * Imports (issue 5, decision 021): a contacts file uploaded for a background import is kept in 1 MB chunks
 * beside its job until the job ends, so any server sharing the database can run it in bounded memory; the
 * job records its checkpoint and running counts in the same transaction as each batch it writes, so a crash
 * resumes after the last committed batch. Source ids (HubSpot, Salesforce, Google…) are kept per record so a
 * re-import matches what it created before.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, customType, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, createdBy, firmId, id, sqlList, stamp, updatedAt, version } from './columns.ts';
import { firms, organizations, people } from './foundation.ts';

/** Where an import job stands, as stored. */
export const importStatuses = ['uploaded', 'queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof importStatuses)[number];


const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const importJobs = pgTable(
  'import_jobs',
  {
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    id: id(),
    /** The member who uploaded it; imported records are created by them. */
    createdBy: createdBy(),
    fileName: text('file_name').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    /** 'vcard' | 'csv' | 'yellowpad'; null until the person (or detection) settles it. */
    format: text('format'),
    /** The column mapping the person confirmed (CSV only). */
    mapping: jsonb('mapping').$type<{ column: string; field: string | null }[]>(),
    status: text('status', { enum: importStatuses }).notNull().default('uploaded'),
    /** The last data row whose batch is committed: a resumed run skips rows up to it. */
    rowsDone: integer('rows_done').notNull().default(0),
    /** Bytes of the file read so far, for the progress bar. */
    bytesDone: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
    /** `{createdPeople, createdOrganizations, updated, skipped, errors}` so far. */
    counts: jsonb('counts').$type<Partial<Record<'createdPeople' | 'createdOrganizations' | 'updated' | 'skipped' | 'errors', number>>>().notNull().default(sql`'{}'::jsonb`),
    /** The first row errors, `{row, message}` (the count of all is in counts.errors). */
    errors: jsonb('errors').$type<{ row: number; message: string }[]>().notNull().default(sql`'[]'::jsonb`),
    failure: text('failure'),
    /** Which worker holds the job, and when it last said it is alive (a stale claim is taken over). */
    claimedBy: text('claimed_by'),
    heartbeatAt: stamp('heartbeat_at'),
    startedAt: stamp('started_at'),
    finishedAt: stamp('finished_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    index('import_jobs_recent_idx').on(t.firmId, t.createdAt.desc(), t.id.desc()),
    // The worker's queue: only jobs waiting or running are indexed.
    index('import_jobs_queue_idx').on(t.createdAt).where(sql`${t.status} in ('queued', 'running')`),
    check('import_jobs_status_check', sql`${t.status} in ${sqlList(importStatuses)}`),
    check('import_jobs_format_check', sql`${t.format} in ('vcard', 'csv', 'yellowpad')`),
  ],
);

/** An uploaded file's bytes, in order; deleted when its job ends. */
export const importChunks = pgTable(
  'import_chunks',
  {
    firmId: firmId(),
    jobId: uuid('job_id').notNull(),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.jobId, t.seq] }),
    foreignKey({ columns: [t.firmId, t.jobId], foreignColumns: [importJobs.firmId, importJobs.id] }).onDelete('cascade'),
  ],
);

/** What kind of record a source id names, as stored. */
export const importLinkKinds = ['person', 'organization'] as const;

/** A record's id in the tool it came from (e.g. HubSpot's Record ID), so re-imports find it. */
export const importLinks = pgTable(
  'import_links',
  {
    firmId: firmId(),
    /** The tool: hubspot, salesforce, google, outlook, thunderbird, vcard, csv. */
    source: text('source').notNull(),
    kind: text('kind', { enum: importLinkKinds }).notNull(),
    sourceId: text('source_id').notNull(),
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.source, t.kind, t.sourceId] }),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.organizationId], foreignColumns: [organizations.firmId, organizations.id] }).onDelete('cascade'),
    index('import_links_person_idx').on(t.firmId, t.personId).where(sql`${t.personId} is not null`),
    index('import_links_organization_idx').on(t.firmId, t.organizationId).where(sql`${t.organizationId} is not null`),
    check('import_links_kind_check', sql`${t.kind} in ${sqlList(importLinkKinds)}`),
    check(
      'import_links_target_check',
      sql`(${t.kind} = 'person' and ${t.personId} is not null and ${t.organizationId} is null) or (${t.kind} = 'organization' and ${t.organizationId} is not null and ${t.personId} is null)`,
    ),
  ],
);
