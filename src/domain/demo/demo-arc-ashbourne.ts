/**
 * Ashbourne City Council, Housing Services: asked for a review of bed-and-breakfast spending. Ended
 * with a cabinet decision to buy homes, and a prevention team that gets to people months earlier.
 */
import type { DemoArc } from './demo-types.ts';

export const ashbourneArc: DemoArc = {
  org: 'ashbourne',
  fromDaysAgo: 610,
  toDaysAgo: 45,
  scripts: [
    {
      channel: 'meeting', people: ['sandra', 'chris'], members: ['margaret', 'daniel'],
      summary: "First meeting at the civic centre with Sandra and her finance business partner. They want a review of temporary accommodation spending.",
      notes: {
        inTheirWords: "“We budgeted £4 million for temporary accommodation. We'll spend twelve.” — Sandra",
        situation: "Around 420 households in temporary accommodation, 90 of them in bed-and-breakfast hotels, some forty minutes' drive out of the city.",
        goals: "Bring spending back within a budget the council can defend, without breaking the law or the families.",
      },
    },
    {
      channel: 'call', people: ['nkechi'], members: ['daniel'],
      summary: "Nkechi from procurement explained how the council could engage us properly.",
      notes: {
        decisionProcess: "A call-off under a regional consultancy framework. Under £75,000 it can be approved by the director; above that it goes to cabinet.",
        concerns: "“Please don't scope this at £74,900. Auditors notice.”",
      },
    },
    {
      channel: 'meeting', people: ['eleanor'], members: ['kenji'],
      summary: "A day with Eleanor's team: visited two B&Bs and sat in on the morning placement calls.",
      notes: {
        situation: "Eleven families with children have been in B&B longer than six weeks. Placement decisions are made at 4pm for that night.",
        externalDrivers: "The law limits families with children to six weeks in B&B; the council is in breach for eleven families and knows it.",
        inTheirWords: "“I've got a mum in room 12 doing her son's homework on the bed because there's no table. That's not a budget line. That's a kid.”",
        personal: "Started as a housing officer at the council twenty years ago. Breeds and shows border terriers.",
      },
    },
    {
      channel: 'email', people: ['chris'], members: ['daniel'],
      summary: "Chris sent the temporary accommodation ledger and the housing benefit subsidy figures.",
      notes: {
        situation: "The council pays on average £92 a night for B&B but can only reclaim about £28 through subsidy, frozen at old rent levels.",
        inTheirWords: "“Every night in a hotel costs us sixty-four pounds the government won't give back. Multiply by ninety rooms.”",
      },
    },
    {
      channel: 'meeting', people: ['tariq', 'sandra'], members: ['margaret'],
      summary: "Briefed the cabinet member with Sandra. He came with a constituent's letter in his pocket.",
      notes: {
        inTheirWords: "“I don't need a report telling me it's bad. I need something I can stand up in full council and say we're doing.”",
        externalDrivers: "Local elections in May. The opposition has made temporary accommodation their main issue.",
        concerns: "That the council is seen to spend money on consultants while families sleep in hotels.",
      },
    },
    {
      channel: 'meeting', people: ['sandra', 'eleanor'], members: ['margaret', 'kenji'],
      summary: "Workshop on where the households come from. The conversation shifted from hotels to the months before people arrive.",
      notes: {
        situation: "Two-thirds of families arriving had a private landlord's notice months earlier. The prevention team saw fewer than a third of them before the eviction date.",
        challenges: "Prevention team of six officers for a city of 300,000; two vacancies unfilled for a year.",
        inTheirWords: "“We're brilliant at emergencies because we've had a lot of practice.” — Sandra",
      },
    },
    {
      channel: 'video', people: ['chris'], members: ['daniel'],
      summary: "Modelled with Chris what buying homes for temporary use would cost compared with renting hotel rooms.",
      notes: {
        situation: "Buying 40 ex-market homes at about £210,000 each, with borrowing costs and management, works out well below the net cost of the equivalent B&B nights within four years.",
        externalDrivers: "A government grant for local authority housing acquisition covers up to 40% of purchase costs, if bids are in by the autumn.",
        concerns: "The council's capital programme is already over-committed; the section 151 officer will want the revenue saving proven.",
      },
    },
    {
      channel: 'call', people: ['sandra'], members: ['margaret'],
      summary: "Sandra, after the election. The administration held on, with a smaller majority and a new leader.",
      notes: {
        inTheirWords: "“New leader, same problem, less patience.”",
        decisionProcess: "Cabinet in September for the acquisition programme; scrutiny committee will call it in if the business case is thin.",
        personal: "Taking her first proper week off in two years, walking the Pembrokeshire coast path with her sister.",
      },
    },
    {
      channel: 'meeting', people: ['tariq', 'sandra', 'chris'], members: ['margaret', 'daniel'],
      summary: "Pre-cabinet briefing on the acquisition business case and the prevention restructure.",
      notes: {
        goals: "Approve £8.4m of borrowing for 40 homes, plus four extra prevention officers paid for from the first year's savings.",
        inTheirWords: "“I can defend buying houses. I can't defend hotels.” — Cllr Hussain",
        concerns: "Chris: the savings depend on filling the prevention posts; the council has struggled to recruit.",
      },
    },
    {
      channel: 'email', people: ['nkechi'], members: ['daniel'],
      summary: "Nkechi on buying homes at pace within procurement rules.",
      notes: {
        challenges: "Each acquisition needs a valuation, a survey and legal work; the council's own surveyors are booked three months out.",
        goals: "A small framework of local estate agents and surveyors set up in six weeks.",
      },
    },
    {
      channel: 'message', people: ['sandra'], members: ['margaret'],
      summary: "Sandra's message on the evening of the cabinet meeting.",
      notes: {
        inTheirWords: "“Approved, unanimously. Scrutiny didn't call it in. Tariq bought the team cake.”",
      },
    },
    {
      channel: 'video', people: ['eleanor'], members: ['kenji'],
      summary: "Eleanor, three months on: the first homes handed over and families moved.",
      notes: {
        situation: "Fourteen homes bought, nine occupied. Families in B&B beyond six weeks down from eleven to two.",
        inTheirWords: "“The mum from room 12 has a kitchen table. She sent me a photo of it.”",
      },
    },
    {
      channel: 'meeting', people: ['sandra', 'chris'], members: ['daniel'],
      summary: "Six-month review of spending against the business case.",
      notes: {
        situation: "B&B placements down from 90 to 51; spending on track to be about £2.3m lower than last year. Prevention posts: three of four filled.",
        concerns: "Chris: the neighbouring council has issued a section 114 notice, and councillors are nervous about any borrowing.",
        motivationToChange: "Sandra wants the prevention figures in every cabinet report, not only the costs.",
      },
    },
    {
      channel: 'call', people: ['tariq'], members: ['margaret'],
      summary: "Cllr Hussain wanted to talk about next year's budget round and whether the model could work for young single people too.",
      notes: {
        goals: "Extend acquisitions to shared housing for single people under 25, possibly with a local charity as managing agent.",
        decisionProcess: "Would need a new cabinet paper in the spring budget cycle.",
      },
    },
  ],
};
