/**
 * Quillfeather's practices: the finance function that turned out to be a revenue restatement and a
 * runway; the Lisbon contractors we referred to lawyers who know Portuguese law; and the CFO question
 * now open. Conversation indexes follow demo-arc-quillfeather.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const quillfeatherPractices: DemoPractices = {
  org: 'quillfeather',
  needs: [
    {
      key: 'quillfeather-finance',
      title: 'A finance function that will survive the next round’s due diligence',
      people: ['ines', 'hannah'],
      lead: 'daniel',
      statements: [
        {
          origin: 'first_stated',
          by: 'daniel',
          at: { conv: 0 },
          text: 'We’re ninety people with the finance set-up of a twelve-person startup. We need a finance function that will survive due diligence for a Series C within twelve months.',
        },
        {
          origin: 'working',
          by: 'daniel',
          at: { conv: 1 },
          reason: 'Hannah’s close process and the revenue schedule showed the accounts themselves, not the size of the team, are the risk.',
          text: 'Multi-year contracts and implementation fees are recognised on invoice, which the auditors have raised as a key audit matter. Until that is fixed, no finance team will make the accounts trustworthy to investors.',
        },
        {
          origin: 'working',
          by: 'daniel',
          at: { conv: 3 },
          reason: 'Walking the founders through the restatement moved the conversation from the numbers to what Quillfeather sells.',
          text: 'Restated, last year’s revenue is about 14% lower. The bespoke development sold inside contracts is both the accounting problem and the founders’ disagreement about what kind of company Quillfeather is.',
        },
        {
          origin: 'jointly_defined',
          by: 'daniel',
          at: { conv: 5 },
          reason: 'The runway review: Inês would rather cut now than raise at a bad price on restated accounts.',
          text: 'Fix revenue recognition and the month-end close so the next audit is clean; stop selling unpriced bespoke work; and plan on the restated numbers — fourteen months of runway, not two years — before deciding when to raise.',
          confirmations: [
            { person: 'ines', how: 'video', at: { conv: 5, hours: 1 } },
            { person: 'hannah', how: 'email', at: { conv: 5, days: 1 } },
          ],
        },
      ],
      journey: [
        { title: 'Hannah pulls every customer contract into one register', owner: 'hannah', target: { conv: 1, days: 21 }, status: 'done', completed: { conv: 2 } },
        { title: 'The founders see the restated revenue before the board does', owner: ['ines', 'daniel'], target: { conv: 3 }, status: 'done', completed: { conv: 3 } },
        { title: 'Farah hears our view before the board meeting', owner: 'farah', target: { conv: 4 }, status: 'done', completed: { conv: 4 } },
        { title: 'Inês decides whether to cut costs before raising', owner: 'ines', target: { conv: 5, days: 7 }, status: 'done', completed: { conv: 5 } },
      ],
      outcome: {
        outcome: 'engaged',
        by: 'daniel',
        at: { conv: 5, days: 6 },
        reason: 'Engaged for the revenue restatement, a new close calendar and the runway plan; the founders’ session on bespoke work followed.',
      },
    },
    {
      key: 'quillfeather-lisbon',
      title: 'Employment status of the Lisbon developers',
      people: ['marcus'],
      lead: 'amara',
      statements: [
        {
          origin: 'first_stated',
          by: 'amara',
          at: { conv: 6 },
          text: 'Our fourteen Lisbon developers are contractors on paper and employees in every other way. We need to know how exposed we are, and how it will look in due diligence.',
        },
        {
          origin: 'jointly_defined',
          by: 'amara',
          at: { conv: 6, days: 3 },
          reason: 'Most of the risk sits under Portuguese law, which we cannot advise on.',
          text: 'Move the fourteen Lisbon developers onto Portuguese employment contracts through a local subsidiary by the end of the year, with advice on Portuguese employment law and on share options for people who are not UK employees.',
          confirmations: [{ person: 'marcus', how: 'email', at: { conv: 6, days: 4 } }],
        },
      ],
      outcome: {
        outcome: 'referred_out',
        by: 'amara',
        at: { conv: 7, hours: 1 },
        reason: 'Portuguese employment law and the subsidiary need Lisbon lawyers. We introduced Marcus to Sá Moreira Advogados, with Harriet Cole at Pemberton Vasquez covering the UK side.',
        lesson: 'Say early what we can’t do: Marcus trusted the rest of our work more for it.',
      },
    },
    {
      key: 'quillfeather-cfo',
      title: 'A CFO before the raise: grow Hannah, or hire above her',
      people: ['ines', 'hannah', 'farah'],
      lead: 'daniel',
      statements: [
        {
          origin: 'first_stated',
          by: 'daniel',
          at: { conv: 15 },
          text: 'Before the raise we have to decide whether Hannah grows into a CFO role or we hire above her. I don’t want to lose her over it: she got us here.',
        },
      ],
      journey: [
        { title: 'Inês asks Hannah what she wants from the next two years', owner: 'ines', target: { conv: 15, days: 7 }, status: 'done', completed: { conv: 15, days: 5 } },
        { title: 'Hannah writes down what she wants, in her own words', owner: 'hannah', target: { today: 2 }, status: 'in_progress' },
        { title: 'Farah and Inês agree what the CFO role must cover before the Series C', owner: 'farah', target: { today: 14 }, status: 'planned' },
        { title: 'We compare Hannah’s experience with the role, gap by gap', owner: 'daniel', target: { today: 21 }, status: 'planned' },
        { title: 'Inês and Farah decide: develop Hannah, or hire above her', owner: 'ines', target: { today: 35 }, status: 'planned' },
      ],
    },
  ],
  commitments: [
    {
      side: 'client', member: 'margaret', person: 'ines', need: 'quillfeather-finance', made: { conv: 8 }, due: { conv: 8, days: 14 },
      broken: { at: { conv: 8, days: 42 }, reason: 'Inês and Felix agreed the rule in the room but never put it in writing; by the time we asked, two exceptions had been granted by word of mouth. Farah has since made it a standing item for the board.' },
      description: 'Put in writing, signed by both founders, the rule that any bespoke-work exception needs both their signatures',
    },
    {
      side: 'client', member: 'daniel', person: 'hannah', made: { conv: 9 }, due: { conv: 9, days: 21 }, kept: { conv: 9, days: 33 },
      renegotiated: [
        { at: { conv: 9, days: 16 }, to: { conv: 9, days: 35 }, reason: 'The auditors brought their interim visit forward by three weeks; Hannah asked to finish the contract review after it rather than rush both.' },
      ],
      description: 'Review the 31 non-standard contracts against the new revenue policy',
    },
    {
      side: 'us', member: 'daniel', person: 'ines', made: { conv: 11 }, due: { conv: 11, days: 3 }, kept: { conv: 11, days: 5 },
      description: 'Send the board the revised runway plan, with the 30% cut in burn laid out month by month, before the investor directors’ call',
    },
    {
      side: 'us', member: 'margaret', person: 'felix', made: { conv: 13 }, due: { conv: 13, days: 14 }, kept: { conv: 13, days: 10 },
      description: 'Send Felix and Marcus how two other software firms kept their senior engineers when US competitors came calling, anonymised',
    },
    {
      side: 'client', member: 'daniel', person: 'hannah', need: 'quillfeather-cfo', made: { conv: 15 }, due: { today: 2 },
      description: 'Write down what she wants from the next two years, before Inês and Farah discuss the CFO role',
    },
    {
      side: 'us', member: 'daniel', person: 'ines', need: 'quillfeather-cfo', made: { conv: 15 }, due: { today: 9 },
      description: 'Send Inês and Farah a draft CFO role profile, with what Hannah already covers marked',
    },
  ],
  gifts: [
    {
      key: 'quillfeather-five-contracts',
      kind: 'sample_of_work',
      title: 'The five largest contracts, restated under the revenue standard',
      specificToClient: 'Quillfeather’s own five largest enterprise contracts, implementation fees and bespoke work included, restated line by line from Hannah’s register.',
      riskTaken: 'It showed revenue falling before anyone had asked us to look.',
      person: 'hannah',
      need: 'quillfeather-finance',
      by: 'daniel',
      given: { conv: 2, days: 3 },
      response: 'used',
      responseNote: 'Hannah used it as the template for restating all 214 contracts; Inês forwarded it to the lead investor.',
    },
    {
      key: 'quillfeather-oliver',
      kind: 'introduction',
      title: 'An introduction to Oliver Strand at Pemberton Vasquez, for funding-round legal work',
      specificToClient: 'Oliver is building a practice in Series A and B work and asked which founders we would trust him with; Quillfeather’s next round will need exactly that.',
      riskTaken: 'It could read as pushing a raise Inês has chosen to delay.',
      person: 'ines',
      by: 'daniel',
      given: { today: -33 },
      response: 'declined',
      responseNote: 'Inês thanked us: the raise is at least a year away, and she asked us not to set up a meeting yet.',
    },
  ],
  referrals: [
    {
      key: 'quillfeather-sa-moreira',
      direction: 'out',
      provider: 'sa-moreira',
      person: 'marcus',
      need: 'quillfeather-lisbon',
      by: 'amara',
      on: { conv: 7 },
      reason: 'They handle Portuguese employment status and subsidiaries for UK software companies every month; we would be learning on Quillfeather’s time. Harriet Cole covers the UK side.',
    },
    {
      key: 'quillfeather-from-meridian',
      direction: 'in',
      referredByName: 'Tom Ashcroft, partner at Meridian Ventures (Quillfeather’s Series B lead)',
      person: 'ines',
      by: 'daniel',
      on: { conv: 0 },
      reason: 'Tom had seen our restatement work at another company he backs, and told Inês to call Daniel before planning the Series C.',
    },
  ],
  closeOuts: [
    {
      conv: 7,
      referral: 'quillfeather-sa-moreira',
      valueAdd: 'Sent Marcus one page of the questions Sá Moreira and Harriet would each ask, so he could brief them both at once.',
      followUp: { content: 'Bring Marcus a timeline for moving the Lisbon team onto local contracts, with the share-option questions marked for Harriet', due: { conv: 7, days: 14 }, done: { conv: 7, days: 16 } },
    },
    {
      conv: 13,
      valueAdd: 'Sent Felix what senior engineers at two comparable firms said kept them, from their own stay interviews.',
      followUp: { content: 'Take Felix and Marcus a draft product-ownership path for senior engineers, built on Quillfeather’s own engineering levels', due: { conv: 13, days: 14 }, done: { conv: 13, days: 13 } },
    },
    {
      conv: 14,
      valueAdd: 'Sent Farah the board-evaluation questions we used at two other software boards, marked up for Quillfeather and Tallyline.',
      followUp: { content: 'Bring Farah one page comparing how the Quillfeather and Tallyline boards track risk, for her review as chair', due: { conv: 14, days: 14 }, done: { conv: 14, days: 12 } },
    },
    {
      conv: 15,
      valueAdd: 'Sent Inês and Hannah three CFO role profiles from software companies of Quillfeather’s size, with the pre-raise duties highlighted.',
      followUp: { content: 'Bring Inês and Farah the gap-by-gap comparison of Hannah’s experience against the CFO role they agree', need: 'quillfeather-cfo', due: { conv: 15, days: 14 } },
    },
  ],
};
