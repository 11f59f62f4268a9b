/** A conversation's transcript with its analysis, recomputed from the stored text and the speakers' sides. */
import type { Db } from '../../db/open-db.ts';
import { speakersOf } from '../../listening/index.ts';
import type { Actor } from '../actor.ts';
import { analyse } from './analyse-transcript.ts';
import { readTranscript } from './read-transcript.ts';
import { selfNamesOf } from './self-names.ts';
import { getTranscriptRow, loadSpeakerLinks } from './transcript-records.ts';
import { transcriptView, type TranscriptView } from './transcript-view.ts';

/** Loads, parses and analyses (well under a second even for a long call), or throws not_found. */
export async function getTranscript(db: Db, actor: Actor, conversationId: string): Promise<TranscriptView> {
  const row = await getTranscriptRow(db, actor, conversationId);
  const links = await loadSpeakerLinks(db, actor.firmId, conversationId);
  const { utterances } = readTranscript(row.body, row.format);
  const analysis = analyse(utterances, links, await selfNamesOf(db, actor.firmId));
  return transcriptView(db, row, links, speakersOf(utterances), analysis);
}
