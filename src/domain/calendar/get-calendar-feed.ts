/** The signed-in member's active calendar feed (when it was created), or null: the secret is never stored. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { calendarFeeds } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';

const f = calendarFeeds;

/** Condition for the actor's one active (unrevoked) feed. */
export const activeFeedOf = (actor: Actor) => and(eq(f.firmId, actor.firmId), eq(f.memberId, actor.memberId), isNull(f.revokedAt));

export async function getCalendarFeed(db: Db, actor: Actor) {
  const [row] = await db.select({ id: f.id, createdAt: f.createdAt }).from(f).where(activeFeedOf(actor)).limit(1);
  return row ?? null;
}
