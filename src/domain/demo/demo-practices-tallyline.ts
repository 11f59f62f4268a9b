/**
 * Tallyline's practices: a safeguarding audit that became an honest attestation and controls grown
 * up to the company's size, and the promises still open as the board chooses what to do next.
 * Conversation indexes follow demo-arc-tallyline.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const tallylinePractices: DemoPractices = {
  org: 'tallyline',
  needs: [
    {
      key: 'tallyline-safeguarding',
      title: 'Safeguarding audit for the regulator',
      people: ['kwame', 'farah', 'elena'],
      lead: 'daniel',
      statements: [
        {
          origin: 'first_stated',
          by: 'daniel',
          at: { conv: 1 },
          text: 'We hold forty million pounds of other people’s money every night. I know that. I just need someone to say we’re holding it properly: an independent safeguarding audit, quickly, before the regulator’s deadline.',
        },
        {
          origin: 'working',
          by: 'kenji',
          at: { conv: 2 },
          reason: 'A day following the money with Jamie and Yusuf.',
          text: 'The daily reconciliation of forty million pounds is an eleven-tab spreadsheet run by one analyst, two days late whenever she is away, and one bank’s acknowledgement letter was never countersigned. The controls did not grow with the company.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 4 },
          reason: 'Kwame and Farah on the early findings: Kwame said he had not noticed when fast became sloppy.',
          text: 'Tallyline’s controls have not kept up with its growth. Pass the audit with findings the firm can fix rather than breaches: disclose them with a dated remediation plan, move the reconciliation under finance and automate it, and separate compliance from the MLRO role.',
          confirmations: [
            { person: 'kwame', how: 'video', at: { conv: 4, hours: 1 }, note: '“We built the company to move fast. I didn’t notice when fast became sloppy.”' },
            { person: 'farah', how: 'video', at: { conv: 4, hours: 1 } },
          ],
        },
      ],
      outcome: {
        outcome: 'engaged',
        by: 'daniel',
        at: { conv: 4, days: 2 },
        reason: 'Engaged for the independent safeguarding audit, the remediation plan, and support to the board’s attestation.',
      },
    },
  ],
  commitments: [
    {
      side: 'us', member: 'daniel', person: 'kwame', made: { conv: 1 }, due: { conv: 1, days: 5 }, kept: { conv: 1, days: 5 },
      description: 'Send Kwame the audit plan, the fee and the timetable within the week',
    },
    {
      side: 'us', member: 'kenji', person: 'yusuf', need: 'tallyline-safeguarding', made: { conv: 2 }, due: { conv: 2, days: 35 }, kept: { conv: 2, days: 39 },
      description: 'Automate matching for the three payment-processor report formats, including the one retyped by hand',
    },
    {
      side: 'client', member: 'amara', person: 'jamie', need: 'tallyline-safeguarding', made: { conv: 3 }, due: { conv: 3, days: 14 }, kept: { conv: 3, days: 12 },
      description: 'Get the safeguarding bank’s acknowledgement letter countersigned',
    },
    {
      side: 'client', member: 'margaret', person: 'kwame', made: { conv: 7 }, due: { conv: 7, days: 21 }, kept: { conv: 7, days: 19 },
      description: 'Put a separate head-of-compliance post to the board, funded in the remediation plan',
    },
    {
      side: 'us', member: 'daniel', person: 'elena', need: 'tallyline-safeguarding', made: { conv: 9 }, due: { conv: 9, days: 7 }, kept: { conv: 9, days: 7 },
      description: 'Send the board the final audit report, with the three findings and the dated remediation plan',
    },
    {
      side: 'us', member: 'margaret', person: 'kwame', made: { conv: 14 }, due: { today: 5 },
      description: 'Send Kwame, Elena and Farah one page on card payments, the bank partnership and the Series B in sequence against all at once: people, cash and risk',
    },
    {
      side: 'client', member: 'daniel', person: 'elena', made: { conv: 15 }, due: { today: 25 },
      description: 'Send the Series B plan to the board, with the cost of the quarterly safeguarding reports built in',
    },
  ],
  gifts: [
    {
      key: 'tallyline-observer',
      kind: 'other',
      title: 'An observer at the first meeting of the board’s new risk committee, without a fee',
      specificToClient: 'Offered because Kwame wants compliance to be part of what Tallyline builds, and a committee’s first meeting sets its habits.',
      riskTaken: 'Being told no by a client who might read it as selling.',
      person: 'kwame',
      by: 'margaret',
      given: { conv: 11, hours: 2 },
      response: 'declined',
      responseNote: 'Kwame thanked us and said the committee should find its feet without outsiders in the room first. Fair.',
    },
  ],
  closeOuts: [
    {
      conv: 11,
      valueAdd: 'Offered an observer at the first risk committee meeting, without a fee.',
      gift: 'tallyline-observer',
      followUp: { content: 'Bring Kwame draft terms of reference for the risk committee, built from the three audit findings', due: { conv: 11, days: 14 }, done: { conv: 11, days: 12 } },
    },
    {
      conv: 12,
      valueAdd: 'Sent Elena the evidence partner banks usually ask for in safeguarding due diligence, marked with what Tallyline already has.',
      followUp: { content: 'Bring Elena three months of reconciliations packaged the way the bank’s credit committee asked, exceptions explained', due: { conv: 12, days: 14 }, done: { conv: 12, days: 13 } },
    },
    {
      conv: 13,
      valueAdd: 'Sent Jamie a handover checklist for splitting the MLRO and compliance roles.',
      followUp: { content: 'Take Jamie a structure for the board’s annual MLRO report, now that it covers only his role', due: { conv: 13, days: 21 }, done: { conv: 13, days: 22 } },
    },
    {
      conv: 15,
      valueAdd: 'Sent Elena a cost line for the quarterly safeguarding reports, from the audit hours we actually spent.',
      followUp: { content: 'Bring Elena a draft board paper setting the Series B timing against the bank’s first year of quarterly reports', due: { conv: 15, days: 14 } },
    },
  ],
};
