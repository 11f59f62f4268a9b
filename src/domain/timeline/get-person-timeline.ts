/**
 * A person's history with the firm, newest first: the page a member reads before meeting them again — their
 * conversations and what they did on their share pages, merged on the same (time, id) key so one cursor
 * pages both (each source is one index range scan of at most a page).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { people } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { loadPersonClientActs } from '../client-acts/list-need-client-acts.ts';
import { personFeed, type FeedPageInput } from '../conversations/conversation-feed.ts';
import { withParticipants } from '../conversations/conversation-participants.ts';
import { notFound } from '../errors.ts';
import { encodeCursor } from '../support/cursor.ts';
import { decodeTimeCursor } from '../support/time-cursor.ts';
import { conversationEvents, type TimelineItem, type TimelinePage } from './timeline-item.ts';

type Keyed = { key: string; id: string; item: TimelineItem };

/** Newest first on (key desc, id desc), as both indexes order them. */
const newer = (a: Keyed, b: Keyed) => (a.key === b.key ? (a.id < b.id ? 1 : -1) : a.key < b.key ? 1 : -1);

/** One page of the person's timeline; not_found for another firm's person. */
export async function getPersonTimeline(db: Db, actor: Actor, personId: string, input: FeedPageInput): Promise<TimelinePage> {
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.firmId, actor.firmId), eq(people.id, personId)))
    .limit(1);
  if (!person) throw notFound('person');
  // Refuse a forged cursor before either read starts: both would reject, and the second would go unheard.
  if (input.cursor) decodeTimeCursor(input.cursor);
  const [feed, acts] = await Promise.all([
    personFeed(db, actor.firmId, personId, input),
    loadPersonClientActs(db, actor.firmId, personId, input),
  ]);
  const conversations = conversationEvents(await withParticipants(db, actor.firmId, feed.rows));
  const merged: Keyed[] = [
    ...conversations.map((item, i) => ({ key: feed.sortKeys[i]!, id: item.id, item })),
    ...acts.map((act) => ({ key: act.sortKey, id: act.id, item: { type: 'client_act' as const, ...act } })),
  ].sort(newer);
  // Either source may hold more than fits: a page follows if anything is left over, or the feed said so.
  const page = merged.slice(0, input.limit);
  const more = merged.length > input.limit || feed.nextCursor !== null;
  const last = page[page.length - 1];
  return { items: page.map((k) => k.item), nextCursor: more && last ? encodeCursor([last.key, last.id]) : null };
}
