/** Plain `Name: text` transcripts: one utterance per line, timed variants, and prose that is not a speaker. */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/listening/parse/parse-transcript.ts';
import { UNNAMED_SPEAKER } from '../../src/listening/types.ts';
import { CONVERSATION, LINE_STARTS, readFixture, withBomAndCrlf, withLoneCr } from '../fixtures/transcripts/conversation.ts';

const UNTIMED = CONVERSATION.map((line, index) => ({ index, speaker: line.speaker, text: line.text }));

function plain(...lines: string[]): Array<[string, string]> {
  return parseTranscript(lines.join('\n'), 'plain').utterances.map((u) => [u.speaker, u.text]);
}

describe('plain-text fixtures', () => {
  it('reads plain.txt: ten utterances, no times, blank lines skipped', () => {
    const parsed = parseTranscript(readFixture('plain.txt'));
    expect(parsed.format).toBe('plain');
    expect(parsed.utterances).toEqual(UNTIMED);
  });

  it('reads plain.txt the same with a BOM and CRLF, and with lone CRs', () => {
    const text = readFixture('plain.txt');
    expect(parseTranscript(withBomAndCrlf(text)).utterances).toEqual(UNTIMED);
    expect(parseTranscript(withLoneCr(text)).utterances).toEqual(UNTIMED);
  });

  it('reads plain-timed.txt: each line starts at its stamp and ends when the next starts', () => {
    const parsed = parseTranscript(readFixture('plain-timed.txt'));
    expect(parsed.format).toBe('plain');
    expect(parsed.utterances.map((u) => u.text)).toEqual(CONVERSATION.map((line) => line.text));
    expect(parsed.utterances.map((u) => u.start)).toEqual(LINE_STARTS);
    expect(parsed.utterances.map((u) => u.end)).toEqual([...LINE_STARTS.slice(1), undefined]);
    expect(parsed.utterances[9]).not.toHaveProperty('end');
  });
});

describe('plain-text speakers', () => {
  it('gives a line without a name to the previous speaker, and to nobody at the start', () => {
    expect(plain('Just checking the line works.', 'Dana Whitfield: Can you hear me?', 'I can see you now.', '   ', 'Sam Ortiz:   Yes, loud and clear.   ')).toEqual([
      [UNNAMED_SPEAKER, 'Just checking the line works.'],
      ['Dana Whitfield', 'Can you hear me?'],
      ['Dana Whitfield', 'I can see you now.'],
      ['Sam Ortiz', 'Yes, loud and clear.'],
    ]);
  });

  it('lets a line with only a name set the speaker of the lines after it', () => {
    expect(plain('DANA:', 'Welcome.', 'Let us begin.')).toEqual([
      ['DANA', 'Welcome.'],
      ['DANA', 'Let us begin.'],
    ]);
  });

  it.each([
    'Note: the budget is 5k',
    'Re: pricing',
    'PS: bring the receipts',
    'Action items: send the bank statements',
    'See https://example.com/invoices for the list',
    'https://example.com: that is the portal',
    '10:30 works for me',
    '2024: a year to forget',
    'Things I need: a pen and the letter',
    'We talked about three things: fees, timing and scope',
    'What I would say to the board of directors here: no',
    'This name is far too long to be anyone at all really: no',
    'Is it fine? Yes: fine',
    'Dana:without a space',
    'The ratio is 3:1 overall',
  ])('keeps prose as text: %s', (line) => {
    expect(plain('Sam Ortiz: Hello.', line)).toEqual([
      ['Sam Ortiz', 'Hello.'],
      ['Sam Ortiz', line],
    ]);
  });

  it.each([
    ['Speaker 1: hi', 'Speaker 1'],
    ['Dana Whitfield (Guest): hi', 'Dana Whitfield (Guest)'],
    ['Q: hi', 'Q'],
    ['Jean de la Fontaine: hi', 'Jean de la Fontaine'],
    ['sam.ortiz: hi', 'sam.ortiz'],
    ['Dr. Dana  Whitfield: hi', 'Dr. Dana Whitfield'],
    ['José Ortiz-Núñez: hi', 'José Ortiz-Núñez'],
  ])('reads a speaker name: %s', (line, speaker) => {
    expect(plain(line)).toEqual([[speaker, 'hi']]);
  });
});

describe('plain-text timed variants', () => {
  it.each([
    ['[00:01:02] Dana Whitfield: text', 62],
    ['[1:02] Dana Whitfield: text', 62],
    ['(00:01:02.5) Dana Whitfield: text', 62.5],
    ['[00:01:02] - Dana Whitfield: text', 62],
    ['00:01:02 Dana Whitfield: text', 62],
    ['1:02 | Dana Whitfield: text', 62],
    ['Dana Whitfield (00:01:02): text', 62],
    ['Dana Whitfield [1:02]: text', 62],
    ['Dana Whitfield [1:01:02]: text', 3662],
  ])('reads %s', (line, start) => {
    expect(parseTranscript(line, 'plain').utterances).toEqual([{ index: 0, speaker: 'Dana Whitfield', start, text: 'text' }]);
  });

  it('reads a bracketed time without a name as the previous speaker speaking then', () => {
    const parsed = parseTranscript('[0:05] Sam Ortiz: First.\n[0:09] And second.\n', 'plain');
    expect(parsed.utterances).toEqual([
      { index: 0, speaker: 'Sam Ortiz', start: 5, end: 9, text: 'First.' },
      { index: 1, speaker: 'Sam Ortiz', start: 9, text: 'And second.' },
    ]);
  });

  it('does not read a bare time without a name as a stamp, nor a time that cannot be', () => {
    const parsed = parseTranscript('Dana: When?\n10:30 works\n[1:75] Sam: odd\n', 'plain');
    expect(parsed.utterances).toEqual([
      { index: 0, speaker: 'Dana', text: 'When?' },
      { index: 1, speaker: 'Dana', text: '10:30 works' },
      { index: 2, speaker: 'Dana', text: '[1:75] Sam: odd' },
    ]);
  });

  it('gives no end when the next line is not timed or the clock runs backwards', () => {
    const parsed = parseTranscript('[0:10] A: one\n[0:05] B: two\nC: three\n', 'plain');
    expect(parsed.utterances.map((u) => [u.start, u.end])).toEqual([
      [10, undefined],
      [5, undefined],
      [undefined, undefined],
    ]);
  });
});
