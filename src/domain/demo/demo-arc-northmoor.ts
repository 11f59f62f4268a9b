/**
 * Northmoor Valley Hospitals Trust: asked for a theatre-scheduling tool. The lists were not badly
 * scheduled; they were waiting for beds that were full of people who could not go home.
 */
import type { DemoArc } from './demo-types.ts';

export const northmoorArc: DemoArc = {
  org: 'northmoor',
  fromDaysAgo: 640,
  toDaysAgo: 30,
  scripts: [
    {
      channel: 'video', people: ['adaeze'], members: ['margaret'],
      summary: "Introductory video call with Dr Nwosu, squeezed between a clinic and a list. She wants a recommendation for theatre-scheduling software.",
      notes: {
        inTheirWords: "“Our theatres are used seventy-one per cent of the time. Everyone tells me the answer is a better scheduling tool.”",
        situation: "Nine theatres across two sites. Sessions start late and finish early; the waiting list for routine surgery has grown by a third in two years.",
        goals: "Get utilisation above 85% and bring the longest waits under a year.",
      },
    },
    {
      channel: 'meeting', people: ['adaeze', 'lucy'], members: ['margaret', 'kenji'],
      summary: "Spent a full theatre day at the main site from 7am, shadowing Lucy and the day's lists.",
      notes: {
        inTheirWords: "“Patients are gowned by half seven and we don't know if there's a bed for them until nine.” — Lucy\n“The list isn't late. The bed is late.” — a scrub nurse, to nobody in particular",
        situation: "Two of the day's five lists started over an hour late waiting for post-operative bed confirmation. One was cancelled at 10:40.",
        challenges: "The bed meeting is at 8:30, after the first patients have already been prepared.",
      },
    },
    {
      channel: 'call', people: ['graham'], members: ['daniel'],
      summary: "Call with the Director of Finance, who wanted to understand what we were doing in his theatres before anyone asked him for money.",
      notes: {
        inTheirWords: "“We've had three reports on theatres in five years. They're on a shelf next to my dead cactus.”",
        situation: "The trust is £4.2m behind its planned elective income for the year; funding is tied to activity delivered.",
        externalDrivers: "National waiting-time targets and the activity-based funding in this year's planning guidance.",
        decisionProcess: "Anything over £25,000 goes through a procurement framework; over £100,000 it needs the executive committee.",
      },
    },
    {
      channel: 'meeting', people: ['peter'], members: ['kenji'],
      summary: "Coffee with Dr Lindgren in the anaesthetic department's office, at Lucy's suggestion.",
      notes: {
        inTheirWords: "“We're not lazy. We're sitting in the coffee room waiting for someone to find a bed.”",
        challenges: "Four consultant anaesthetist vacancies; colleagues covering gaps with extra sessions that are paid at premium rates.",
        concerns: "Worried any improvement project will end with “more lists and the same number of people”.",
        personal: "Plays cello in the county symphony orchestra; rehearsals on Tuesday nights are non-negotiable.",
      },
    },
    {
      channel: 'email', people: ['lucy'], members: ['kenji'], gap: 0.4,
      summary: "Lucy sent six months of cancellation data pulled by hand from the theatre system, with her own annotations.",
      notes: {
        situation: "38% of on-the-day cancellations were for no post-operative bed; 11% for no anaesthetist; only 6% for list overruns.",
        inTheirWords: "“I've coloured the bed ones red. You'll see why.”",
      },
    },
    {
      channel: 'meeting', people: ['mohammed', 'adaeze'], members: ['margaret'],
      summary: "Meeting with the Deputy COO and Dr Nwosu on patient flow. The problem moved out of the theatres and into the wards.",
      notes: {
        situation: "About 60 patients a day are medically fit to leave but waiting for a care package or a care-home place, mostly in the surgical wards.",
        externalDrivers: "The county council's social care budget is under pressure and care providers are short of staff. Winter is coming.",
        inTheirWords: "“Every delayed discharge on ward 14 is a hip replacement that doesn't happen.” — Mohammed",
        motivationToChange: "Mohammed says the board is tired of hearing that winter is a surprise every year.",
      },
    },
    {
      channel: 'meal', people: ['rosalind'], members: ['margaret'],
      summary: "Lunch in the staff canteen with Rosalind, the non-executive who chairs the audit committee. She asked what we had seen, not what we were selling.",
      notes: {
        inTheirWords: "“I don't want the board to be told everything's fine by the people whose job it is to make it fine.”",
        concerns: "After problems with waiting-list data at another trust, she wants independent assurance that Northmoor's list is accurate.",
        externalDrivers: "A regulator's inspection is expected within the year.",
      },
    },
    {
      channel: 'meeting', people: ['graham', 'mohammed'], members: ['margaret', 'daniel'],
      summary: "Scoping meeting. Agreed what we would do, what the trust would do itself, and how it would be paid for.",
      notes: {
        inTheirWords: "“Whatever we do has to pay for itself inside the year or it doesn't exist.” — Graham",
        goals: "A six-month pilot ring-fencing surgical recovery beds at St Aldhelm's community hospital, so elective patients are not competing with emergencies for a bed.",
        decisionProcess: "Call-off under the existing consultancy framework, kept under £100,000 so it stays within Graham's delegated authority.",
      },
    },
    {
      channel: 'video', people: ['adaeze', 'lucy', 'peter'], members: ['kenji'],
      summary: "Design session for the protected-beds pilot: which patients, which lists, and who decides on the day.",
      notes: {
        goals: "Start with orthopaedics and general surgery day-plus-one patients; confirm beds the afternoon before, not on the morning.",
        concerns: "Peter asked who would tell a surgeon their private-patient list was not eligible. Nobody answered at first.",
        challenges: "St Aldhelm's has no overnight anaesthetic cover; eligibility has to be strict.",
      },
    },
    {
      channel: 'call', people: ['lucy'], members: ['kenji'],
      summary: "Lucy rang about staffing for the pilot, and ended up talking about why her nurses are leaving.",
      notes: {
        situation: "Lost eleven scrub nurses in twelve months, most to the private hospital across the ring road. Agency spend in theatres doubled.",
        inTheirWords: "“They don't leave for the money. They leave because they spend half the day prepping patients for lists that get cancelled.”",
        personal: "Swims in the reservoir all year round. Her mother moved in with the family after a fall in January.",
      },
    },
    {
      channel: 'meeting', people: ['adaeze', 'mohammed', 'graham'], members: ['margaret', 'kenji'],
      summary: "Review of the first six weeks of the pilot with the three sponsors.",
      notes: {
        situation: "On-the-day cancellations for lack of a bed down from 38% to 14% for the pilot specialties. Utilisation on those lists up to 79%.",
        inTheirWords: "“First time in two years I've had a whole week without a 10am cancellation.” — Adaeze",
        concerns: "Graham wants to see whether the extra activity shows up in income before he believes it.",
      },
    },
    {
      channel: 'email', people: ['rosalind'], members: ['margaret'],
      summary: "Rosalind asked for a short note on the waiting-list data checks for the audit committee. Sent it with the caveats spelled out.",
      notes: {
        externalDrivers: "Inspection date now confirmed for early spring.",
        inTheirWords: "“Short, please, and with the caveats on the first page, not the last.”",
      },
    },
    {
      channel: 'video', people: ['graham'], members: ['daniel'],
      summary: "Worked through the business case for keeping the St Aldhelm's beds permanently.",
      notes: {
        situation: "The pilot delivered around £1.1m of additional elective income against £380,000 of extra staffing cost.",
        decisionProcess: "Needs the executive committee in March and the finance committee in April; Graham wants it settled before he leaves.",
        personal: "Retires in the spring after 31 years in the NHS. Walking the Camino with his brother in May.",
      },
    },
    {
      channel: 'meeting', people: ['adaeze', 'lucy'], members: ['margaret'],
      summary: "After the inspection. It went well for surgery. They want to come back to the original question.",
      notes: {
        inTheirWords: "“Now we've fixed the beds, a scheduling tool might actually help. A year ago it would have scheduled the chaos faster.” — Adaeze",
        goals: "Choose scheduling software this year, with the data from the pilot as the requirement.",
        personal: "Adaeze's twins sit their GCSEs this summer; she has cut her on-call weekends until July.",
      },
    },
    {
      channel: 'call', people: ['mohammed'], members: ['margaret'],
      summary: "Mohammed, now acting COO, called about extending the approach across the trust.",
      notes: {
        goals: "Extend protected beds to urology and gynaecology before the winter.",
        challenges: "A recruitment freeze announced last week across all non-clinical posts.",
        concerns: "“If we expand it and it fails in January, the whole idea dies with it.”",
      },
    },
  ],
};
