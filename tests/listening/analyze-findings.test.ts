import { describe, expect, it } from 'vitest';
import { analyzeTranscript, type Finding, type TranscriptAnalysis } from '../../src/listening/index.ts';
import { callOf, words } from './build-call.ts';

const sides = { Dana: 'us', Sam: 'client' } as const;

function findingsOf(analysis: TranscriptAnalysis, code: string): Finding[] {
  return analysis.findings.filter((f) => f.code === code);
}

describe('talk share and monologues', () => {
  it('is a concern when we do most of the talking, citing our longest turns', () => {
    const call = callOf([
      ['Dana', `${words(150)}.`],
      ['Sam', 'Okay, go on.'],
      ['Dana', `${words(120)}.`],
      ['Sam', 'Right.'],
    ]);
    const [finding] = findingsOf(analyzeTranscript(call, { sides }), 'talk_share_high');
    expect(finding?.severity).toBe('concern');
    expect(finding?.message).toContain('99%');
    expect(finding?.evidence).toEqual([0, 2]);
    expect(finding?.suggestion).toContain('43%');
  });

  it('says nothing about talk share when the client speaks more', () => {
    const call = callOf([
      ['Dana', `${words(60)}.`],
      ['Sam', `${words(200)}.`],
    ]);
    expect(findingsOf(analyzeTranscript(call, { sides }), 'talk_share_high')).toEqual([]);
  });

  it('flags each of our turns past two minutes or 300 words, with all its lines', () => {
    const call = callOf([
      ['Sam', 'Can you walk me through the plan?', 0, 3],
      ['Dana', `${words(100)}.`, 4, 70],
      ['Dana', `${words(100)}.`, 70, 140],
      ['Sam', 'Got it.', 141, 142],
      ['Dana', `${words(320)}.`],
    ]);
    const analysis = analyzeTranscript(call, { sides });
    const found = findingsOf(analysis, 'monologue_long');
    expect(found.map((f) => f.evidence)).toEqual([[1, 2], [4]]);
    expect(found[0]!.message).toContain('2 min 16 s');
    expect(analysis.measures.monologues).toEqual({ overTwoMinutes: 1, over300Words: 1 });
  });

  it('asks for the sides when no speaker is ours', () => {
    const analysis = analyzeTranscript(callOf([['A', 'hello'], ['B', 'hi']]), { sides: {} });
    expect(analysis.findings.map((f) => f.code)).toEqual(['sides_unknown']);
  });
});

describe('talking about ourselves', () => {
  it('finds a long company overview and notices we did not turn back to the client', () => {
    const pitch = `Our firm was founded in 1998 and we have been helping manufacturers ever since. ${words(140)}.`;
    const call = callOf([
      ['Sam', 'So tell me about your company.'],
      ['Dana', pitch],
      ['Sam', 'Right.'],
      ['Dana', `We specialise in month-end automation and our team has won awards. ${words(150)}.`],
      ['Sam', 'Okay.'],
      ['Dana', 'We also do payroll.'],
    ]);
    const analysis = analyzeTranscript(call, { sides });
    expect(analysis.measures.companyOverviews).toEqual([{ from: 1, to: 3, words: 315 }]);
    const [finding] = findingsOf(analysis, 'company_overview_long');
    expect(finding?.severity).toBe('concern');
    expect(finding?.evidence).toEqual([1, 3]);
  });

  it('notices when we turned back to the client with a question soon after', () => {
    const call = callOf([
      ['Dana', `Our firm was founded in 1998 and we specialise in audits. ${words(310)}.`],
      ['Dana', 'But enough about us: what prompted you to look at this now?'],
    ]);
    const analysis = analyzeTranscript(call, { sides });
    expect(analysis.measures.companyOverviews[0]?.turnedBackAt).toBe(1);
    expect(findingsOf(analysis, 'company_overview_long')[0]?.severity).toBe('warning');
  });

  it('compares references to us with references to the client, ignoring "you know" and "thank you"', () => {
    const call = callOf([
      ['Dana', 'We think our approach is right, and I believe we can do it. We did it for our other clients, you know.'],
      ['Dana', 'I have seen it. We know it. Our people are ready and I am sure we will deliver. Thank you.'],
      ['Sam', 'Fine.'],
    ]);
    const analysis = analyzeTranscript(call, { sides, selfNames: ['Whitfield & Rowe'] });
    expect(analysis.measures.focus).toEqual({ clientReferences: 0, selfReferences: 11 });
    expect(findingsOf(analysis, 'self_focus')).toEqual([]); // under 20 references: too little to judge
  });

  it('counts the firm name as a reference to us and flags self focus with the lines that lean on us', () => {
    const line = 'At Whitfield & Rowe we know our work and I think we do it well.';
    const call = callOf([
      ['Dana', line],
      ['Dana', line],
      ['Dana', 'What would you want from your advisers?'],
      ['Dana', line],
      ['Dana', line],
    ]);
    const analysis = analyzeTranscript(call, { sides, selfNames: ['Whitfield & Rowe'] });
    expect(analysis.measures.focus).toEqual({ clientReferences: 2, selfReferences: 20 });
    const [finding] = findingsOf(analysis, 'self_focus');
    expect(finding?.evidence).toEqual([0, 1, 3, 4]);
  });
});

