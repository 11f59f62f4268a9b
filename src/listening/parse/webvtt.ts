/**
 * WebVTT as Zoom, Microsoft Teams and Google Meet export it: a `WEBVTT` header line (maybe with text
 * after it, and header lines up to the first blank line), optional NOTE / STYLE / REGION blocks, then
 * cues (see cue-blocks.ts for their layout and cue-text.ts for speakers, tags and entities). Leading
 * blank lines before the header are tolerated.
 */
import { firstNonBlank } from './lines.ts';
import { readCueBlocks } from './cue-blocks.ts';
import { cuesToDrafts } from './cue-utterances.ts';
import { TranscriptParseError } from './transcript-parse-error.ts';
import type { DraftUtterance } from './utterances.ts';

const HEADER = 'WEBVTT';
const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:\s|$)/;

/** Whether this line opens a WebVTT file (detection and reading agree on it). */
export function isWebVttHeader(line: string): boolean {
  return line.startsWith(HEADER);
}

export function readWebVtt(lines: readonly string[]): DraftUtterance[] {
  const headerAt = Math.max(firstNonBlank(lines), 0);
  if (!isWebVttHeader(lines[headerAt] ?? '')) {
    throw TranscriptParseError.at(headerAt + 1, `"${HEADER}" as the first line`, lines[headerAt]);
  }
  let i = headerAt + 1;
  while (i < lines.length && lines[i] !== '' && !lines[i]!.includes('-->')) i++;
  const cues = readCueBlocks(lines, i, {
    timingExample: '00:00:01.000 --> 00:00:04.000',
    isSkippedBlock: (line) => SKIPPED_BLOCK.test(line),
  });
  return cuesToDrafts(lines, cues);
}
