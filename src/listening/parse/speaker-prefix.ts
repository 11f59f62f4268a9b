/**
 * Telling a speaker prefix (`Dana Whitfield: thanks for…`) from prose that happens to hold a colon.
 *
 * A speaker name, as this library reads it:
 * - is 1–5 words and at most 40 characters, and starts with a letter (so `10:30 works` is a time);
 * - is followed by `:` and a space (or the end of the line), at the line's FIRST colon — so a URL
 *   (`https://…`) or a time (`at 10:30`) never makes a prefix;
 * - has no sentence punctuation (`? ! ; " / = * | < > { } [ ] # @`);
 * - after its first word, every word starts with something other than a lower-case letter, unless it
 *   is a name particle (`de`, `van`, `bin`…) — so `Things I need: a pen` is prose, while
 *   `Speaker 1`, `Dana Whitfield (Guest)` and a user name like `sam.ortiz` are names;
 * - is not an ordinary prose label (`Note`, `Re`, `PS`, `Update`, `Step`… see data/en/prose-labels.json).
 * Prose that still fits (a one-off `Honestly:` line, say) is read as a speaker; that is the accepted
 * cost of keeping the rule simple and predictable.
 */
import proseLabels from '../data/en/prose-labels.json' with { type: 'json' };
import { tidyText } from './lines.ts';

export interface SpeakerPrefix {
  speaker: string;
  /** The rest of the line after the colon, trimmed. */
  text: string;
}

const MAX_NAME_LENGTH = 40;
const MAX_NAME_WORDS = 5;
const LABELS = new Set(proseLabels.labels);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'y']);
const STARTS_WITH_LETTER = /^\p{L}/u;
const LOWER_CASE_START = /^\p{Ll}/u;
const SENTENCE_PUNCTUATION = /[?!;"“”/=*|<>{}[\]#@\\]/;
const SPACES = /\s+/;
const TRAILING_STOP = /\.$/;

/** Whether `name` (already trimmed) can be a speaker's name rather than a word of prose. */
export function isSpeakerName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH) return false;
  if (!STARTS_WITH_LETTER.test(name) || SENTENCE_PUNCTUATION.test(name)) return false;
  const words = name.split(SPACES);
  if (words.length > MAX_NAME_WORDS) return false;
  const lower = name.toLowerCase();
  if (LABELS.has(lower.replace(TRAILING_STOP, '')) || LABELS.has(words[0]!.toLowerCase().replace(TRAILING_STOP, ''))) return false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (LOWER_CASE_START.test(word) && !NAME_PARTICLES.has(word)) return false;
  }
  return true;
}

/** Splits `Name: text` into its parts, or undefined when the line does not start with a speaker. */
export function splitSpeakerPrefix(line: string): SpeakerPrefix | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > MAX_NAME_LENGTH + 1) return undefined;
  const after = line.charCodeAt(colon + 1);
  if (colon + 1 < line.length && after !== 32 && after !== 9 && after !== 160) return undefined;
  const speaker = line.slice(0, colon).trim();
  if (!isSpeakerName(speaker)) return undefined;
  return { speaker: tidyText(speaker), text: line.slice(colon + 1).trim() };
}
