/** The close-out's rule: a follow-up must say what exactly we will bring; "just checking in" is refused. */
import { describe, expect, it } from 'vitest';
import { isGenericFollowUp, meaningfulWords, shorten, suggestFollowUps } from '../../src/domain/follow-ups/generic-follow-up.ts';

describe('isGenericFollowUp', () => {
  it.each([
    '',
    '   ',
    'Just checking in!!!',
    'just checking in',
    'TOUCHING BASE.',
    'Touch base',
    'any update?',
    'Any updates??',
    'Any news 🙂',
    'following up',
    'Follow-up',
    'Follow up.',
    'check in with Sandra',
    'Check-in',
    'Circling back',
    'Circle back next week',
    'Catch up',
    'Quick call on Monday',
    'Reach out again',
    'ping',
    'Ping them',
    'See how things are going',
    'Keep in touch',
    'Stay in touch!',
    'Next steps',
    'Discuss next steps',
    'Call her in two weeks',
    'Send an email',
    'Send a reminder',
    'Email Tom tomorrow',
    '...',
    '👋👋',
    'Follow up on progress',
    'Just wanted to touch base and see if there is any update',
  ])('"%s" is generic', (text) => {
    expect(isGenericFollowUp(text)).toBe(true);
  });

  it.each([
    'Follow up on the pricing proposal',
    'Send the two client stories about month-end close',
    'Send the benchmark',
    'Bring a draft of the board pack',
    'Introduce her to Dana at Fenwick Payroll',
    'Share the cash-flow template, filled in with their Q3 figures',
    'Check in about the VAT registration deadline',
    'Any update on the audit findings?',
    'Catch up over the draft budget for 2026',
    'Touch base: payroll migration plan',
    'Send a one-page note on how others reached a monthly close in five days',
  ])('"%s" is specific', (text) => {
    expect(isGenericFollowUp(text)).toBe(false);
  });

  it("sets the client's names aside when given them", () => {
    expect(isGenericFollowUp('Catch up with Maya Okafor')).toBe(false);
    expect(isGenericFollowUp('Catch up with Maya Okafor', ['Maya Okafor'])).toBe(true);
    expect(isGenericFollowUp('Send Maya Okafor the payroll checklist', ['Maya Okafor'])).toBe(false);
  });

  it('keeps the words that carry content', () => {
    expect(meaningfulWords('Just following up on the PRICING proposal!!!')).toEqual(['pricing', 'proposal']);
    expect(meaningfulWords('Send Kim’s team the new onboarding guide')).toEqual(['send', 'kims', 'new', 'onboarding', 'guide']);
  });
});

describe('suggestFollowUps', () => {
  const notes = {
    goals: 'A monthly close in five working days by the next financial year. And fewer late nights.',
    challenges: '"We keep closing the books three weeks late, and the board has stopped trusting the numbers."',
    concerns: 'Worried that a new system means weekends.',
    situation: 'Three finance staff, a 2009 ledger.',
  };

  it('phrases concrete follow-ups from the notes, goals first, at most three', () => {
    expect(suggestFollowUps({ notes, summary: 'First call.' })).toEqual([
      'Send a one-page note on how others reached “A monthly close in five working days by the…”',
      'Share two examples of clients who got past “We keep closing the books three weeks late, and…”',
      'Bring a short written answer to their concern: “Worried that a new system means weekends”',
    ]);
  });

  it('is deterministic and every suggestion passes the rule', () => {
    const once = suggestFollowUps({ notes, summary: null });
    expect(suggestFollowUps({ notes, summary: null })).toEqual(once);
    for (const s of once) expect(isGenericFollowUp(s)).toBe(false);
  });

  it('uses the situation and summary when goals and challenges are missing', () => {
    expect(suggestFollowUps({ notes: { situation: 'Growing fast.' }, summary: 'Talked about hiring a controller' })).toEqual([
      'Send a checklist written for their situation: “Growing fast”',
      'Send a written recap with one idea on “Talked about hiring a controller”',
      'Send a one-page summary of what they told us, with one idea for their biggest challenge',
    ]);
  });

  it('falls back to general but concrete phrasings when nothing was noted', () => {
    const fallback = suggestFollowUps({ notes: {}, summary: null });
    expect(fallback).toHaveLength(3);
    for (const s of fallback) expect(isGenericFollowUp(s)).toBe(false);
  });

  it('shortens their words to the first sentence and a few words', () => {
    expect(shorten('  “Expand into Spain.” Then Portugal. ')).toBe('Expand into Spain');
    expect(shorten('one two three four five six seven eight nine ten')).toBe('one two three four five six seven eight nine…');
    expect(shorten('Line one\nLine two')).toBe('Line one');
  });
});
