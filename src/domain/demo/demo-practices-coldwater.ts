/**
 * Coldwater Ridge's practices: the importer's price cut that became a family charter, the land
 * question sent to a tax specialist, and a landed-cost model for Japan that we failed to deliver in
 * time (an incident just reported). Conversation indexes follow demo-arc-coldwater.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const coldwaterPractices: DemoPractices = {
  org: 'coldwater',
  needs: [
    {
      key: 'coldwater-importer',
      title: 'The US importer’s price cut',
      people: ['annette', 'walter', 'rory'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 0 },
          text: 'Our US importer wants fifteen per cent off the sparkling wine. I make wine. I don’t know what a bottle actually costs us once it’s sitting in a warehouse in New Jersey.',
        },
        {
          origin: 'working',
          by: 'daniel',
          at: { conv: 3 },
          reason: 'The cost per bottle by channel, built from the cellar records.',
          text: 'Once the importer’s support payments and duty are counted, a US bottle earns about half what a cellar-door bottle does, and last spring’s frost leaves a two-year gap in sparkling stock. The answer on price has to start from landed cost by market, and from the stock Coldwater will actually have.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 5 },
          reason: 'Lunch with Walter: every decision at Coldwater waits on one that has never been written down.',
          text: 'The price question sits inside a bigger one. Walter owns the land and 70% of the company, nothing is written about what happens next, and Annette still asks her father before she buys a pallet of bottles. Price, the restaurant and the land all wait on that.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 8 },
          reason: 'The first family meeting at Walter’s kitchen table.',
          text: 'Coldwater needs a family charter — who decides what, how the land is held, and how Annette and Rory can each leave without forcing a sale — and restaurant accounts that show the wine it sells. The importer, answered from landed cost at 7% for a two-year commitment, was the first decision made that way.',
          confirmations: [
            { person: 'annette', how: 'in_person', at: { conv: 8, hours: 1 } },
            { person: 'rory', how: 'in_person', at: { conv: 8, hours: 1 }, note: '“I don’t want the land. I want the restaurant to be mine to get right or wrong.”' },
            { person: 'walter', how: 'call', at: { conv: 10, hours: 1 } },
          ],
        },
      ],
      outcome: {
        outcome: 'engaged',
        by: 'margaret',
        at: { conv: 8, days: 6 },
        reason: 'Engaged for the family charter and the restated restaurant accounts; the importer counter-offer had been our first piece of work.',
      },
    },
  ],
  commitments: [
    {
      side: 'us', member: 'amara', person: 'walter', need: 'coldwater-importer', made: { conv: 10 }, due: { conv: 10, days: 14 }, kept: { conv: 10, days: 14 },
      description: 'Set out the family-partnership structure for the land, with Walter’s life interest in the house, ready for his solicitor',
    },
    {
      side: 'client', member: 'margaret', person: 'annette', made: { conv: 13 }, due: { conv: 13, days: 7 }, kept: { conv: 13, days: 5 },
      description: 'Send the Japanese importer’s enquiry and the trade-fair price list',
    },
    {
      side: 'us', member: 'margaret', person: 'annette', made: { conv: 13 }, due: { today: -9 },
      renegotiated: [
        { at: { today: -12 }, to: { today: -2 }, reason: 'The Japanese importer asked for tasting samples before talking price, so Annette’s call moved; she asked for the model by the working day before it instead.' },
      ],
      description: 'Send Annette a landed-cost model for the Japanese market before her call with the importer',
    },
  ],
  incidents: [
    {
      key: 'coldwater-japan-model',
      title: 'Landed-cost model for Japan not sent before Annette’s importer call',
      whatHappened: 'We promised Annette the landed-cost model for the Japanese market by the working day before her call with the importer. It was not sent; she went into the call without it and could only say she would come back on price. Annette rang to tell us.',
      person: 'annette',
      by: 'margaret',
      reported: { today: 0, hours: -3 },
    },
  ],
  gifts: [
    {
      key: 'coldwater-landed-cost',
      kind: 'paper',
      title: 'Landed cost per bottle by market, on one page',
      specificToClient: 'Built from Coldwater’s own cellar records and the importer’s support payments, for the sparkling wine in the US and Norway.',
      riskTaken: 'It showed that the US, the market Annette was proudest of, earns half the margin of the cellar door.',
      person: 'annette',
      need: 'coldwater-importer',
      by: 'daniel',
      given: { conv: 3, days: 2 },
      response: 'used',
      responseNote: 'Ingrid built the counter-offer from it: 7% off for a two-year volume commitment.',
    },
  ],
  referrals: [
    {
      key: 'coldwater-marchbank',
      direction: 'out',
      provider: 'marchbank',
      person: 'walter',
      need: 'coldwater-importer',
      by: 'amara',
      on: { conv: 10 },
      reason: 'Helen Marchbank advises farming and vineyard families on agricultural and business relief every week. The land needs a chartered tax adviser with that depth, and Walter’s own accountant agreed.',
    },
    {
      key: 'coldwater-from-gideon',
      direction: 'in',
      referredByPerson: 'gideon',
      person: 'annette',
      by: 'margaret',
      on: { conv: 0 },
      reason: 'Gideon Pemberton, the family’s lawyer for thirty years, suggested Annette call Margaret about the importer.',
    },
  ],
  closeOuts: [
    {
      conv: 10,
      referral: 'coldwater-marchbank',
      valueAdd: 'Sent Walter a plain-English summary of the changes to agricultural and business relief, with the questions to take to Helen Marchbank.',
      followUp: { content: 'Bring Walter and his solicitor the family-partnership outline, with the life interest in the house spelled out', due: { conv: 10, days: 14 }, done: { conv: 10, days: 14 } },
    },
    {
      conv: 12,
      valueAdd: 'Sent Annette a checklist for the family’s first annual review of the charter, so it does not become a document in a drawer.',
      followUp: { content: 'Take Annette and Rory the first quarter of restaurant accounts in the new format, with the cellar-door wine sales the restaurant drove', due: { conv: 12, days: 21 }, done: { conv: 12, days: 24 } },
    },
    {
      conv: 13,
      valueAdd: 'Sent Annette the landed-cost lines we missed at first for the US — importer support payments, duty by strength — to ask the Japanese importer about each.',
      followUp: { content: 'Bring Annette the margins and distribution costs Japanese importers usually take, from two wineries that export there', due: { conv: 13, days: 14 }, done: { conv: 13, days: 16 } },
    },
  ],
  followUps: [
    {
      member: 'margaret', person: 'walter', made: { today: -20 }, due: { today: 6 },
      content: 'Take Walter the first spring’s frost-night log from the wind machines, set against the candle nights he used to pay for',
    },
  ],
};