describe('lines that hurt trust', () => {
  it('finds a pushy close anywhere and a weak opener only at the start', () => {
    const call = callOf([
      ['Dana', 'Hi Sam, just checking in on the proposal.'],
      ['Sam', 'Still reviewing it.'],
      ['Dana', 'Sure.'],
      ['Dana', 'Okay.'],
      ['Dana', 'I was just checking in.'],
      ['Dana', 'If you sign today I can hold the price.'],
    ]);
    const analysis = analyzeTranscript(call, { sides });
    expect(findingsOf(analysis, 'weak_opener').map((f) => f.evidence)).toEqual([[0]]);
    const [pushy] = findingsOf(analysis, 'pushy_close');
    expect(pushy?.evidence).toEqual([5]);
    expect(pushy?.severity).toBe('concern');
    expect(pushy?.message).toContain('sign today');
    expect(analysis.findings[0]?.code).toBe('pushy_close'); // concerns first
  });

  it('finds fake empathy but not in the client\'s lines', () => {
    const call = callOf([
      ['Sam', 'I completely understand how frustrating it is.'],
      ['Dana', 'I completely understand how frustrating that must be.'],
    ]);
    expect(findingsOf(analyzeTranscript(call, { sides }), 'fake_empathy').map((f) => f.evidence)).toEqual([[1]]);
  });
});

describe('patience', () => {
  it('measures the pause before our replies and counts interruptions', () => {
    const lines: [string, string, number, number][] = [];
    let t = 0;
    for (let i = 0; i < 6; i++) {
      lines.push(['Sam', 'That is how it works for us at the moment.', t, t + 5]);
      const gap = i < 3 ? -1 : 0.2;
      lines.push(['Dana', 'I see.', t + 5 + gap, t + 7]);
      t += 8;
    }
    const analysis = analyzeTranscript(callOf(lines), { sides });
    expect(analysis.measures.patience).toEqual({ replies: 6, interruptions: 3, medianGapSeconds: 0.1 });
    expect(findingsOf(analysis, 'interruptions')[0]?.evidence).toEqual([1, 3, 5]);
    expect(findingsOf(analysis, 'quick_replies')).toHaveLength(1);
  });

  it('leaves the median out when the captions are cut back to back', () => {
    const lines: [string, string, number, number][] = [];
    for (let i = 0; i < 6; i++) lines.push(['Sam', 'Yes.', i * 4, i * 4 + 2], ['Dana', 'Okay.', i * 4 + 2, i * 4 + 4]);
    expect(analyzeTranscript(callOf(lines), { sides }).measures.patience).toEqual({ replies: 6, interruptions: 0 });
  });
});

describe('questions through the call', () => {
  it('counts questions per third and notices when they are front-loaded', () => {
    const lines: [string, string][] = [
      ['Dana', 'What brought you here?'],
      ['Dana', 'How do you decide on advisers?'],
      ['Dana', 'Who else is involved?'],
      ['Dana', 'What does success look like?'],
      ['Dana', 'Why now?'],
      ['Dana', 'What have you tried?'],
      ['Sam', `${words(40)}.`],
      ['Dana', `${words(40)}.`],
      ['Sam', `${words(40)}.`],
    ];
    const analysis = analyzeTranscript(callOf(lines), { sides });
    expect(analysis.measures.questionSpread.us).toEqual([6, 0, 0]);
    expect(findingsOf(analysis, 'questions_front_loaded')[0]?.evidence).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
