/**
 * The block structure WebVTT and SRT share: blank-line-separated cues, each an optional identifier
 * line (a number in SRT, any text in WebVTT, e.g. Teams' `1a2b…/12-0`), a timing line
 * `start --> end [settings]`, then text lines. Cue text runs to the next blank line — or, to survive a
 * missing blank line, to the next timing line (a number line just before it is that cue's number).
 * Times may use `.` or `,` before the milliseconds and may leave out the hours.
 */
import { TranscriptParseError } from './transcript-parse-error.ts';
import { parseClockTime } from './timestamps.ts';

export interface CueBlock {
  start: number;
  end: number;
  /** Text lines are `lines[textFrom..textTo)`. */
  textFrom: number;
  textTo: number;
}

export interface CueBlockOptions {
  /** A timing line in this format's own spelling, shown in error messages. */
  timingExample: string;
  /** A block to skip whole (WebVTT's NOTE, STYLE and REGION blocks). */
  isSkippedBlock?: (firstLine: string) => boolean;
}

const ARROW = '-->';
const TIMING = /^(\S+?)\s*-->\s*(\S+)(?:\s.*)?$/;
const CUE_NUMBER = /^\d+$/;

/** Reads the cues in `lines[from..]`; throws at the first line that is not where a cue should be. */
export function readCueBlocks(lines: readonly string[], from: number, options: CueBlockOptions): CueBlock[] {
  const cues: CueBlock[] = [];
  const expectedTiming = `a cue timing such as "${options.timingExample}"`;
  let i = from;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === '') {
      i++;
      continue;
    }
    if (options.isSkippedBlock?.(line)) {
      while (i < lines.length && lines[i] !== '') i++;
      continue;
    }
    let timingAt = i;
    if (!line.includes(ARROW)) {
      // An identifier is only an identifier when a timing line follows it. When neither line is a
      // timing, blame the second if the first looks like an identifier (one word, e.g. `3`), else the first.
      const next = lines[i + 1] ?? '';
      if (!next.includes(ARROW)) {
        const blameNext = next !== '' && !line.includes(' ');
        throw TranscriptParseError.at(blameNext ? i + 2 : i + 1, expectedTiming, blameNext ? next : line);
      }
      timingAt = i + 1;
    }
    const { start, end } = readTiming(lines[timingAt]!, timingAt + 1, expectedTiming);
    let textTo = timingAt + 1;
    while (textTo < lines.length && lines[textTo] !== '' && !lines[textTo]!.includes(ARROW)) textTo++;
    const stoppedAtTiming = textTo < lines.length && lines[textTo] !== '';
    if (stoppedAtTiming && textTo > timingAt + 1 && CUE_NUMBER.test(lines[textTo - 1]!)) textTo--;
    cues.push({ start, end, textFrom: timingAt + 1, textTo });
    i = textTo;
  }
  return cues;
}

function readTiming(line: string, lineNumber: number, expectedTiming: string): { start: number; end: number } {
  const match = TIMING.exec(line);
  const start = match ? parseClockTime(match[1]!) : undefined;
  const end = match ? parseClockTime(match[2]!) : undefined;
  if (start === undefined || end === undefined) throw TranscriptParseError.at(lineNumber, expectedTiming, line);
  if (end < start) throw TranscriptParseError.at(lineNumber, 'an end time after the start time', line);
  return { start, end };
}
