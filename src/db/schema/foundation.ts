/** The foundation's tables: firms and their members, sessions and tokens, the address book, conversations. */
import { sql } from 'drizzle-orm';
import {
  check,
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
import { createdAt, createdBy, firmId, id, updatedAt, version } from './columns.ts';

/** A postal address as people keep it: every part optional, the label says which (home, work…). */
export interface PostalAddress {
  label?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

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
    /** Their job title or role as they give it, when no organisation says it (an affiliation holds a title there). */
    title: text('title'),
    /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (as vCard writes it). */
    birthday: text('birthday'),
    /** Postal addresses, each `{label?, street?, city?, region?, postalCode?, country?}`. */
    addresses: jsonb('addresses').$type<PostalAddress[]>().notNull().default(sql`'[]'::jsonb`),
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
    check('people_birthday_check', sql`${t.birthday} ~ '^([0-9]{4}-|--)[0-9]{2}-[0-9]{2}$'`),
    check('people_addresses_array_check', sql`jsonb_typeof(${t.addresses}) = 'array'`),
    // Matching an import by email: one index probe per address instead of a scan of the firm's people.
    // fastupdate off: with a pending list, every lookup during a big import re-reads the whole list (1 s per batch).
    index('people_emails_idx').using('gin', t.emails).with({ fastupdate: false }),
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
