/** SubRip: numbered blocks, comma milliseconds, `Name: ` prefixes, and the sloppiness real files have. */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/listening/parse/parse-transcript.ts';
import { UNNAMED_SPEAKER } from '../../src/listening/types.ts';
import { CONVERSATION, CUE_TIMES, readFixture, withBomAndCrlf, withLoneCr } from '../fixtures/transcripts/conversation.ts';
import { parseErrorOf } from '../fixtures/transcripts/parse-error-of.ts';

const EXPECTED = CONVERSATION.map((line, index) => ({ index, speaker: line.speaker, ...CUE_TIMES[index], text: line.text }));

function srt(text: string): ReturnType<typeof parseTranscript> {
  return parseTranscript(text, 'srt');
}

describe('SRT fixture', () => {
  it('reads transcript.srt (tags, a two-line cue, an extra blank line, no final newline)', () => {
    const parsed = parseTranscript(readFixture('transcript.srt'));
    expect(parsed.format).toBe('srt');
    expect(parsed.utterances).toEqual(EXPECTED);
  });

  it('reads it the same with a BOM and CRLF, and with lone CRs', () => {
    const text = readFixture('transcript.srt');
    expect(parseTranscript(withBomAndCrlf(text)).utterances).toEqual(EXPECTED);
    expect(parseTranscript(withLoneCr(text)).utterances).toEqual(EXPECTED);
  });
});

describe('SRT tolerance', () => {
  it('reads blocks without numbers and with "." before the milliseconds', () => {
    const parsed = srt('00:00:01.250 --> 00:00:02.000\nDana: One.\n\n00:00:03,000 --> 00:00:04,000\nSam: Two.\n');
    expect(parsed.utterances).toEqual([
      { index: 0, speaker: 'Dana', start: 1.25, end: 2, text: 'One.' },
      { index: 1, speaker: 'Sam', start: 3, end: 4, text: 'Two.' },
    ]);
  });

  it('survives many blank lines, trailing spaces and a missing blank line between numbered blocks', () => {
    const parsed = srt('\n\n1  \n00:00:01,000 --> 00:00:02,000  \nDana: One.  \n2\n00:00:03,000 --> 00:00:04,000\nSam: Two.\n\n\n\n3\n00:00:05,000 --> 00:00:06,000\nDana: Three.');
    expect(parsed.utterances.map((u) => [u.index, u.speaker, u.start, u.text])).toEqual([
      [0, 'Dana', 1, 'One.'],
      [1, 'Sam', 3, 'Two.'],
      [2, 'Dana', 5, 'Three.'],
    ]);
  });

  it('reads short (1-digit) milliseconds and hours, and ignores SRT coordinates after the timing', () => {
    const parsed = srt('1\n0:00:01,5 --> 0:00:02,75 X1:40 X2:600 Y1:20 Y2:50\nSam: Hi.\n');
    expect(parsed.utterances[0]).toMatchObject({ start: 1.5, end: 2.75 });
  });

  it('carries the speaker of the previous block into an unnamed one, and splits dash lines', () => {
    const parsed = srt(
      '1\n00:00:01,000 --> 00:00:02,000\nSpeaker 1: So the plan is\n\n2\n00:00:02,000 --> 00:00:03,000\nto file by Friday.\n\n' +
        '3\n00:00:03,000 --> 00:00:05,000\n- Speaker 2: Friday works.\n- Speaker 1: Good.\n',
    );
    expect(parsed.utterances.map((u) => [u.speaker, u.start, u.text])).toEqual([
      ['Speaker 1', 1, 'So the plan is'],
      ['Speaker 1', 2, 'to file by Friday.'],
      ['Speaker 2', 3, 'Friday works.'],
      ['Speaker 1', 3, 'Good.'],
    ]);
  });

  it('names nobody when no block says a name', () => {
    const parsed = srt('1\n00:00:01,000 --> 00:00:02,000\n<font color="#ffffff">Hello.</font>\n');
    expect(parsed.utterances).toEqual([{ index: 0, speaker: UNNAMED_SPEAKER, start: 1, end: 2, text: 'Hello.' }]);
  });
});

describe('SRT errors', () => {
  it('names the cue in broken-end-before-start.srt that ends before it starts', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('broken-end-before-start.srt')));
    expect(error.line).toBe(6);
    expect(error.expected).toBe('an end time after the start time');
    expect(error.message).toBe('Line 6: expected an end time after the start time, found "00:00:09,000 --> 00:00:05,000".');
  });

  it('blames the line after a cue number when it is not a timing', () => {
    const error = parseErrorOf(() => srt('1\n00:00:01,000 --> 00:00:02,000\nDana: Hi.\n\n2\n00:00:03,000 -> 00:00:04,000\nSam: Hi.\n'));
    expect(error.line).toBe(6);
    expect(error.message).toBe('Line 6: expected a cue timing such as "00:00:01,000 --> 00:00:04,000", found "00:00:03,000 -> 00:00:04,000".');
  });

  it('blames a cue number followed by a blank line', () => {
    const error = parseErrorOf(() => srt('1\n00:00:01,000 --> 00:00:02,000\nDana: Hi.\n\n2\n\n'));
    expect(error.line).toBe(5);
    expect(error.message).toBe('Line 5: expected a cue timing such as "00:00:01,000 --> 00:00:04,000", found "2".');
  });

  it('refuses plain text read as SRT at its first line', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('plain.txt'), 'srt'));
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^Line 1: expected a cue timing such as "00:00:01,000 --> 00:00:04,000", found "Dana Whitfield: Hi Sam/);
  });
});
