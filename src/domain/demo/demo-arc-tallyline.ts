/**
 * Tallyline: asked for a safeguarding audit before the regulator's deadline. The audit was the easy
 * part; the harder one was a company that had grown faster than its controls.
 */
import type { DemoArc } from './demo-types.ts';

export const tallylineArc: DemoArc = {
  org: 'tallyline',
  fromDaysAgo: 300,
  toDaysAgo: 1,
  scripts: [
    {
      channel: 'call', people: ['farah'], members: ['margaret'],
      summary: "Farah, as chair of Tallyline, asked whether we could help them respond to a letter from the regulator.",
      notes: {
        inTheirWords: "“Kwame thinks it's a paperwork problem. I think it's a culture problem wearing a paperwork costume.”",
        externalDrivers: "The regulator has written to e-money firms about safeguarding client money, asking for an independent audit and board attestation.",
      },
    },
    {
      channel: 'video', people: ['kwame'], members: ['daniel', 'margaret'],
      summary: "First call with Kwame. He wanted to know how quickly an audit could be done and how much it would cost.",
      notes: {
        inTheirWords: "“We hold forty million pounds of other people's money every night. I know that. I just need someone to say we're holding it properly.”",
        situation: "Around 38,000 small-business customers. Client money is held in two safeguarding accounts at different banks.",
        concerns: "Cost and distraction: the product team is in the middle of launching card payments.",
        decisionProcess: "Kwame and the chair decide; the board must attest to the regulator by a fixed date.",
      },
    },
    {
      channel: 'meeting', people: ['jamie', 'yusuf'], members: ['daniel', 'kenji'],
      summary: "A day in the operations team with Jamie and Yusuf, following a day's money from the customers' payments to the safeguarding accounts.",
      notes: {
        situation: "The daily reconciliation is a spreadsheet with eleven tabs, run by one analyst. When she is on holiday it runs two days late.",
        inTheirWords: "“Maria is the reconciliation. If Maria wins the lottery, we're in trouble.” — Yusuf",
        challenges: "Payment-processor reports arrive in three formats; one has to be retyped by hand.",
      },
    },
    {
      channel: 'email', people: ['jamie'], members: ['amara'], gap: 0.5,
      summary: "Jamie shared the safeguarding policy and the legal opinion on the account structure.",
      notes: {
        situation: "The acknowledgement letters from one of the safeguarding banks were never countersigned.",
        concerns: "“I've been MLRO, head of compliance and the data-protection officer since we were twelve people. Something was always going to slip.”",
      },
    },
    {
      channel: 'video', people: ['kwame', 'farah'], members: ['margaret'],
      summary: "Kwame and Farah on the early findings. Kwame was defensive at first, then wasn't.",
      notes: {
        inTheirWords: "“We built the company to move fast. I didn't notice when fast became sloppy.” — Kwame",
        goals: "Pass the audit with findings they can fix, not findings that go to the regulator as breaches.",
        motivationToChange: "A bank partnership Kwame has worked on for a year depends on a clean safeguarding report.",
      },
    },
    {
      channel: 'meeting', people: ['elena'], members: ['daniel'],
      summary: "Met Elena in her second week as CFO. She had read every document we had sent and had questions about all of them.",
      notes: {
        inTheirWords: "“I didn't take this job to do the audit. But I'm not going to do the job without it.”",
        goals: "Automate the daily reconciliation and move it under finance, with operations feeding it.",
        personal: "Moved from Sofia to London eight years ago; learning to sail on the reservoir at weekends.",
      },
    },
    {
      channel: 'call', people: ['jamie'], members: ['amara'],
      summary: "Jamie on splitting his role before the board meeting.",
      notes: {
        goals: "Hire a separate head of compliance so Jamie can be MLRO only.",
        concerns: "Whether the board will fund another senior hire while cutting product spend.",
        personal: "First baby due in six weeks; nervous about being away during the audit.",
      },
    },
    {
      channel: 'meeting', people: ['kwame', 'elena', 'farah'], members: ['margaret', 'daniel'],
      summary: "Board pre-meeting on the remediation plan and what the attestation can honestly say.",
      notes: {
        decisionProcess: "The board attests; Farah will not sign an attestation she can't defend, and said so plainly.",
        goals: "Attest with three disclosed findings and a dated remediation plan, rather than claim a clean position.",
        inTheirWords: "“I would rather tell the regulator about a problem than have them tell us.” — Farah",
      },
    },
    {
      channel: 'email', people: ['yusuf'], members: ['kenji'],
      summary: "Yusuf sent the new reconciliation runbook and the first week of automated matches.",
      notes: {
        situation: "97% of transactions matched automatically; the rest land in a queue with the reason attached.",
        inTheirWords: "“Maria went on holiday. Nothing happened. She was slightly offended.”",
        personal: "Commutes from Brighton three days a week and takes all his calls on the train.",
      },
    },
    {
      channel: 'video', people: ['elena', 'jamie'], members: ['daniel', 'amara'],
      summary: "Final walkthrough of the audit findings before the report goes to the board.",
      notes: {
        situation: "Three findings: the unsigned bank acknowledgement letter (now fixed), reconciliation resilience (fixed), and the policy for failed payouts (in progress).",
        concerns: "Jamie wanted the report to say the problems were found by the firm itself. Elena wanted it to say nothing it could not prove.",
      },
    },
    {
      channel: 'message', people: ['kwame'], members: ['margaret'],
      summary: "Kwame messaged on the day the attestation went to the regulator.",
      notes: {
        inTheirWords: "“Sent. Farah signed it first. I owe the ops team a very large pizza order.”",
      },
    },
    {
      channel: 'meeting', people: ['kwame'], members: ['margaret'],
      summary: "Kwame, a month after the attestation, thinking about what kind of company Tallyline becomes next.",
      notes: {
        inTheirWords: "“I used to think compliance was the tax we pay to be allowed to build things. Now I think it's part of what we're building.”",
        goals: "A proper risk committee of the board, and a head of compliance in post before the card launch.",
        personal: "His mother is visiting from Accra for three months; he is leaving the office at six for the first time in years.",
      },
    },
    {
      channel: 'call', people: ['elena'], members: ['daniel'],
      summary: "Elena on the bank partnership's due diligence, which had been waiting for the safeguarding report.",
      notes: {
        externalDrivers: "The partner bank's due diligence asks for the audit report, the remediation evidence and three months of reconciliations.",
        decisionProcess: "The bank's credit committee meets quarterly; the next one is in seven weeks.",
      },
    },
    {
      channel: 'video', people: ['jamie'], members: ['amara'],
      summary: "Jamie back from paternity leave, on the new head of compliance and the failed-payouts policy.",
      notes: {
        situation: "New head of compliance starts next month. Failed-payouts policy approved by the board.",
        inTheirWords: "“I slept four hours a night for a month and it was still less stressful than last spring.”",
      },
    },
    {
      channel: 'meeting', people: ['kwame', 'elena', 'farah'], members: ['margaret'],
      summary: "Strategy session on the next year: card payments, the bank partnership, and a funding round.",
      notes: {
        goals: "Launch card payments in the spring; close the bank partnership; raise a Series B in the autumn.",
        concerns: "Farah: doing all three at once is how the safeguarding problem happened the first time.",
        decisionProcess: "Board to choose the order at the next meeting; Kwame wants all three, Elena wants two.",
      },
    },
    {
      channel: 'email', people: ['elena'], members: ['daniel'],
      summary: "Elena wrote with the bank's decision and a question about the board deadline.",
      notes: {
        situation: "The bank's credit committee approved the partnership, subject to quarterly safeguarding reports for the first year.",
        externalDrivers: "The board wants the Series B plan, with the reporting cost built in, by the end of next month.",
        inTheirWords: "“Good news with homework attached. My favourite kind.”",
      },
    },
  ],
};
