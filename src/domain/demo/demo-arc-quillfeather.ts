/**
 * Quillfeather: asked for "a proper finance function before the Series C". Underneath were revenue
 * booked too early, a product pulled two ways by its founders, and a runway shorter than it looked.
 */
import type { DemoArc } from './demo-types.ts';

export const quillfeatherArc: DemoArc = {
  org: 'quillfeather',
  fromDaysAgo: 560,
  toDaysAgo: 4,
  scripts: [
    {
      channel: 'video', people: ['ines'], members: ['daniel'],
      summary: "Inês got in touch through an investor. She wants a finance function that will survive due diligence for the next round.",
      notes: {
        inTheirWords: "“We're ninety people with the finance set-up of a twelve-person startup.”",
        situation: "One head of finance, one part-time bookkeeper in Lisbon, management accounts about six weeks after month-end.",
        goals: "Raise a Series C within twelve months with clean audited accounts and a board pack investors trust.",
        externalDrivers: "The lead investor from the last round expects a raise by the end of next year.",
      },
    },
    {
      channel: 'meeting', people: ['hannah'], members: ['daniel'],
      summary: "Afternoon at their Shoreditch office with Hannah, going through the close process and the revenue schedule.",
      notes: {
        inTheirWords: "“I close the books on my own, at the kitchen table, on a Sunday.”",
        situation: "Multi-year enterprise contracts are invoiced annually in advance and mostly recognised on invoice. Implementation fees recognised up front.",
        challenges: "Last year's auditors raised revenue recognition as a key matter and gave them a year to fix it.",
        concerns: "Hannah is not sure Inês has understood how much revenue will move once the contracts are restated.",
      },
    },
    {
      channel: 'email', people: ['hannah'], members: ['daniel'], gap: 0.5,
      summary: "Hannah sent the contract register: 214 customer contracts, 31 of them with non-standard terms.",
      notes: {
        situation: "Nineteen of the non-standard contracts include bespoke development, promised by sales, with no separate price.",
        inTheirWords: "“I found three contracts I'd never seen. They were in a sales director's personal Drive.”",
      },
    },
    {
      channel: 'meeting', people: ['ines', 'felix'], members: ['daniel', 'margaret'],
      summary: "Walked both founders through the first cut of the restated revenue. The conversation quickly left the numbers.",
      notes: {
        situation: "Restated recognised revenue for last year is about 14% lower; the cash does not change.",
        inTheirWords: "“Every custom feature Inês sells is a month my team doesn't build the product.” — Felix\n“Every custom feature I sell is why we have enterprise customers at all.” — Inês",
        challenges: "The founders disagree on what kind of company Quillfeather is: a product or a service business with a product attached.",
      },
    },
    {
      channel: 'call', people: ['farah'], members: ['margaret'],
      summary: "Farah, the independent non-executive, called to ask for our unvarnished view before the board meeting.",
      notes: {
        inTheirWords: "“The revenue is the easy bit. The question is whether the two of them still want to build the same company.”",
        concerns: "That the board finds out about the restatement from the auditors rather than from management.",
        decisionProcess: "Board of five: both founders, two investor directors, Farah. Any raise needs the investor directors' consent.",
      },
    },
    {
      channel: 'video', people: ['ines'], members: ['daniel'],
      summary: "Runway review with Inês after the restatement.",
      notes: {
        situation: "Fourteen months of runway at current burn, eleven if the two enterprise renewals due in spring do not come through.",
        externalDrivers: "The venture market for software has cooled; comparable companies raised at flat or lower valuations this year.",
        inTheirWords: "“I thought we had two years. I've been telling the team we had two years.”",
        motivationToChange: "She would rather cut now than raise at a bad price with a restated set of accounts.",
      },
    },
    {
      channel: 'meeting', people: ['marcus'], members: ['amara'],
      summary: "Marcus asked about the Lisbon team: they are contractors in practice but employees in all but name.",
      notes: {
        situation: "Fourteen developers in Lisbon on long-term contractor agreements, working full-time only for Quillfeather for three years.",
        concerns: "Employment status risk in Portugal, and how it would look in due diligence. Share options for people who are not employees.",
        personal: "Coaches his son's under-10s football team on Saturday mornings.",
      },
    },
    {
      channel: 'email', people: ['marcus'], members: ['amara'], gap: 0.4,
      summary: "Introduced Marcus to Harriet Cole at Pemberton Vasquez for the UK side, and to a Lisbon firm for the Portuguese law.",
      notes: {
        goals: "Move the Lisbon contractors onto local employment contracts through a Portuguese subsidiary by the end of the year.",
      },
    },
    {
      channel: 'meeting', people: ['ines', 'felix', 'farah'], members: ['margaret'],
      summary: "Facilitated a founders' session with Farah present. Hard conversation, handled with care on both sides.",
      notes: {
        inTheirWords: "“I don't want to win this argument. I want us to stop having it every Monday.” — Felix",
        goals: "Agreed rules: no new bespoke development in contracts; paid custom work only through a priced professional-services line, capped at 10% of revenue.",
        decisionProcess: "Any exception needs both founders' sign-off in writing.",
      },
    },
    {
      channel: 'call', people: ['hannah'], members: ['daniel'],
      summary: "Hannah on the first month-end under the new close calendar.",
      notes: {
        situation: "Management accounts out on working day eight instead of week six. Deferred revenue now reconciles to the contract register.",
        inTheirWords: "“I didn't work on Sunday. I didn't know what to do with myself.”",
        personal: "Doing an evening MBA; exams in June.",
      },
    },
    {
      channel: 'video', people: ['ines'], members: ['margaret'],
      summary: "Inês on whether to raise now, later, or not at all for a while.",
      notes: {
        inTheirWords: "“My investors want a Series C. I'm not sure the company does.”",
        goals: "Reach break-even on the current team within eighteen months, then raise from strength rather than need.",
        personal: "Her mother in Porto has been unwell; Inês is flying back most weekends.",
      },
    },
    {
      channel: 'meeting', people: ['ines', 'hannah', 'farah'], members: ['daniel'],
      summary: "Board pre-meeting on the revised plan: extend runway, delay the raise, fix the audit first.",
      notes: {
        situation: "Plan cuts burn by 30%: a hiring freeze, two offices consolidated, a senior sales role not replaced.",
        concerns: "Farah worries the investor directors will read a delay as a sign of weakness. Inês worries about telling the team.",
        decisionProcess: "Board vote next Thursday; the investor directors have seen the numbers and want the audit opinion first.",
      },
    },
    {
      channel: 'message', people: ['hannah'], members: ['daniel'],
      summary: "Message from Hannah on audit sign-off day.",
      notes: {
        inTheirWords: "“Clean opinion. No key audit matter on revenue. I may cry in the lift.”",
      },
    },
    {
      channel: 'meeting', people: ['felix', 'marcus'], members: ['margaret'],
      summary: "Felix and Marcus on the team after the cuts, and on keeping the senior engineers.",
      notes: {
        challenges: "Two senior engineers approached by a US competitor offering dollar salaries and remote work.",
        inTheirWords: "“People will stay for a product they're proud of. They won't stay to build the eleventh custom export for one bank.” — Felix",
        personal: "Felix is back climbing after a shoulder operation; off to the Dolomites in August.",
      },
    },
    {
      channel: 'call', people: ['farah'], members: ['margaret'],
      summary: "Farah, checking in as a board member. She compared Quillfeather's year with Tallyline's, where she chairs the board.",
      notes: {
        inTheirWords: "“Quillfeather is a different company from a year ago, and a better one. I wish every board I sit on had a year like it.”",
      },
    },
    {
      channel: 'video', people: ['ines', 'hannah'], members: ['daniel'],
      summary: "Quarterly check-in. Revenue growth slower, margins much better, and a question about a CFO.",
      notes: {
        situation: "Gross margin up from 61% to 74% since professional services were priced separately. Burn on track for break-even next spring.",
        goals: "Decide whether Hannah grows into a CFO role or they hire above her before the raise.",
        concerns: "Inês does not want Hannah to leave over it: “she got us here.”",
        decisionProcess: "Inês and Farah decide; Hannah will be asked what she wants first.",
      },
    },
  ],
};
