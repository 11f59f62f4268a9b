/** What every reader shares: empty transcripts, the error's shape, and long lines in messages. */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/listening/parse/parse-transcript.ts';
import { TranscriptParseError } from '../../src/listening/parse/transcript-parse-error.ts';
import { parseErrorOf } from '../fixtures/transcripts/parse-error-of.ts';

describe('empty transcripts', () => {
  it.each(['', '   ', '\n\n\t\n', '\ufeff', '\ufeff\r\n  \r\n'])('%j is an error at line 1', (text) => {
    const error = parseErrorOf(() => parseTranscript(text));
    expect(error.line).toBe(1);
    expect(error.expected).toBe('at least one line of speech');
    expect(error.message).toBe('Line 1: expected at least one line of speech, found an empty transcript.');
  });

  it.each(['webvtt', 'srt', 'plain', 'otter', 'json'] as const)('is an error at line 1 when the format is %s too', (format) => {
    expect(parseErrorOf(() => parseTranscript(' \n', format)).line).toBe(1);
  });

  it('is an error after the last line when nothing in a cue is speech', () => {
    const error = parseErrorOf(() => parseTranscript('1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n'));
    expect(error.line).toBe(4);
    expect(error.message).toBe('Line 4: expected at least one line of speech, found the end of the file.');
  });
});

describe('TranscriptParseError', () => {
  it('is an Error with a name, a 1-based line and what was expected', () => {
    const error = parseErrorOf(() => parseTranscript('WEBVTT\n\nhello there', 'webvtt'));
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(TranscriptParseError);
    expect(error.name).toBe('TranscriptParseError');
    expect(error.line).toBe(3);
    expect(error.expected).toBe('a cue timing such as "00:00:01.000 --> 00:00:04.000"');
  });

  it('shortens a long offending line and names a blank one', () => {
    const long = `So ${'very '.repeat(40)}long`;
    const error = parseErrorOf(() => parseTranscript(`WEBVTT\n\n${long}`, 'webvtt'));
    expect(error.message).toBe(`Line 3: expected a cue timing such as "00:00:01.000 --> 00:00:04.000", found "${long.slice(0, 79)}…".`);
    expect(TranscriptParseError.at(2, 'a timing', '').message).toBe('Line 2: expected a timing, found a blank line.');
  });
});
