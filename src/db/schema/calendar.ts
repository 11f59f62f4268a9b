/**
 * Calendar feeds (issue 5): a member's follow-ups and commitments as an iCalendar feed at a secret URL.
 * Only the secret's SHA-256 hash is stored (like API tokens); a member has at most one active feed, and
 * rotating revokes the old one (decision 017).
 */
import { sql } from 'drizzle-orm';
import { foreignKey, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, firmId, id, stamp } from './columns.ts';
import { members } from './foundation.ts';

export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    firmId: firmId(),
    memberId: uuid('member_id').notNull(),
    id: id(),
    /** SHA-256 of the secret in the feed's URL; the secret itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: stamp('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.id] }),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('cascade'),
    // The public feed finds its row by the secret's hash alone.
    uniqueIndex('calendar_feeds_token_hash_key').on(t.tokenHash),
    // At most one active feed per member: rotating revokes the old one in the same transaction.
    uniqueIndex('calendar_feeds_member_active_key').on(t.firmId, t.memberId).where(sql`${t.revokedAt} is null`),
  ],
);
