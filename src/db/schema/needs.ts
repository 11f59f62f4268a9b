/** Needs: the problem statement's versions and the client's confirmations, the client's decision journey (decision 012). */
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, pgTable, primaryKey, text, check, uuid } from 'drizzle-orm/pg-core';
import { createdAt, createdBy, day, firmId, id, nonBlankText, stamp, updatedAt, version } from './columns.ts';
import { firms, members, organizations, people } from './foundation.ts';


/** Something the client wants to change. It belongs to an organisation and/or people (need_people). */
export const needs = pgTable(
  'needs',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    organizationId: uuid('organization_id'),
    /** Who leads on our side. */
    leadMemberId: uuid('lead_member_id'),
    outcome: text('outcome', {
      enum: ['engaged', 'referred_out', 'advised_not_to_buy', 'no_decision', 'chose_another_provider', 'deferred'],
    }),
    outcomeReason: text('outcome_reason'),
    outcomeLesson: text('outcome_lesson'),
    outcomeAt: stamp('outcome_at'),
    outcomeBy: uuid('outcome_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.organizationId], foreignColumns: [organizations.firmId, organizations.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.leadMemberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    index('needs_created_idx').on(t.firmId, t.createdAt.desc(), t.id.desc()),
    index('needs_organization_idx').on(t.firmId, t.organizationId),
    check('needs_title_check', nonBlankText(t.title)),
    check(
      'needs_outcome_check',
      sql`${t.outcome} in ('engaged', 'referred_out', 'advised_not_to_buy', 'no_decision', 'chose_another_provider', 'deferred')`,
    ),
    check('needs_outcome_reason_check', sql`(${t.outcome} is null) = (${t.outcomeReason} is null) and (${t.outcome} is null) = (${t.outcomeAt} is null)`),
  ],
);

/** The client's people a need belongs to. */
export const needPeople = pgTable(
  'need_people',
  {
    firmId: firmId(),
    needId: uuid('need_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.needId, t.personId] }),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    index('need_people_person_idx').on(t.firmId, t.personId),
  ],
);

/** Versions of a need's problem statement, numbered 1, 2, 3… per need. A version is never edited, only confirmed. */
export const problemStatements = pgTable(
  'problem_statements',
  {
    firmId: firmId(),
    needId: uuid('need_id').notNull(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    origin: text('origin', { enum: ['first_stated', 'working', 'jointly_defined'] }).notNull(),
    /** Why it changed from the previous version. */
    changeReason: text('change_reason'),
    createdAt: createdAt(),
    createdBy: createdBy(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.needId, t.version] }),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('cascade'),
    check('problem_statements_version_check', sql`${t.version} >= 1`),
    check('problem_statements_text_check', nonBlankText(t.text)),
    check('problem_statements_origin_check', sql`${t.origin} in ('first_stated', 'working', 'jointly_defined')`),
  ],
);

/** A client's confirmation of one version: who, when, how. A new version starts unconfirmed. */
export const problemStatementConfirmations = pgTable(
  'problem_statement_confirmations',
  {
    firmId: firmId(),
    needId: uuid('need_id').notNull(),
    version: integer('version').notNull(),
    personId: uuid('person_id').notNull(),
    how: text('how', { enum: ['in_person', 'call', 'video', 'email', 'message', 'share_page'] }).notNull(),
    confirmedAt: stamp('confirmed_at').notNull(),
    note: text('note'),
    createdAt: createdAt(),
    createdBy: createdBy(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.needId, t.version, t.personId] }),
    foreignKey({ columns: [t.firmId, t.needId, t.version], foreignColumns: [problemStatements.firmId, problemStatements.needId, problemStatements.version] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    check('problem_statement_confirmations_how_check', sql`${t.how} in ('in_person', 'call', 'video', 'email', 'message', 'share_page')`),
  ],
);

/** The steps the client takes to decide, in their words, in the order they set (position). */
export const journeySteps = pgTable(
  'journey_steps',
  {
    id: id(),
    firmId: firmId(),
    needId: uuid('need_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    ownerSide: text('owner_side', { enum: ['client', 'us', 'both'] }).notNull(),
    ownerPersonId: uuid('owner_person_id'),
    ownerMemberId: uuid('owner_member_id'),
    /** The client's date for this step, not one we invented. */
    targetOn: day('target_on'),
    status: text('status', { enum: ['planned', 'in_progress', 'done', 'skipped'] }).notNull().default('planned'),
    notes: text('notes'),
    completedOn: day('completed_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.ownerPersonId], foreignColumns: [people.firmId, people.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.ownerMemberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    index('journey_steps_need_idx').on(t.firmId, t.needId, t.position),
    index('journey_steps_open_target_idx')
      .on(t.firmId, t.targetOn)
      .where(sql`${t.status} in ('planned', 'in_progress') and ${t.targetOn} is not null`),
    check('journey_steps_title_check', nonBlankText(t.title)),
    check('journey_steps_owner_side_check', sql`${t.ownerSide} in ('client', 'us', 'both')`),
    check('journey_steps_status_check', sql`${t.status} in ('planned', 'in_progress', 'done', 'skipped')`),
  ],
);
