/**
 * Uploads or pastes a conversation's transcript (PUT: one per conversation). Replacing one needs the version
 * loaded, and keeps how its speakers were mapped for the names still present.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { transcripts } from '../../db/schema.ts';
import { speakersOf, type TranscriptFormat } from '../../listening/index.ts';
import type { Actor } from '../actor.ts';
import { loadParticipants } from '../conversations/conversation-participants.ts';
import { versionConflict } from '../errors.ts';
import { optionalText } from '../support/text.ts';
import { analyse, transcriptCounts, writeSpeakers } from './analyse-transcript.ts';
import { checkSpeakerNames, readTranscript } from './read-transcript.ts';
import { selfNamesOf } from './self-names.ts';
import { linkSpeakers } from './speaker-links.ts';
import { findTranscript, loadSpeakerLinks, requireConversation, transcriptOf } from './transcript-records.ts';
import { transcriptView, type TranscriptView } from './transcript-view.ts';

export interface SaveTranscriptInput {
  text: string;
  format?: TranscriptFormat | 'auto';
  fileName?: string | null;
  /** Required when the conversation already has a transcript: the version loaded. */
  version?: number;
}

/** Parses first (an unreadable file writes nothing), then stores text, counts and speakers in one transaction. */
export async function saveTranscript(
  db: Db,
  actor: Actor,
  conversationId: string,
  input: SaveTranscriptInput,
): Promise<{ view: TranscriptView; created: boolean }> {
  const parsed = readTranscript(input.text, input.format ?? 'auto');
  const speakers = speakersOf(parsed.utterances);
  checkSpeakerNames(input.text, speakers);
  return db.transaction(async (tx) => {
    const { firmId } = actor;
    await requireConversation(tx, firmId, conversationId, true);
    const existing = await findTranscript(tx, firmId, conversationId, true);
    // Replacing without the version means the caller has not seen the transcript there now.
    if (existing && input.version !== existing.version) throw versionConflict('transcript', existing.version);
    const participants = (await loadParticipants(tx, firmId, [conversationId])).get(conversationId)!;
    const previous = existing ? await loadSpeakerLinks(tx, firmId, conversationId) : undefined;
    const links = linkSpeakers(speakers, participants, previous);
    const analysis = analyse(parsed.utterances, links, await selfNamesOf(tx, firmId));
    const values = {
      format: parsed.format,
      fileName: optionalText(input.fileName),
      body: input.text,
      ...transcriptCounts(parsed.utterances, analysis),
    };
    const [row] = existing
      ? await tx
          .update(transcripts)
          .set({ ...values, updatedAt: new Date(), version: sql`${transcripts.version} + 1` })
          .where(transcriptOf(firmId, conversationId))
          .returning()
      : await tx.insert(transcripts).values({ firmId, conversationId, ...values, createdBy: actor.memberId }).returning();
    await writeSpeakers(tx, firmId, conversationId, links, analysis);
    return { view: await transcriptView(tx, row!, links, speakers, analysis), created: !existing };
  });
}
