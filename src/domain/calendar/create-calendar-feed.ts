/**
 * Creates the member's calendar feed, or rotates it: the previous secret is revoked in the same transaction,
 * so an old link stops working the moment a new one exists. The new secret is returned once only.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { calendarFeeds, members } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { hashSecret } from '../support/secrets.ts';
import { newFeedSecret } from './feed-secret.ts';
import { activeFeedOf } from './get-calendar-feed.ts';

export async function createCalendarFeed(db: Db, actor: Actor, clock: Clock) {
  const secret = newFeedSecret();
  const feed = await db.transaction(async (tx) => {
    // Two rotations at once queue on the member's row rather than trip the one-active-feed index.
    await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.firmId, actor.firmId), eq(members.id, actor.memberId)))
      .for('update');
    await tx.update(calendarFeeds).set({ revokedAt: clock() }).where(activeFeedOf(actor));
    const [row] = await tx
      .insert(calendarFeeds)
      .values({ firmId: actor.firmId, memberId: actor.memberId, tokenHash: hashSecret(secret) })
      .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
    return row!;
  });
  return { ...feed, secret };
}
