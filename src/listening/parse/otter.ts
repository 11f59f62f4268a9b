/**
 * Otter.ai style: a header line `Name  0:03` (a speaker name as in speaker-prefix.ts, one or more
 * spaces, then `m:ss` or `h:mm:ss`), then one or more text lines until the next header. Each block is
 * one utterance (its lines joined by a space) starting at the header's time and ending where the next
 * block starts. Otter's closing `Transcribed by https://otter.ai` line is not speech and is dropped.
 */
import { lastNonBlank, tidyText } from './lines.ts';
import { isSpeakerName } from './speaker-prefix.ts';
import { parseClockTime } from './timestamps.ts';
import { TranscriptParseError } from './transcript-parse-error.ts';
import { endAtNextStart, type DraftUtterance } from './utterances.ts';

const HEADER = /^(.+?)\s+(\d+:\d{2}(?::\d{2})?)$/;
const OTTER_FOOTER = /^Transcribed by\s+https?:\/\/otter\.ai\b/i;

/** The speaker and start time of an Otter block header, or undefined for any other line. */
export function readOtterHeader(line: string): { speaker: string; start: number } | undefined {
  const match = HEADER.exec(line);
  if (!match) return undefined;
  const speaker = match[1]!;
  const start = parseClockTime(match[2]!);
  return start !== undefined && isSpeakerName(speaker) ? { speaker: tidyText(speaker), start } : undefined;
}

export function readOtter(lines: readonly string[]): DraftUtterance[] {
  const last = lastNonBlank(lines);
  const end = last >= 0 && OTTER_FOOTER.test(lines[last]!) ? last : lines.length;
  const drafts: DraftUtterance[] = [];
  const texts: string[][] = [];
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const header = readOtterHeader(line);
    if (header) {
      drafts.push({ speaker: header.speaker, start: header.start, text: '' });
      texts.push([]);
    } else if (texts.length === 0) {
      throw TranscriptParseError.at(i + 1, 'a speaker line such as "Dana Whitfield  0:03"', line);
    } else {
      texts[texts.length - 1]!.push(line);
    }
  }
  for (let i = 0; i < drafts.length; i++) drafts[i]!.text = tidyText(texts[i]!.join(' '));
  endAtNextStart(drafts);
  return drafts;
}
