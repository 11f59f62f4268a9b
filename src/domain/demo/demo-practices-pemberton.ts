/**
 * Pemberton Vasquez's practices: the referral partner's own work with us, a practice-management system
 * they took to a competitor after we broke a promise, and the joint breakfast being planned now.
 * Conversation indexes follow demo-arc-pemberton.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const pembertonPractices: DemoPractices = {
  org: 'pemberton',
  needs: [
    {
      key: 'pemberton-systems',
      title: 'Choosing a practice-management system without a two-year implementation',
      people: ['lucia', 'nadia'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 12 },
          text: 'We need to choose a practice-management system without it taking two years to implement. We’re lawyers: we will find forty-seven exceptions to every process.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 12, days: 2 },
          reason: 'Lucía and Nadia agreed the choice of system is the easy part.',
          text: 'Three partners keep their matter lists in Outlook folders. The risk is not which system they choose but whether every partner works in it from the first day.',
          confirmations: [{ person: 'nadia', how: 'email', at: { conv: 12, days: 3 } }],
        },
      ],
      outcome: {
        outcome: 'chose_another_provider',
        by: 'margaret',
        at: { conv: 12, days: 24 },
        reason: 'We promised a scoping note within two weeks and did not send it. Lucía asked Calloway Mercer, who specialise in law-firm systems, to run the selection.',
        lesson: 'When a promise is going to slip, say so before the date: Lucía would have waited a week if we had asked.',
      },
    },
  ],
  commitments: [
    {
      side: 'us', member: 'margaret', person: 'gideon', made: { conv: 7 }, due: { conv: 7, days: 21 }, kept: { conv: 7, days: 20 },
      description: 'Have the partner profitability analysis ready a week before the away day, each partner seeing their own figures first',
    },
    {
      side: 'us', member: 'margaret', person: 'lucia', need: 'pemberton-systems', made: { conv: 12 }, due: { conv: 12, days: 14 },
      broken: { at: { conv: 12, days: 17 }, reason: 'The note was never written. Margaret’s father was taken into hospital that week and nobody picked up her promise. We told Lucía exactly that when we called; by then she had asked Calloway Mercer.' },
      description: 'Send Lucía and Nadia a scoping note for choosing the practice-management system',
    },
    {
      side: 'us', member: 'margaret', person: 'gideon', made: { conv: 13 }, due: { today: 4 },
      description: 'Send Gideon and Lucía a draft programme for the joint succession breakfast, with the legal and the financial questions side by side',
    },
    {
      side: 'client', member: 'amara', person: 'lucia', made: { conv: 13 }, due: { today: 12 },
      description: 'Choose a date and a venue for the joint breakfast, and send us Pemberton Vasquez’s half of the invitation list',
    },
  ],
  closeOuts: [
    {
      conv: 12,
      valueAdd: 'Sent Nadia the checklist we use to test whether a system’s workflows fit how fee-earners really work.',
      followUp: {
        content: 'Bring Lucía and Nadia a scoping note: the six processes to test in every demo, and the three partners to involve first',
        need: 'pemberton-systems',
        due: { conv: 12, days: 14 },
        cancelled: { at: { conv: 12, days: 24 }, reason: 'Lucía asked Calloway Mercer to run the selection after our scoping note slipped.' },
      },
    },
    {
      conv: 13,
      valueAdd: 'Sent Gideon and Lucía the list of introductions each firm has made to the other over two years, and how each one turned out.',
      followUp: { content: 'Bring Lucía eight owner-managed clients, four from each firm, who are within five years of a succession, for the breakfast invitations', due: { conv: 13, days: 14 } },
    },
  ],
};
