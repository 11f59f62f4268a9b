/**
 * Brightside Dental Group: asked whether an offer from a corporate buyer was fair. The real question
 * was whether the founder wanted to sell at all, and what the people who built it with him wanted.
 */
import type { DemoArc } from './demo-types.ts';

export const brightsideArc: DemoArc = {
  org: 'brightside',
  fromDaysAgo: 420,
  toDaysAgo: 2,
  scripts: [
    {
      channel: 'video', people: ['raj'], members: ['daniel', 'amara'],
      summary: "Raj, introduced by Lucía Vasquez. A dental group backed by private equity has made an offer for all eight practices and he wants to know if it is fair.",
      notes: {
        inTheirWords: "“They've offered eight times earnings. My golf partner got nine. I don't know if that means I'm being robbed or he was lucky.”",
        situation: "Eight practices, about 120 staff, roughly 60% private and 40% state-funded dentistry.",
        decisionProcess: "The offer is exclusive for six weeks; Raj owns 100% of the shares.",
      },
    },
    {
      channel: 'meeting', people: ['ben', 'raj'], members: ['daniel'],
      summary: "Went through three years of accounts with Ben and Raj to see what earnings the buyer is actually paying eight times for.",
      notes: {
        situation: "The buyer's figure includes a normalisation that assumes Raj keeps working three clinical days a week for five years after the sale.",
        inTheirWords: "“Five years? Nobody said five years out loud.” — Raj",
        challenges: "Accounts for two practices still run through a separate partnership from before they were incorporated.",
      },
    },
    {
      channel: 'call', people: ['claire'], members: ['margaret'],
      summary: "Claire asked for a private word. She runs the group day to day and learned about the offer from a rumour.",
      notes: {
        inTheirWords: "“I've given Raj eleven years. I'd like to hear about the sale from him, not from the receptionists.”",
        concerns: "What happens to the head office team of six under a corporate owner that has its own.",
        personal: "Cares for her father, who has dementia, most evenings; needs the flexibility she has now.",
      },
    },
    {
      channel: 'meeting', people: ['raj'], members: ['margaret'],
      summary: "Long conversation with Raj at the Hollins Road practice after his last patient. Less about the price, more about him.",
      notes: {
        inTheirWords: "“I'm a dentist who ended up running a company. I'm not sure which one I'd be selling.”\n“My father drilled teeth in Nairobi until he was seventy-four. I don't want that. I also don't want to be bored.”",
        goals: "Work clinically three days a week until sixty, with no responsibility for payroll or landlords.",
        concerns: "That the buyer's model of 'more patients per chair-hour' changes the way his dentists treat people.",
      },
    },
    {
      channel: 'video', people: ['sofia'], members: ['margaret'],
      summary: "Dr Lindqvist, the clinical lead, on what the associates are saying.",
      notes: {
        inTheirWords: "“Three of our associates trained with us from foundation year. They'll go if a target board goes up in the staff room.”",
        situation: "The associates are self-employed on percentage contracts; the buyer wants to move them onto its standard terms.",
        personal: "From Gothenburg; her partner wants to move back to Sweden and she is “thinking about it more than I'd like to admit.”",
      },
    },
    {
      channel: 'email', people: ['ben'], members: ['daniel'], gap: 0.4,
      summary: "Ben sent the state contract delivery figures the buyer had asked for, with a worry attached.",
      notes: {
        situation: "Two practices are about 15% behind their contracted courses of treatment this year because of a dentist on long-term sick leave.",
        externalDrivers: "Under-delivery over the threshold triggers a clawback by the commissioner at year-end; the buyer's offer has an adjustment for it.",
        concerns: "“If we hit the clawback, the buyer knocks it off the price twice: once for the money and once for the 'risk'.”",
      },
    },
    {
      channel: 'meeting', people: ['raj', 'claire'], members: ['margaret', 'daniel'],
      summary: "Raj and Claire together for the first time on the subject. Laid out the options side by side: sell, wait, or a different kind of sale.",
      notes: {
        goals: "Compared: accept the offer; decline and revisit in three years; a partial sale; an employee ownership trust.",
        inTheirWords: "“I didn't know selling to the staff was something you could do.” — Claire",
        decisionProcess: "Raj decides, but he said in the room that he will not do anything Claire and Sofia are both against.",
      },
    },
    {
      channel: 'call', people: ['raj'], members: ['amara'],
      summary: "Raj on the exclusivity period, which ends in ten days, and on how to say no politely.",
      notes: {
        inTheirWords: "“They've been decent. I don't want to string them along.”",
        goals: "Decline the offer, keeping the door open, before exclusivity ends.",
      },
    },
    {
      channel: 'meeting', people: ['raj', 'claire', 'ben'], members: ['daniel', 'amara'],
      summary: "First working session on an employee ownership trust: how it is funded, governed and taxed.",
      notes: {
        situation: "An EOT would buy a controlling stake, paid to Raj from future profits over about seven years rather than in one sum.",
        concerns: "Ben: whether the group's cash can fund the deferred payments and the state-contract risk at the same time. Raj: “I'd be the lender to my own company.”",
        externalDrivers: "Recent changes to the tax rules on EOTs: trustees must be independent of the seller and the sale must be at market value.",
      },
    },
    {
      channel: 'meal', people: ['raj'], members: ['margaret'],
      summary: "Curry with Raj near his house. Off the record, mostly about cricket and his kids, and then about what he's afraid of.",
      notes: {
        inTheirWords: "“If I sell to the corporate and it goes wrong, it's their fault. If I sell to my staff and it goes wrong, it's mine.”",
        personal: "Opens the batting for his village cricket team at fifty-eight. His son is finishing dental school; Raj is careful not to assume he'll join.",
      },
    },
    {
      channel: 'video', people: ['sofia', 'megan'], members: ['margaret'],
      summary: "Sofia and Megan on how to involve staff in the decision without promising what cannot yet be promised.",
      notes: {
        goals: "Staff sessions at every practice, led by Raj, once the valuation is done.",
        inTheirWords: "“People don't need the answer yet. They need to know they'll hear it from us first.” — Megan",
      },
    },
    {
      channel: 'email', people: ['ben'], members: ['daniel'],
      summary: "Ben with the year-end state-contract position.",
      notes: {
        situation: "With a locum covering since the autumn, delivery finished at 97%: inside the tolerance, no clawback.",
        inTheirWords: "“One less thing to explain to everyone.”",
      },
    },
    {
      channel: 'meeting', people: ['raj', 'claire', 'sofia'], members: ['margaret', 'amara'],
      summary: "Raj told his two most senior colleagues he wants to go ahead with the employee ownership trust.",
      notes: {
        inTheirWords: "“I built this with you. It would be strange to sell it to someone else.” — Raj",
        decisionProcess: "Independent valuation first; trustees to include an independent chair, a staff representative and Claire.",
        concerns: "Sofia asked what happens to clinical decisions if the trustees disagree with the dentists.",
      },
    },
    {
      channel: 'call', people: ['claire'], members: ['margaret'],
      summary: "Claire on the first two staff sessions.",
      notes: {
        situation: "Sessions held at Hollins Road and the high-street practice. Around 40 people came; lots of questions about bonuses and who 'the trust' actually is.",
        inTheirWords: "“One of our nurses asked if she'd get a say in the Christmas party. I said yes. I'm not sure I was allowed to.”",
      },
    },
    {
      channel: 'video', people: ['raj', 'ben'], members: ['daniel'],
      summary: "The independent valuation came in. Went through it with Raj and Ben.",
      notes: {
        situation: "Valuation a little below the corporate offer, before the deferred payments; Raj's total receipts over seven years are similar.",
        motivationToChange: "Raj: he would rather take the same money over seven years and still recognise the place.",
        decisionProcess: "Raj to decide by the end of the month; the trustees' first meeting pencilled in for the quarter after.",
      },
    },
  ],
};
