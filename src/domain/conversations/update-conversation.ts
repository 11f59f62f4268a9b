/** Edits a conversation; the caller sends the version it loaded, so concurrent edits never overwrite each other. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversationMembers, conversationPeople, conversations } from '../../db/schema.ts';
import type { Channel } from '../../common/limits.ts';
import type { Actor } from '../actor.ts';
import { lockForEdit } from '../support/lock-for-edit.ts';
import { optionalText } from '../support/text.ts';
import { checkChannel, normaliseNotes, parseOccurredAt } from './conversation-fields.ts';
import { replaceMembers, replacePeople, type ConversationWithParticipants } from './conversation-participants.ts';
import { getConversation } from './get-conversation.ts';

export interface UpdateConversationInput {
  version: number;
  occurredAt?: Date | string;
  channel?: Channel;
  /** When present, replaces the conversation's people. */
  personIds?: string[];
  /** When present, replaces the firm's members who took part. */
  memberIds?: string[];
  summary?: string | null;
  /** When present, replaces all the notes (absent or blank facets are cleared). */
  notes?: Record<string, string | null | undefined>;
}

/** Applies the fields present; a new time is copied to conversation_people and conversation_members in the same transaction. */
export async function updateConversation(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateConversationInput,
): Promise<ConversationWithParticipants> {
  return db.transaction(async (tx) => {
    const { current, where } = await lockForEdit(tx, conversations, actor, id, input.version, 'conversation');
    const occurredAt = input.occurredAt === undefined ? current.occurredAt : parseOccurredAt(input.occurredAt);
    await tx
      .update(conversations)
      .set({
        occurredAt,
        channel: input.channel === undefined ? current.channel : checkChannel(input.channel),
        summary: input.summary === undefined ? current.summary : optionalText(input.summary),
        notes: input.notes === undefined ? current.notes : normaliseNotes(input.notes),
        updatedAt: new Date(),
        version: sql`${conversations.version} + 1`,
      })
      .where(where);
    // Person timelines and members' recent conversations read the copies of the time: they must never lag.
    if (input.personIds) {
      await replacePeople(tx, actor.firmId, id, input.personIds, occurredAt);
    } else if (input.occurredAt !== undefined) {
      await tx
        .update(conversationPeople)
        .set({ occurredAt })
        .where(and(eq(conversationPeople.firmId, actor.firmId), eq(conversationPeople.conversationId, id)));
    }
    if (input.memberIds) {
      await replaceMembers(tx, actor.firmId, id, input.memberIds, occurredAt);
    } else if (input.occurredAt !== undefined) {
      await tx
        .update(conversationMembers)
        .set({ occurredAt })
        .where(and(eq(conversationMembers.firmId, actor.firmId), eq(conversationMembers.conversationId, id)));
    }
    return getConversation(tx, actor, id);
  });
}
