/** Request and response schemas for the Today page; they validate requests and write the OpenAPI document. */
import { z } from 'zod';
import { channels } from '../../common/limits.ts';
import { commitmentSides, practiceLimits } from '../../common/practices.ts';
import { stepActionNames } from '../../domain/incidents/incident-steps.ts';
import { isoDay } from './common.schemas.ts';

export const todayQuery = z.object({
  date: isoDay.optional().describe("The caller's calendar day (their local date); the server's UTC day by default."),
  scope: z
    .enum(['mine', 'firm'])
    .default('mine')
    .describe('mine: my follow-ups, commitments and conversations; firm: everyone’s. Incidents, journeys and losing touch are always firm-wide.'),
});

const person = z.object({ id: z.uuid(), fullName: z.string() });
const organization = z.object({ id: z.uuid(), name: z.string() });
const member = z.object({ id: z.uuid(), name: z.string() });

const followUpDue = z
  .object({
    id: z.uuid(),
    content: z.string().describe('What exactly we will bring.'),
    dueOn: isoDay,
    daysOverdue: z.int().describe('Days past dueOn (0 when due on the day).'),
    member: member.nullable().describe('Whose follow-up it is.'),
    person: person.nullable(),
    organization: organization.nullable(),
    conversationId: z.uuid().nullable().describe('The conversation it came from.'),
    version: z.int(),
  })
  .meta({ id: 'TodayFollowUp' });

const commitmentDue = z
  .object({
    id: z.uuid(),
    side: z.enum(commitmentSides).describe('us: we promised; client: they promised.'),
    description: z.string(),
    dueOn: isoDay,
    daysOverdue: z.int().describe('Days past dueOn; negative = days left.'),
    member: member.nullable().describe('Our member who promised (us) or looks after it (client).'),
    person: person.nullable(),
    organization: organization.nullable(),
    need: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    version: z.int(),
  })
  .meta({ id: 'TodayCommitment' });

const openIncident = z
  .object({
    id: z.uuid(),
    title: z.string(),
    reportedAt: z.iso.datetime(),
    nextStep: z.enum(stepActionNames).describe('The next step of the response, in order (its action’s name).'),
    acknowledgedAt: z.iso.datetime().nullable(),
    person: person.nullable(),
    organization: organization.nullable(),
  })
  .meta({ id: 'TodayIncident' });

const openLoop = z
  .object({
    conversationId: z.uuid(),
    occurredAt: z.iso.datetime(),
    channel: z.enum(channels),
    summary: z.string().nullable(),
    people: z.array(person),
  })
  .meta({ id: 'TodayOpenLoop' });

const losingTouch = z
  .object({
    person,
    everyDays: z.int().describe('The stay-in-touch cadence in days.'),
    lastConversationAt: z.iso.datetime().nullable(),
    daysSinceLastConversation: z.int().nullable(),
    overdueDays: z.int().describe('Days past the last day that kept in touch (at least 1).'),
  })
  .meta({ id: 'TodayLosingTouch' });

const journeyAtRisk = z
  .object({
    needId: z.uuid(),
    title: z.string(),
    health: z.enum(['at_risk', 'stalled']),
    step: z.object({ id: z.uuid(), title: z.string(), targetOn: isoDay }).describe('The most overdue open step: the evidence.'),
    daysOverdue: z.int(),
    organization: organization.nullable(),
  })
  .meta({ id: 'TodayJourney' });

const count = z.int().min(0);

export const todayResponse = z
  .object({
    date: isoDay.describe('The day the lists are for.'),
    followUpsDue: z.array(followUpDue).describe('Open follow-ups due on or before the day, oldest first.'),
    commitmentsDue: z
      .array(commitmentDue)
      .describe(`Open commitments, both ways, due on or before the day + ${practiceLimits.commitmentsAheadDays} days, overdue first.`),
    openIncidents: z.array(openIncident).describe('Incidents not yet verified, oldest reported first.'),
    openLoops: z.array(openLoop).describe(`Conversations of the last ${practiceLimits.openLoopDays} days without a close-out, newest first.`),
    losingTouch: z.array(losingTouch).describe('People with no conversation within their cadence, longest overdue first.'),
    journeysAtRisk: z.array(journeyAtRisk).describe('Open needs with a step past the client’s date, most overdue first.'),
    totals: z
      .object({ followUpsDue: count, commitmentsDue: count, openIncidents: count, openLoops: count, losingTouch: count, journeysAtRisk: count })
      .describe(
        `The count of each list (each list shows at most ${practiceLimits.todayListMax}), exact up to ${practiceLimits.todayCountMax}; a count of ${practiceLimits.todayCountMax} means at least that many.`,
      ),
  })
  .meta({ id: 'Today' });
