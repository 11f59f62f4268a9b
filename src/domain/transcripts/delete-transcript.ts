/** Removes a conversation's transcript with its speakers' figures (the conversation stays). */
import type { Db } from '../../db/open-db.ts';
import { transcripts } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { noTranscript, transcriptOf } from './transcript-records.ts';

/** Deletes the transcript (speaker rows go by cascade); not_found when the conversation has none. */
export async function deleteTranscript(db: Db, actor: Actor, conversationId: string): Promise<void> {
  const deleted = await db
    .delete(transcripts)
    .where(transcriptOf(actor.firmId, conversationId))
    .returning({ conversationId: transcripts.conversationId });
  if (deleted.length === 0) throw await noTranscript(db, actor.firmId, conversationId);
}
