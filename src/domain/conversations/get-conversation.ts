/** One conversation of the actor's firm with its people and members; another firm's is "not found". */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';
import { withParticipants, type ConversationWithParticipants } from './conversation-participants.ts';

/** Loads the conversation with its participants, or throws not_found. */
export async function getConversation(db: Db, actor: Actor, id: string): Promise<ConversationWithParticipants> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.firmId, actor.firmId), eq(conversations.id, id)))
    .limit(1);
  if (!row) throw notFound('conversation');
  const [full] = await withParticipants(db, actor.firmId, [row]);
  return full!;
}
