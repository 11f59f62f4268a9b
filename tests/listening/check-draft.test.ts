import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/listening/index.ts';

const selfCentred = `Hi Sam,

I hope this finds you well. I wanted to tell you a little more about Whitfield & Rowe. Our firm was founded in 1998 and we have been serving manufacturers ever since. We offer audit, tax and advisory services, and our team is award-winning. We are the leading practice in the region. We provide end-to-end bookkeeping too.

Our offer expires on Friday, so sign today if you can.

Best,
Dana`;

describe('the draft checker', () => {
  const check = checkDraft(selfCentred, {
    notes: ['Sam said the month-end close takes nine days because the bank reconciliations are done by hand.'],
    clientName: 'Sam Ortiz',
    selfNames: ['Whitfield & Rowe'],
  });
  const codes = check.findings.map((f) => f.code);

  it('finds self focus, a feature dump, fake urgency and nothing specific to the client', () => {
    expect(codes).toEqual(expect.arrayContaining(['self_focus', 'feature_dump', 'pushy_close', 'not_specific']));
    expect(check.focus.selfReferences).toBeGreaterThan(check.focus.clientReferences * 2);
  });

  it('cites the sentences as character ranges of the draft', () => {
    const pushy = check.findings.filter((f) => f.code === 'pushy_close');
    const cited = pushy.flatMap((f) => f.evidence);
    expect(cited.length).toBeGreaterThan(0);
    for (const e of cited) expect(selfCentred.slice(e.start, e.end)).toBe(e.text);
    expect(cited.some((e) => e.text.includes('sign today'))).toBe(true);
  });

  it('suggests what to mention from the notes', () => {
    const notSpecific = check.findings.find((f) => f.code === 'not_specific')!;
    expect(notSpecific.message).toContain('Sam Ortiz');
    expect(notSpecific.suggestion).toMatch(/"(month-end|close|reconciliations|nine)"|"hand"/);
  });

  it('passes a draft about the reader that picks up what they said', () => {
    const good = checkDraft(
      `Hi Sam,

You mentioned that your month-end close takes nine days, mostly because the bank reconciliations are done by hand. Attached is a short note on how two of your peers cut that to four days; the second section is closest to your situation. Would it help if your controller and I walked through it next week?

Dana`,
      { notes: ['Month-end close takes nine days; bank reconciliations by hand.'], clientName: 'Sam Ortiz' },
    );
    expect(good.findings).toEqual([]);
  });

  it('does not judge specificity without notes', () => {
    const check = checkDraft(selfCentred);
    expect(check.findings.map((f) => f.code)).not.toContain('not_specific');
  });
});
