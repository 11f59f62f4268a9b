/** Format detection for `auto`, and what an explicit format does with text that does not fit it. */
import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat } from '../../src/listening/parse/detect-format.ts';
import { parseTranscript } from '../../src/listening/parse/parse-transcript.ts';
import { readFixture, withBomAndCrlf } from '../fixtures/transcripts/conversation.ts';
import { parseErrorOf } from '../fixtures/transcripts/parse-error-of.ts';

describe('detectTranscriptFormat', () => {
  it.each([
    ['zoom.vtt', 'webvtt'],
    ['teams.vtt', 'webvtt'],
    ['meet.vtt', 'webvtt'],
    ['transcript.srt', 'srt'],
    ['plain.txt', 'plain'],
    ['plain-timed.txt', 'plain'],
    ['otter.txt', 'otter'],
    ['transcript.json', 'json'],
    ['broken-missing-comma.json', 'json'],
  ] as const)('%s is %s, with or without a BOM and CRLF', (name, format) => {
    const text = readFixture(name);
    expect(detectTranscriptFormat(text)).toBe(format);
    expect(detectTranscriptFormat(withBomAndCrlf(text))).toBe(format);
  });

  it('takes { and [{ for JSON, but not a line that opens with a bracketed time or note', () => {
    expect(detectTranscriptFormat('  \n {"segments": []}')).toBe('json');
    expect(detectTranscriptFormat('[\n  {"text": "hi"}\n]')).toBe('json');
    expect(detectTranscriptFormat('[]')).toBe('json');
    expect(detectTranscriptFormat('[00:01:02] Dana: hi')).toBe('plain');
    expect(detectTranscriptFormat('[Music]\nDana: hi')).toBe('plain');
  });

  it('finds SRT by comma milliseconds, by a number above a timing, or by a timing on the first line', () => {
    expect(detectTranscriptFormat('00:00:01,000 --> 00:00:02,000\nDana: hi\n')).toBe('srt');
    expect(detectTranscriptFormat('\n12\n00:00:01.000 --> 00:00:02.000\nDana: hi\n')).toBe('srt');
    expect(detectTranscriptFormat('00:01.000 --> 00:02.000\nDana: hi\n')).toBe('srt');
    expect(detectTranscriptFormat('Dana: the arrow --> means nothing here\n')).toBe('plain');
  });

  it('takes WebVTT only from the first line, and Otter only when a header is followed by text', () => {
    expect(detectTranscriptFormat('Dana: WEBVTT is a format')).toBe('plain');
    expect(detectTranscriptFormat('Dana Whitfield  0:03\nHello there.')).toBe('otter');
    expect(detectTranscriptFormat('Dana Whitfield  0:03\nSam Ortiz  0:05\n')).toBe('plain');
    expect(detectTranscriptFormat('Dana Whitfield  0:03')).toBe('plain');
    expect(detectTranscriptFormat('Meet at 10:30\nSure.')).toBe('plain');
  });

  it('agrees with what parseTranscript reports', () => {
    expect(parseTranscript(readFixture('otter.txt')).format).toBe('otter');
    expect(parseTranscript('[0:01] Dana: hi').format).toBe('plain');
  });
});

describe('an explicit format that does not fit', () => {
  it('webvtt without its header fails at line 1 asking for "WEBVTT"', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('plain.txt'), 'webvtt'));
    expect(error.line).toBe(1);
    expect(error.expected).toBe('"WEBVTT" as the first line');
  });

  it('srt over WebVTT fails at the header line', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('zoom.vtt'), 'srt'));
    expect(error.line).toBe(1);
    expect(error.message).toBe('Line 1: expected a cue timing such as "00:00:01,000 --> 00:00:04,000", found "WEBVTT".');
  });

  it('otter over plain text fails at the first line', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('plain.txt'), 'otter'));
    expect(error.line).toBe(1);
    expect(error.expected).toBe('a speaker line such as "Dana Whitfield  0:03"');
  });

  it('json over plain text fails at line 1', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('plain.txt'), 'json'));
    expect(error.line).toBe(1);
    expect(error.expected).toBe('valid JSON');
  });

  it('plain reads anything, line by line', () => {
    const parsed = parseTranscript(readFixture('otter.txt'), 'plain');
    expect(parsed.format).toBe('plain');
    expect(parsed.utterances[0]).toEqual({ index: 0, speaker: 'Unnamed speaker', text: 'Dana Whitfield 0:00' });
  });
});
