/**
 * A person's last conversation as of a calendar day: one backwards step on conversation_people_timeline_idx
 * (firm, person, occurred_at desc), however many conversations they have had. Used by the person's
 * stay-in-touch line and by Today's "losing touch" list, so both read the same moment.
 */
import { and, eq, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { addDays } from '../../common/days.ts';
import type { Db } from '../../db/open-db.ts';
import { conversationPeople } from '../../db/schema.ts';

/** The first instant after `day` (UTC): conversations before it happened on or before that day. */
export function endOfDay(day: string): string {
  return `${addDays(day, 1)}T00:00:00Z`;
}

/**
 * The query for when the person last talked with the firm, on or before `day` (a conversation logged for a
 * later day has not happened yet), correlated on the outer query's firm and person columns: use it as a
 * lateral join, or as a scalar with lastConversationAt.
 */
export function lastConversation(db: Db, firmId: AnyColumn, personId: AnyColumn, day: string) {
  const cp = conversationPeople;
  return (
    db
      .select({ at: cp.occurredAt })
      .from(cp)
      .where(and(eq(cp.firmId, firmId), eq(cp.personId, personId), lt(cp.occurredAt, new Date(endOfDay(day)))))
      // DESC NULLS LAST, as the index is declared, so PostgreSQL reads it backwards instead of sorting.
      .orderBy(sql`${cp.occurredAt} desc nulls last`)
      .limit(1)
  );
}

/**
 * lastConversation as a scalar subquery. Built with the query builder, which keeps the outer columns
 * qualified even in a single-table select list (a plain sql`` chunk would lose them there).
 */
export function lastConversationAt(db: Db, firmId: AnyColumn, personId: AnyColumn, day: string): SQL<Date | null> {
  return sql<Date | null>`(${lastConversation(db, firmId, personId, day)})`.mapWith(conversationPeople.occurredAt);
}
