/** Removes a conversation with its notes and participant links. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversations } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { notFound } from '../errors.ts';

/** Deletes the conversation (participant rows go by cascade); not_found if it is not the firm's. */
export async function deleteConversation(db: Db, actor: Actor, id: string): Promise<void> {
  const deleted = await db
    .delete(conversations)
    .where(and(eq(conversations.firmId, actor.firmId), eq(conversations.id, id)))
    .returning({ id: conversations.id });
  if (deleted.length === 0) throw notFound('conversation');
}
