/**
 * Ashbourne's practices: the spending review that became buying homes and reaching families earlier;
 * a wrong figure in our own report, handled all the way to a verified fix; and the under-25s idea,
 * deferred to the spring. Conversation indexes follow demo-arc-ashbourne.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const ashbournePractices: DemoPractices = {
  org: 'ashbourne',
  needs: [
    {
      key: 'ashbourne-accommodation',
      title: 'Temporary accommodation spending',
      people: ['sandra', 'chris'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 0 },
          text: 'We budgeted £4 million for temporary accommodation. We’ll spend twelve. We want a review of the spending that brings it back within a budget the council can defend.',
        },
        {
          origin: 'working',
          by: 'daniel',
          at: { conv: 3 },
          reason: 'Chris’s ledger and the subsidy figures.',
          text: 'Each night in bed-and-breakfast costs the council £92, and only £28 comes back through a subsidy frozen at old rent levels. Ninety rooms a night is where the overspend lives, and eleven families are past the six-week legal limit.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 5 },
          reason: 'The workshop on where the households come from.',
          text: 'Two-thirds of arriving families had a private landlord’s notice months earlier, but the prevention team saw fewer than a third of them in time. The council is paying for hotels because it reaches people too late.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 6, days: 1 },
          reason: 'Chris’s model showed buying homes costs less than renting hotel rooms within four years.',
          text: 'Spend less on hotels by needing fewer of them: buy around forty homes for temporary use, paid for by the net cost of the bed-and-breakfast nights they replace within four years, and fund four more prevention officers from the first year’s savings, so families are reached months before an eviction.',
          confirmations: [
            { person: 'chris', how: 'email', at: { conv: 6, days: 3 } },
            { person: 'sandra', how: 'call', at: { conv: 7, hours: 1 }, note: '“New leader, same problem, less patience. Yes, that’s the case we make.”' },
          ],
        },
      ],
      journey: [
        { title: 'Chris shares the temporary accommodation ledger and the subsidy figures', owner: 'chris', target: { conv: 2, days: 30 }, status: 'done', completed: { conv: 3 } },
        { title: 'Cllr Hussain hears the options before the election', owner: 'tariq', target: { conv: 4 }, status: 'done', completed: { conv: 4 } },
        { title: 'Chris and Daniel model buying homes against renting hotel rooms', owner: ['chris', 'daniel'], target: { conv: 6 }, status: 'done', completed: { conv: 6 } },
        { title: 'The section 151 officer reviews the revenue saving', owner: 'chris', target: { conv: 8, days: -14 }, status: 'done', completed: { conv: 8, days: -10 } },
        { title: 'Pre-cabinet briefing with Cllr Hussain', owner: ['sandra', 'margaret'], target: { conv: 8 }, status: 'done', completed: { conv: 8 } },
        { title: 'Cabinet decides; scrutiny has its chance to call it in', owner: 'tariq', target: { conv: 10 }, status: 'done', completed: { conv: 10 } },
      ],
      outcome: {
        outcome: 'engaged',
        by: 'margaret',
        at: { conv: 7, days: 7 },
        reason: 'Engaged under the regional consultancy framework to write the acquisition business case and the prevention restructure for cabinet.',
      },
    },
    {
      key: 'ashbourne-under-25s',
      title: 'Shared housing for single people under 25',
      people: ['tariq', 'sandra'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 13 },
          text: 'Could the same model work for young single people? Shared housing for under-25s, perhaps with a local charity managing it, in next year’s budget round.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 13, days: 14 },
          reason: 'Writing the two-page note: the numbers only hold with a year of prevention figures behind them.',
          text: 'Buying shared houses for under-25s would need a managing agent with night cover, such as Open Harbour, and a separate cabinet paper in the spring budget cycle. The case depends on the first full year of prevention figures.',
          confirmations: [{ person: 'tariq', how: 'email', at: { conv: 13, days: 20 } }],
        },
      ],
      outcome: {
        outcome: 'deferred',
        by: 'margaret',
        at: { conv: 13, days: 28 },
        reason: 'Cllr Hussain wants a full year of prevention figures before taking a second acquisition paper to cabinet. He will come back to it in the spring budget cycle.',
        lesson: 'A good idea in the wrong year: put the date in the diary and go back with the figures.',
      },
    },
  ],
  commitments: [
    {
      side: 'us', member: 'daniel', person: 'chris', need: 'ashbourne-accommodation', made: { conv: 8 }, due: { conv: 8, days: 10 }, kept: { conv: 8, days: 10 },
      description: 'Finish the business-case appendix with the subsidy-loss calculation, line by line from the ledger',
    },
    {
      side: 'client', member: 'daniel', person: 'nkechi', made: { conv: 9 }, due: { conv: 9, days: 42 }, kept: { conv: 9, days: 49 },
      description: 'Set up the framework of local estate agents and surveyors for the acquisitions',
    },
    {
      side: 'us', member: 'daniel', person: 'chris', incident: 'ashbourne-subsidy-figure', made: { conv: 12, days: 9, hours: 1 }, due: { conv: 12, days: 30 }, kept: { conv: 12, days: 27 },
      description: 'Put a second-person check on every figure in a client report, traced to its source, with a sign-off line saying who checked it',
    },
    {
      side: 'us', member: 'margaret', person: 'tariq', need: 'ashbourne-under-25s', made: { conv: 13 }, due: { conv: 13, days: 21 }, kept: { conv: 13, days: 14 },
      description: 'Send Cllr Hussain two pages on how the purchase model would work for shared housing for under-25s, with a charity as managing agent',
    },
  ],
  incidents: [
    {
      key: 'ashbourne-subsidy-figure',
      title: 'Wrong subsidy figure in the six-month review',
      whatHappened: 'Our six-month review pack showed housing-benefit subsidy at £38 a night instead of £28, overstating the annual saving by about £310,000. Chris spotted it while preparing the finance committee paper, two days before it was due to go out.',
      person: 'chris',
      need: 'ashbourne-accommodation',
      by: 'daniel',
      reported: { conv: 12, days: 6 },
      acknowledged: {
        at: { conv: 12, days: 6, hours: 1 },
        text: 'Daniel to Chris, within the hour: “You’re right, the subsidy figure is wrong: £28, not £38. It overstates the saving by about £310,000 a year. A corrected pack will be with you by ten tomorrow, every figure traced to your ledger.”',
      },
      explained: {
        at: { conv: 12, days: 7 },
        text: 'The figure was retyped from last year’s model instead of linked to this year’s subsidy claim; a 2 became a 3, and nobody checked the table against its source before it went out. The council’s data was right; the mistake was ours.',
      },
      prevention: {
        at: { conv: 12, days: 9 },
        text: 'Every figure in a client report is traced to its source by a second person before it goes out, and the report carries a sign-off line saying who checked it.',
      },
      verified: {
        at: { conv: 12, days: 45 },
        text: 'Checked the next four reports we sent to clients: every figure traced and signed off. Chris confirmed the corrected pack matched the ledger, and the finance committee paper went out on time.',
      },
    },
  ],
  gifts: [
    {
      key: 'ashbourne-three-councils',
      kind: 'paper',
      title: 'How three councils bought homes for temporary accommodation, and what went wrong',
      specificToClient: 'Chosen because each council faced an election and a scrutiny call-in; written for a cabinet member, not for officers.',
      riskTaken: 'One of the three schemes failed, and we led with it.',
      person: 'tariq',
      need: 'ashbourne-accommodation',
      by: 'margaret',
      given: { conv: 4, days: 5 },
      response: 'appreciated',
      responseNote: 'Cllr Hussain used the failed scheme as his example of what Ashbourne would do differently, in his speech to full council.',
    },
  ],
  closeOuts: [
    {
      conv: 12,
      valueAdd: 'Sent Sandra a one-page prevention dashboard for cabinet reports, from her own six-month figures.',
      followUp: { content: 'Bring Chris the borrowing-cost sensitivity at two interest rates above today’s, for the councillors nervous after the section 114 notice next door', due: { conv: 12, days: 14 }, done: { conv: 12, days: 13 } },
    },
    {
      conv: 13,
      valueAdd: 'Sent Cllr Hussain the names of two charities that already manage shared housing for care leavers in other cities.',
      followUp: { content: 'Take Cllr Hussain the first full year of prevention figures when they are published, set against the under-25s idea', need: 'ashbourne-under-25s', due: { today: 45 }, snoozed: 1 },
    },
  ],
};
