/**
 * Erasure (decision 020) of the emails we sent a person (decision 023): the sent_emails rows logged on
 * conversations they took part in are deleted — the addresses and the text are theirs. The conversation
 * itself stays, unlinked from them, like every other conversation. Runs inside the erasure's transaction,
 * before the person's conversation links go.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversationPeople, sentEmails } from '../../db/schema.ts';

/** How many sent emails were removed. */
export async function removeSentEmailsTo(tx: Db, firmId: string, personId: string): Promise<number> {
  const theirConversations = tx
    .select({ id: conversationPeople.conversationId })
    .from(conversationPeople)
    .where(and(eq(conversationPeople.firmId, firmId), eq(conversationPeople.personId, personId)));
  const removed = await tx
    .delete(sentEmails)
    .where(and(eq(sentEmails.firmId, firmId), inArray(sentEmails.conversationId, theirConversations)))
    .returning({ id: sentEmails.id });
  return removed.length;
}
