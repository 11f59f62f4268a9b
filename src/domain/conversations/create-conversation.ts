/** Records a conversation with clients and its yellow-pad notes: what they said, in their words. */
import type { Db } from '../../db/open-db.ts';
import { conversations } from '../../db/schema.ts';
import type { Channel } from '../../common/limits.ts';
import type { Actor } from '../actor.ts';
import { optionalText } from '../support/text.ts';
import { checkChannel, normaliseNotes, parseOccurredAt } from './conversation-fields.ts';
import { replaceMembers, replacePeople, type ConversationWithParticipants } from './conversation-participants.ts';
import { getConversation } from './get-conversation.ts';

export interface CreateConversationInput {
  occurredAt: Date | string;
  channel: Channel;
  personIds: string[];
  /** The firm's members who took part; defaults to the acting member. */
  memberIds?: string[];
  summary?: string | null;
  notes?: Record<string, string | null | undefined>;
}

/** Creates the conversation and its participants in one transaction and returns it in full. */
export async function createConversation(db: Db, actor: Actor, input: CreateConversationInput): Promise<ConversationWithParticipants> {
  const occurredAt = parseOccurredAt(input.occurredAt);
  const channel = checkChannel(input.channel);
  const notes = normaliseNotes(input.notes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(conversations)
      .values({
        firmId: actor.firmId,
        occurredAt,
        channel,
        summary: optionalText(input.summary),
        notes,
        createdBy: actor.memberId,
      })
      .returning({ id: conversations.id });
    await replacePeople(tx, actor.firmId, row!.id, input.personIds, occurredAt);
    await replaceMembers(tx, actor.firmId, row!.id, input.memberIds ?? [actor.memberId], occurredAt);
    return getConversation(tx, actor, row!.id);
  });
}
