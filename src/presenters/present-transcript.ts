/** A transcript as the API shows it: its record, who each speaker is, and the listening analysis. */
import type { TranscriptView } from '../domain/transcripts/transcript-view.ts';
import { iso } from './iso.ts';

/** Maps a transcript view to the TranscriptView response (the raw text is not echoed: the utterances carry it). */
export function presentTranscript(view: TranscriptView) {
  const { row } = view;
  return {
    conversationId: row.conversationId,
    format: row.format,
    fileName: row.fileName,
    speakers: view.speakers,
    analysis: view.analysis,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    createdBy: row.createdBy,
    version: row.version,
  };
}
