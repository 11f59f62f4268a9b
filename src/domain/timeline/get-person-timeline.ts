/** A person's history with the firm, newest first: the page a member reads before meeting them again. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { personFeed, type FeedPageInput } from '../conversations/conversation-feed.ts';
import { withParticipants } from '../conversations/conversation-participants.ts';
import { notFound } from '../errors.ts';
import { conversationEvents, type TimelinePage } from './timeline-item.ts';

/** One page of the person's timeline (one index range scan); not_found for another firm's person. */
export async function getPersonTimeline(db: Db, actor: Actor, personId: string, input: FeedPageInput): Promise<TimelinePage> {
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.firmId, actor.firmId), eq(people.id, personId)))
    .limit(1);
  if (!person) throw notFound('person');
  const page = await personFeed(db, actor.firmId, personId, input);
  return { items: conversationEvents(await withParticipants(db, actor.firmId, page.rows)), nextCursor: page.nextCursor };
}
