/**
 * The text of a subtitle cue (WebVTT or SRT) into spoken parts.
 *
 * Cleaning: tags are stripped (`<c.yellow>`, `<i>`, `<b>`, `<font …>`, inline timestamps
 * `<00:00:01.000>`), entities decoded (`&amp; &lt; &gt; &quot; &apos; &nbsp;` and numeric ones; the
 * invisible direction marks `&lrm; &rlm;` become nothing), whitespace collapsed.
 *
 * Speakers: a voice span `<v Name>` / `<v.loud Name>` (closed or not) names the speaker of what
 * follows it; otherwise a line may start with `Name: ` (Zoom) or a subtitle dash `- ` / `- Name: `.
 * A multi-line cue is one utterance, its lines joined by a space — unless its lines name different
 * speakers, in which case each speaker's line(s) become their own part. A dash line without a name
 * is a new, unnamed speaker. A part whose speaker the cue does not say has `speaker: undefined`: the
 * reader carries the previous speaker forward.
 */
import { UNNAMED_SPEAKER } from '../types.ts';
import { tidyText } from './lines.ts';
import { splitSpeakerPrefix } from './speaker-prefix.ts';

export interface CuePart {
  speaker: string | undefined;
  text: string;
}

const VOICE_TAG = /<v(?=[.\s>])(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;
const ANY_TAG = /<\/?(?:[A-Za-z][^<>]*|\d[\d:.]*)>/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };
const SUBTITLE_DASH = /^[-‐–—](?:\s+|$)/;

/** Strips tags, decodes entities and collapses whitespace in one piece of cue text. */
export function cleanCueText(raw: string): string {
  let text = raw;
  if (text.includes('<')) text = text.replace(ANY_TAG, '');
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
  return tidyText(text);
}

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name] ?? entity;
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
  if (code === 0x200e || code === 0x200f) return '';
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

/** Splits the text lines `lines[from..to)` of one cue into parts, one per speaker change. */
export function splitCueBySpeaker(lines: readonly string[], from: number, to: number): CuePart[] {
  const parts: CuePart[] = [];
  let current: CuePart | undefined;
  const add = (speaker: string | undefined, text: string, startsNewSpeaker: boolean) => {
    const sameSpeaker = current !== undefined && current.speaker === speaker && speaker !== UNNAMED_SPEAKER;
    if (current === undefined || (startsNewSpeaker && !sameSpeaker)) {
      current = { speaker, text };
      parts.push(current);
    } else if (text !== '') {
      current.text = current.text === '' ? text : `${current.text} ${text}`;
    }
  };
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (!line.includes('<v')) {
      addUnvoiced(line, add);
      continue;
    }
    VOICE_TAG.lastIndex = 0;
    let match = VOICE_TAG.exec(line);
    if (match === null) {
      addUnvoiced(line, add);
      continue;
    }
    if (match.index > 0) addUnvoiced(line.slice(0, match.index), add);
    while (match !== null) {
      const textStart = match.index + match[0].length;
      const next = VOICE_TAG.exec(line);
      const name = tidyText(match[1] ?? '');
      add(name === '' ? undefined : name, cleanCueText(line.slice(textStart, next === null ? line.length : next.index)), name !== '');
      match = next;
    }
  }
  return parts;
}

type AddPart = (speaker: string | undefined, text: string, startsNewSpeaker: boolean) => void;

/** A line (or the start of one) with no voice span: look for a subtitle dash and a `Name: ` prefix. */
function addUnvoiced(raw: string, add: AddPart): void {
  let text = cleanCueText(raw);
  const dash = SUBTITLE_DASH.exec(text);
  if (dash) text = text.slice(dash[0].length);
  const prefix = splitSpeakerPrefix(text);
  if (prefix) add(prefix.speaker, prefix.text, true);
  else if (dash) add(UNNAMED_SPEAKER, text, true);
  else add(undefined, text, false);
}
