/**
 * Open Harbour Trust: asked for help with a funder's new reporting. Found thin reserves, a council
 * contract priced below cost, and a chief executive holding too much on her own.
 */
import type { DemoArc } from './demo-types.ts';

export const openHarbourArc: DemoArc = {
  org: 'openharbour',
  fromDaysAgo: 700,
  toDaysAgo: 60,
  scripts: [
    {
      channel: 'call', people: ['jo'], members: ['margaret'],
      summary: "Jo called on Gideon's recommendation. Their largest foundation funder has changed its reporting and she wants help meeting it.",
      notes: {
        inTheirWords: "“They want outcomes, not outputs. I know what that means in a sentence. I don't know what it means in a spreadsheet.”",
        situation: "A three-year grant of £180,000 a year. The funder now wants outcome measures per young person, every six months.",
        externalDrivers: "First report under the new framework due in five months.",
      },
    },
    {
      channel: 'meeting', people: ['jo', 'keisha'], members: ['margaret'],
      summary: "Visited the drop-in centre and one of the houses. Keisha showed us how key workers record their sessions today.",
      notes: {
        situation: "Case notes are in a shared drive, one Word document per young person, plus a paper sign-in sheet at the drop-in.",
        inTheirWords: "“My key workers came into this to sit with a seventeen-year-old at two in the morning, not to fill in forms.” — Keisha",
        concerns: "That outcome reporting turns relationships into tick-boxes and the young people feel it.",
      },
    },
    {
      channel: 'email', people: ['patrick'], members: ['daniel'],
      summary: "Patrick sent the last two years of accounts and the fund analysis, asking us to look at the reserves note first.",
      notes: {
        situation: "Free reserves equal to about two months of running costs; the trustees' policy says four to six.",
        concerns: "“I think we've been using restricted money to pay for core costs and calling it timing. I'd rather someone told me I'm wrong.”",
      },
    },
    {
      channel: 'meeting', people: ['patrick', 'jo'], members: ['daniel'], gap: 0.5,
      summary: "Went through the restricted funds with Patrick and Jo. Patrick's worry was justified, though smaller than he feared.",
      notes: {
        situation: "About £42,000 of restricted grant had paid for shared costs (rent, the finance post) that the grants did not cover.",
        inTheirWords: "“Every funder wants to pay for the youth worker. Nobody wants to pay for the building she works in.” — Jo",
        externalDrivers: "The charity regulator's guidance on restricted funds; the auditors will look at it this year.",
      },
    },
    {
      channel: 'meal', people: ['rosalind', 'gideon'], members: ['margaret'],
      summary: "Breakfast with the chair and Gideon before the trustees' meeting. They wanted to understand the reserves issue before it was presented.",
      notes: {
        inTheirWords: "“I've chaired audit committees for twenty years and I missed this in my own charity.” — Rosalind",
        goals: "A plan the trustees can approve: correct the restricted funds, rebuild reserves, and a full-cost-recovery budget.",
        decisionProcess: "Board of nine trustees, meets quarterly. Rosalind and Gideon form the finance committee with the treasurer, who has been unwell.",
      },
    },
    {
      channel: 'video', people: ['jo'], members: ['margaret'],
      summary: "Jo on the council contract re-tender, which turns out to be the bigger worry.",
      notes: {
        situation: "The supported-housing contract with the council is 40% of income. The re-tender sets a price per bed 12% below what it costs them today.",
        externalDrivers: "Tender deadline in ten weeks. The council's own budget is under severe pressure.",
        inTheirWords: "“If we don't bid, sixteen young people lose their home with us. If we bid at that price, we lose money on every one of them.”",
      },
    },
    {
      channel: 'meeting', people: ['patrick', 'keisha'], members: ['daniel', 'kenji'],
      summary: "Built the full cost of a supported bed together, line by line, from staffing rotas to the boiler contract.",
      notes: {
        situation: "True cost £412 per bed per week; the tender's ceiling is £361.",
        challenges: "Night cover is the biggest cost and the one thing Keisha will not cut: “that's when the crises happen.”",
      },
    },
    {
      channel: 'call', people: ['callum'], members: ['margaret'],
      summary: "Callum on fundraising: what could realistically replace a gap in unrestricted income.",
      notes: {
        situation: "Individual giving is about £90,000 a year, almost all from a Christmas appeal and two sponsored events.",
        goals: "A regular-giving programme and a corporate partnership that pays for core costs, not projects.",
        personal: "Back from paternity leave; his daughter is eight weeks old and he is “running on toast”.",
      },
    },
    {
      channel: 'meeting', people: ['jo', 'rosalind'], members: ['margaret', 'amara'],
      summary: "Options for the tender: bid alone at a loss, walk away, or bid jointly with two other local charities.",
      notes: {
        goals: "A consortium bid with shared back-office and night cover across the three charities, priced at cost.",
        concerns: "Jo fears losing Open Harbour's identity in a consortium. Rosalind fears the trustees' liability if the consortium fails.",
        decisionProcess: "Needs a trustees' vote and a consortium agreement signed before the tender deadline.",
      },
    },
    {
      channel: 'email', people: ['gideon'], members: ['amara'], gap: 0.4,
      summary: "Gideon's comments on our draft consortium agreement, from his trustee's chair rather than his lawyer's.",
      notes: {
        inTheirWords: "“Draft it as if we'll fall out in year two. We probably won't, but charities do.”",
        concerns: "Exit terms, and who employs the shared night staff if one charity leaves.",
      },
    },
    {
      channel: 'video', people: ['jo'], members: ['margaret'],
      summary: "Jo after the consortium bid went in. Tired, and honest about how much she holds herself.",
      notes: {
        inTheirWords: "“I'm the fundraiser, the HR department, the complaints procedure and the person who unblocks the drains.”",
        motivationToChange: "She wants to build a senior team so that the charity does not depend on her being well.",
        personal: "Her son starts university in Glasgow in September. First time she'll live alone in nineteen years.",
      },
    },
    {
      channel: 'message', people: ['jo'], members: ['margaret'],
      summary: "Jo's message on the tender result.",
      notes: {
        inTheirWords: "“We won it. At our price. I'm sat in the car park grinning like an idiot.”",
      },
    },
    {
      channel: 'meeting', people: ['patrick', 'rosalind'], members: ['daniel'],
      summary: "Year-end review with Patrick and Rosalind: restricted funds corrected, reserves plan under way.",
      notes: {
        situation: "Restricted funds restated and disclosed; the auditors accepted the correction. Free reserves at three months, target four by next year.",
        inTheirWords: "“For the first time I can tell a funder what their money actually pays for.” — Patrick",
      },
    },
    {
      channel: 'call', people: ['keisha'], members: ['margaret'],
      summary: "Keisha on the outcomes reporting, where this whole thing started, a year on.",
      notes: {
        situation: "Key workers record five outcome measures in a simple form after each session; it takes two minutes.",
        inTheirWords: "“The young people asked to see their own progress page. We didn't plan for that. It's the best thing we've done.”",
        personal: "Halfway through a part-time master's in social work; her dissertation is on care leavers and housing.",
      },
    },
  ],
};
