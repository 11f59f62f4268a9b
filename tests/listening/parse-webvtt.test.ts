/** WebVTT as Zoom, Teams and Meet export it: headers, blocks, ids, voices, tags, entities, multi-speaker cues. */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/listening/parse/parse-transcript.ts';
import { UNNAMED_SPEAKER } from '../../src/listening/types.ts';
import { CONVERSATION, CUE_TIMES, readFixture, withBomAndCrlf, withLoneCr } from '../fixtures/transcripts/conversation.ts';
import { parseErrorOf } from '../fixtures/transcripts/parse-error-of.ts';

const EXPECTED = CONVERSATION.map((line, index) => ({ index, speaker: line.speaker, ...CUE_TIMES[index], text: line.text }));

function vtt(body: string): ReturnType<typeof parseTranscript> {
  return parseTranscript(`WEBVTT\n\n${body}`, 'webvtt');
}

describe('WebVTT fixtures', () => {
  it.each(['zoom.vtt', 'teams.vtt', 'meet.vtt'])('reads %s as the ten-line call with cue times', (name) => {
    const parsed = parseTranscript(readFixture(name));
    expect(parsed.format).toBe('webvtt');
    expect(parsed.utterances).toEqual(EXPECTED);
  });

  it.each(['zoom.vtt', 'teams.vtt', 'meet.vtt'])('reads %s the same with a BOM and CRLF, and with lone CRs', (name) => {
    const text = readFixture(name);
    expect(parseTranscript(withBomAndCrlf(text)).utterances).toEqual(EXPECTED);
    expect(parseTranscript(withLoneCr(text)).utterances).toEqual(EXPECTED);
  });
});

describe('WebVTT layout', () => {
  it('accepts header text, header metadata lines, NOTE, STYLE and REGION blocks', () => {
    const parsed = parseTranscript(
      [
        'WEBVTT Kind: captions',
        'Language: en',
        '',
        'REGION',
        'id:fred width:40%',
        '',
        'NOTE a comment',
        'that spans lines',
        '',
        '00:01.000 --> 00:02.000',
        'Dana Whitfield: Hello.',
      ].join('\n'),
    );
    expect(parsed.utterances).toEqual([{ index: 0, speaker: 'Dana Whitfield', start: 1, end: 2, text: 'Hello.' }]);
  });

  it('reads numeric and Teams-style cue ids, hours-less times and cue settings', () => {
    const parsed = vtt(
      '7\n01:02.250 --> 01:04.000 align:start line:90%\n<v Sam Ortiz>One.\n\n' +
        '9a1f2c3d-1111-2222-3333-444455556666/12-0\n1:01:02.000 --> 1:01:03.500\n<v Sam Ortiz>Two.\n',
    );
    expect(parsed.utterances.map((u) => [u.start, u.end, u.text])).toEqual([
      [62.25, 64, 'One.'],
      [3662, 3663.5, 'Two.'],
    ]);
  });

  it('starts a new cue at a timing line even when the blank line before it is missing', () => {
    const parsed = vtt('00:00:01.000 --> 00:00:02.000\nDana Whitfield: One.\n00:00:03.000 --> 00:00:04.000\nSam Ortiz: Two.\n');
    expect(parsed.utterances.map((u) => [u.speaker, u.start, u.text])).toEqual([
      ['Dana Whitfield', 1, 'One.'],
      ['Sam Ortiz', 3, 'Two.'],
    ]);
  });

  it('ignores leading blank lines and trailing spaces', () => {
    const parsed = parseTranscript('\n\nWEBVTT   \n\n00:00:01.000 --> 00:00:02.000   \nSam Ortiz: Hi.   \n\n\n');
    expect(parsed.format).toBe('webvtt');
    expect(parsed.utterances).toEqual([{ index: 0, speaker: 'Sam Ortiz', start: 1, end: 2, text: 'Hi.' }]);
  });
});

