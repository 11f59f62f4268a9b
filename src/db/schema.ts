/**
 * Yellowpad's database schema: the single source from which `drizzle-kit generate` writes migrations.
 * Tenant tables carry `firm_id` and a primary key that starts with it, so every foreign key between
 * tenant rows includes the firm and a firm-sharded PostgreSQL (Citus) stays possible.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);
const id = () => uuid('id').notNull().defaultRandom();
const firmId = () => uuid('firm_id').notNull();
const createdBy = () => uuid('created_by');

export const firms = pgTable(
  'firms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex('firms_slug_key').on(t.slug)],
);

export const members = pgTable(
  'members',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['owner', 'member'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    // Login identifies a member by email alone, so an email belongs to one firm.
    uniqueIndex('members_email_key').on(sql`lower(${t.email})`),
    check('members_role_check', sql`${t.role} in ('owner', 'member')`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    firmId: firmId(),
    memberId: uuid('member_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
    index('sessions_member_idx').on(t.firmId, t.memberId),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    firmId: firmId(),
    memberId: uuid('member_id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    uniqueIndex('api_tokens_hash_key').on(t.tokenHash),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['owner', 'member'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    createdBy: createdBy(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    check('invitations_role_check', sql`${t.role} in ('owner', 'member')`),
  ],
);

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    website: text('website'),
    industry: text('industry'),
    notes: text('notes'),
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    index('organizations_name_idx').on(t.firmId, sql`lower(${t.name})`, t.id),
    index('organizations_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('organizations_name_check', sql`length(btrim(${t.name})) > 0`),
  ],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** Stay in touch at least every N days; losing touch = no conversation within it. Null: no cadence. */
    stayInTouchDays: integer('stay_in_touch_days'),
    searchText: text('search_text').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    check('people_stay_in_touch_check', sql`${t.stayInTouchDays} between 1 and 3650`),
    index('people_cadence_idx').on(t.firmId, t.id).where(sql`${t.stayInTouchDays} is not null`),
    index('people_name_idx').on(t.firmId, sql`lower(${t.fullName})`, t.id),
    index('people_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('people_full_name_check', sql`length(btrim(${t.fullName})) > 0`),
  ],
);

/** A person's place in an organisation (a person may belong to several, each with a role or title). */
export const affiliations = pgTable(
  'affiliations',
  {
    firmId: firmId(),
    personId: uuid('person_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    title: text('title'),
    createdAt: createdAt(),
    createdBy: createdBy(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.personId, t.organizationId] }),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.organizationId], foreignColumns: [organizations.firmId, organizations.id] }).onDelete('cascade'),
    index('affiliations_organization_idx').on(t.firmId, t.organizationId),
  ],
);

export const conversations = pgTable(
  'conversations',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    channel: text('channel', {
      enum: ['meeting', 'call', 'video', 'email', 'message', 'meal', 'other'],
    }).notNull(),
    summary: text('summary'),
    notes: jsonb('notes').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    index('conversations_occurred_idx').on(t.firmId, t.occurredAt.desc(), t.id.desc()),
    check(
      'conversations_channel_check',
      sql`${t.channel} in ('meeting', 'call', 'video', 'email', 'message', 'meal', 'other')`,
    ),
    check('conversations_notes_object_check', sql`jsonb_typeof(${t.notes}) = 'object'`),
  ],
);

/**
 * The client-side participants of a conversation. `occurred_at` is copied from the conversation so a
 * person's timeline is one index range scan, newest first, however many conversations the firm holds.
 */
export const conversationPeople = pgTable(
  'conversation_people',
  {
    firmId: firmId(),
    conversationId: uuid('conversation_id').notNull(),
    personId: uuid('person_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.conversationId, t.personId] }),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('cascade'),
    index('conversation_people_timeline_idx').on(t.firmId, t.personId, t.occurredAt.desc(), t.conversationId.desc()),
  ],
);

/**
 * The firm's members who took part in a conversation. `occurred_at` is copied from the conversation (as in
 * conversation_people), so a member's recent conversations — Today's open loops — are one index range scan,
 * however long the member's history.
 */
export const conversationMembers = pgTable(
  'conversation_members',
  {
    firmId: firmId(),
    conversationId: uuid('conversation_id').notNull(),
    memberId: uuid('member_id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.conversationId, t.memberId] }),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
    index('conversation_members_timeline_idx').on(t.firmId, t.memberId, t.occurredAt.desc(), t.conversationId.desc()),
  ],
);

// ---------------------------------------------------------------------------------------------------------------
// The trust-based practices (decision 012). Vocabularies are repeated from src/common/practices.ts as CHECKs;
// tests/domain/vocabularies.test.ts keeps the two equal. Dates a person picks (due, target, given) are `date`.
// ---------------------------------------------------------------------------------------------------------------

const day = (name: string) => date(name, { mode: 'string' });
const stamp = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const nonBlankText = (column: unknown) => sql`length(btrim(${column})) > 0`;

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

/** A gift to one client: a specific, sometimes risky, piece of value given before any engagement. */
export const gifts = pgTable(
  'gifts',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['insight', 'tool', 'paper', 'sample_of_work', 'introduction', 'other'] }).notNull(),
    title: text('title').notNull(),
    /** What makes it specific to this client. */
    specificToClient: text('specific_to_client').notNull(),
    riskTaken: text('risk_taken'),
    givenOn: day('given_on').notNull(),
    /** A link, or where the attachment is kept. */
    reference: text('reference'),
    response: text('response', { enum: ['pending', 'used', 'appreciated', 'ignored', 'declined'] }).notNull().default('pending'),
    responseNote: text('response_note'),
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    needId: uuid('need_id'),
    conversationId: uuid('conversation_id'),
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
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('set null'),
    index('gifts_given_idx').on(t.firmId, t.givenOn.desc(), t.id.desc()),
    index('gifts_person_idx').on(t.firmId, t.personId),
    index('gifts_organization_idx').on(t.firmId, t.organizationId),
    check('gifts_kind_check', sql`${t.kind} in ('insight', 'tool', 'paper', 'sample_of_work', 'introduction', 'other')`),
    check('gifts_response_check', sql`${t.response} in ('pending', 'used', 'appreciated', 'ignored', 'declined')`),
    check('gifts_title_check', nonBlankText(t.title)),
    check('gifts_specific_check', nonBlankText(t.specificToClient)),
  ],
);

