/** An organisation's history with the firm: conversations with anyone who belongs to it now, newest first. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { organizations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { organizationFeed, type FeedPageInput } from '../conversations/conversation-feed.ts';
import { withParticipants } from '../conversations/conversation-participants.ts';
import { notFound } from '../errors.ts';
import { conversationEvents, type TimelinePage } from './timeline-item.ts';

/** One page of the organisation's timeline, each conversation once; not_found for another firm's organisation. */
export async function getOrganizationTimeline(db: Db, actor: Actor, organizationId: string, input: FeedPageInput): Promise<TimelinePage> {
  const [organization] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.firmId, actor.firmId), eq(organizations.id, organizationId)))
    .limit(1);
  if (!organization) throw notFound('organisation');
  const page = await organizationFeed(db, actor.firmId, organizationId, input);
  return { items: conversationEvents(await withParticipants(db, actor.firmId, page.rows)), nextCursor: page.nextCursor };
}
