/**
 * Pemberton Vasquez LLP: a referral partner, not a client. Two years of lunches, introductions, and
 * the firm's own question: what happens when the senior partner who built it steps back.
 */
import type { DemoArc } from './demo-types.ts';

export const pembertonArc: DemoArc = {
  org: 'pemberton',
  fromDaysAgo: 725,
  toDaysAgo: 10,
  scripts: [
    {
      channel: 'meal', people: ['gideon', 'lucia'], members: ['margaret', 'amara'],
      summary: "Lunch with Gideon and Lucía, our first proper conversation about how the two firms could help each other's clients.",
      notes: {
        inTheirWords: "“Our clients ask us business questions we shouldn't answer, and yours ask you legal ones you can't.” — Lucía",
        situation: "Eight partners, mostly owner-managed businesses and charities. No in-house accountants; they refer to three small firms.",
        goals: "A handful of trusted firms to introduce clients to, where each side knows exactly what the other does well.",
      },
    },
    {
      channel: 'call', people: ['gideon'], members: ['margaret'],
      summary: "Gideon asked whether we would speak to the chief executive of a charity where he is a trustee.",
      notes: {
        inTheirWords: "“Jo won't ask for help. She'll carry the building on her back before she does. Would you call her?”",
        personal: "Sails out of Chichester most weekends from April. His first grandchild arrived last month.",
      },
    },
    {
      channel: 'email', people: ['oliver'], members: ['amara', 'daniel'],
      summary: "Oliver asked for a second opinion on the accounting in a share purchase he is advising on. Daniel reviewed the completion accounts mechanism.",
      notes: {
        situation: "A locked-box deal where the target's last balance sheet is eleven months old.",
        concerns: "Leakage provisions drafted by the seller's side; his client is a first-time buyer and nervous.",
      },
    },
    {
      channel: 'meeting', people: ['nadia'], members: ['kenji'],
      summary: "Nadia asked for an hour on pricing: the partners want more fixed-fee work and she has to make it profitable.",
      notes: {
        inTheirWords: "“Every partner says yes to a fixed fee and then records hours as if it were hourly. I find out at the end of the quarter.”",
        challenges: "No data on how long standard matters actually take; time recording is patchy for fixed-fee work.",
        goals: "A price list for six standard matter types, based on the last two years of actual time.",
      },
    },
    {
      channel: 'meal', people: ['lucia'], members: ['margaret'],
      summary: "Dinner with Lucía after a conference panel we both spoke on. She talked about the partnership's future more than the panel.",
      notes: {
        inTheirWords: "“Gideon built this firm. The question nobody asks out loud is what we are when he isn't here.”",
        situation: "Gideon is 66; the partnership agreement has no fixed retirement age. Two younger partners have been approached by a national firm.",
        personal: "Her daughter is in her first year at Edinburgh studying medicine and phones home every evening, which Lucía pretends to find annoying.",
      },
    },
    {
      channel: 'call', people: ['lucia'], members: ['amara'],
      summary: "Lucía introduced Dr Raj Anand of Brightside Dental, who has an offer for his practices and wants independent advice on the numbers.",
      notes: {
        inTheirWords: "“He needs someone who isn't selling him anything, including us.”",
        decisionProcess: "Pemberton Vasquez will act on the legal side if he goes ahead; he wants the financial view first.",
      },
    },
    {
      channel: 'video', people: ['harriet'], members: ['amara'],
      summary: "Introduced Harriet to Quillfeather's head of people for the contractor question. Harriet asked for the background first.",
      notes: {
        situation: "Harriet handles employment status cases; she has a contact at a Lisbon firm for the Portuguese side.",
        inTheirWords: "“Tell me what they're afraid of, not just what they've asked.”",
      },
    },
    {
      channel: 'meeting', people: ['gideon', 'lucia', 'nadia'], members: ['margaret', 'daniel'],
      summary: "They asked us to help them look at partner profitability before a partners' away day. We agreed to do it as a piece of work, at arm's length from the referral relationship.",
      notes: {
        situation: "Profit shared on lockstep. Two partners bring in 45% of fees; one practice area has lost money for three years.",
        concerns: "Gideon worries data will turn partners against each other: “we've been friends for twenty years.”",
        decisionProcess: "Any change to profit-sharing needs 75% of partners under the partnership agreement.",
      },
    },
    {
      channel: 'meeting', people: ['gideon', 'lucia'], members: ['margaret'],
      summary: "Debrief after the partners' away day.",
      notes: {
        inTheirWords: "“Nobody shouted. Two people cried. We agreed more than I expected.” — Gideon",
        goals: "A modified lockstep with a performance element from next year; Gideon to step down as senior partner in two years and become a consultant.",
        motivationToChange: "The approach from the national firm made the younger partners' position real to everyone.",
      },
    },
    {
      channel: 'email', people: ['nadia'], members: ['kenji'],
      summary: "Nadia shared the first quarter's results on fixed-fee matters using the new price list.",
      notes: {
        situation: "Fixed-fee realisation up from 71% to 88%. Two matter types still underpriced; she has raised them.",
        inTheirWords: "“The partners now ask me what a matter should cost before they quote. Write that down, it may never happen again.”",
      },
    },
    {
      channel: 'meal', people: ['oliver'], members: ['amara', 'daniel'],
      summary: "Lunch with Oliver, who wants to build a practice advising software companies on funding rounds.",
      notes: {
        goals: "Become the go-to firm in the region for Series A and B legal work within three years.",
        concerns: "Whether the partnership will invest in a junior hire before the fees are there.",
        personal: "Training for his first Ironman; eats lunch like it's a competitive event.",
      },
    },
    {
      channel: 'call', people: ['gideon'], members: ['margaret'],
      summary: "Gideon rang to say Coldwater Ridge, a client of his for thirty years, is struggling with a family decision and might welcome a call.",
      notes: {
        inTheirWords: "“Walter will tell you he doesn't need help. Then he'll talk for three hours. Take a notebook.”",
      },
    },
    {
      channel: 'video', people: ['lucia', 'nadia'], members: ['margaret'],
      summary: "Lucía and Nadia on the practice-management system they are choosing, and how to avoid a two-year implementation.",
      notes: {
        challenges: "Three partners still keep their own matter lists in Outlook folders.",
        decisionProcess: "Nadia runs the selection; the management committee decides; budget already approved.",
        concerns: "“We're lawyers. We will find forty-seven exceptions to every process.” — Lucía",
      },
    },
    {
      channel: 'meal', people: ['gideon', 'lucia'], members: ['margaret', 'amara'],
      summary: "Anniversary lunch: two years of working together. Looked back at the introductions both ways and what each firm had learned.",
      notes: {
        inTheirWords: "“We send you people we care about. That's the whole test.” — Gideon",
        goals: "Run a joint breakfast session for owner-managers on succession, with the legal and financial questions in one room.",
        personal: "Gideon's last year as senior partner. He has bought a bigger boat and says it is a coincidence.",
      },
    },
  ],
};
