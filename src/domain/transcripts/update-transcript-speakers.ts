/**
 * Says who a transcript's speakers are (side, our member, the client's person) when the name matching got it
 * wrong or could not tell; the figures are recomputed, since the analysis depends on the sides.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { transcripts } from '../../db/schema.ts';
import { speakersOf, type Side } from '../../listening/index.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { checkLinks } from '../support/linked-records.ts';
import { analyse, transcriptCounts, writeSpeakers } from './analyse-transcript.ts';
import { readTranscript } from './read-transcript.ts';
import { selfNamesOf } from './self-names.ts';
import type { SpeakerLink } from './speaker-links.ts';
import { loadSpeakerLinks, lockTranscriptForEdit, transcriptOf } from './transcript-records.ts';
import { transcriptView, type TranscriptView } from './transcript-view.ts';

export interface SpeakerChange {
  /** The speaker's name as the transcript gives it. */
  name: string;
  side: Side;
  /** Our member this speaker is (side us); null: none; absent: unchanged while the side allows it. */
  memberId?: string | null;
  /** The client's person this speaker is (side client); null: none; absent: unchanged while the side allows it. */
  personId?: string | null;
}

export interface UpdateTranscriptSpeakersInput {
  version: number;
  /** The speakers to change. Speakers not listed keep theirs. */
  speakers: SpeakerChange[];
}

function invalid(field: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: { [field]: message } });
}

/** A change's link, refused when it names no speaker, repeats one, or contradicts itself. */
function linkOf(change: SpeakerChange, at: string, links: ReadonlyMap<string, SpeakerLink>, seen: Set<string>): SpeakerLink {
  if (!links.has(change.name)) {
    throw invalid(`${at}.name`, `"${change.name}" is not a speaker of this transcript. Its speakers are: ${[...links.keys()].join(', ')}.`);
  }
  if (seen.has(change.name)) throw invalid(`${at}.name`, `"${change.name}" is listed twice. List each speaker once.`);
  seen.add(change.name);
  const current = links.get(change.name)!;
  const link: SpeakerLink = {
    side: change.side,
    memberId: change.memberId !== undefined ? change.memberId : change.side === 'us' ? current.memberId : null,
    personId: change.personId !== undefined ? change.personId : change.side === 'client' ? current.personId : null,
  };
  if (link.memberId && link.side !== 'us') throw invalid(`${at}.side`, 'A speaker who is one of your team members is on side "us".');
  if (link.personId && link.side !== 'client') throw invalid(`${at}.side`, 'A speaker who is one of the client\'s people is on side "client".');
  return link;
}

/** Applies the changes under the transcript's version; unknown member or person ids are 404 naming the field. */
export async function updateTranscriptSpeakers(
  db: Db,
  actor: Actor,
  conversationId: string,
  input: UpdateTranscriptSpeakersInput,
): Promise<TranscriptView> {
  return db.transaction(async (tx) => {
    const { firmId } = actor;
    const row = await lockTranscriptForEdit(tx, actor, conversationId, input.version);
    const links = await loadSpeakerLinks(tx, firmId, conversationId);
    const seen = new Set<string>();
    const changed = input.speakers.map((change, i) => ({ name: change.name, link: linkOf(change, `speakers.${i}`, links, seen) }));
    for (const [i, { link }] of changed.entries()) await checkLinks(tx, firmId, link, `speakers.${i}`);
    for (const { name, link } of changed) links.set(name, link);

    const { utterances } = readTranscript(row.body, row.format);
    const analysis = analyse(utterances, links, await selfNamesOf(tx, firmId));
    const [updated] = await tx
      .update(transcripts)
      .set({ ...transcriptCounts(utterances, analysis), updatedAt: new Date(), version: sql`${transcripts.version} + 1` })
      .where(transcriptOf(firmId, conversationId))
      .returning();
    await writeSpeakers(tx, firmId, conversationId, links, analysis);
    return transcriptView(tx, updated!, links, speakersOf(utterances), analysis);
  });
}
