/** JSON transcripts: lists and wrappers, lenient times, unnamed speakers, and errors that name the entry. */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/listening/parse/parse-transcript.ts';
import { UNNAMED_SPEAKER } from '../../src/listening/types.ts';
import { CONVERSATION, CUE_TIMES, readFixture, withBomAndCrlf } from '../fixtures/transcripts/conversation.ts';
import { parseErrorOf } from '../fixtures/transcripts/parse-error-of.ts';

const EXPECTED = CONVERSATION.map((line, index) => ({ index, speaker: line.speaker, ...CUE_TIMES[index], text: line.text }));

function json(value: unknown): ReturnType<typeof parseTranscript> {
  return parseTranscript(JSON.stringify(value, null, 2));
}

describe('JSON fixture', () => {
  it('reads transcript.json as the ten-line call', () => {
    const parsed = parseTranscript(readFixture('transcript.json'));
    expect(parsed.format).toBe('json');
    expect(parsed.utterances).toEqual(EXPECTED);
  });

  it('reads it the same with a BOM and CRLF', () => {
    expect(parseTranscript(withBomAndCrlf(readFixture('transcript.json'))).utterances).toEqual(EXPECTED);
  });

  it.each(['utterances', 'segments'])('reads the list inside {"%s": [...]}', (key) => {
    const entries = JSON.parse(readFixture('transcript.json')) as unknown[];
    expect(json({ language: 'en', [key]: entries }).utterances).toEqual(EXPECTED);
  });
});

describe('JSON entries', () => {
  it('names nobody when the speaker is missing, null or blank, and trims names and text', () => {
    const parsed = json([{ text: 'One.' }, { speaker: null, text: 'Two.' }, { speaker: '  ', text: 'Three.' }, { speaker: '  Sam  Ortiz ', text: '  Four\n and  five. ' }]);
    expect(parsed.utterances).toEqual([
      { index: 0, speaker: UNNAMED_SPEAKER, text: 'One.' },
      { index: 1, speaker: UNNAMED_SPEAKER, text: 'Two.' },
      { index: 2, speaker: UNNAMED_SPEAKER, text: 'Three.' },
      { index: 3, speaker: 'Sam Ortiz', text: 'Four and five.' },
    ]);
  });

  it('reads times as numbers, numeric strings and clock strings, to the millisecond', () => {
    const parsed = json([
      { speaker: 'A', start: 1.23456, end: '2.5', text: 'a' },
      { speaker: 'B', start: '00:01:02.500', end: '1:05', text: 'b' },
      { speaker: 'C', start: null, end: 80, text: 'c' },
    ]);
    expect(parsed.utterances.map((u) => [u.start, u.end])).toEqual([
      [1.235, 2.5],
      [62.5, 65],
      [undefined, 80],
    ]);
    expect(parsed.utterances[2]).not.toHaveProperty('start');
  });

  it('reads whole-millisecond times (as AssemblyAI writes them) as milliseconds, but not whole seconds', () => {
    const ms = json({ utterances: [{ speaker: 'A', start: 250, end: 4100, text: 'a' }, { speaker: 'B', start: 4500, end: 3_900_000, text: 'b' }] });
    expect(ms.utterances.map((u) => [u.start, u.end])).toEqual([
      [0.25, 4.1],
      [4.5, 3900],
    ]);
    const seconds = json([{ speaker: 'A', start: 0, end: 4, text: 'a' }, { speaker: 'B', start: 5, end: 3600, text: 'b' }]);
    expect(seconds.utterances.map((u) => [u.start, u.end])).toEqual([
      [0, 4],
      [5, 3600],
    ]);
  });

  it('drops entries whose text is empty and numbers the rest contiguously', () => {
    const parsed = json([{ speaker: 'A', text: ' ' }, { speaker: 'B', text: 'kept' }, { speaker: 'A', text: '' }, { speaker: 'A', text: 'also kept' }]);
    expect(parsed.utterances.map((u) => [u.index, u.speaker])).toEqual([
      [0, 'B'],
      [1, 'A'],
    ]);
  });
});

