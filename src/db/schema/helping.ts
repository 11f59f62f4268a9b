/** Helping: gifts, the provider directory and referrals, follow-ups and conversation close-outs (decision 012). */
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, createdBy, day, firmId, id, nonBlankText, stamp, updatedAt, version } from './columns.ts';
import { conversations, firms, members, organizations, people } from './foundation.ts';
import { needs } from './needs.ts';


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
