/**
 * The per-utterance facts every measure reads, computed once: words, questions, side, and where the
 * utterance sits in the call (0–1, by time when timed, else by words spoken before it).
 */
import { findQuestions } from '../questions/find-questions.ts';
import { countWords } from '../text/words.ts';
import type { AnalysedUtterance, Side, SideMap, Utterance } from '../types.ts';

export interface PreparedUtterance extends AnalysedUtterance {
  side: Side;
  words: number;
  /** Where in the call it starts, 0 (beginning) to 1 (end). */
  position: number;
}

export interface PreparedCall {
  utterances: PreparedUtterance[];
  totalWords: number;
  /** Seconds from the first timed start to the last timed end, when the transcript is timed. */
  durationSeconds?: number;
  timed: boolean;
}

export function prepareUtterances(utterances: readonly Utterance[], sides: SideMap): PreparedCall {
  const prepared: PreparedUtterance[] = [];
  let totalWords = 0;
  let previous: Utterance | undefined;
  for (const u of utterances) {
    const words = countWords(u.text);
    const context = previous && previous.speaker !== u.speaker ? { previous: previous.text } : undefined;
    prepared.push({ ...u, questions: findQuestions(u.text, context), side: sides[u.speaker] ?? 'unknown', words, position: totalWords });
    totalWords += words;
    previous = u;
  }
  const { first, last, timed } = timeSpan(utterances);
  const durationSeconds = timed && last > first ? last - first : undefined;
  for (const u of prepared) {
    if (durationSeconds !== undefined && u.start !== undefined) u.position = (u.start - first) / durationSeconds;
    else u.position = totalWords > 0 ? u.position / totalWords : 0;
    u.position = Math.min(1, Math.max(0, u.position));
  }
  return { utterances: prepared, totalWords, durationSeconds, timed };
}

/** A transcript counts as timed when most of its utterances carry a start time. */
function timeSpan(utterances: readonly Utterance[]): { first: number; last: number; timed: boolean } {
  let first = Infinity;
  let last = -Infinity;
  let withStart = 0;
  for (const u of utterances) {
    if (u.start === undefined) continue;
    withStart++;
    first = Math.min(first, u.start);
    last = Math.max(last, u.end ?? u.start);
  }
  return { first, last, timed: withStart > 0 && withStart >= utterances.length / 2 };
}

/** Seconds an utterance lasted, when both ends are known. */
export function secondsOf(u: Utterance): number | undefined {
  return u.start !== undefined && u.end !== undefined && u.end >= u.start ? u.end - u.start : undefined;
}
