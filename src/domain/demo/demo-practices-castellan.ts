/**
 * Castellan's practices: the fuel surcharge that turned out to be the customer's gate, the fleet
 * finance we sent to a broker, and a promise to Steve we broke. Conversation indexes follow
 * demo-arc-castellan.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const castellanPractices: DemoPractices = {
  org: 'castellan',
  needs: [
    {
      key: 'castellan-surcharge',
      title: 'Renegotiating the fuel surcharge with the grocery customer',
      people: ['declan', 'priya', 'aisha'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 0 },
          text: 'Diesel’s up, wages are up, and the surcharge formula was written in 2015 when neither was a problem. We need a surcharge that tracks the real fuel price every month, not once a year.',
        },
        {
          origin: 'working',
          by: 'daniel',
          at: { conv: 1 },
          reason: 'Priya: the question is margin by customer, and today’s numbers cannot answer it.',
          text: 'Castellan sees its margin by depot and by vehicle, never by customer or route, so nobody knows whether the grocery contract, 48% of revenue, makes money at all.',
        },
        {
          origin: 'working',
          by: 'kenji',
          at: { conv: 3 },
          reason: 'The night trunk ride and six months of gate-time data.',
          text: 'Drivers wait two hours ten minutes on average for a bay at the customer’s distribution centres, against a contracted 45 minutes, and the contract has no charge for waiting.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 4 },
          reason: 'The first cost-to-serve results: fuel explains about a fifth of the lost margin.',
          text: 'Fuel explains about a fifth of the margin lost on the grocery contract; unpaid waiting at the customer’s gates and empty return legs explain most of the rest. Go into the renewal asking for demurrage after an agreed window, monthly fuel indexation and backhaul loads, with the walk-away point set in advance.',
          confirmations: [
            { person: 'declan', how: 'in_person', at: { conv: 4, hours: 1 }, note: '“So I’ve spent a year shouting about diesel and it’s the gate that’s bleeding us.”' },
            { person: 'priya', how: 'in_person', at: { conv: 4, hours: 1 } },
          ],
        },
      ],
      journey: [
        { title: 'Priya sends six months of tachograph and gate-time data', owner: 'priya', target: { conv: 2, days: 21 }, status: 'done', completed: { conv: 3 } },
        { title: 'Declan, Priya and Aisha see margin by customer for the first time', owner: ['declan', 'margaret'], target: { conv: 4 }, status: 'done', completed: { conv: 4 } },
        { title: 'Aisha finds out how the customer’s transport, procurement and sustainability teams each decide', owner: 'aisha', target: { conv: 5, days: 7 }, status: 'done', completed: { conv: 5 } },
        { title: 'Declan sets the walk-away point, in writing', owner: 'declan', target: { conv: 8 }, status: 'done', completed: { conv: 8, days: 2 } },
        { title: 'Renewal meeting with the customer', owner: 'declan', target: { conv: 9 }, status: 'done', completed: { conv: 9 } },
        { title: 'Both sides sign the three-year renewal', owner: 'declan', target: { conv: 10 }, status: 'done', completed: { conv: 10 } },
      ],
      outcome: {
        outcome: 'engaged',
        by: 'margaret',
        at: { conv: 4, days: 5 },
        reason: 'Engaged to build the cost-to-serve model with Priya and to prepare the renewal negotiation.',
      },
    },
  ],
  commitments: [
    {
      side: 'us', member: 'kenji', person: 'priya', need: 'castellan-surcharge', made: { conv: 4, days: 5 }, due: { conv: 4, days: 21 }, kept: { conv: 4, days: 20 },
      description: 'Hand over the cost-to-serve model with a one-page guide, so Priya can update it herself',
    },
    {
      side: 'us', member: 'margaret', person: 'declan', need: 'castellan-surcharge', made: { conv: 8 }, due: { conv: 8, days: 3 }, kept: { conv: 8, days: 2 },
      description: 'Write down the walk-away point Declan set, and send it to him before the renewal meeting',
    },
    {
      side: 'us', member: 'kenji', person: 'steve', made: { conv: 11 }, due: { conv: 11, days: 14 },
      broken: { at: { conv: 11, days: 35 }, reason: 'Our contact at the college had left in the summer and we never found her successor. We told Steve three weeks late, instead of on the day we found out.' },
      description: 'Introduce Steve to the apprenticeship lead at the local college',
    },
    {
      side: 'client', member: 'daniel', person: 'priya', made: { conv: 13 }, due: { conv: 13, days: 14 }, kept: { conv: 13, days: 12 },
      description: 'Send the quarter’s customer-profitability report from the model she now runs herself',
    },
    {
      side: 'client', member: 'margaret', person: 'aisha', made: { conv: 14 }, due: { today: 6 },
      description: 'Send the list of construction-materials and furniture firms she wants to approach this quarter',
    },
  ],
  gifts: [
    {
      key: 'castellan-gate-cost',
      kind: 'insight',
      title: 'What waiting at the gate costs, per night and per year',
      specificToClient: 'From Priya’s tachograph data: the 2h 10m average wait, costed at Castellan’s own driver and truck rates, including the second drivers the waits force on return legs.',
      riskTaken: 'It told Declan that the fuel surcharge he had fought for a year was the smaller problem.',
      person: 'declan',
      need: 'castellan-surcharge',
      by: 'kenji',
      given: { conv: 3, days: 7 },
      response: 'used',
      responseNote: 'Declan opened the renewal meeting with it; the customer agreed demurrage after 60 minutes.',
    },
  ],
  referrals: [
    {
      key: 'castellan-ledbury',
      direction: 'out',
      provider: 'ledbury',
      person: 'priya',
      by: 'daniel',
      on: { conv: 7 },
      reason: 'Ledbury finance truck fleets every week and know lenders who take security over the vehicles instead of Declan’s personal guarantee. We can compare offers; we cannot go to market for them.',
    },
  ],
  closeOuts: [
    {
      conv: 7,
      referral: 'castellan-ledbury',
      valueAdd: 'Sent Priya the questions to ask any lender about personal guarantees before Declan signs anything.',
      followUp: { content: 'Bring Priya and Declan Ledbury’s first two offers set against the bank’s, with and without a personal guarantee', due: { conv: 7, days: 14 }, done: { conv: 7, days: 15 } },
    },
    {
      conv: 12,
      valueAdd: 'Sent Martin, with Declan’s permission, the renewal summary Declan presented to his board.',
      followUp: { content: 'Take Martin three possible independent chairs for Castellan, with what each has done in haulage or logistics', due: { conv: 12, days: 21 }, done: { conv: 12, days: 20 } },
    },
    {
      conv: 13,
      valueAdd: 'Checked Priya’s first customer-profitability report and sent back two notes on drop-size costs.',
      followUp: { content: 'Bring Priya a drop-size surcharge for the two unprofitable small customers, priced from her own model', due: { conv: 13, days: 14 }, done: { conv: 13, days: 14 } },
    },
  ],
};
