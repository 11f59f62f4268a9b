/**
 * Loading a conversation's transcript and its speakers' links, for reading or (locked) for an edit. A missing
 * conversation and one without a transcript are both 404, each saying which.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { conversations, transcriptSpeakers, transcripts } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import { AppError, notFound, versionConflict } from '../errors.ts';
import type { SpeakerLink } from './speaker-links.ts';

export type TranscriptRow = typeof transcripts.$inferSelect;

export const transcriptOf = (firmId: string, conversationId: string) =>
  and(eq(transcripts.firmId, firmId), eq(transcripts.conversationId, conversationId))!;

/** Throws not_found for the conversation when it is not the firm's; returns when it exists. */
export async function requireConversation(db: Db, firmId: string, conversationId: string, lock = false): Promise<void> {
  const query = db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.firmId, firmId), eq(conversations.id, conversationId)))
    .limit(1);
  // Locking the conversation serialises two uploads to it, so the second sees the first's transcript.
  const [found] = lock ? await query.for('no key update') : await query;
  if (!found) throw notFound('conversation');
}

/** The 404 for a conversation without a transcript (or, when the conversation is not the firm's, for it). */
export async function noTranscript(db: Db, firmId: string, conversationId: string): Promise<AppError> {
  await requireConversation(db, firmId, conversationId);
  return new AppError('not_found', 'This conversation has no transcript yet. Upload or paste one first.');
}

/** The conversation's transcript (locked until commit when `lock`), or undefined when it has none. */
export async function findTranscript(db: Db, firmId: string, conversationId: string, lock = false): Promise<TranscriptRow | undefined> {
  const query = db.select().from(transcripts).where(transcriptOf(firmId, conversationId)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The conversation's transcript, or not_found naming what is missing. */
export async function getTranscriptRow(db: Db, actor: Actor, conversationId: string): Promise<TranscriptRow> {
  const row = await findTranscript(db, actor.firmId, conversationId);
  if (!row) throw await noTranscript(db, actor.firmId, conversationId);
  return row;
}

/** Inside an edit's transaction: the transcript locked, refused with 409 when `loadedVersion` is stale. */
export async function lockTranscriptForEdit(tx: Db, actor: Actor, conversationId: string, loadedVersion: number): Promise<TranscriptRow> {
  const row = await findTranscript(tx, actor.firmId, conversationId, true);
  if (!row) throw await noTranscript(tx, actor.firmId, conversationId);
  if (row.version !== loadedVersion) throw versionConflict('transcript', row.version);
  return row;
}

/** The stored links of the transcript's speakers, by name. */
export async function loadSpeakerLinks(db: Db, firmId: string, conversationId: string): Promise<Map<string, SpeakerLink>> {
  const rows = await db
    .select({ name: transcriptSpeakers.name, side: transcriptSpeakers.side, memberId: transcriptSpeakers.memberId, personId: transcriptSpeakers.personId })
    .from(transcriptSpeakers)
    .where(and(eq(transcriptSpeakers.firmId, firmId), eq(transcriptSpeakers.conversationId, conversationId)));
  return new Map(rows.map(({ name, ...link }) => [name, link]));
}

