/**
 * Plain text: one utterance per non-blank line, `Name: text` naming the speaker (see speaker-prefix.ts
 * for what counts as a name). A line without a name is its own utterance by the previous speaker
 * (UNNAMED_SPEAKER before anyone is named); a line that is only `Name:` names the speaker of the
 * lines that follow it.
 *
 * Timed variants: `[00:01:02] Name: text` (or `(1:02)`, optionally followed by `-` or `|`),
 * `00:01:02 Name: text`, `Name (00:01:02): text` and `Name [1:02]: text`. A bracketed time may also
 * stand before a line with no name; an unbracketed time counts only when a name follows it, so
 * `10:30 works for me` stays text. A timed line ends when the next line starts (when that is timed).
 * Everything fits this format, so it never throws.
 */
import { UNNAMED_SPEAKER } from '../types.ts';
import { tidyText } from './lines.ts';
import { isSpeakerName, splitSpeakerPrefix } from './speaker-prefix.ts';
import { parseClockTime } from './timestamps.ts';
import { endAtNextStart, type DraftUtterance } from './utterances.ts';

interface PlainLine {
  speaker?: string;
  start?: number;
  text: string;
}

const TIME = String.raw`\d+:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const BRACKETED_TIME_FIRST = new RegExp(String.raw`^[\[(](${TIME})[\])]\s*(?:[-–|]\s*)?`);
const BARE_TIME_FIRST = new RegExp(String.raw`^(${TIME})\s+(?:[-–|]\s+)?`);
const NAME_THEN_TIME = new RegExp(String.raw`^([^:[\]()]+?)\s*[\[(](${TIME})[\])]\s*:(?:\s+|$)`);

export function readPlainText(lines: readonly string[]): DraftUtterance[] {
  const drafts: DraftUtterance[] = [];
  let speaker = UNNAMED_SPEAKER;
  for (const line of lines) {
    if (line === '') continue;
    const read = readPlainLine(line);
    if (read.speaker !== undefined) speaker = read.speaker;
    drafts.push(read.start === undefined ? { speaker, text: tidyText(read.text) } : { speaker, start: read.start, text: tidyText(read.text) });
  }
  endAtNextStart(drafts);
  return drafts;
}

function readPlainLine(line: string): PlainLine {
  const bracketed = BRACKETED_TIME_FIRST.exec(line);
  const bracketedStart = bracketed ? parseClockTime(bracketed[1]!) : undefined;
  if (bracketed && bracketedStart !== undefined) {
    const rest = line.slice(bracketed[0].length);
    return { ...(splitSpeakerPrefix(rest) ?? { text: rest }), start: bracketedStart };
  }
  const bare = BARE_TIME_FIRST.exec(line);
  if (bare) {
    const start = parseClockTime(bare[1]!);
    const prefix = splitSpeakerPrefix(line.slice(bare[0].length));
    if (start !== undefined && prefix) return { ...prefix, start };
  }
  const named = NAME_THEN_TIME.exec(line);
  if (named) {
    const speaker = named[1]!.trim();
    const start = parseClockTime(named[2]!);
    if (start !== undefined && isSpeakerName(speaker)) return { speaker: tidyText(speaker), start, text: line.slice(named[0].length) };
  }
  return splitSpeakerPrefix(line) ?? { text: line };
}