/** The directory of other firms and people (competitors included) and what they are good at. */
export const providers = pgTable(
  'providers',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['firm', 'person'] }).notNull(),
    goodAt: text('good_at').notNull(),
    contactName: text('contact_name'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    notes: text('notes'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    index('providers_name_idx').on(t.firmId, sql`lower(${t.name})`, t.id),
    check('providers_kind_check', sql`${t.kind} in ('firm', 'person')`),
    check('providers_name_check', nonBlankText(t.name)),
    check('providers_good_at_check', nonBlankText(t.goodAt)),
  ],
);

/**
 * Referrals out (we sent a client to a provider who fits better: help given) and in (who sent a client
 * to us: a provider, a person we know, or a name).
 */
export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: ['out', 'in'] }).notNull(),
    providerId: uuid('provider_id'),
    referredByPersonId: uuid('referred_by_person_id'),
    referredByName: text('referred_by_name'),
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    needId: uuid('need_id'),
    conversationId: uuid('conversation_id'),
    /** Out: why they fit better. In: how it came about. */
    reason: text('reason').notNull(),
    referredOn: day('referred_on').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.providerId], foreignColumns: [providers.firmId, providers.id] }).onDelete('restrict'),
    foreignKey({ columns: [t.firmId, t.referredByPersonId], foreignColumns: [people.firmId, people.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.organizationId], foreignColumns: [organizations.firmId, organizations.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.needId], foreignColumns: [needs.firmId, needs.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('set null'),
    index('referrals_referred_idx').on(t.firmId, t.referredOn.desc(), t.id.desc()),
    index('referrals_provider_idx').on(t.firmId, t.providerId),
    index('referrals_person_idx').on(t.firmId, t.personId),
    check('referrals_direction_check', sql`${t.direction} in ('out', 'in')`),
    check('referrals_out_provider_check', sql`${t.direction} <> 'out' or ${t.providerId} is not null`),
    check('referrals_reason_check', nonBlankText(t.reason)),
  ],
);

/** Follow-ups: what exactly we will bring the client, and when. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: id(),
    firmId: firmId().references(() => firms.id, { onDelete: 'cascade' }),
    content: text('content').notNull(),
    dueOn: day('due_on').notNull(),
    status: text('status', { enum: ['open', 'done', 'cancelled'] }).notNull().default('open'),
    /** Whose follow-up it is. */
    memberId: uuid('member_id'),
    personId: uuid('person_id'),
    organizationId: uuid('organization_id'),
    needId: uuid('need_id'),
    conversationId: uuid('conversation_id'),
    doneAt: stamp('done_at'),
    cancelledAt: stamp('cancelled_at'),
    cancelReason: text('cancel_reason'),
    snoozeCount: integer('snooze_count').notNull().default(0),
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
    index('follow_ups_open_due_idx').on(t.firmId, t.memberId, t.dueOn).where(sql`${t.status} = 'open'`),
    // The firm's open follow-ups in Today's order (whole-firm view), read in order instead of sorted.
    index('follow_ups_firm_open_due_idx').on(t.firmId, t.dueOn, t.createdAt, t.id).where(sql`${t.status} = 'open'`),
    index('follow_ups_created_idx').on(t.firmId, t.createdAt.desc(), t.id.desc()),
    index('follow_ups_person_idx').on(t.firmId, t.personId),
    check('follow_ups_status_check', sql`${t.status} in ('open', 'done', 'cancelled')`),
    check('follow_ups_content_check', nonBlankText(t.content)),
    check('follow_ups_done_check', sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
    check('follow_ups_cancelled_check', sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null)`),
  ],
);

/**
 * The close-out of one conversation (the 10% rule): the acts chosen, each optional. A conversation with
 * no close-out is an open loop.
 */
export const closeOuts = pgTable(
  'close_outs',
  {
    firmId: firmId(),
    conversationId: uuid('conversation_id').notNull(),
    /** "If we can't help, suggest an alternative": the referral it recorded. */
    referralId: uuid('referral_id'),
    /** "Add one piece of value": what. */
    valueAdd: text('value_add'),
    valueGiftId: uuid('value_gift_id'),
    followUpId: uuid('follow_up_id'),
    createdAt: createdAt(),
    createdBy: createdBy(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.conversationId] }),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.referralId], foreignColumns: [referrals.firmId, referrals.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.valueGiftId], foreignColumns: [gifts.firmId, gifts.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.followUpId], foreignColumns: [followUps.firmId, followUps.id] }).onDelete('set null'),
  ],
);
