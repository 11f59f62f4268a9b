/** Turns: runs of consecutive utterances by one speaker, computed from the utterances (which stay as they are). */
import type { Turn } from '../types.ts';
import type { PreparedUtterance } from './prepare-utterances.ts';

export function turnsOf(utterances: readonly PreparedUtterance[]): Turn[] {
  const turns: Turn[] = [];
  let current: Turn | undefined;
  for (const u of utterances) {
    if (current && current.speaker === u.speaker) {
      current.to = u.index;
      current.words += u.words;
      if (u.end !== undefined) current.end = u.end;
      else if (u.start !== undefined) current.end = Math.max(current.end ?? u.start, u.start);
      continue;
    }
    current = { speaker: u.speaker, side: u.side, from: u.index, to: u.index, words: u.words };
    if (u.start !== undefined) current.start = u.start;
    if (u.end !== undefined) current.end = u.end;
    turns.push(current);
  }
  return turns;
}

/** How long a turn lasted, when its start and end are known. */
export function turnSeconds(turn: Turn): number | undefined {
  return turn.start !== undefined && turn.end !== undefined && turn.end >= turn.start ? turn.end - turn.start : undefined;
}

/** The utterance indexes a turn spans. */
export function turnIndexes(turn: Turn): number[] {
  const indexes: number[] = [];
  for (let i = turn.from; i <= turn.to; i++) indexes.push(i);
  return indexes;
}
