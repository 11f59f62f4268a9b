/** The emails sent from Yellowpad that a conversation logs (one, unless more were sent on it), oldest first. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversations, sentEmails } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';

export async function listSentEmails(db: Db, actor: Actor, conversationId: string) {
  const [conversation] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.firmId, actor.firmId), eq(conversations.id, conversationId)))
    .limit(1);
  if (!conversation) throw notFound('conversation');
  return db
    .select()
    .from(sentEmails)
    .where(and(eq(sentEmails.firmId, actor.firmId), eq(sentEmails.conversationId, conversationId)))
    .orderBy(asc(sentEmails.sentAt), asc(sentEmails.id));
}
