/**
 * Reading a transcript's text with the listening library, in the API's terms: a file the parser cannot read
 * (or that holds no speech) is a 422 `transcript_unreadable` naming the line and what was expected there.
 */
import { parseTranscript, TranscriptParseError, type ParsedTranscript, type TranscriptFormat } from '../../listening/index.ts';
import { AppError } from '../errors.ts';

/** The most characters a transcript may have (about a four-hour call); the route's body limit follows it. */
export const transcriptMaxChars = 2_000_000;
/** Speaker names are stored (and keyed) one row each: longer than this is not a name but a misread line. */
export const speakerNameMaxChars = 200;

/** Parses the text (format detected unless named); refuses unreadable text and text without utterances. */
export function readTranscript(text: string, format: TranscriptFormat | 'auto' = 'auto'): ParsedTranscript {
  let parsed: ParsedTranscript;
  try {
    parsed = parseTranscript(text, format);
  } catch (err) {
    if (err instanceof TranscriptParseError) {
      throw new AppError('transcript_unreadable', err.message, { line: err.line, expected: err.expected });
    }
    throw err;
  }
  if (parsed.utterances.length === 0) {
    throw new AppError('transcript_unreadable', 'The transcript has no lines of speech to analyse.', {
      line: 1,
      expected: 'at least one line of speech, e.g. "Name: what they said"',
    });
  }
  return parsed;
}

/** Refuses a speaker "name" too long to be one (a JSON field or voice tag holding text), naming its line. */
export function checkSpeakerNames(text: string, speakers: readonly string[]): void {
  const long = speakers.find((name) => name.length > speakerNameMaxChars);
  if (long === undefined) return;
  const at = text.indexOf(long.slice(0, 40));
  const line = at < 0 ? 1 : text.slice(0, at).split('\n').length;
  throw new AppError('transcript_unreadable', `Line ${line}: a speaker's name is longer than ${speakerNameMaxChars} characters. Check that the speaker and the text are in the right places.`, {
    line,
    expected: `a speaker name of at most ${speakerNameMaxChars} characters`,
  });
}
