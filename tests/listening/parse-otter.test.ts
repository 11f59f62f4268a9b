/** Otter.ai style: `Name  0:03` headers, each followed by the block of text that person said. */
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/listening/parse/parse-transcript.ts';
import { CONVERSATION, LINE_STARTS, readFixture, withBomAndCrlf, withLoneCr } from '../fixtures/transcripts/conversation.ts';
import { parseErrorOf } from '../fixtures/transcripts/parse-error-of.ts';

const EXPECTED = CONVERSATION.map((line, index) => {
  const end = LINE_STARTS[index + 1];
  return { index, speaker: line.speaker, start: LINE_STARTS[index], ...(end === undefined ? {} : { end }), text: line.text };
});

describe('Otter fixture', () => {
  it('reads otter.txt: blocks joined, start from the header, end at the next block, footer dropped', () => {
    const parsed = parseTranscript(readFixture('otter.txt'));
    expect(parsed.format).toBe('otter');
    expect(parsed.utterances).toEqual(EXPECTED);
  });

  it('reads it the same with a BOM and CRLF, and with lone CRs', () => {
    const text = readFixture('otter.txt');
    expect(parseTranscript(withBomAndCrlf(text)).utterances).toEqual(EXPECTED);
    expect(parseTranscript(withLoneCr(text)).utterances).toEqual(EXPECTED);
  });
});

describe('Otter layout', () => {
  it('reads one-space headers and h:mm:ss times', () => {
    const parsed = parseTranscript('Speaker 1 59:58\nStill going.\nSpeaker 2 1:00:03\nNearly done.\n', 'otter');
    expect(parsed.utterances).toEqual([
      { index: 0, speaker: 'Speaker 1', start: 3598, end: 3603, text: 'Still going.' },
      { index: 1, speaker: 'Speaker 2', start: 3603, text: 'Nearly done.' },
    ]);
  });

  it('drops a block with no text but still ends the one before it there', () => {
    const parsed = parseTranscript('Dana  0:01\nHello?\n\nSam  0:04\n\nDana  0:09\nAre you there?\n', 'otter');
    expect(parsed.utterances).toEqual([
      { index: 0, speaker: 'Dana', start: 1, end: 4, text: 'Hello?' },
      { index: 1, speaker: 'Dana', start: 9, text: 'Are you there?' },
    ]);
  });

  it('keeps prose that ends in a time inside the block', () => {
    const parsed = parseTranscript('Dana  0:01\nShall we meet at 10:30\nor later?\n', 'otter');
    expect(parsed.utterances.map((u) => u.text)).toEqual(['Shall we meet at 10:30 or later?']);
  });

  it('asks for a speaker line when text comes before the first header', () => {
    const error = parseErrorOf(() => parseTranscript('\nMeeting notes\nDana  0:01\nHello.\n', 'otter'));
    expect(error.line).toBe(2);
    expect(error.message).toBe('Line 2: expected a speaker line such as "Dana Whitfield  0:03", found "Meeting notes".');
  });
});
