/**
 * Runs the listening analysis with the speakers' sides and stores what trends read: the transcript's counts and
 * one row per speaker with its link and figures. Both are rewritten whenever the text or the sides change.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/open-db.ts';
import { transcriptSpeakers } from '../../db/schema.ts';
import { analyzeTranscript, type SpeakerSummary, type TranscriptAnalysis, type Utterance } from '../../listening/index.ts';
import { sidesOf, type SpeakerLink } from './speaker-links.ts';

/** The analysis of the utterances with the stored or chosen sides; the firm's name counts as self-reference. */
export function analyse(utterances: Utterance[], links: ReadonlyMap<string, SpeakerLink>, selfNames: string[]): TranscriptAnalysis {
  return analyzeTranscript(utterances, { sides: sidesOf(links), selfNames });
}

/** The figures kept on the transcript row: what the list of a member's calls shows without parsing. */
export function transcriptCounts(utterances: Utterance[], analysis: TranscriptAnalysis) {
  return {
    utteranceCount: utterances.length,
    wordCount: analysis.measures.totalWords,
    // The same call length the analysis shows: first timed start to last timed end.
    durationSeconds: analysis.measures.durationSeconds ?? null,
    configVersion: analysis.configVersion,
  };
}

const insertBatch = 1000;
const noFigures = { words: 0, talkShare: 0, turns: 0, longestMonologueWords: 0, questions: { open: 0, closed: 0 } };

function figuresOf(summary: Pick<SpeakerSummary, keyof typeof noFigures> & { seconds?: number }) {
  return {
    words: summary.words,
    talkShare: summary.talkShare,
    turns: summary.turns,
    longestMonologueWords: summary.longestMonologueWords,
    questionsOpen: summary.questions.open,
    questionsClosed: summary.questions.closed,
    seconds: summary.seconds ?? null,
  };
}

/** Replaces the transcript's speaker rows: each speaker's link and its figures from the analysis. */
export async function writeSpeakers(
  tx: Db,
  firmId: string,
  conversationId: string,
  links: ReadonlyMap<string, SpeakerLink>,
  analysis: TranscriptAnalysis,
): Promise<void> {
  const byName = new Map(analysis.speakers.map((s) => [s.name, s]));
  await tx.delete(transcriptSpeakers).where(and(eq(transcriptSpeakers.firmId, firmId), eq(transcriptSpeakers.conversationId, conversationId)));
  const rows = [...links].map(([name, link]) => ({ firmId, conversationId, name, ...link, ...figuresOf(byName.get(name) ?? noFigures) }));
  // In batches, so a transcript with thousands of speaker names stays under the driver's parameter limit.
  for (let from = 0; from < rows.length; from += insertBatch) await tx.insert(transcriptSpeakers).values(rows.slice(from, from + insertBatch));
}
