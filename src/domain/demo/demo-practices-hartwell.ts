/**
 * Hartwell's practices: the ERP request that became a costing question and, two years on, a much
 * smaller system choice now waiting on Martin's review; the automotive certification we advised against;
 * the covenant, the succession and the promises made along the way. Conversation indexes follow
 * demo-arc-hartwell.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const hartwellPractices: DemoPractices = {
  org: 'hartwell',
  needs: [
    {
      key: 'hartwell-systems',
      title: 'Replacing the system the works runs on',
      people: ['ruth', 'sunil', 'beverley'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 0 },
          text: 'We need help choosing a new ERP system. The one we run the works on was installed when my father was still alive, the man who wrote the quoting add-on has retired, and every month-end Bev and I hold our breath.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 1, days: 1 },
          reason: 'On the floor walk Sunil and Bev each described a different problem, and neither of them was the software.',
          text: "Quotes are built on 2019 metal prices and last year's energy tariff, and nobody trusts the stock figure on the screen, so Bev counts stock by hand for four days every month-end. The old system is a symptom; the money is lost in quoting and in the stock records.",
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 6 },
          reason: 'The costing workshop: costed with scrap and rework, the marine bronze jobs made 22–30% and both automotive prototypes lost money.',
          text: 'Hartwell does not know which of its work makes money. Every job is quoted the same way, yet marine bronze earns 22–30% and the automotive prototypes lose money once scrap and rework are counted. Any new system has to start from what jobs really cost.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 16 },
          reason: 'With the succession settled and the costing model in daily use, Ruth and Sunil agreed the system question is much smaller than it first looked.',
          text: 'Replace the quoting and stock modules only, so that every quote starts from today’s metal and energy costs and the month-end stock figure can be trusted. Payroll and the ledger stay as they are. Budget up to £60,000; Sunil leads the choice, Martin reviews it, and Ruth and Sunil decide by the end of the quarter.',
          confirmations: [
            { person: 'ruth', how: 'in_person', at: { conv: 16, hours: 1 }, note: '“Funny how the ERP got smaller once we stopped arguing about who’s in charge.”' },
            { person: 'sunil', how: 'email', at: { conv: 16, days: 2 } },
          ],
        },
      ],
      journey: [
        { title: 'Agree what the new system must do, from the costing model and Bev’s month-end', owner: ['sunil', 'kenji'], target: { conv: 16, days: 21 }, status: 'done', completed: { conv: 16, days: 19 } },
        { title: 'Sunil asks four suppliers to quote for the quoting and stock modules only', owner: 'sunil', target: { conv: 16, days: 42 }, status: 'done', completed: { conv: 16, days: 45 } },
        { title: 'Suppliers demonstrate with three real Hartwell jobs', owner: ['sunil', 'kenji'], target: { today: -30 }, status: 'done', completed: { today: -28 } },
        { title: 'Bev checks each shortlisted system against a month-end stock count', owner: 'beverley', target: { today: -14 }, status: 'done', completed: { today: -12 } },
        { title: 'Martin reviews the shortlist and the costs', owner: 'martin', target: { today: -4 }, status: 'in_progress', notes: 'Waiting for Sunil’s shortlist with the demo scores.' },
        { title: 'Ruth and Sunil decide, within the £60,000 budget', owner: 'ruth', target: { today: 10 }, status: 'planned' },
        { title: 'Agree a start date that avoids the year-end stock count', owner: ['sunil', 'margaret'], target: { today: 24 }, status: 'planned' },
      ],
    },
    {
      key: 'hartwell-automotive',
      title: 'Automotive work and IATF 16949 certification',
      people: ['owen', 'tomasz'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 4 },
          text: "If we stay pumps and boats, we're a museum in ten years. We need IATF 16949 certification so we can win the battery-housing contract with the automotive tier-one.",
        },
        {
          origin: 'working',
          by: 'kenji',
          at: { conv: 5 },
          reason: 'Tomasz set out what certification would really take: the cost lands long before any contract does.',
          text: 'Certification means about eighteen months of work, a £180,000 inspection cell and a second quality engineer, all before any volume order exists. The question is whether automotive work would ever pay for that.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 6, hours: 2 },
          reason: 'The costing workshop showed both automotive prototype jobs lost money.',
          text: 'Automotive prototypes lose money today once scrap and rework are counted. Hartwell should not invest in certification until a customer commits to volumes at a price that covers the true cost; until then, grow the marine and rail work that earns 22–30%.',
          confirmations: [{ person: 'owen', how: 'email', at: { conv: 6, days: 3 }, note: '“Hard to read, but it’s right. Park certification until someone commits to volume.”' }],
        },
      ],
      outcome: {
        outcome: 'advised_not_to_buy',
        by: 'margaret',
        at: { conv: 6, days: 4 },
        reason: 'Owen asked us to plan the certification programme. We advised against funding it, or the inspection cell, until a customer commits to volumes: both prototype jobs lost money. Owen and Ruth agreed; Tomasz was relieved.',
        lesson: 'Cost the work they already have before helping them chase new work.',
      },
    },
  ],
  commitments: [
    {
      side: 'us', member: 'daniel', person: 'beverley', made: { conv: 8 }, due: { conv: 8, days: 7 }, kept: { conv: 8, days: 6 },
      description: 'Send Bev the thirteen-week cash flow, with the prototype stock run-down week by week, before she calls the bank',
    },
    {
      side: 'us', member: 'margaret', person: 'ruth', made: { conv: 10 }, due: { conv: 10, days: 10 }, kept: { conv: 10, days: 9 },
      description: 'Write Ruth a one-page note on three ways other family firms have handled succession, and what each asked of the family',
    },
    {
      side: 'us', member: 'kenji', person: 'sunil', made: { conv: 11 }, due: { conv: 11, days: 14 }, kept: { conv: 11, days: 26 },
      renegotiated: [
        { at: { conv: 11, days: 9 }, to: { conv: 11, days: 28 }, reason: 'Sunil asked us to hold off until he had turned down the Derby offer, so that nothing in writing reached Ruth before he had told her himself.' },
      ],
      description: 'Send Sunil a written outline of what the operations role would own, so he can see his decisions will stand',
    },
    {
      side: 'us', member: 'margaret', person: 'owen', made: { conv: 12 }, due: { conv: 12, days: 7 }, kept: { conv: 12, days: 11 },
      description: 'Send Owen a draft of the commercial-director role, with a development plan towards the top job',
    },
    {
      side: 'client', member: 'margaret', person: 'ruth', made: { conv: 13 }, due: { conv: 13, days: 21 }, kept: { conv: 13, days: 17 },
      description: 'Phone Alan in Spain about the succession plan before anything about shares is put in writing',
    },
    {
      side: 'us', member: 'amara', person: 'ruth', made: { conv: 14 }, due: { conv: 14, days: 14 }, kept: { conv: 14, days: 13 },
      description: 'Summarise on two pages Alan’s pre-emption rights under the 1998 agreement, and what the business-relief changes mean for moving shares to Owen',
    },
    {
      side: 'us', member: 'kenji', person: 'sunil', need: 'hartwell-systems', made: { conv: 16 }, due: { conv: 16, days: 30 }, kept: { conv: 16, days: 27 },
      description: 'Prepare three real Hartwell jobs (a marine bronze, a rail and an automotive casting) as test quotes for the supplier demos',
    },
    {
      side: 'client', member: 'margaret', person: 'sunil', need: 'hartwell-systems', made: { conv: 16 }, due: { today: -5 },
      description: 'Send Martin and us the shortlist of quoting and stock systems, with the demo scores and the costs',
    },
    {
      side: 'us', member: 'kenji', person: 'sunil', need: 'hartwell-systems', made: { today: -12 }, due: { today: 8 },
      description: 'Check each shortlisted system’s quote for the Falmouth bronze job against the costing model, line by line, before Ruth and Sunil decide',
    },
    {
      side: 'us', member: 'margaret', person: 'ruth', made: { conv: 18 }, due: { today: 3 },
      description: 'Send Ruth a draft of what she will say at the summer barbecue, with answers to the three questions the furnace crew are most likely to ask',
    },
  ],
  gifts: [
    {
      key: 'hartwell-three-jobs',
      kind: 'sample_of_work',
      title: 'Three recent jobs costed from Hartwell’s own job cards',
      specificToClient: 'Sunil chose the jobs (two marine bronze castings and one automotive prototype); we costed them from the job cards with scrap and rework, before any fee was agreed.',
      riskTaken: 'The automotive prototype was Owen’s, and it came out at a loss. Showing the son his work lost money before we were hired could have ended it there.',
      person: 'ruth',
      need: 'hartwell-systems',
      by: 'margaret',
      given: { conv: 2, days: 20 },
      response: 'used',
      responseNote: 'Ruth asked us to cost six more jobs with the whole board in the room: that became the costing workshop.',
    },
    {
      key: 'hartwell-cash-flow',
      kind: 'tool',
      title: 'Thirteen-week cash flow, set up with Hartwell’s own receipts and payments',
      specificToClient: 'Built from Bev’s bank statements and aged debtors, with the Falmouth customer’s late payments and the prototype stock run-down as lines of their own.',
      riskTaken: 'It showed the covenant would stay tight for two more quarters, which Bev had not yet told Ruth.',
      person: 'beverley',
      by: 'daniel',
      given: { conv: 8, days: 1 },
      response: 'used',
      responseNote: 'Ruth asks for it every Monday morning; Bev updates it in twenty minutes.',
    },
    {
      key: 'hartwell-pipeline',
      kind: 'tool',
      title: 'A pipeline review for the new commercial team',
      specificToClient: 'Set up for Hartwell’s three markets (marine, rail, automotive) with the Falmouth order and the two rail enquiries already in it.',
      person: 'owen',
      by: 'margaret',
      given: { conv: 17, days: 1 },
      response: 'ignored',
      responseNote: 'No reply to two messages, and the shared sheet has not been opened.',
    },
  ],
  closeOuts: [
    {
      conv: 16,
      valueAdd: 'Sent Sunil the twelve questions to ask every supplier about pricing quotes from live metal indices.',
      followUp: { content: 'Take Sunil the supplier question list marked up with what each of the four suppliers answered', due: { conv: 16, days: 35 }, done: { conv: 16, days: 34 } },
    },
    {
      conv: 17,
      valueAdd: 'Sent Owen a pipeline review set up for Hartwell’s three markets.',
      gift: 'hartwell-pipeline',
      followUp: {
        content: 'Bring Owen a worked example of the monthly pipeline review, using the Falmouth order and the two rail enquiries',
        due: { conv: 17, days: 21 },
        cancelled: { at: { conv: 17, days: 30 }, reason: 'Owen asked us to wait until his new sales hire starts in the spring, so she can shape the review herself.' },
      },
    },
  ],
  followUps: [
    {
      member: 'margaret', person: 'sunil', need: 'hartwell-systems', made: { today: -12 }, due: { today: 2 },
      content: 'Take Sunil last quarter’s scrap figures by casting line from the costing model, for the decision meeting with Ruth',
    },
  ],
};
