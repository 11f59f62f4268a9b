/**
 * Hartwell Precision Castings: asked for help choosing an ERP system. What emerged was a quoting
 * problem, a bank covenant, and a founder's daughter who could not choose her successor.
 */
import type { DemoArc } from './demo-types.ts';

export const hartwellArc: DemoArc = {
  org: 'hartwell',
  fromDaysAgo: 720,
  toDaysAgo: 6,
  scripts: [
    {
      channel: 'call', people: ['ruth'], members: ['margaret'], transcript: 'ruthFirstCall',
      summary: "Ruth rang after Martin Castellan passed on our name. She asked for help choosing a new ERP system. Mostly listened; agreed to visit the works.",
      notes: {
        inTheirWords: "“The system we run the works on was installed when my father was still alive. Every month-end Bev and I hold our breath.”\n“We've been burnt by consultants before. A firm came in 2016, charged us forty thousand pounds and left us a binder.”",
        situation: "Running on an ERP installed in 2003 with a bespoke quoting add-on. The developer who wrote the add-on retired last year and nobody else understands it.",
        goals: "Pick a replacement by the end of the year and have it live before the next financial year starts.",
        decisionProcess: "Ruth decides, but anything over fifty thousand pounds she wants Martin to look at first.",
      },
    },
    {
      channel: 'meeting', people: ['ruth', 'sunil', 'beverley'], members: ['margaret', 'kenji'],
      summary: "Walked the foundry floor with Ruth and Sunil, then an hour with Bev on month-end. Each of them described a different problem.",
      notes: {
        inTheirWords: "“The system's fine. It's the quotes that are killing us. We're quoting 2019 prices for this year's metal.” — Sunil\n“I spend four days every month-end counting stock by hand because I don't trust the number on the screen.” — Bev",
        situation: "Quotes are built in a spreadsheet Sunil maintains himself. Scrap on new jobs runs at about nine per cent; on repeat jobs under three.",
        challenges: "Bronze ingot prices up sharply; the furnaces' electricity cost doubled when the fixed tariff ended in the spring.",
        concerns: "Sunil worries a new system means “the office telling the floor how to pour metal”.",
      },
    },
    {
      channel: 'email', people: ['beverley'], members: ['daniel'], gap: 0.5,
      summary: "Bev sent eighteen months of management accounts and the bank's facility letter, with a note asking us to read the covenant section first.",
      notes: {
        situation: "£1.5m overdraft facility. Covenant: debtors plus stock must cover at least 1.6 times the drawn balance, tested every quarter. Last quarter came in at 1.71.",
        externalDrivers: "The facility is up for renewal in fourteen months. The bank has changed their relationship manager twice this year.",
        concerns: "“Please don't copy Ruth on the covenant numbers yet. I want to walk her through them myself.”",
      },
    },
    {
      channel: 'meal', people: ['martin'], members: ['margaret'],
      summary: "Lunch with Martin at his golf club. He asked how the first weeks had gone, then talked for an hour about the family rather than the software.",
      notes: {
        inTheirWords: "“The ERP is a proxy. Ruth can't choose between her son and the man who's run her floor for twenty-five years, so she's choosing software instead.”",
        motivationToChange: "Martin thinks Ruth will never step back unless there is a plan everyone has agreed in front of her.",
        personal: "Martin is handing Castellan Freight to his son Declan this year and says he wants “both firms in good hands before I'm properly old”.",
      },
    },
    {
      channel: 'video', people: ['owen'], members: ['margaret'], transcript: 'owenFirstCall',
      summary: "First proper conversation with Owen, from his car between customer visits. He sees the future in automotive work.",
      notes: {
        inTheirWords: "“If we stay pumps and boats, we're a museum in ten years.”",
        goals: "Win a supply contract with an automotive tier-one for battery housings. Three prototype orders already in.",
        challenges: "Automotive customers need IATF 16949 quality certification. Tomasz says that is eighteen months of work and a new inspection cell.",
        personal: "First baby due in the spring. Training for the Manchester marathon, “to keep my head straight”.",
      },
    },
    {
      channel: 'call', people: ['tomasz', 'owen'], members: ['kenji'], gap: 0.4,
      summary: "Owen asked us to join a call with Tomasz about what automotive certification would really take.",
      notes: {
        inTheirWords: "“Our customers in marine trust us because they've known us forty years. Automotive trusts paperwork. We don't have the paperwork.” — Tomasz",
        situation: "Quality system built for marine and rail classification societies; no statistical process control on the casting lines.",
        challenges: "A new inspection cell with a coordinate measuring machine (around £180,000) and a second quality engineer Tomasz has been asking for since 2021.",
        concerns: "Tomasz worries he'll be blamed if the prototypes fail inspection before the system exists.",
      },
    },
    {
      channel: 'meeting', people: ['ruth', 'sunil', 'owen'], members: ['margaret', 'kenji'],
      summary: "Half-day costing workshop in the boardroom. We costed six recent jobs together from the shop-floor records, including scrap and rework.",
      notes: {
        situation: "The four marine bronze jobs made between 22 and 30 per cent margin. Both automotive prototype jobs lost money once scrap and rework were counted.",
        inTheirWords: "“So the work I've been chasing is the work that's costing us.” — Owen, quietly, after the second prototype job came out negative.",
        challenges: "Nobody records rework hours. Sunil's team keeps them on a whiteboard that is wiped every Friday.",
        concerns: "Ruth asked us afterwards not to let the numbers become ammunition between Owen and Sunil.",
      },
    },
    {
      channel: 'call', people: ['beverley'], members: ['daniel'],
      summary: "Bev called with the quarter-end covenant test: it failed narrowly. Talked through what the bank needs to hear and by when.",
      notes: {
        situation: "Covenant ratio 1.58 against a minimum of 1.6: stock built up for the automotive prototypes, and the Falmouth customer paying sixty days late.",
        externalDrivers: "The facility letter requires the bank to be told within twenty business days of a breach.",
        concerns: "“I'm frightened of the phone call. The last relationship manager was lovely. This one's twenty-eight and works off a checklist.”",
        decisionProcess: "Ruth has to sign the compliance certificate; Bev wants to brief her with a plan, not just the number.",
      },
    },
    {
      channel: 'meeting', people: ['ruth', 'beverley'], members: ['daniel', 'margaret'], gap: 0.3,
      summary: "Prepared the conversation with the bank: a thirteen-week cash flow, a plan to run down the prototype stock, and a plain explanation of what happened.",
      notes: {
        inTheirWords: "“I've never once missed a payment to anyone. I don't want to be treated like a firm that's going under.”",
        goals: "A one-off waiver, and a covenant definition that excludes customer-funded prototype stock.",
        motivationToChange: "Ruth said it was the first time she had seen the business's cash week by week rather than month by month, and that she wanted it every Monday from now on.",
      },
    },
    {
      channel: 'email', people: ['beverley'], members: ['daniel'], gap: 0.4,
      summary: "The bank agreed the waiver. Bev forwarded the letter with one line: “Breathing again.”",
      notes: {
        situation: "Waiver granted for a £5,000 fee, with monthly rather than quarterly reporting for six months.",
        concerns: "Monthly reporting adds two days to a month-end that already takes four.",
      },
    },
    {
      channel: 'other', people: ['ruth'], members: ['margaret'],
      summary: "Ruth asked to meet away from the works, at a garden-centre café near her house. For the first time she talked about stepping back.",
      notes: {
        inTheirWords: "“I'm sixty-three. My dad died at his desk at seventy-one and I swore I wouldn't.”\n“If I pick Owen, Sunil leaves. If I pick Sunil, I've told my son he's not good enough.”",
        goals: "Step back to chair within three years and keep the company in the family's ownership.",
        concerns: "Dreads the conversation with Owen more than anything the bank could say.",
        personal: "Restoring a narrowboat with her husband Geoff. Wants to take it along the Llangollen canal “before my knees go”.",
      },
    },
    {
      channel: 'meeting', people: ['sunil'], members: ['kenji', 'margaret'],
      summary: "Sunil's side of it, over tea in his office above the fettling shop.",
      notes: {
        inTheirWords: "“I don't want to be MD. I want to run the floor properly and not have my decisions undone on a Friday afternoon.”",
        situation: "A competitor in Derby has offered him a job. He hasn't told Ruth.",
        concerns: "His pension, and what happens to him if the family ever sells.",
        personal: "His daughter Anjali starts Mechanical Engineering at Manchester in September: “first in our family to go to university”.",
      },
    },
    {
      channel: 'video', people: ['owen'], members: ['margaret'],
      summary: "Owen, tired and candid. His view of his own future has shifted a long way since our first call.",
      notes: {
        inTheirWords: "“I know I'm not ready to run it. I just don't want to be managed by Sunil forever either.”",
        goals: "Build a proper commercial team and be judged on that. Open to an outside MD one day, which he would not have said a year ago.",
        personal: "Daughter Isla born in April, not sleeping. Ran the marathon in 3:58 and says he's never running another one.",
      },
    },
    {
      channel: 'meeting', people: ['ruth', 'owen', 'sunil'], members: ['margaret', 'amara'],
      summary: "Facilitated the board away day at a hotel outside Buxton, with Martin attending as non-executive. A succession structure agreed in principle.",
      notes: {
        inTheirWords: "“This is the first board meeting in ten years where nobody walked out for a cigarette.” — Ruth, at the end",
        goals: "Ruth becomes chair in eighteen months. Sunil becomes managing director for at least three years, with Owen as commercial director and a development plan toward the top job.",
        decisionProcess: "Ruth holds 60% of the shares, her brother Alan 25%, a family trust 15%. Alan lives in Spain: “he signs whatever I send him, but he'll want a phone call first.”",
      },
    },
    {
      channel: 'call', people: ['ruth'], members: ['amara'], gap: 0.5,
      summary: "Went through the 1998 shareholders' agreement with Ruth before anything is put to Alan.",
      notes: {
        situation: "The agreement gives Alan pre-emption rights: any shares Ruth transfers must be offered to him first.",
        externalDrivers: "The changes to business relief on inheritance tax announced in the budget. Ruth wants to understand them before she moves any shares to Owen.",
        concerns: "That Alan will feel the plan was made without him, as he did when their father died.",
      },
    },
    {
      channel: 'email', people: ['beverley'], members: ['daniel'],
      summary: "Bev's monthly note. The costing model is in daily use and the covenant is comfortably back above the line.",
      notes: {
        inTheirWords: "“We turned down an automotive job last week. Owen agreed. I nearly fell off my chair.”",
        situation: "Covenant at 1.74. Every quote now goes through the costing model; quoted margins on new work up about six points.",
      },
    },
    {
      channel: 'meeting', people: ['ruth', 'sunil'], members: ['margaret', 'kenji'],
      summary: "Back to where it started: the ERP. The question is much smaller now.",
      notes: {
        inTheirWords: "“Funny how the ERP got smaller once we stopped arguing about who's in charge.” — Ruth",
        goals: "Replace the quoting and stock modules only; leave payroll and the ledger alone.",
        decisionProcess: "Budget capped at £60,000. Sunil leads the selection, Martin reviews, decision by the end of the quarter.",
      },
    },
    {
      channel: 'message', people: ['owen'], members: ['margaret'],
      summary: "Owen sent a message with good news from Cornwall and a question.",
      notes: {
        inTheirWords: "“Falmouth have doubled their order for next year. Turns out boats aren't a museum after all.”",
        goals: "Wants help setting up a simple sales pipeline review for the new commercial team.",
      },
    },
    {
      channel: 'call', people: ['ruth'], members: ['margaret'],
      summary: "Ruth plans to announce the succession at the summer barbecue, with Sunil beside her. Talked through what she will say.",
      notes: {
        inTheirWords: "“They'll think I'm selling. Half of them have heard that rumour since 2015.”",
        goals: "Tell everyone in person, on the same day, before anyone hears it from the bank or the trade press.",
        concerns: "How the older furnace crew will take Sunil becoming their boss's boss.",
      },
    },
  ],
};
