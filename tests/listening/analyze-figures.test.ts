import { describe, expect, it } from 'vitest';
import { analyzeTranscript, assignSides, speakersOf } from '../../src/listening/index.ts';
import { toContractJson } from '../../src/listening/contract-json.ts';
import { callOf, words } from './build-call.ts';

const sides = { Dana: 'us', Sam: 'client' } as const;

describe('figures per speaker and side', () => {
  const call = callOf([
    ['Dana', 'Thanks for making time today, Sam.'],
    ['Dana', 'What made you look for help with month-end?'],
    ['Sam', 'Our close takes nine days and the board wants it in five.'],
    ['Dana', 'Nine days — what takes most of that time?'],
    ['Sam', 'Reconciliations. We chase the bank feeds by hand, every single month, and it drags.'],
  ]);
  const analysis = analyzeTranscript(call, { sides });

  it('counts words as tokens with a letter or digit, and talk share as a fraction of all words', () => {
    const dana = analysis.speakers.find((s) => s.name === 'Dana')!;
    const sam = analysis.speakers.find((s) => s.name === 'Sam')!;
    expect(dana.words).toBe(6 + 8 + 8);
    expect(sam.words).toBe(12 + 14);
    expect(analysis.measures.totalWords).toBe(48);
    expect(dana.talkShare).toBeCloseTo(22 / 48, 4);
    expect(sam.talkShare).toBeCloseTo(26 / 48, 4);
  });

  it('keeps every utterance, in order, and computes turns from them', () => {
    expect(analysis.utterances.map((u) => u.index)).toEqual([0, 1, 2, 3, 4]);
    expect(analysis.turns.map((t) => [t.speaker, t.from, t.to])).toEqual([
      ['Dana', 0, 1],
      ['Sam', 2, 2],
      ['Dana', 3, 3],
      ['Sam', 4, 4],
    ]);
    const dana = analysis.speakers.find((s) => s.name === 'Dana')!;
    expect(dana.turns).toBe(2);
    expect(dana.longestMonologueWords).toBe(14);
  });

  it('marks the questions in the utterances and counts them per speaker', () => {
    expect(analysis.utterances[1]!.questions).toEqual([{ text: 'What made you look for help with month-end?', kind: 'open' }]);
    expect(analysis.utterances[2]!.questions).toEqual([]);
    expect(analysis.speakers.find((s) => s.name === 'Dana')!.questions).toEqual({ open: 2, closed: 0 });
  });

  it('sums the sides', () => {
    const us = analysis.sides.find((s) => s.side === 'us')!;
    expect(us.speakers).toEqual(['Dana']);
    expect(us.words).toBe(22);
  });

  it('projects exactly the fixed JSON contract', () => {
    const json = toContractJson(analysis);
    expect(Object.keys(json)).toEqual(['speakers', 'utterances', 'findings']);
    expect(Object.keys(json.speakers[0]!)).toEqual(['name', 'side', 'words', 'talkShare', 'turns', 'longestMonologueWords', 'questions']);
    expect(Object.keys(json.utterances[0]!)).toEqual(['index', 'speaker', 'text', 'questions']);
  });
});

describe('timed transcripts', () => {
  const call = callOf([
    ['Dana', 'Shall we start with where things stand?', 0, 4],
    ['Sam', `${words(40)}.`, 5, 25],
    ['Dana', 'That helps.', 26, 27],
    ['Sam', `${words(30)}.`, 28, 58],
  ]);
  const analysis = analyzeTranscript(call, { sides });

  it('gives talk share by time and the call length', () => {
    const dana = analysis.speakers.find((s) => s.name === 'Dana')!;
    expect(dana.seconds).toBe(5);
    expect(dana.timeShare).toBeCloseTo(5 / 55, 4);
    expect(analysis.measures.durationSeconds).toBe(58);
    expect(analysis.measures.switchesPerMinute).toBeCloseTo(3 / (58 / 60), 2);
  });
});

describe('sides from names', () => {
  it('matches full names, first names, initials and names with the firm in brackets', () => {
    const speakers = ['Dana Whitfield (Whitfield & Rowe)', 'Sam Ortiz', 'lee', 'Unnamed speaker'];
    const sides = assignSides(speakers, { us: ['Dana Whitfield', 'Lee Chen'] });
    expect(sides).toEqual({ 'Dana Whitfield (Whitfield & Rowe)': 'us', 'Sam Ortiz': 'client', lee: 'us', 'Unnamed speaker': 'client' });
  });

  it('leaves everyone unknown when no one is ours', () => {
    expect(assignSides(['A', 'B'], { us: ['Dana'] })).toEqual({ A: 'unknown', B: 'unknown' });
  });

  it('lists speakers in order of first appearance', () => {
    expect(speakersOf(callOf([['B', 'x'], ['A', 'y'], ['B', 'z']]))).toEqual(['B', 'A']);
  });
});
