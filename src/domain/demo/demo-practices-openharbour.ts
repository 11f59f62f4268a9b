/**
 * Open Harbour's practices: a funder's reporting request that became restricted funds, full-cost
 * recovery and a two-minute outcome form; a regular-giving idea that went quiet; and the consortium bid.
 * Conversation indexes follow demo-arc-openharbour.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const openHarbourPractices: DemoPractices = {
  org: 'openharbour',
  needs: [
    {
      key: 'openharbour-outcomes',
      title: 'Outcome reporting for the foundation funder',
      people: ['jo', 'keisha', 'patrick'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 0 },
          text: 'Our largest funder wants outcomes, not outputs. I know what that means in a sentence. I don’t know what it means in a spreadsheet, and the first report under their new framework is due in five months.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 1 },
          reason: 'Keisha showed us how sessions are recorded today, and what her team fears.',
          text: 'Key workers record sessions in one Word document per young person. Any outcome reporting has to fit the way they work at two in the morning, or it will turn relationships into tick-boxes and the young people will feel it.',
        },
        {
          origin: 'working',
          by: 'daniel',
          at: { conv: 3 },
          reason: 'Patrick’s worry about restricted funds was justified, if smaller than he feared.',
          text: 'Restricted grants have been paying for shared costs that no funder covers — the rent and the finance post, about £42,000. Open Harbour cannot tell a funder what its money pays for until its costs are allocated honestly.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 4 },
          reason: 'At breakfast with the chair and Gideon, the reporting, the reserves and the costs turned out to be one problem.',
          text: 'Open Harbour needs a full-cost-recovery budget, so every funder pays its share of the building and the finance post; the restricted funds corrected and disclosed; reserves rebuilt from two months towards four; and a two-minute outcome form key workers fill in after each session.',
          confirmations: [
            { person: 'rosalind', how: 'in_person', at: { conv: 4, hours: 1 } },
            { person: 'jo', how: 'call', at: { conv: 4, days: 2 }, note: '“Yes. That’s the whole thing, finally in one paragraph.”' },
          ],
        },
      ],
      outcome: {
        outcome: 'engaged',
        by: 'margaret',
        at: { conv: 4, days: 7 },
        reason: 'Engaged for the restricted-funds correction, a full-cost-recovery budget and the outcome form; the council tender followed as a second piece of work.',
      },
    },
    {
      key: 'openharbour-giving',
      title: 'Regular giving to pay for core costs',
      people: ['callum'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 7 },
          text: 'Individual giving is about ninety thousand a year, almost all of it from the Christmas appeal and two sponsored events. We need something that pays for core costs, not projects.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 7, days: 10 },
          reason: 'What is realistic depends on who the donors are, and nobody has looked.',
          text: 'Before designing a regular-giving programme Open Harbour needs to know who its donors are: the database holds eleven years of Christmas appeal gifts that have never been analysed.',
        },
      ],
      outcome: {
        outcome: 'no_decision',
        by: 'margaret',
        at: { conv: 7, days: 75 },
        reason: 'Callum went quiet after the Christmas appeal: the donor export never came and two follow-ups went unanswered. Jo later said fundraising had to wait until the tender was settled.',
        lesson: 'Ask who will do the data work before agreeing a start: Callum was just back from paternity leave and had nobody to help him.',
      },
    },
  ],
  commitments: [
    {
      side: 'client', member: 'margaret', person: 'callum', need: 'openharbour-giving', made: { conv: 7 }, due: { conv: 7, days: 14 },
      broken: { at: { conv: 7, days: 60 }, reason: 'The donor export never came. Callum later told Jo it was more than he could face on his own in his first weeks back from paternity leave.' },
      description: 'Send the donor export from the database for the regular-giving model',
    },
    {
      side: 'us', member: 'margaret', person: 'jo', made: { conv: 8 }, due: { conv: 8, days: 5 }, kept: { conv: 8, days: 4 },
      description: 'Price a supported bed at cost for the consortium bid, with night cover shared across the three charities',
    },
    {
      side: 'us', member: 'daniel', person: 'patrick', made: { conv: 12 }, due: { conv: 12, days: 14 }, kept: { conv: 12, days: 13 },
      description: 'Send Patrick the plan that takes free reserves from three months to four by next year-end',
    },
    {
      side: 'client', member: 'margaret', person: 'keisha', made: { conv: 13 }, due: { conv: 13, days: 21 }, kept: { conv: 13, days: 19 },
      description: 'Send the anonymised progress-page examples the young people agreed to share',
    },
  ],
  gifts: [
    {
      key: 'openharbour-outcome-form',
      kind: 'tool',
      title: 'A two-minute outcome form for key workers',
      specificToClient: 'Built around Keisha’s five outcome measures and the way her key workers already write session notes, on a phone.',
      riskTaken: 'Keisha had said she didn’t want forms. We built one anyway and asked her to tear it apart.',
      person: 'keisha',
      need: 'openharbour-outcomes',
      by: 'margaret',
      given: { conv: 1, days: 10 },
      response: 'used',
      responseNote: 'Key workers fill it in after every session, and the young people asked to see their own progress page.',
    },
    {
      key: 'openharbour-neutral-room',
      kind: 'other',
      title: 'Our meeting room and a facilitator for the consortium partners’ first workshop',
      specificToClient: 'Neutral ground for three charities each worried about losing their identity, with the agenda built around Gideon’s question: who employs the night staff if one of us leaves?',
      person: 'jo',
      by: 'amara',
      given: { conv: 8, days: 6 },
      response: 'appreciated',
      responseNote: 'Jo said it was the first meeting of the three charities where nobody was defending their own building.',
    },
  ],
  closeOuts: [
    {
      conv: 8,
      valueAdd: 'Offered our meeting room and a facilitator for the consortium partners’ first workshop.',
      gift: 'openharbour-neutral-room',
      followUp: { content: 'Bring Jo and Rosalind a one-page comparison of the three charities’ night-cover costs, for the consortium workshop', due: { conv: 8, days: 7 }, done: { conv: 8, days: 6 } },
    },
    {
      conv: 13,
      valueAdd: 'Sent Keisha two published studies on care leavers’ housing outcomes for her dissertation, with the sections on supported lodgings marked.',
      followUp: { content: 'Bring Keisha a draft one-page outcomes summary for the funder, built from the first six months of key workers’ forms', due: { conv: 13, days: 14 }, done: { conv: 13, days: 16 } },
    },
  ],
};
