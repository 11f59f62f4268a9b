/**
 * Listening analytics (issue 4): a conversation's transcript, stored as uploaded, and one row per speaker with
 * its side, who it is (our member or the client's person) and its figures from the analysis, so a member's
 * trends across calls are one index range scan instead of re-reading every transcript.
 */
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, real, text, uuid } from 'drizzle-orm/pg-core';
import type { Side, TranscriptFormat } from '../../listening/types.ts';
import { createdAt, createdBy, firmId, nonBlankText, sqlList, updatedAt, version } from './columns.ts';
import { conversations, members, people } from './foundation.ts';

/** The transcript formats the listening library reads (its TranscriptFormat), as stored. */
export const transcriptFormats = ['webvtt', 'srt', 'plain', 'otter', 'json'] as const satisfies readonly TranscriptFormat[];
/** Which side a speaker is on (the library's Side), as stored. */
export const speakerSides = ['us', 'client', 'unknown'] as const satisfies readonly Side[];


/** One transcript per conversation: the raw text as uploaded, and the counts of its last analysis. */
export const transcripts = pgTable(
  'transcripts',
  {
    firmId: firmId(),
    conversationId: uuid('conversation_id').notNull(),
    format: text('format', { enum: transcriptFormats }).notNull(),
    fileName: text('file_name'),
    body: text('body').notNull(),
    utteranceCount: integer('utterance_count').notNull(),
    wordCount: integer('word_count').notNull(),
    /** The call's length (first timed start to last timed end), when the transcript is timed. */
    durationSeconds: real('duration_seconds'),
    /** The listening config's version the stored figures were computed with. */
    configVersion: text('config_version').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    createdBy: createdBy(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.conversationId] }),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [conversations.firmId, conversations.id] }).onDelete('cascade'),
    check('transcripts_format_check', sql`${t.format} in ${sqlList(transcriptFormats)}`),
    check('transcripts_counts_check', sql`${t.utteranceCount} >= 0 and ${t.wordCount} >= 0`),
  ],
);

/**
 * A speaker of a transcript (by the name the transcript gives): its side, our member or the client's person
 * it is, and its figures. Rewritten whenever the transcript or the sides change.
 */
export const transcriptSpeakers = pgTable(
  'transcript_speakers',
  {
    firmId: firmId(),
    conversationId: uuid('conversation_id').notNull(),
    name: text('name').notNull(),
    side: text('side', { enum: speakerSides }).notNull(),
    memberId: uuid('member_id'),
    personId: uuid('person_id'),
    words: integer('words').notNull(),
    /** Words as a fraction (0–1) of all the transcript's words. */
    talkShare: real('talk_share').notNull(),
    turns: integer('turns').notNull(),
    longestMonologueWords: integer('longest_monologue_words').notNull(),
    questionsOpen: integer('questions_open').notNull(),
    questionsClosed: integer('questions_closed').notNull(),
    /** Seconds spoken, when the transcript is timed. */
    seconds: real('seconds'),
  },
  (t) => [
    primaryKey({ columns: [t.firmId, t.conversationId, t.name] }),
    foreignKey({ columns: [t.firmId, t.conversationId], foreignColumns: [transcripts.firmId, transcripts.conversationId] }).onDelete('cascade'),
    foreignKey({ columns: [t.firmId, t.memberId], foreignColumns: [members.firmId, members.id] }).onDelete('set null'),
    foreignKey({ columns: [t.firmId, t.personId], foreignColumns: [people.firmId, people.id] }).onDelete('set null'),
    // A member's calls, for their listening trends.
    index('transcript_speakers_member_idx').on(t.firmId, t.memberId),
    // Deleting a person clears their speaker rows without reading every firm's speakers.
    index('transcript_speakers_person_idx').on(t.firmId, t.personId),
    check('transcript_speakers_side_check', sql`${t.side} in ${sqlList(speakerSides)}`),
    check('transcript_speakers_name_check', nonBlankText(t.name)),
    // A speaker is one of ours (side us) or one of the client's people (side client), never both.
    check('transcript_speakers_member_side_check', sql`${t.memberId} is null or ${t.side} = 'us'`),
    check('transcript_speakers_person_side_check', sql`${t.personId} is null or ${t.side} = 'client'`),
  ],
);
