/**
 * Cues (WebVTT or SRT) into draft utterances: one per spoken part of each cue, sharing the cue's
 * timing. A cue that does not name its speaker continues the previous cue's speaker (subtitle files
 * often name a speaker only when it changes); before any name, it is UNNAMED_SPEAKER.
 */
import { UNNAMED_SPEAKER } from '../types.ts';
import type { CueBlock } from './cue-blocks.ts';
import { splitCueBySpeaker } from './cue-text.ts';
import type { DraftUtterance } from './utterances.ts';

export function cuesToDrafts(lines: readonly string[], cues: readonly CueBlock[]): DraftUtterance[] {
  const drafts: DraftUtterance[] = [];
  let previous = UNNAMED_SPEAKER;
  for (const cue of cues) {
    for (const part of splitCueBySpeaker(lines, cue.textFrom, cue.textTo)) {
      const speaker = part.speaker ?? previous;
      previous = speaker;
      drafts.push({ speaker, start: cue.start, end: cue.end, text: part.text });
    }
  }
  return drafts;
}
