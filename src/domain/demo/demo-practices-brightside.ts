/**
 * Brightside's practices: "is the offer fair?" became "does Raj want to sell, and to whom?"; the
 * employee ownership journey is on track, the valuation went to an independent valuer, and a
 * confidential schedule went to the wrong person. Conversation indexes follow demo-arc-brightside.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const brightsidePractices: DemoPractices = {
  org: 'brightside',
  needs: [
    {
      key: 'brightside-offer',
      title: 'What to do with the offer for the practices',
      people: ['raj', 'claire'],
      lead: 'daniel',
      statements: [
        {
          origin: 'first_stated',
          by: 'daniel',
          at: { conv: 0 },
          text: 'They’ve offered eight times earnings. My golf partner got nine. I don’t know if that means I’m being robbed or he was lucky. Is the offer fair?',
        },
        {
          origin: 'working',
          by: 'daniel',
          at: { conv: 1 },
          reason: 'Three years of accounts with Ben and Raj: the buyer is paying for a business that includes Raj.',
          text: 'The buyer’s earnings figure assumes Raj keeps working three clinical days a week for five years after the sale. The price is for a business that includes Raj, and nobody had said five years out loud.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 3 },
          reason: 'After his last patient, Raj talked about himself rather than the price.',
          text: 'The question is not whether eight times is fair but whether Raj wants to sell at all, and what he would be selling: a company he runs, or the way his dentists treat people.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 6 },
          reason: 'Raj and Claire together, with the four options side by side.',
          text: 'Raj wants to stop running the group, keep practising three days a week until sixty, and keep the way Brightside treats patients and the people who built it. Choose the form of sale that does that — the corporate offer, waiting, a partial sale or an employee ownership trust — and do nothing Claire and Sofia are both against.',
          confirmations: [
            { person: 'raj', how: 'in_person', at: { conv: 6, hours: 1 } },
            { person: 'claire', how: 'in_person', at: { conv: 6, hours: 1 }, note: '“I didn’t know selling to the staff was something you could do.”' },
          ],
        },
      ],
      journey: [
        { title: 'Compare the four options side by side', owner: ['raj', 'margaret'], target: { conv: 6 }, status: 'done', completed: { conv: 6 } },
        { title: 'Decline the corporate offer, politely, before exclusivity ends', owner: 'raj', target: { conv: 7, days: 10 }, status: 'done', completed: { conv: 7, days: 8 } },
        { title: 'Test whether the group’s cash can fund the deferred payments', owner: ['ben', 'daniel'], target: { conv: 8, days: 21 }, status: 'done', completed: { conv: 8, days: 34 } },
        { title: 'An independent valuation at market value', owner: 'raj', target: { conv: 12, days: 60 }, status: 'done', completed: { conv: 14 }, notes: 'Fernhill Valuations: independent of everyone advising Raj.' },
        { title: 'Staff sessions at every practice, led by Raj', owner: 'raj', target: { today: 9 }, status: 'in_progress', notes: 'Hollins Road and the high-street practice done; six to go.' },
        { title: 'Raj decides by the end of the month', owner: 'raj', target: { today: 12 }, status: 'planned' },
        { title: 'The trustees’ first meeting: an independent chair, a staff representative and Claire', owner: 'claire', target: { today: 75 }, status: 'planned' },
      ],
    },
  ],
  commitments: [
    {
      side: 'us', member: 'amara', person: 'raj', need: 'brightside-offer', made: { conv: 7 }, due: { conv: 7, days: 7 }, kept: { conv: 7, days: 5 },
      description: 'Draft the letter declining the offer and leaving the door open, before exclusivity ends',
    },
    {
      side: 'us', member: 'daniel', person: 'ben', need: 'brightside-offer', made: { conv: 8 }, due: { conv: 8, days: 21 }, kept: { conv: 8, days: 34 },
      renegotiated: [
        { at: { conv: 8, days: 14 }, to: { conv: 8, days: 35 }, reason: 'Ben was closing the month alone while his assistant was off, and asked for the model a fortnight later so he could check it line by line with us.' },
      ],
      description: 'Build the cash model showing whether the group can fund the deferred payments and the state-contract risk together',
    },
    {
      side: 'client', member: 'margaret', person: 'raj', need: 'brightside-offer', made: { conv: 12 }, due: { conv: 12, days: 14 }, kept: { conv: 12, days: 21 },
      description: 'Tell every practice manager about the employee ownership plan himself, before the staff sessions',
    },
    {
      side: 'us', member: 'daniel', person: 'raj', need: 'brightside-offer', made: { conv: 14 }, due: { today: 5 },
      description: 'Send Raj and Ben the seven-year comparison of Raj’s receipts after tax: the corporate offer against the employee ownership trust',
    },
  ],
  incidents: [
    {
      key: 'brightside-wrong-recipient',
      title: 'Draft payment schedule emailed to the wrong person',
      whatHappened: 'Daniel sent the draft schedule of Raj’s deferred payments under the employee ownership trust to Megan Price instead of Ben Okoro: the email program filled in the wrong name. The schedule shows what Raj would receive each year, and staff have not been told any figures.',
      person: 'raj',
      need: 'brightside-offer',
      by: 'daniel',
      reported: { today: -9 },
      acknowledged: {
        at: { today: -9, hours: 1 },
        text: 'Daniel rang Raj within the hour: “I sent your payment schedule to Megan by mistake. She has told us she deleted it after the first page. I’m sorry. I’ll explain exactly how it happened by tomorrow.”',
      },
      explained: {
        at: { today: -8 },
        text: 'Our email program suggests recent names as you type; “Me” completed to Megan, who had written to Daniel that morning about the staff sessions, instead of Ben. Nothing checked outside recipients on a confidential attachment. Megan confirmed in writing that she deleted it and has not discussed it.',
      },
    },
  ],
  gifts: [
    {
      key: 'brightside-valuation-plain',
      kind: 'sample_of_work',
      title: 'The valuation, in plain words: what Fernhill’s figure means for Raj, year by year',
      specificToClient: 'Fernhill’s report runs to forty pages; we turned it into one page answering Raj’s own question: “Will I still recognise the place, and what do I get?”',
      riskTaken: 'Page one shows the valuation below the corporate offer, before the deferred payments.',
      person: 'raj',
      need: 'brightside-offer',
      by: 'daniel',
      given: { conv: 14, hours: 3 },
      response: 'pending',
    },
  ],
  referrals: [
    {
      key: 'brightside-fernhill',
      direction: 'out',
      provider: 'fernhill',
      person: 'raj',
      need: 'brightside-offer',
      by: 'daniel',
      on: { conv: 12, days: 2 },
      reason: 'An employee ownership trust must buy at market value, backed by a valuer independent of everyone advising Raj. Fernhill value dental groups every month, and we sit on Raj’s side of the table.',
    },
    {
      key: 'brightside-from-lucia',
      direction: 'in',
      referredByPerson: 'lucia',
      person: 'raj',
      by: 'amara',
      on: { conv: 0 },
      reason: 'Lucía Vasquez told Raj he needed someone who wasn’t selling him anything, her own firm included, and gave him Daniel’s and Amara’s names.',
    },
  ],
  closeOuts: [
    {
      conv: 11,
      valueAdd: 'Sent Ben the commissioner’s tolerance rules for under-delivery, with this year’s position worked through.',
      followUp: { content: 'Bring Ben the valuer’s data request, filled in from the year-end pack so he only adds what is missing', due: { conv: 11, days: 14 }, done: { conv: 11, days: 12 } },
    },
    {
      conv: 12,
      referral: 'brightside-fernhill',
      valueAdd: 'Sent Raj, Claire and Sofia a short guide to what trustees of an employee ownership trust do and do not decide, for Sofia’s question about clinical decisions.',
      followUp: { content: 'Bring Sofia a draft clause for the trust deed keeping clinical decisions with the dentists', need: 'brightside-offer', due: { conv: 12, days: 14 }, done: { conv: 12, days: 17 } },
    },
    {
      conv: 13,
      valueAdd: 'Sent Claire plain answers to the ten questions staff asked most at the first two sessions, for the remaining six.',
      followUp: { content: 'Bring Claire a one-page handout on what “the trust” is and who sits on it, for the remaining staff sessions', due: { conv: 13, days: 14 }, done: { conv: 13, days: 11 } },
    },
    {
      conv: 14,
      valueAdd: 'Sent Raj one page on what the valuation means for him, year by year.',
      gift: 'brightside-valuation-plain',
      followUp: { content: 'Bring Raj the after-tax comparison of his receipts year by year, with the deferred-payment risk shown as a range', need: 'brightside-offer', due: { conv: 14, days: 7 } },
    },
  ],
};
