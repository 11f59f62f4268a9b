/**
 * Email over SMTP (issue 5, decision 023): a member's choice about the daily digest, the claim that makes a
 * digest go out once however many runs or servers try (the primary key is the claim), and the follow-up
 * emails sent from Yellowpad, each logged as an email conversation.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { day, firmId, id, nonBlankText, stamp } from './columns.ts';
import { conversations, members } from './foundation.ts';

/** A member's email preferences; no row means the defaults (digest on). */
export const memberEmailSettings = pgTable(
  'member_email_settings',
  {
    firmId: firmId(),
    memberId: uuid('member_id').notNull(),
    digestEnabled: boolean('digest_enabled').notNull().default(true),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.memberId] }),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
  ],
);

/** One row per member and day: inserting it is claiming that day's digest. */
export const digestSends = pgTable(
  'digest_sends',
  {
    firmId: firmId(),
    memberId: uuid('member_id').notNull(),
    day: day('day').notNull(),
    claimedBy: text('claimed_by').notNull(),
    claimedAt: stamp('claimed_at').notNull().defaultNow(),
    sentAt: stamp('sent_at'),
    /** How many items the digest listed (0: nothing due, no email sent). */
    itemCount: integer('item_count'),
    attempts: integer('attempts').notNull().default(1),
    lastError: text('last_error'),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.memberId, t.day] }),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
  ],
);

/** A follow-up email sent from Yellowpad; its conversation (channel email) is the record people see. */
export const sentEmails = pgTable(
  'sent_emails',
  {
    firmId: firmId(),
    id: id(),
    conversationId: uuid('conversation_id').notNull(),
    /** The member who sent it; null once that member is removed. */
    memberId: uuid('member_id'),
    toAddresses: text('to_addresses').array().notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The Message-ID the SMTP server accepted, for finding the email in a mailbox later. */
    messageId: text('message_id'),
    sentAt: stamp('sent_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    check('sent_emails_subject_check', nonBlankText(t.subject)),
    check('sent_emails_to_check', sql`cardinality(${t.toAddresses}) > 0`),
  ],
);
