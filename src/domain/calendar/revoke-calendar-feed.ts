/** Revokes the member's active calendar feed: its link answers 404 from now on. */
import type { Db } from '../../db/open-db.ts';
import { calendarFeeds } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { activeFeedOf } from './get-calendar-feed.ts';

export async function revokeCalendarFeed(db: Db, actor: Actor, clock: Clock): Promise<void> {
  const revoked = await db.update(calendarFeeds).set({ revokedAt: clock() }).where(activeFeedOf(actor)).returning({ id: calendarFeeds.id });
  if (revoked.length === 0) throw new AppError('not_found', 'You have no active calendar feed to revoke.');
}