describe('JSON errors', () => {
  it('names the line where malformed JSON stops (broken-missing-comma.json)', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('broken-missing-comma.json')));
    expect(error.line).toBe(4);
    expect(error.expected).toBe('valid JSON');
    expect(error.message).toMatch(/^Line 4: expected valid JSON, found "\{ "speaker": "Dana Whitfield", "start": 9\.5/);
  });

  it('counts the same line with a BOM and CRLF', () => {
    expect(parseErrorOf(() => parseTranscript(withBomAndCrlf(readFixture('broken-missing-comma.json')))).line).toBe(4);
  });

  it('names the entry, the field and the line of a non-string text', () => {
    const error = parseErrorOf(() => json([{ speaker: 'A', text: 'ok' }, { speaker: 'B', text: 'ok' }, { speaker: 'C', text: 42 }]));
    expect(error.line).toBe(10);
    expect(error.message).toBe('Entry 3 ("text"): expected a string, found 42 (line 10).');
  });

  it('names a non-string speaker inside a wrapper', () => {
    const error = parseErrorOf(() => parseTranscript('{\n  "utterances": [\n    {"speaker": "A", "text": "x"},\n\n    {"speaker": 7, "text": "y"}\n  ]\n}'));
    expect(error.line).toBe(5);
    expect(error.message).toBe('Entry 2 ("speaker"): expected a string, found 7 (line 5).');
  });

  it('finds the entry\'s line past nested lists and strings with brackets', () => {
    const text = [
      '{"text": "[not] {this}", "segments": [',
      '  {"start": 0, "end": 2, "text": "Hi [laughs]", "tokens": [[1, 2], {"t": "}"}]},',
      '  {"start": 2, "end": 1, "text": "Oops"}',
      ']}',
    ].join('\n');
    const error = parseErrorOf(() => parseTranscript(text));
    expect(error.line).toBe(3);
    expect(error.message).toBe('Entry 2 ("end"): expected a time after the start (2), found 1 (line 3).');
  });

  it('refuses a missing text, a bad time, a negative time and an end before its start', () => {
    expect(parseErrorOf(() => json([{ speaker: 'A' }])).message).toBe('Entry 1 ("text"): expected a string, found nothing (line 2).');
    expect(parseErrorOf(() => json([{ text: 'x', start: 'soon' }])).message).toBe(
      'Entry 1 ("start"): expected seconds as a number, or a time such as "00:01:02.500", found "soon" (line 2).',
    );
    expect(parseErrorOf(() => json([{ text: 'x', end: -1 }])).message).toMatch(/^Entry 1 \("end"\): expected seconds/);
    expect(parseErrorOf(() => json([{ text: 'x', start: 5, end: 4 }])).message).toBe('Entry 1 ("end"): expected a time after the start (5), found 4 (line 2).');
  });

  it('refuses an entry that is not an object, and JSON that is not a list', () => {
    expect(parseErrorOf(() => json(['hello'])).message).toBe('Entry 1: expected an object with "speaker" and "text", found "hello" (line 2).');
    const error = parseErrorOf(() => parseTranscript('{"transcript": "Dana: hi"}'));
    expect(error.line).toBe(1);
    expect(error.message).toBe(
      'Line 1: expected a list of utterances such as [{"speaker": "Dana", "text": "Hello"}], or an object with "utterances" or "segments", found an object without "utterances" or "segments".',
    );
  });

  it('says an empty list, or one with no text, holds no speech', () => {
    expect(parseErrorOf(() => parseTranscript('[]')).message).toBe('Line 1: expected at least one line of speech, found no entry with text.');
    expect(parseErrorOf(() => json([{ speaker: 'A', text: '  ' }])).line).toBe(1);
  });

  it('names the last line when the JSON stops short', () => {
    const error = parseErrorOf(() => parseTranscript('[\n  {"speaker": "A", "text": "x"},\n'));
    expect(error.line).toBe(3);
  });
});

describe('JSON errors V8 reports without a position', () => {
  it('finds the line of an unexpected token from the context the parser quotes', () => {
    const text = ['[', '  {"speaker": "Dana Whitfield", "text": "Hello."},', '  {"speaker": "Sam Ortiz", "text": "Hi."},', `  {"speaker": 'Dana Whitfield', "text": "Shall we start?"}`, ']'].join('\n');
    const error = parseErrorOf(() => parseTranscript(text));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^Line 4: expected valid JSON, found "\{"speaker": 'Dana Whitfield'/);
    expect(error.message).toMatch(/\(Unexpected token '''\)\.$/);
  });
});
