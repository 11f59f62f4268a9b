/**
 * The firm's audit trail (issue 5): one row per act that must be answerable later, such as erasing a person
 * on request (decision 020). An entry never holds personal data: the subject is an id that no longer
 * resolves, and the summary holds counts only.
 */
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { firmId, id, stamp } from './columns.ts';
import { firms, members } from './foundation.ts';

/** What an audit entry records, as stored. */
export const auditActions = ['person_erased'] as const;
/** What kind of record an audit entry is about, as stored. */
export const auditSubjects = ['person'] as const;

export const auditEntries = pgTable(
  'audit_entries',
  {
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    id: id(),
    at: stamp('at').notNull().defaultNow(),
    /** The member who acted; null once that member is removed (the entry stays). */
    actorMemberId: uuid('actor_member_id'),
    action: text('action', { enum: auditActions }).notNull(),
    subject: text('subject', { enum: auditSubjects }).notNull(),
    /** The subject's id, with no foreign key: an erased person is gone. */
    subjectId: uuid('subject_id').notNull(),
    /** Counts only (e.g. how many records were unlinked), never names, emails or free text about the subject. */
    summary: jsonb('summary').$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
    /** Why, in the member's words (e.g. "request by email 2026-11-20"). Optional. */
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.actorMemberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    index('audit_entries_at_idx').on(t.firmId, t.at.desc(), t.id.desc()),
    check('audit_entries_action_check', sql`${t.action} in ('person_erased')`),
    check('audit_entries_subject_check', sql`${t.subject} in ('person')`),
    check('audit_entries_summary_object_check', sql`jsonb_typeof(${t.summary}) = 'object'`),
  ],
);
