/** Promises and their keeping: commitments both ways with their renegotiations, and incidents (decision 012). */
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, createdBy, day, firmId, id, nonBlankText, stamp, updatedAt, version } from './columns.ts';
import { conversations, firms, members, organizations, people } from './foundation.ts';
import { needs } from './needs.ts';


/** Incidents: something went wrong for a client; each step of the response is timestamped. */
export const incidents = pgTable(
  'incidents',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    whatHappened: text('what_happened').notNull(),
    reportedAt: stamp('reported_at').notNull(),
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    needId: uuid('need_id'),
    acknowledgedAt: stamp('acknowledged_at'),
    acknowledgement: text('acknowledgement'),
    explainedAt: stamp('explained_at'),
    explanation: text('explanation'),
    preventionAt: stamp('prevention_at'),
    prevention: text('prevention'),
    verifiedAt: stamp('verified_at'),
    verification: text('verification'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.organizationId], foreignColumns: [organizations.firmId, organizations.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('set null'),
    index('incidents_reported_idx').on(t.firmId, t.reportedAt.desc(), t.id.desc()),
    index('incidents_open_idx').on(t.firmId, t.reportedAt).where(sql`${t.verifiedAt} is null`),
    check('incidents_title_check', nonBlankText(t.title)),
    check('incidents_acknowledged_check', sql`(${t.acknowledgedAt} is null) = (${t.acknowledgement} is null)`),
    check('incidents_explained_check', sql`(${t.explainedAt} is null) = (${t.explanation} is null)`),
    check('incidents_prevention_check', sql`(${t.preventionAt} is null) = (${t.prevention} is null)`),
    check('incidents_verified_check', sql`(${t.verifiedAt} is null) = (${t.verification} is null)`),
  ],
);

/**
 * Promises both ways. `due_on` is the date in force (moved by renegotiation, history in
 * commitment_renegotiations); `original_due_on` is the first one. Kept late = kept after `due_on`.
 */
export const commitments = pgTable(
  'commitments',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['us', 'client'] }).notNull(),
    description: text('description').notNull(),
    dueOn: day('due_on').notNull(),
    originalDueOn: day('original_due_on').notNull(),
    status: text('status', { enum: ['open', 'kept', 'broken'] }).notNull().default('open'),
    keptOn: day('kept_on'),
    brokenReason: text('broken_reason'),
    resolvedAt: stamp('resolved_at'),
    renegotiationCount: integer('renegotiation_count').notNull().default(0),
    /** Our member: who promised (side us), or who looks after it (side client). */
    memberId: uuid('member_id'),
    /** The client's person: who promised (side client), or to whom (side us). */
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    needId: uuid('need_id'),
    conversationId: uuid('conversation_id'),
    /** Set when the commitment is an incident's prevention. */
    incidentId: uuid('incident_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.organizationId], foreignColumns: [organizations.firmId, organizations.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.incidentId], foreignColumns: [incidents.firmId, incidents.id] }).onDelete('set null'),
    index('commitments_open_due_idx').on(t.firmId, t.dueOn).where(sql`${t.status} = 'open'`),
    // One member's open commitments by due day (their Today), without reading the whole firm's.
    index('commitments_member_open_due_idx').on(t.firmId, t.memberId, t.dueOn).where(sql`${t.status} = 'open'`),
    index('commitments_resolved_idx').on(t.firmId, t.resolvedAt).where(sql`${t.status} <> 'open'`),
    index('commitments_created_idx').on(t.firmId, t.createdAt.desc(), t.id.desc()),
    index('commitments_person_idx').on(t.firmId, t.personId),
    index('commitments_organization_idx').on(t.firmId, t.organizationId),
    index('commitments_need_idx').on(t.firmId, t.needId),
    check('commitments_side_check', sql`${t.side} in ('us', 'client')`),
    check('commitments_status_check', sql`${t.status} in ('open', 'kept', 'broken')`),
    check('commitments_description_check', nonBlankText(t.description)),
    check('commitments_kept_check', sql`(${t.status} = 'kept') = (${t.keptOn} is not null)`),
    check('commitments_broken_check', sql`(${t.status} = 'broken') = (${t.brokenReason} is not null)`),
    check('commitments_resolved_check', sql`(${t.status} = 'open') = (${t.resolvedAt} is null)`),
  ],
);

/** Each renegotiation: the new date and the reason, agreed before the date in force. */
export const commitmentRenegotiations = pgTable(
  'commitment_renegotiations',
  {
    id: id(),
    firmId: firmId(),
    commitmentId: uuid('commitment_id').notNull(),
    fromDueOn: day('from_due_on').notNull(),
    toDueOn: day('to_due_on').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    createdBy: createdBy(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.commitmentId], foreignColumns: [commitments.firmId, commitments.id] }).onDelete('cascade'),
    index('commitment_renegotiations_commitment_idx').on(t.firmId, t.commitmentId, t.createdAt),
    check('commitment_renegotiations_reason_check', nonBlankText(t.reason)),
  ],
);
