/**
 * Northmoor's practices: the scheduling tool that turned into protected recovery beds, and the extension
 * to two more specialties now stalled behind a recruitment freeze. Conversation indexes follow
 * demo-arc-northmoor.ts.
 */
import type { DemoPractices } from './demo-practice-types.ts';

export const northmoorPractices: DemoPractices = {
  org: 'northmoor',
  needs: [
    {
      key: 'northmoor-theatres',
      title: 'Theatre utilisation and cancelled lists',
      people: ['adaeze', 'mohammed', 'lucy'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 0 },
          text: 'Our theatres are used seventy-one per cent of the time. Everyone tells me the answer is a better scheduling tool. We need a recommendation for theatre-scheduling software that gets us above 85%.',
        },
        {
          origin: 'working',
          by: 'kenji',
          at: { conv: 4, days: 1 },
          reason: 'The theatre day and Lucy’s cancellation data put the delay in bed confirmation, not in the schedule.',
          text: 'The lists are not badly scheduled: they start late and get cancelled because nobody knows until nine whether a post-operative bed exists. 38% of on-the-day cancellations are for want of a bed; only 6% are for overruns.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 5 },
          reason: 'Mohammed and Dr Nwosu traced the missing beds to delayed discharges.',
          text: 'About sixty patients a day who are fit to leave are waiting for a care package, mostly on the surgical wards, so planned patients compete with emergencies for the beds that remain. Theatre time is being lost on the wards.',
        },
        {
          origin: 'jointly_defined',
          by: 'margaret',
          at: { conv: 7 },
          reason: 'Agreed at the scoping meeting: a pilot the trust can afford, measured in Graham’s terms.',
          text: 'Planned surgical patients lose their theatre slot because their recovery bed is taken on the day. Protect a set of surgical recovery beds at St Aldhelm’s for six months, confirm beds the afternoon before, and measure cancellations and income, so that the pilot pays for itself within the year.',
          confirmations: [
            { person: 'mohammed', how: 'in_person', at: { conv: 7, hours: 1 } },
            { person: 'graham', how: 'email', at: { conv: 7, days: 2 }, note: '“Pays for itself inside the year, or it doesn’t exist. Agreed.”' },
            { person: 'adaeze', how: 'email', at: { conv: 7, days: 3 } },
          ],
        },
      ],
      journey: [
        { title: 'Lucy pulls six months of cancellation reasons from the theatre system', owner: 'lucy', target: { conv: 3, days: 14 }, status: 'done', completed: { conv: 4 } },
        { title: 'Dr Nwosu and Mohammed agree the problem is beds, not scheduling', owner: ['adaeze', 'margaret'], target: { conv: 5, days: 7 }, status: 'done', completed: { conv: 5 } },
        { title: 'Graham sees the cost and the income case before anyone asks him for money', owner: 'graham', target: { conv: 7 }, status: 'done', completed: { conv: 7 } },
        { title: 'Graham signs the call-off under the consultancy framework', owner: 'graham', target: { conv: 7, days: 14 }, status: 'done', completed: { conv: 7, days: 20 } },
        { title: 'Choose which lists go first', owner: ['adaeze', 'kenji'], target: { conv: 8 }, status: 'done', completed: { conv: 8 }, notes: 'Orthopaedics and general surgery, day-plus-one patients.' },
      ],
      outcome: {
        outcome: 'engaged',
        by: 'margaret',
        at: { conv: 7, days: 5 },
        reason: 'A call-off under the trust’s consultancy framework for the six-month protected-beds pilot, kept within Graham’s delegated authority.',
        lesson: 'The tool they asked for would have scheduled the chaos faster; a day on the theatre floor found the beds.',
      },
    },
    {
      key: 'northmoor-extension',
      title: 'Protected beds for urology and gynaecology before the winter',
      people: ['mohammed', 'adaeze'],
      lead: 'margaret',
      statements: [
        {
          origin: 'first_stated',
          by: 'margaret',
          at: { conv: 14 },
          text: 'We want protected beds for urology and gynaecology before the winter. But there’s a recruitment freeze on every non-clinical post, and if we expand it and it fails in January, the whole idea dies with it.',
        },
        {
          origin: 'working',
          by: 'margaret',
          at: { conv: 14, days: 6 },
          reason: 'The pilot’s figures by specialty: the protected beds only held because the discharge coordinators kept them free.',
          text: 'Extending the protected beds needs two discharge coordinators that the recruitment freeze forbids. The question for the executive is whether an exception for two posts costs less than the urology and gynaecology lists it would save this winter.',
          confirmations: [{ person: 'mohammed', how: 'call', at: { conv: 14, days: 8 } }],
        },
      ],
      journey: [
        { title: 'We split the pilot’s figures by specialty', owner: 'margaret', target: { conv: 14, days: 7 }, status: 'done', completed: { conv: 14, days: 6 } },
        { title: 'Mohammed shares the pilot’s results with the urology and gynaecology leads', owner: 'mohammed', target: { conv: 14, days: 7 }, status: 'done', completed: { conv: 14, days: 9 } },
        { title: 'Mohammed asks the executive for an exception to the freeze for two discharge coordinators', owner: 'mohammed', target: { today: -12 }, status: 'planned' },
        { title: 'Theatre and ward leads agree eligibility rules for the two new specialties', owner: ['adaeze', 'kenji'], target: { today: 14 }, status: 'planned' },
        { title: 'The executive committee approves the extension before the winter plan is signed off', owner: 'mohammed', target: { today: 35 }, status: 'planned' },
      ],
    },
  ],
  commitments: [
    {
      side: 'client', member: 'daniel', person: 'graham', need: 'northmoor-theatres', made: { conv: 7 }, due: { conv: 7, days: 14 }, kept: { conv: 7, days: 20 },
      description: 'Sign the call-off order for the pilot under the consultancy framework',
    },
    {
      side: 'us', member: 'margaret', person: 'rosalind', made: { conv: 11 }, due: { conv: 11, days: 5 }, kept: { conv: 11, days: 4 },
      description: 'Send Rosalind the note on waiting-list data checks, caveats on the first page, in time for the audit committee papers',
    },
    {
      side: 'us', member: 'daniel', person: 'graham', made: { conv: 12 }, due: { conv: 12, days: 10 }, kept: { conv: 12, days: 16 },
      renegotiated: [
        { at: { conv: 12, days: 6 }, to: { conv: 12, days: 17 }, reason: 'The trust restated its January income figures; Graham asked us to wait for the final numbers rather than build the case on the draft.' },
      ],
      description: 'Finish the business case for keeping the St Aldhelm’s beds, in the executive committee’s template',
    },
    {
      side: 'us', member: 'margaret', person: 'mohammed', need: 'northmoor-extension', made: { conv: 14 }, due: { conv: 14, days: 7 }, kept: { conv: 14, days: 6 },
      description: 'Send Mohammed the pilot’s figures split by specialty, to show what urology and gynaecology would need',
    },
    {
      side: 'client', member: 'margaret', person: 'mohammed', need: 'northmoor-extension', made: { conv: 14 }, due: { today: -10 },
      description: 'Put the case for a freeze exception for two discharge coordinators to the executive committee',
    },
  ],
  gifts: [
    {
      key: 'northmoor-assurance-note',
      kind: 'paper',
      title: 'Waiting-list data: what the audit committee can rely on, and what it can’t',
      specificToClient: 'Written for Rosalind’s audit committee ahead of the inspection, on Northmoor’s own list: caveats on the first page, as she asked.',
      riskTaken: 'It listed three checks the trust could not yet pass, in a paper the executive would read.',
      person: 'rosalind',
      by: 'margaret',
      given: { conv: 11, days: 4 },
      response: 'appreciated',
      responseNote: 'Rosalind tabled it unchanged and said it was the first assurance paper she had read with the caveats on page one.',
    },
  ],
  closeOuts: [
    {
      conv: 13,
      valueAdd: 'Sent Dr Nwosu and Lucy the pilot’s cancellation and utilisation data laid out as a requirements list for scheduling software.',
      followUp: { content: 'Bring Adaeze and Lucy two trusts that chose scheduling software after fixing bed flow, with what each would do differently', due: { conv: 13, days: 14 }, done: { conv: 13, days: 15 } },
    },
    {
      conv: 14,
      valueAdd: 'Sent Mohammed a one-page winter risk summary for urology and gynaecology, from last winter’s cancellations.',
      followUp: {
        content: 'Take Mohammed the costed case for two discharge coordinators against the urology and gynaecology lists lost last winter, for the executive',
        need: 'northmoor-extension',
        due: { today: 0 },
        snoozed: 1,
      },
    },
  ],
  followUps: [
    {
      member: 'margaret', person: 'rosalind', made: { today: -30 }, due: { today: -3 },
      content: 'Send Rosalind two pages on how the St Aldhelm’s beds held up over the winter, with the readmission figures she asked the audit committee to see',
    },
  ],
};
