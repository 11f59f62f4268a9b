/**
 * SubRip (SRT): numbered blocks, `00:00:01,000 --> 00:00:04,000`, text with `Name: ` prefixes. Tolerates
 * missing numbers, `.` instead of `,`, extra blank lines, a missing blank line between cues and a
 * missing final blank line (see cue-blocks.ts); speakers, tags and entities as in cue-text.ts.
 */
import { readCueBlocks } from './cue-blocks.ts';
import { cuesToDrafts } from './cue-utterances.ts';
import type { DraftUtterance } from './utterances.ts';

export function readSrt(lines: readonly string[]): DraftUtterance[] {
  return cuesToDrafts(lines, readCueBlocks(lines, 0, { timingExample: '00:00:01,000 --> 00:00:04,000' }));
}