describe('WebVTT speakers', () => {
  it('reads <v Name>, <v.class Name> and unclosed voice spans, trimming the name', () => {
    const parsed = vtt(
      '00:01.000 --> 00:02.000\n<v  Dana Whitfield >Hello</v>\n\n' +
        '00:02.000 --> 00:03.000\n<v.loud.first Sam Ortiz>Hi there\n\n' +
        '00:03.000 --> 00:04.000\n<v>No name here</v>\n',
    );
    expect(parsed.utterances.map((u) => [u.speaker, u.text])).toEqual([
      ['Dana Whitfield', 'Hello'],
      ['Sam Ortiz', 'Hi there'],
      ['Sam Ortiz', 'No name here'],
    ]);
  });

  it('joins a multi-line cue by one speaker into one utterance', () => {
    const parsed = vtt('00:01.000 --> 00:05.000\n<v Dana Whitfield>First line\nsecond line</v>\n');
    expect(parsed.utterances).toEqual([{ index: 0, speaker: 'Dana Whitfield', start: 1, end: 5, text: 'First line second line' }]);
  });

  it('splits a cue whose lines carry different voices, sharing its timing', () => {
    const parsed = vtt('00:10.000 --> 00:14.000\n<v Dana Whitfield>Is that right?</v>\n<v Sam Ortiz>Yes.</v>\n');
    expect(parsed.utterances).toEqual([
      { index: 0, speaker: 'Dana Whitfield', start: 10, end: 14, text: 'Is that right?' },
      { index: 1, speaker: 'Sam Ortiz', start: 10, end: 14, text: 'Yes.' },
    ]);
  });

  it('splits two voices on one line, and keeps repeated lines of one voice together', () => {
    const parsed = vtt('00:10.000 --> 00:14.000\n<v Dana>Right?</v> <v Sam>Right.</v>\n<v Sam>Exactly.</v>\n');
    expect(parsed.utterances.map((u) => [u.speaker, u.text])).toEqual([
      ['Dana', 'Right?'],
      ['Sam', 'Right. Exactly.'],
    ]);
  });

  it('splits subtitle dash lines, named or not', () => {
    const named = vtt('00:10.000 --> 00:14.000\n- Dana Whitfield: Ready?\n- Sam Ortiz: Ready.\n');
    expect(named.utterances.map((u) => [u.speaker, u.text, u.start])).toEqual([
      ['Dana Whitfield', 'Ready?', 10],
      ['Sam Ortiz', 'Ready.', 10],
    ]);
    const unnamed = vtt('00:10.000 --> 00:14.000\n- Ready?\n- Ready.\n');
    expect(unnamed.utterances.map((u) => [u.speaker, u.text])).toEqual([
      [UNNAMED_SPEAKER, 'Ready?'],
      [UNNAMED_SPEAKER, 'Ready.'],
    ]);
  });

  it('carries the previous speaker into a cue without a name, and starts unnamed', () => {
    const parsed = vtt(
      '00:01.000 --> 00:02.000\nWelcome, everyone.\n\n' +
        '00:02.000 --> 00:03.000\nSam Ortiz: Thanks.\n\n' +
        '00:03.000 --> 00:04.000\nGlad to be here.\n',
    );
    expect(parsed.utterances.map((u) => u.speaker)).toEqual([UNNAMED_SPEAKER, 'Sam Ortiz', 'Sam Ortiz']);
  });

  it('does not take prose with a colon for a speaker', () => {
    const parsed = vtt('00:01.000 --> 00:02.000\nSam Ortiz: Hi.\n\n00:02.000 --> 00:03.000\nNote: the budget is 5k.\n');
    expect(parsed.utterances.map((u) => [u.speaker, u.text])).toEqual([
      ['Sam Ortiz', 'Hi.'],
      ['Sam Ortiz', 'Note: the budget is 5k.'],
    ]);
  });
});

describe('WebVTT cue text', () => {
  it('strips tags and inline timestamps and decodes entities', () => {
    const parsed = vtt(
      '00:01.000 --> 00:02.000\n' +
        '<v Dana><c.yellow>Fees</c> &lt;<b>£400</b>&gt; <00:01.500><i>for</i>&nbsp;Whitfield &amp; Rowe&lrm;&rlm; &#8212; &#x263A; &bogus; & co</v>\n',
    );
    expect(parsed.utterances[0]!.text).toBe('Fees <£400> for Whitfield & Rowe — ☺ &bogus; & co');
  });

  it('leaves a lone "<" alone and drops cues that are empty after cleaning, keeping indexes contiguous', () => {
    const parsed = vtt(
      '00:01.000 --> 00:02.000\nSam: 3 < 4\n\n00:02.000 --> 00:03.000\n<c></c>&nbsp;\n\n00:03.000 --> 00:04.000\nDana: Yes.\n',
    );
    expect(parsed.utterances.map((u) => [u.index, u.speaker, u.text])).toEqual([
      [0, 'Sam', '3 < 4'],
      [1, 'Dana', 'Yes.'],
    ]);
  });
});

describe('WebVTT errors', () => {
  it('names the line of a stray text block', () => {
    const error = parseErrorOf(() => vtt('00:01.000 --> 00:02.000\nDana: Hi.\n\nhello there\n'));
    expect(error.line).toBe(6);
    expect(error.message).toBe('Line 6: expected a cue timing such as "00:00:01.000 --> 00:00:04.000", found "hello there".');
  });

  it('names the timing line of broken-timing.vtt', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('broken-timing.vtt')));
    expect(error.line).toBe(12);
    expect(error.expected).toBe('a cue timing such as "00:00:01.000 --> 00:00:04.000"');
    expect(error.message).toBe('Line 12: expected a cue timing such as "00:00:01.000 --> 00:00:04.000", found "00:00:09.500 - 00:00:16.000".');
  });

  it('names a timing line with an arrow but a bad time, and one that ends before it starts', () => {
    expect(parseErrorOf(() => vtt('1\n00:01.000 --> 00:0x.000\nHi\n')).line).toBe(4);
    const backwards = parseErrorOf(() => vtt('00:01.000 --> 00:02.000\nOne\n\n00:05.000 --> 00:04.000\nTwo\n'));
    expect(backwards.line).toBe(6);
    expect(backwards.message).toBe('Line 6: expected an end time after the start time, found "00:05.000 --> 00:04.000".');
  });

  it('counts lines the same with CRLF and a BOM', () => {
    expect(parseErrorOf(() => parseTranscript(withBomAndCrlf(readFixture('broken-timing.vtt')))).line).toBe(12);
  });

  it('asks for the header when told the text is WebVTT', () => {
    const error = parseErrorOf(() => parseTranscript(readFixture('transcript.srt'), 'webvtt'));
    expect(error.line).toBe(1);
    expect(error.message).toBe('Line 1: expected "WEBVTT" as the first line, found "1".');
  });

  it('says a header with no cues holds no speech', () => {
    const error = parseErrorOf(() => parseTranscript('WEBVTT\n\nNOTE nothing yet\n'));
    expect(error.line).toBe(4);
    expect(error.message).toBe('Line 4: expected at least one line of speech, found the end of the file.');
  });
});
